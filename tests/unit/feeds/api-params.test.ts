import { describe, expect, it } from "vitest";
import { parseListMeetingsQuery, parseMeetingId } from "@/lib/feeds/api/api-params";

const parse = (query: string) => parseListMeetingsQuery(new URLSearchParams(query));

describe("parseListMeetingsQuery", () => {
  it("fills in defaults", () => {
    expect(parse("")).toEqual({ ok: true, value: { council: "harrow", order: "desc", page: 1, pageSize: 20 } });
  });

  it("reads every parameter", () => {
    expect(
      parse("council=harrow&committee=788&from=2025-01-01&to=2025-12-31&status=held&order=asc&page=2&pageSize=50"),
    ).toEqual({
      ok: true,
      value: {
        council: "harrow",
        committee: 788,
        from: "2025-01-01",
        to: "2025-12-31",
        status: "held",
        order: "asc",
        page: 2,
        pageSize: 50,
      },
    });
  });

  it("reports every bad parameter by name", () => {
    const result = parse("committee=abc&from=2025-02-30&status=maybe&page=0&pageSize=1000&council=camden&order=up");
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const names = result.issues.map((i) => i.parameter).sort();
    expect(names).toEqual(["committee", "council", "from", "order", "page", "pageSize", "status"]);
    expect(result.issues.find((i) => i.parameter === "status")?.message).toMatch(
      /scheduled, held, cancelled, postponed/,
    );
  });

  it("rejects unknown and repeated parameters, and dates the wrong way round", () => {
    expect(parse("comittee=788")).toEqual({
      ok: false,
      issues: [{ parameter: "comittee", message: "unknown parameter" }],
    });
    expect(parse("page=1&page=2")).toEqual({
      ok: false,
      issues: [{ parameter: "page", message: "given more than once" }],
    });
    expect(parse("from=2025-12-31&to=2025-01-01")).toEqual({
      ok: false,
      issues: [{ parameter: "from", message: "must not be after `to`" }],
    });
  });

  it("rejects numbers in other spellings and injection attempts", () => {
    for (const bad of ["1e3", "0x10", "-1", " 5", "5;drop table x", "99999999999"])
      expect(parse(`committee=${encodeURIComponent(bad)}`).ok).toBe(false);
  });
});

describe("parseMeetingId", () => {
  it("accepts the council's meeting numbers only", () => {
    expect(parseMeetingId("73254")).toBe(73254);
    for (const bad of ["0", "abc", "73254-slug", "-1", "2147483648", "1.5", ""]) expect(parseMeetingId(bad)).toBeNull();
  });
});
