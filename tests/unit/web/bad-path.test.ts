import { describe, expect, it } from "vitest";
import { badPathReason } from "@/lib/web/bad-path";

describe("badPathReason", () => {
  it("accepts ordinary addresses, escaped UTF-8 and any query", () => {
    for (const target of ["/", "/harrow/meetings/73254-overview-2025-07-08", "/harrow/search?q=%ff%fe", "/caf%C3%A9", "/a%20b?x=1", "/_next/static/x.css"]) {
      expect(badPathReason(target), target).toBeNull();
    }
  });

  it("refuses escapes that are not UTF-8 or are malformed, and control characters", () => {
    for (const target of ["/harrow/meetings/%ff%fe", "/%", "/harrow/%E0%A4%A", "/%c0%af", "/harrow/%ed%a0%80", "/harrow/%00", "/a%0d%0aSet-Cookie:x"]) {
      expect(badPathReason(target), target).not.toBeNull();
    }
  });
});
