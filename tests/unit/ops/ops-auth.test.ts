import { describe, expect, it } from "vitest";
import { checkOpsAccess, presentedSecret } from "@/lib/ops/ops-auth";

const SECRET = "correct-horse-battery-staple";
const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString("base64")}`;

describe("the operator pages' secret", () => {
  it("is disabled without OPS_SECRET, whatever is presented", () => {
    expect(checkOpsAccess(basic("ops", SECRET), undefined)).toBe("disabled");
  });

  it("takes Basic auth with any user name, or a Bearer token", () => {
    expect(checkOpsAccess(basic("anyone", SECRET), SECRET)).toBe("granted");
    expect(checkOpsAccess(`Bearer ${SECRET}`, SECRET)).toBe("granted");
    expect(presentedSecret(basic("ops", "with:colon"))).toBe("with:colon");
  });

  it("refuses missing, malformed and wrong secrets, including prefixes of the right one", () => {
    expect(checkOpsAccess(null, SECRET)).toBe("missing");
    expect(checkOpsAccess("Basic", SECRET)).toBe("missing");
    expect(checkOpsAccess("Digest abc", SECRET)).toBe("missing");
    expect(checkOpsAccess(basic("ops", SECRET.slice(0, -1)), SECRET)).toBe("denied");
    expect(checkOpsAccess(basic("ops", `${SECRET}x`), SECRET)).toBe("denied");
    expect(checkOpsAccess(`Bearer ${SECRET.toUpperCase()}`, SECRET)).toBe("denied");
  });
});
