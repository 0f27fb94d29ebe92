// What printed minutes carry around the minutes themselves (docs/summaries.md#printed-minutes-as-harrow-prints-them):
// a running head on every page, the sitting times and the Chair's signature after the last item. Inputs are our own.
import { describe, expect, it } from "vitest";
import { isNoPoint } from "@/lib/summarize/extractive/debris";
import { splitPrintedMinutes } from "@/lib/summarize/extractive/split-minutes";
import type { TextBlock } from "@/lib/summarize/text/blocks";
import { withoutClosingMatter, withoutClosingText } from "@/lib/summarize/text/closing-matter";
import { readPdfBlocks } from "@/lib/summarize/text/read-pdf-blocks";
import { item } from "./helpers";

const para = (text: string, page = 2): TextBlock => ({ kind: "para", text, page });
const texts = (blocks: TextBlock[]) => blocks.map((b) => ("text" in b ? b.text : ""));

describe("a two-page printed minutes", () => {
  it("drops the running head printed at the top of both pages", () => {
    const text = [
      "Licensing Panel - Tuesday 4 July 2023\nThe Panel heard the applicant and the police.",
      "Licensing Panel - Tuesday 4 July 2023\nRESOLVED: That the licence be granted.",
    ].join("\f");
    expect(texts(readPdfBlocks(text))).toEqual([
      "The Panel heard the applicant and the police.",
      "RESOLVED: That the licence be granted.",
    ]);
  });

  it("keeps a first line that only one of its two pages prints", () => {
    const text = ["Minutes of the Licensing Panel\nThe Panel met.", "RESOLVED: That the licence be granted."].join(
      "\f",
    );
    expect(texts(readPdfBlocks(text)).join(" ")).toContain("Minutes of the Licensing Panel");
  });
});

describe("the sitting times and the signature after the last minute", () => {
  it("are cut from the paragraph the reflow ran them into", () => {
    expect(
      withoutClosingText(
        "The report was approved. (Note: The meeting, having commenced at 6.30 pm, closed at 8.52 pm).",
      ),
    ).toBe("The report was approved.");
    expect(withoutClosingText("The work programme was agreed. (Signed) Councillor Jo Bell Chair")).toBe(
      "The work programme was agreed.",
    );
  });

  it("are dropped as blocks, with the office printed under the signature", () => {
    const blocks = [
      para("RESOLVED: That the work programme be agreed."),
      para("(Note: The meeting, having commenced at 7.30 pm, closed at 9.12 pm)."),
      { kind: "heading", text: "(Signed) COUNCILLOR JO BELL", page: 2 } as TextBlock,
      { kind: "heading", text: "Chair", page: 2 } as TextBlock,
    ];
    expect(texts(withoutClosingMatter(blocks))).toEqual(["RESOLVED: That the work programme be agreed."]);
  });

  it("take the page's foot of a one-page minutes with them, but not an appendix after the signature", () => {
    const blocks = [
      para("RESOLVED: That the licence be granted."),
      para("(Signed) COUNCILLOR JO BELL"),
      para("Chair"),
      para("Licensing Panel - 4 July 2023 - 12"),
      para("Appendix 1: the conditions agreed with the police are set out below."),
    ];
    expect(texts(withoutClosingMatter(blocks))).toEqual([
      "RESOLVED: That the licence be granted.",
      "Appendix 1: the conditions agreed with the police are set out below.",
    ]);
  });

  it("keep a chair's words that are no signature", () => {
    const blocks = [para("The Chair thanked officers."), para("Chair")];
    expect(texts(withoutClosingMatter(blocks))).toEqual(["The Chair thanked officers.", "Chair"]);
  });

  it("belong to no item of the printed minutes", () => {
    const items = [item(1, "Work Programme")];
    const blocks: TextBlock[] = [
      { kind: "heading", text: "45. Work Programme", page: 2 },
      para(
        "RESOLVED: That the work programme be agreed. (Note: The meeting, having commenced at 7.30 pm, closed at 9.12 pm).",
      ),
      para("(Signed) COUNCILLOR JO BELL"),
      para("Chair"),
    ];
    const minute = splitPrintedMinutes(blocks, items).get(1) ?? [];
    expect(texts(minute).join(" ")).not.toMatch(/Signed|closed at|Chair/);
  });

  it('read as no point in the printed note\'s own form, "(Note: …)."', () => {
    expect(isNoPoint("(Note: The meeting, having commenced at 6.30 pm, closed at 9.05 pm).")).toBe(true);
    expect(isNoPoint("The meeting adjourned at 8.10 pm to allow members to read the late papers.")).toBe(false);
  });
});

describe("a list Word printed with symbol-font bullets", () => {
  it("is read as bullets, with or without a space after the glyph", () => {
    const text = [
      "The Board noted that since April:",
      "\uf0b7 38 families had moved out of bed and breakfast;",
      "\uf0a7\tthe waiting list had fallen to 2,410 households;",
      "\uf0b7a second hostel had opened in Wealdstone.",
    ].join("\n");
    const blocks = readPdfBlocks(text);
    expect(blocks.filter((b) => b.kind === "bullet").map((b) => ("text" in b ? b.text : ""))).toEqual([
      "38 families had moved out of bed and breakfast;",
      "the waiting list had fallen to 2,410 households;",
      "a second hostel had opened in Wealdstone.",
    ]);
  });
});
