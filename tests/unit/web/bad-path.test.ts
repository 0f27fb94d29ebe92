import { describe, expect, it } from "vitest";
import { badPathReason } from "@/lib/web/bad-path";

describe("badPathReason", () => {
  it("accepts ordinary addresses, escaped UTF-8 and any query (the router 404s what names nothing)", () => {
    for (const target of [
      "/",
      "/harrow/meetings/73254-overview-2025-07-08",
      "/harrow/search?q=%ff%fe",
      "/caf%C3%A9",
      "/a%20b?x=1",
      "/_next/static/x.css",
      "/harrow/%00",
    ]) {
      expect(badPathReason(target), target).toBeNull();
    }
  });

  it("refuses escapes that are not UTF-8 or are malformed", () => {
    for (const target of [
      "/harrow/meetings/%ff%fe",
      "/%",
      "/harrow/%E0%A4%A",
      "/%c0%af",
      "/harrow/%ed%a0%80",
      "/a%0d%0a%ff",
    ]) {
      expect(badPathReason(target), target).not.toBeNull();
    }
  });
});
