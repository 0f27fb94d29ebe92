// A report's tables reach the summary as tables (header, rows, caption) and never as bullets: the lines that print
// a table rebuilt at ingest are replaced by it, and without a rebuilt table, row debris is never a bullet.
import { beforeAll, describe, expect, it } from "vitest";
import { extractPdfText, type PdfText } from "@/lib/ingest/extract-pdf-text";
import { layout } from "@/scripts/snapshot/pdf/layout";
import { getMeasure, writePdf } from "@/scripts/snapshot/pdf/render";
import { collectCandidates } from "@/lib/summarize/extractive/collect-candidates";
import { isRowDebris } from "@/lib/summarize/extractive/debris";
import type { ItemSource } from "@/lib/summarize/extractive/item-sources";
import { readPdfBlocks } from "@/lib/summarize/text/read-pdf-blocks";

const HEADER = [
  "Month",
  "Target for IHA 100% CNWL within 20 days of child becoming CLA",
  "Target for RHA 100% CNWL within 6/12 months",
];
const ROWS = [
  ["April 2025", "100%", "100%"],
  ["May 2025", "96%", "100%"],
  ["September 2025", "100%", "92%"],
];
const SAVINGS_HEADER = ["Ref", "Proposal", "2027/28 £000", "2028/29 £000", "2029/30 £000"];
const SAVINGS = [
  ["RES01", "Consolidate customer contact onto the digital platform", "650", "400", "0"],
  ["PEO01", "Expand in-house foster care to reduce agency placements", "900", "700", "300"],
];

let pdf: PdfText;
beforeAll(async () => {
  const measure = await getMeasure();
  const pages = layout(
    [
      { kind: "heading", level: 2, text: "Section 2 – Report" },
      {
        kind: "para",
        text: "All initial health assessments were completed within 20 days in four of the six months, and 35 of 47 requests arrived late.",
      },
      { kind: "heading", level: 3, text: "KPI's for Harrow CLA April 2025 – Sept 2025" },
      { kind: "table", header: HEADER, rows: ROWS },
      {
        kind: "para",
        text: "Savings proposals for the next three years are listed in the table below. Table 2: Savings proposals by reference",
      },
      { kind: "table", header: SAVINGS_HEADER, rows: SAVINGS },
      { kind: "para", text: "The Panel is asked to note the performance of the service." },
    ],
    measure,
  );
  pdf = await extractPdfText(
    await writePdf(pages, { title: "Health services", date: "2026-11-01T12:00:00Z" }, () => ({ footer: [] })),
  );
});

const source = (tables: PdfText["tables"]): ItemSource => ({
  origin: "report",
  title: "Health Services for Children Looked After",
  blocks: readPdfBlocks(pdf.text, 1, tables),
  documentId: 7,
  url: "https://moderngov.harrow.gov.uk/documents/s7/report.pdf",
});

describe("a report with tables rebuilt at ingest", () => {
  it("gives the section its tables with header rows and captions", () => {
    expect(pdf.tables).toHaveLength(2);
    const { tables } = collectCandidates([source(pdf.tables)], { itemTitle: "Health Services", preview: false });
    expect(tables).toEqual([
      {
        caption: "KPI's for Harrow CLA April 2025 – Sept 2025",
        header: HEADER,
        rows: ROWS,
        source: expect.objectContaining({ documentId: 7, page: 1 }),
      },
      {
        caption: "Table 2: Savings proposals by reference",
        header: SAVINGS_HEADER,
        rows: SAVINGS,
        source: expect.objectContaining({ page: 1 }),
      },
    ]);
  });

  it("turns no line of a table into a candidate bullet, and keeps the sentences around it", () => {
    const { candidates } = collectCandidates([source(pdf.tables)], { itemTitle: "Health Services", preview: false });
    const texts = candidates.map((c) => c.text);
    expect(texts).toContain(
      "All initial health assessments were completed within 20 days in four of the six months, and 35 of 47 requests arrived late.",
    );
    expect(texts).toContain("Savings proposals for the next three years are listed in the table below.");
    const tableWords =
      /Target for (IHA|RHA)|April 2025|September|RES01|PEO01|Consolidate customer|foster care|\b(650|900)\b/;
    expect(texts.filter((t) => tableWords.test(t))).toEqual([]);
  });
});

describe("a report whose tables could not be rebuilt", () => {
  it("keeps no row debris among the candidates", () => {
    const { candidates } = collectCandidates([source([])], { itemTitle: "Health Services", preview: false });
    const texts = candidates.map((c) => c.text);
    expect(texts).toContain(
      "All initial health assessments were completed within 20 days in four of the six months, and 35 of 47 requests arrived late.",
    );
    expect(texts.filter((t) => /\b(650 400|900 700|100% 100%|100% 92%)\b/.test(t))).toEqual([]);

    // Rows whose cells wrapped so that no row reads back as label-then-figures.
    const text = [
      "The Board noted the Better Care Fund metrics for the half year.",
      "Metric Plan 2026/27 Quarter 2 position On track",
      "Permanent admissions to care homes (65+, per 100,000) 410 198 (half year) Yes Delayed",
      "discharges",
      "Consolidate customer contact onto the digital platform 650 400 0 RES0",
      "1",
      "The Board agreed to receive the year-end position in June.",
    ].join("\n");
    const debris: ItemSource = {
      origin: "report",
      title: "Better Care Fund",
      blocks: readPdfBlocks(text),
      documentId: 8,
      url: null,
    };
    const found = collectCandidates([debris], { itemTitle: "Better Care Fund", preview: false }).candidates.map(
      (c) => c.text,
    );
    expect(found).toContain("The Board noted the Better Care Fund metrics for the half year.");
    expect(found.filter((t) => /410 198|650 400/.test(t))).toEqual([]);
  });

  it("recognises row debris: pipes, or bare figures side by side outside a sentence", () => {
    expect(isRowDebris("| Ordinary Member | Reserve Member")).toBe(true);
    expect(isRowDebris("Consolidate customer contact onto the digital platform 650 400 0 RES0")).toBe(true);
    expect(isRowDebris("Permanent admissions to care homes (65+, per 100,000) 410 198 (half year) Yes")).toBe(true);
    expect(isRowDebris("Reablement to reduce long-term home care 1,200 600 0 PEO0 The Board agreed the plan.")).toBe(
      true,
    );
    expect(isRowDebris("In 2025 2,000 residents replied to the consultation.")).toBe(false);
    expect(isRowDebris("During Quarter 2 of 2025/2026, 22 of the 214 children in care were reported missing.")).toBe(
      false,
    );
    expect(isRowDebris("Recruited a Head of Service, 2 Team Managers and 4 Personal Advisors")).toBe(false);
  });
});

describe("a rebuilt table that runs onto the next page", () => {
  it("is one table whether or not the next page repeats its header", () => {
    const header = ["Directorate", "Budget £m", "Forecast £m"];
    const text =
      "Table 1: Forecast by directorate\nDirectorate Budget £m Forecast £m\nPeople 78.6 78.9\nPlace 31.4 32.5\fResources 21.5 20.1\nTotal 131.5 131.5\nThe forecast is balanced.";
    const tables = [
      {
        page: 1,
        header,
        rows: [
          ["People", "78.6", "78.9"],
          ["Place", "31.4", "32.5"],
        ],
      },
      {
        page: 2,
        header: [],
        rows: [
          ["Resources", "21.5", "20.1"],
          ["Total", "131.5", "131.5"],
        ],
      },
    ];
    const blocks = readPdfBlocks(text, 1, tables);
    expect(blocks.filter((b) => b.kind === "table")).toEqual([
      {
        kind: "table",
        caption: "Table 1: Forecast by directorate",
        header,
        rows: [...tables[0]!.rows, ...tables[1]!.rows],
        page: 1,
      },
    ]);
    expect(blocks.filter((b) => b.kind !== "table").map((b) => ("text" in b ? b.text : ""))).toEqual([
      "The forecast is balanced.",
    ]);
  });
});
