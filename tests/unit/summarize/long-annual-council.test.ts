// An Annual Council's minutes (the corpus's twenty-eighth long minutes, the mayor-making meeting that opens a
// municipal year, MId 990038, tests/fixtures/real-harrow/ORIGIN.md): the Mayor elected and the Deputy Mayor appointed,
// the Leader's Cabinet and the committees' Chairs resolved as tables, a change to the Constitution, and a long minute
// title the printed minutes break over two lines (docs/summaries.md#an-annual-councils-minutes). Every sentence below
// is written here, with made-up names, places and figures.
import { describe, expect, it } from "vitest";
import { splitPrintedMinutes } from "@/lib/summarize/extractive/split-minutes";
import { extractResolved, plainResolution } from "@/lib/summarize/extractive/resolved";
import { outcomePhrase } from "@/lib/summarize/extractive/overview/outcome-phrase";
import type { TextBlock } from "@/lib/summarize/text/blocks";
import { item } from "./helpers";

const texts = (blocks: TextBlock[] | undefined) => (blocks ?? []).map((b) => ("text" in b ? b.text : b.kind));

describe("printed minutes whose long item title the PDF broke over two lines", () => {
  const items = [
    item(6, "Appointment of Sub-Committees 2027/28"),
    item(
      7,
      "Reference from the Audit and Standards Committee: Changes to the Rules of Debate and to Public Question Time",
    ),
    item(8, "Calendar of Meetings 2027/28"),
  ];

  it("starts the item at the title's first line, so the item before does not swallow it", () => {
    const blocks: TextBlock[] = [
      { kind: "heading", text: "21. Appointment of Sub-Committees 2027/28", page: 3 },
      { kind: "para", text: "RESOLVED: That", page: 3 },
      { kind: "bullet", label: "(1)", text: "the sub-committees be appointed for the year;", page: 3 },
      { kind: "bullet", label: "(2)", text: "their Chairs be appointed as tabled.", page: 3 },
      { kind: "bullet", label: "22.", text: "Reference from the Audit and Standards Committee: Changes to", page: 4 },
      { kind: "heading", text: "the Rules of Debate and to Public Question Time", page: 4 },
      {
        kind: "para",
        text: "Council received a reference proposing that speeches be limited to five minutes.",
        page: 4,
      },
      { kind: "heading", text: "23. Calendar of Meetings 2027/28", page: 4 },
      { kind: "para", text: "RESOLVED: That the calendar be approved.", page: 4 },
    ];
    const split = splitPrintedMinutes(blocks, items);
    expect(texts(split.get(6))).toEqual([
      "RESOLVED: That",
      "the sub-committees be appointed for the year;",
      "their Chairs be appointed as tabled.",
    ]);
    // The title's second line is the title's, not the minute's first words.
    expect(texts(split.get(7))).toEqual([
      "Council received a reference proposing that speeches be limited to five minutes.",
    ]);
    expect(texts(split.get(8))).toEqual(["RESOLVED: That the calendar be approved."]);
  });

  it("never takes a numbered clause, or a line the next block does not carry on, for a title", () => {
    const blocks: TextBlock[] = [
      { kind: "heading", text: "21. Appointment of Sub-Committees 2027/28", page: 3 },
      { kind: "bullet", label: "(2)", text: "Reference from the Audit and Standards Committee: Changes to", page: 3 },
      { kind: "heading", text: "the Rules of Debate and to Public Question Time", page: 3 },
      { kind: "bullet", label: "22.", text: "Reference from the Audit and Standards Committee: Changes to", page: 4 },
      { kind: "para", text: "Council received a reference on the length of speeches.", page: 4 },
    ];
    const split = splitPrintedMinutes(blocks, items);
    expect(split.has(7)).toBe(false);
    expect(texts(split.get(6))).toHaveLength(4);
  });
});

describe("a table of appointments inside a resolution, printed with a separator between its cells", () => {
  it("says each committee with its Chair and Vice-Chair as a short line that keeps the names", () => {
    const said = plainResolution(
      extractResolved(
        "RESOLVED: That\n\n(1) the committees be appointed for the Municipal Year 2027/28;\n\n(2) the following Chairs and Vice-Chairs be appointed for the Municipal Year 2027/28:\n\nCommittee\n\n|\n\nChair\n\n|\n\nVice-Chair\n\nAllotments Committee\n\n|\n\nCouncillor Ada Penwright\n\n|\n\nCouncillor Basil Ormond\n\nRoads Panel\n\n|\n\nCouncillor Cyra Delmont\n\n|\n\nCouncillor Dov Akerlund\n\n(3) the Director be authorised to fill vacancies.",
      )!,
    );
    expect(said).toContain(
      "Allotments Committee: Cllr Ada Penwright (Chair), Cllr Basil Ormond (Vice-Chair); Roads Panel: Cllr Cyra Delmont (Chair), Cllr Dov Akerlund (Vice-Chair)",
    );
    expect(said).not.toContain("|");
    // The clause after the table stays a clause of its own.
    expect(said).toMatch(/\(3\) The Director was authorised to fill vacancies\.$/);
  });

  it("says a portfolio and its holder where the table has one office", () => {
    const said = extractResolved(
      "RESOLVED: To note the Leader's appointments to the Cabinet for the Municipal Year 2027/28:\n\nPortfolio\n\n|\n\nPortfolio Holder\n\nParks and Open Spaces\n\n|\n\nCouncillor Ema Trask\n\nHighways\n\n|\n\nCouncillor Fen Olawale\n\nLibraries\n\n|\n\nCouncillor Gus Marr",
    )!;
    expect(said).toContain(
      "Parks and Open Spaces: Cllr Ema Trask; Highways: Cllr Fen Olawale; Libraries: Cllr Gus Marr",
    );
  });

  it("keeps a table of anything else as its header and rows", () => {
    const said = extractResolved(
      "RESOLVED: That the fees be approved as follows:\n\nService\n\n|\n\nNow\n\n|\n\nFrom April\n\nBulky waste\n\n|\n\n£40\n\n|\n\n£44\n\nGarden waste\n\n|\n\n£70\n\n|\n\n£75",
    )!;
    expect(said).toContain(
      "(Service \u2013 Now \u2013 From April: Bulky waste \u2013 £40 \u2013 £44; Garden waste \u2013 £70 \u2013 £75)",
    );
  });
});

describe("an Annual Council's decisions in the overview and the Decision line", () => {
  it("says the Mayor without the council's own name, for the years of the municipal year", () => {
    const said = plainResolution(
      "That Councillor Imelda Rusk be elected Mayor of the London Borough of Harrow for the Municipal Year 2027/28.",
    );
    expect(said).toContain("Councillor Imelda Rusk was elected Mayor for 2027/28");
    expect(said).not.toMatch(/London Borough|Municipal Year/);
  });

  it("says what the Leader's noted list was, leaving its rows to the Decision line", () => {
    expect(
      outcomePhrase(
        "To note the Leader's appointments to the Cabinet for the Municipal Year 2027/28: Parks: Cllr Ema Trask; Highways: Cllr Fen Olawale.",
        "Cabinet and Portfolio Holders",
      ),
    ).toEqual({ verb: "noted", object: "the Leader's appointments to the Cabinet for 2027/28" });
  });

  it("says the committees appointed by the first of their series", () => {
    expect(
      outcomePhrase(
        "(1) The committees, sub-committees and panels were appointed for 2027/28, in accordance with the political balance rules; (2) Members were appointed as nominated by the groups.",
        "Appointment of Committees 2027/28",
      ),
    ).toEqual({ verb: "appointed", object: "the committees" });
  });

  it("says a change to the Constitution and an honour conferred, on whom", () => {
    expect(
      outcomePhrase(
        "The Standing Orders in Part 4A of the Constitution were amended, with effect from 1 July 2027, so that speeches last five minutes.",
        "Changes to the Constitution",
      )?.verb,
    ).toBe("amended");
    expect(
      outcomePhrase(
        "The title of Honorary Freeman was conferred on Mrs Olwen Tate and Mr Piet Varga, and a ceremony will be held in July.",
        "Honorary Freedom of the Borough",
      ),
    ).toEqual({ verb: "conferred", object: "the title of Honorary Freeman on Mrs Olwen Tate and Mr Piet Varga" });
  });
});
