// The corpus site serves each minute as ModernGov's meeting page does (Word's paragraphs), so the scraper and the
// summariser read the corpus as they read a live page. Inputs written here.
import { describe, expect, it } from "vitest";
import { minuteMarkdown } from "@/scripts/eval/corpus/build-site";
import { wordPara } from "@/scripts/snapshot/html/word";

describe("a minute's numbered clauses on the corpus site", () => {
  const minute =
    "RESOLVED: That\n(1) the report be noted;\n(ii) the Director provide a briefing\non waiting times by ward;\n(iii) the Chair write to the Minister.";

  it("each start a paragraph of their own; a clause's wrapped line runs on in it", () => {
    expect(minuteMarkdown(minute).split("\n")).toEqual([
      "RESOLVED: That",
      "(1) the report be noted;",
      "(ii) the Director provide a briefing on waiting times by ward;",
      "(iii) the Chair write to the Minister.",
    ]);
  });

  it("are printed as Word's numbered paragraphs, roman numerals included", () => {
    const html = wordPara(minuteMarkdown(minute));
    expect(html).toContain(">(ii)<");
    expect(html).toContain(">(iii)<");
    expect(html).not.toMatch(/waiting times by ward; \(iii\)/);
  });
});
