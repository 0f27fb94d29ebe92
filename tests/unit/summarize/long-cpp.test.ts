// A Corporate Parenting Panel's whole minutes (the sixth long minutes, MId 990016): the shapes its summary first got
// wrong (docs/summaries.md#long-minutes-whole-meetings-printed-minutes). Invented text in the register of Harrow's
// minutes, in our own words.
import { describe, expect, it } from "vitest";
import { joinCellParagraphs } from "@/lib/summarize/text/cell-paragraph-tables";
import { readHtmlBlocks } from "@/lib/summarize/text/read-html-blocks";
import { summarizeExtractive } from "@/lib/summarize/extractive/summarize-extractive";
import { item, makeInput } from "./helpers";

// How the scraper gives a Word table on a meeting page: each cell its own paragraph, " | " a paragraph between cells.
const cellByCell = (rows: string[][]) => rows.map((r) => r.join("\n\n|\n\n")).join("\n\n");

const performance = [
  ["Measure", "Target", "This quarter", "Last quarter"],
  ["Dental checks on time", "90%", "71%", "76%"],
  ["Children with a stable home for two years", "70%", "68%", "66%"],
  ["Young people in work or study at 20", "60%", "55%", "51%"],
];

describe("a table on the meeting page printed cell by cell", () => {
  it("is read back as one table with its header row, not as a sentence or heading per cell", () => {
    const text = `The report gave the measures for the quarter:\n\n${cellByCell(performance)}\n\nThe Head of Service said that the dental figure was the main worry.`;
    const blocks = readHtmlBlocks(text);
    const tables = blocks.filter((b) => b.kind === "table");
    expect(tables).toHaveLength(1);
    expect(tables[0]).toMatchObject({ header: performance[0], rows: performance.slice(1) });
    expect(blocks.filter((b) => b.kind === "heading" && /^\d+%$/.test(b.text))).toEqual([]);
    expect(blocks.at(-1)).toMatchObject({ kind: "para", text: expect.stringMatching(/^The Head of Service said/) });
  });

  it("leaves text without cell paragraphs as it was, and a lone separator with no row around it", () => {
    const plain = "RESOLVED: That the report be noted.\n\nThe Chair thanked the officers.";
    expect(joinCellParagraphs(plain)).toBe(plain);
    const lone = "A figure\n\n|\n\nThe next sentence follows.\n\nAnd one more.";
    expect(joinCellParagraphs(lone)).toBe(lone);
  });

  it("keeps a two-column reserves table as rows of its cells", () => {
    const reserves = cellByCell([
      ["Ordinary Member", "Reserve Member"],
      ["Councillor Ada Brook", "Councillor Sam Hale"],
    ]);
    expect(joinCellParagraphs(`RESOLVED: To note the attendance of the following Reserve Member:\n\n${reserves}`)).toBe(
      "RESOLVED: To note the attendance of the following Reserve Member:\n\nOrdinary Member | Reserve Member\nCouncillor Ada Brook | Councillor Sam Hale",
    );
  });

  it("gives the item's section the table whole, its rows never bullets or headings", () => {
    const minutes = `The Panel received the quarterly performance report of the Director of Children's Services. The Head of Service presented it.\n\nThe report gave the measures for the quarter:\n\n${cellByCell(performance)}\n\nThe Head of Service said that 12 more dental appointments a month had been agreed with the NHS from January 2026.\n\nRESOLVED: That the report be noted.`;
    const summary = summarizeExtractive(
      makeInput({ items: [item(5, "Children in Care: Quarterly Performance", { minutesText: minutes })] }),
    );
    const section = summary.sections.find((s) => /Quarterly Performance/.test(s.heading))!;
    expect(summary.sections.map((s) => s.heading)).not.toContain("71%");
    expect(section.tables).toHaveLength(1);
    expect(section.tables[0]).toMatchObject({ header: performance[0], rows: performance.slice(1) });
    expect(
      section.bullets.map((b) => b.text).filter((t) => /^(?:Dental checks|Children with a stable)/.test(t)),
    ).toEqual([]);
  });
});
