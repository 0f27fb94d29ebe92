// A Corporate Parenting Panel's whole minutes (the sixth long minutes, MId 990016): the shapes its summary first got
// wrong (docs/summaries.md#long-minutes-whole-meetings-printed-minutes). Invented text in the register of Harrow's
// minutes, in our own words.
import { describe, expect, it } from "vitest";
import { joinCellParagraphs } from "@/lib/summarize/text/cell-paragraph-tables";
import { readHtmlBlocks } from "@/lib/summarize/text/read-html-blocks";
import type { TextBlock } from "@/lib/summarize/text/blocks";
import { splitPrintedMinutes } from "@/lib/summarize/extractive/split-minutes";
import { collectCandidates } from "@/lib/summarize/extractive/collect-candidates";
import { withAntecedents } from "@/lib/summarize/extractive/pick-bullets";
import { pronounAccount } from "@/lib/summarize/extractive/post-accounts";
import { plainResolution } from "@/lib/summarize/extractive/resolved";
import { outcomePhrase } from "@/lib/summarize/extractive/overview/outcome-phrase";
import { keyFinding, overspendClause } from "@/lib/summarize/extractive/overview/key-point";
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

describe("printed minutes whose item heading the PDF reader ran into the first sentence, under the minute's number", () => {
  it("starts the item there (the number read as a list point's), so the item before does not swallow it", () => {
    const items = [
      item(6, "Deputations"),
      item(7, "Children in Care: Health and Education at Quarter 3, 2025/26"),
      item(8, "Annual Report of the Fostering Service"),
    ];
    const blocks: TextBlock[] = [
      { kind: "bullet", label: "36.", text: "Deputations", page: 1 },
      { kind: "para", text: "RESOLVED: To note that no deputations had been received.", page: 1 },
      {
        kind: "bullet",
        label: "37.",
        text: "Children in Care: Health and Education at Quarter 3, 2025/26 The Panel received a report on the health and schooling of the children in its care.",
        page: 1,
      },
      { kind: "para", text: "The Head of Service said that 81% of the children had seen a dentist.", page: 2 },
      { kind: "bullet", label: "38.", text: "Annual Report of the Fostering Service", page: 2 },
      { kind: "para", text: "The Panel noted that 11 new foster carers had been approved.", page: 2 },
    ];
    const split = splitPrintedMinutes(blocks, items);
    expect(split.get(6)!.map((b) => ("text" in b ? b.text : ""))).toEqual([
      "RESOLVED: To note that no deputations had been received.",
    ]);
    expect(split.get(7)!.map((b) => ("text" in b ? b.text : ""))).toEqual([
      "The Panel received a report on the health and schooling of the children in its care.",
      "The Head of Service said that 81% of the children had seen a dentist.",
    ]);
    expect(split.get(8)).toHaveLength(1);
  });
});

describe("a step set for a later, named meeting", () => {
  it("says an officer asked to report back will report, not that the officer 'report'", () => {
    expect(
      plainResolution(
        "(1) the report be noted; (2) the Head of Fostering report to the Panel's meeting on 9 March 2026 on the number of carers approved.",
      ),
    ).toMatch(/The Head of Fostering will report to the Panel's meeting on 9 March 2026 on the number of carers/);
    // In a recommendation, what the other body's officer is asked to do.
    expect(
      plainResolution("That Cabinet be recommended to ask (1) the Director of Housing report back in the spring."),
    ).not.toMatch(/Director of Housing report back/);
  });

  it("leaves 'report' as a noun after any other subject", () => {
    expect(plainResolution("That the annual report be noted.")).toBe("The annual report was noted.");
  });

  it("says a paper to come to a meeting on a later date is still to come", () => {
    const said = plainResolution(
      "(1) the report be noted; (2) a further update on the placements review be submitted to the Panel's meeting on 15 June 2026.",
    );
    expect(said).toMatch(/is to be submitted to the Panel's meeting on 15 June 2026/);
    expect(said).not.toMatch(/was submitted/);
    // A meeting already held is another matter.
    expect(
      plainResolution("That the minutes of the meeting held on 22 September 2025 be taken as read and signed."),
    ).not.toMatch(/to be taken/);
  });
});

it("keeps a step agreed now as done when a later meeting is only part of what was agreed", () => {
  expect(
    plainResolution(
      "That the work programme be agreed, with the addition of a review of school transport at the meeting on 12 May 2026.",
    ),
  ).toMatch(/^The work programme was agreed, with the addition of a review of school transport/);
});

describe("the overview of a panel that asks for reports and recommends to Cabinet", () => {
  it("says a report asked for at a later meeting as what it is on, not 'decided on <title>'", () => {
    expect(
      outcomePhrase(
        "The Head of Fostering will report to the Panel's meeting on 9 March 2026 on the progress made with recruiting foster carers, including the campaign's cost.",
        "Fostering Service: Half-Year Report",
      ),
    ).toEqual({ verb: "asked for", object: "a report on recruiting foster carers" });
    expect(
      outcomePhrase(
        "A further report on the placements review, including the results of the audit, to be submitted to the Panel's meeting on 15 June 2026.",
        "Placements Review",
      ),
    ).toEqual({ verb: "asked for", object: "a further report on the placements review" });
    // The resolution as the engine now writes it: a step set for later "will be" taken.
    expect(
      outcomePhrase(
        "A further report on the placements review, including the results of the audit, will be submitted to the Panel's meeting on 15 June 2026.",
        "Placements Review",
      ),
    ).toEqual({ verb: "asked for", object: "a further report on the placements review" });
  });

  it("says a recommendation to Cabinet to do something as what Cabinet is asked to do, its start date left to the Decision line", () => {
    expect(
      outcomePhrase(
        "Cabinet was recommended to fund free bus travel for care leavers up to the age of 25, from 1 September 2026.",
        "Voice of Care Leavers",
      ),
    ).toEqual({
      verb: "recommended",
      object: "that Cabinet fund free bus travel for care leavers up to the age of 25",
    });
  });

  it("takes the overspend for its key point when an answer gives it second, after ', and'", () => {
    const sections = [
      {
        heading: "Placements",
        itemNumber: "7",
        bullets: [
          {
            text: "Director of Children's Services: 21 children were in residential homes at an average of £7,100 a week, and the placements budget was forecast to overspend by £3.1m in 2025/26.",
            source: { documentId: null, url: "https://x", page: null },
          },
        ],
        tables: [],
        decision: "The report was noted.",
        note: null,
      },
    ];
    expect(keyFinding(sections as never)).toBe("The placements budget was forecast to overspend by £3.1m in 2025/26.");
    expect(
      overspendClause("The General Fund was forecast to overspend by £6.1m, and the reserves stood at £11.2m."),
    ).toBe("The General Fund was forecast to overspend by £6.1m, and the reserves stood at £11.2m.");
  });
});

describe("a post's account of the report it introduced", () => {
  const source = { documentId: null, url: "https://x", page: null };
  const candidate = (text: string, antecedent?: string) =>
    ({ text, source, score: 1, order: 0, ...(antecedent ? { antecedent } : {}) }) as never;

  it("is said as the post's, not as 'introduced the report. She said that …'", () => {
    const [bullet] = withAntecedents([
      candidate(
        "She said that 198 children were in foster care at the end of March, and that 40 of them lived outside London.",
        "The Head of Fostering introduced the report.",
      ),
    ]);
    expect((bullet as { text: string }).text).toBe(
      "Head of Fostering: 198 children were in foster care at the end of March, and 40 of them lived outside London.",
    );
  });

  it("drops each 'that' of a list of things reported", () => {
    const [bullet] = withAntecedents([
      candidate(
        "She advised that borrowing stood at £210m, that investments totalled £31m, and that no limit had been breached.",
        "The Treasury Manager introduced the report.",
      ),
    ]);
    expect((bullet as { text: string }).text).toBe(
      "Treasury Manager: Borrowing stood at £210m, investments totalled £31m, and no limit had been breached.",
    );
  });

  it("keeps a councillor's introduction as it was", () => {
    const [bullet] = withAntecedents([
      candidate("She said that the service had improved.", "Councillor Ada Brook introduced the report."),
    ]);
    expect((bullet as { text: string }).text).toBe(
      "Councillor Ada Brook introduced the report. She said that the service had improved.",
    );
  });
});

describe("a paragraph that goes on with 'She said that …' after a post's account", () => {
  it("is the post's, said as such, never a 'She' the bullet does not name", () => {
    const minutes = [
      "The Panel received the annual report of the Head of Fostering.",
      "The Head of Fostering said that 64 fostering households had been approved by the end of March, 6 more than the year before.",
      "She said that the fostering allowances had cost £2.4m in 2024/25, most of it for children over 11.",
      "A Member asked how many carers had left. The Head of Fostering responded that 9 households had stopped fostering during the year.",
      "RESOLVED: That the report be noted.",
    ].join("\n\n");
    const { candidates } = collectCandidates(
      [{ origin: "minutes", title: "Minutes", blocks: readHtmlBlocks(minutes), documentId: null, url: "https://x" }],
      { itemTitle: "Fostering Service Annual Report", preview: false },
    );
    const texts = candidates.map((c) => c.text);
    expect(texts).toContain(
      "Head of Fostering: The fostering allowances had cost £2.4m in 2024/25, most of it for children over 11.",
    );
    expect(texts.filter((t) => /^She said\b/.test(t))).toEqual([]);
  });

  it("keeps 'She said that …' as it was when the paragraph before was a question, not a post's account", () => {
    expect(pronounAccount("She said that the service had improved.", null)).toBeNull();
    expect(pronounAccount("The service had improved.", "Head of Fostering")).toBeNull();
  });
});
