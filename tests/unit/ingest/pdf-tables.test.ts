// Tables recovered from a PDF's text positions at ingest, on PDFs made here: one drawn by the snapshot's own report
// renderer (a bordered grid, shaded bold header, wrapped cells, beside a bullet list and a cover form that are not
// tables) and one drawn as Word draws a borderless table (bold header, right-aligned figures, no lines at all).
import { PDFDocument, StandardFonts } from "pdf-lib";
import { beforeAll, describe, expect, it } from "vitest";
import { extractPdfText, type PdfText } from "@/lib/ingest/extract-pdf-text";
import { findTables, type PositionedText } from "@/lib/ingest/pdf-tables";
import { layout, type LayoutBlock } from "@/scripts/snapshot/pdf/layout";
import { getMeasure, writePdf } from "@/scripts/snapshot/pdf/render";

async function renderReport(blocks: LayoutBlock[]): Promise<Uint8Array> {
  const measure = await getMeasure();
  return writePdf(layout(blocks, measure), { title: "Test report", date: "2026-11-01T12:00:00Z" }, () => ({
    footer: [],
  }));
}

const HEALTH_HEADER = [
  "Month",
  "Target for IHA 100% CNWL within 20 days of child becoming CLA",
  "Target for RHA 100% CNWL within 6/12 months",
];
const HEALTH_ROWS = [
  ["April 2025", "100%", "100%"],
  ["May 2025", "96%", "100%"],
  ["June 2025", "100%", "92%"],
];

describe("tables drawn by the report renderer (bordered grid, shaded header)", () => {
  let pdf: PdfText;
  beforeAll(async () => {
    pdf = await extractPdfText(
      await renderReport([
        {
          kind: "keyvalue",
          rows: [
            ["Date of Meeting:", "23 October 2025"],
            ["Subject:", "Health Services for Children Looked After"],
          ],
        },
        { kind: "heading", level: 2, text: "KPI's for Harrow CLA April 2025 – Sept 2025" },
        { kind: "table", header: HEALTH_HEADER, rows: HEALTH_ROWS },
        {
          kind: "para",
          text: "Contributing challenges for completion are late requests and children placed out of borough.",
        },
        {
          kind: "bullets",
          items: [
            "Weekly escalation meetings with the local authority.",
            "Reminder calls to carers before each appointment.",
          ],
        },
        {
          kind: "table",
          header: ["Ref", "Proposal", "2027/28 £000", "2028/29 £000"],
          rows: [
            [
              "RES01",
              "Consolidate customer contact onto the digital platform, closing the two remaining walk-in counters",
              "650",
              "400",
            ],
            ["PEO01", "Expand in-house foster care", "900", "700"],
          ],
        },
      ]),
    );
  });

  it("rebuilds each table with its header row and its cells, wrapped cells joined", () => {
    expect(pdf.tables).toEqual([
      { page: 1, header: HEALTH_HEADER, rows: HEALTH_ROWS },
      {
        page: 1,
        header: ["Ref", "Proposal", "2027/28 £000", "2028/29 £000"],
        rows: [
          [
            "RES01",
            "Consolidate customer contact onto the digital platform, closing the two remaining walk-in counters",
            "650",
            "400",
          ],
          ["PEO01", "Expand in-house foster care", "900", "700"],
        ],
      },
    ]);
  });

  it("leaves the cover form and the bullet list as text, and the text itself unchanged", () => {
    expect(pdf.tables.some((t) => t.rows.flat().some((c) => /Subject|Weekly escalation/.test(c)))).toBe(false);
    expect(pdf.text).toMatch(/Subject: Health Services/);
    expect(pdf.text).toMatch(/June\n2025\n100% 92%/);
  });
});

/** A borderless table as a word processor writes it: no lines, figures right-aligned, the header in bold. */
async function borderlessPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const size = 10;
  let y = 760;
  page.drawText("The forecast outturn for each directorate is set out below.", { x: 60, y, size, font: regular });
  y -= 24;
  const right = (text: string, x: number, font = regular): void =>
    page.drawText(text, { x: x - font.widthOfTextAtSize(text, size), y, size, font });
  page.drawText("Directorate", { x: 60, y, size, font: bold });
  right("Budget £m", 330, bold);
  right("Forecast £m", 430, bold);
  right("Variance £m", 530, bold);
  for (const [name, a, b, c] of [
    ["People (Adults)", "78.6", "78.9", "0.3"],
    ["Housing (General Fund)", "9.7", "13.6", "3.9"],
    ["Total", "192.4", "196.6", "4.2"],
  ] as const) {
    y -= 16;
    page.drawText(name, { x: 60, y, size, font: regular });
    right(a, 330);
    right(b, 430);
    right(c, 530);
  }
  y -= 30;
  page.drawText("The overspend is mainly in housing, where demand for temporary accommodation has risen.", {
    x: 60,
    y,
    size,
    font: regular,
  });
  return doc.save();
}

describe("a borderless table with right-aligned figures", () => {
  it("is found from the text positions alone, header from the bold row", async () => {
    const pdf = await extractPdfText(await borderlessPdf());
    expect(pdf.tables).toEqual([
      {
        page: 1,
        header: ["Directorate", "Budget £m", "Forecast £m", "Variance £m"],
        rows: [
          ["People (Adults)", "78.6", "78.9", "0.3"],
          ["Housing (General Fund)", "9.7", "13.6", "3.9"],
          ["Total", "192.4", "196.6", "4.2"],
        ],
      },
    ]);
  });
});

describe("findTables on positioned text", () => {
  const at = (text: string, x: number, y: number, bold: boolean | null = null): PositionedText => ({
    text,
    x,
    y,
    width: text.length * 5,
    size: 10,
    bold,
  });

  it("without font names, takes a first row of words over a column of figures as the header", () => {
    const items = [
      at("Quarter", 60, 700),
      at("Children missing", 200, 700),
      at("Q1", 60, 684),
      at("18", 200, 684),
      at("Q2", 60, 668),
      at("17", 200, 668),
    ];
    expect(findTables(items, 3)).toEqual([
      {
        page: 3,
        header: ["Quarter", "Children missing"],
        rows: [
          ["Q1", "18"],
          ["Q2", "17"],
        ],
      },
    ]);
  });

  it("finds no table in a paragraph whose lines happen to have wide word gaps", () => {
    const items = [
      at("The Panel noted", 60, 700),
      at("the report and", 160, 700),
      at("asked for a", 260, 700),
      at("further update", 90, 686),
      at("at its next", 150, 686),
      at("meeting in", 300, 686),
      at("March 2026 on", 60, 672),
      at("the placements", 190, 672),
      at("budget.", 240, 672),
    ];
    expect(findTables(items, 1)).toEqual([]);
  });

  it("finds no table in a page set in two columns of running text", () => {
    const left = [
      "The Panel received the quarterly",
      "report on children missing from",
      "care and asked how return home",
      "conversations were followed up.",
    ];
    const right = [
      "Members welcomed the new protocol",
      "with supported accommodation and",
      "asked for a further update at the",
      "next meeting of the Panel in March.",
    ];
    const items = left.flatMap((l, i) => [
      at(l, 60, 700 - i * 14, false),
      { ...at(right[i]!, 320, 700 - i * 14, false), width: 200 },
    ]);
    expect(findTables(items, 1)).toEqual([]);
  });

  it("finds no table in a numbered list or a form of labelled fields", () => {
    const list = [
      at("1.", 60, 700),
      at("Note the report;", 90, 700),
      at("2.", 60, 684),
      at("Agree the plan.", 90, 684),
    ];
    const form = [
      at("Chair:", 60, 600, true),
      at("Councillor A Smith", 200, 600, false),
      at("Exempt:", 60, 584, true),
      at("No", 200, 584, false),
    ];
    expect(findTables([...list, ...form], 1)).toEqual([]);
  });

  it("keeps a table whose rows are numbered when the number is one of three or more cells", () => {
    const items = [
      at("Ref", 60, 700, true),
      at("Action", 100, 700, true),
      at("Target", 300, 700, true),
      at("1.1", 60, 684, false),
      at("Recruit six advisers", 100, 684, false),
      at("June 2026", 300, 684, false),
      at("1.2", 60, 668, false),
      at("Reduce caseloads", 100, 668, false),
      at("May 2026", 300, 668, false),
    ];
    expect(findTables(items, 4)).toEqual([
      {
        page: 4,
        header: ["Ref", "Action", "Target"],
        rows: [
          ["1.1", "Recruit six advisers", "June 2026"],
          ["1.2", "Reduce caseloads", "May 2026"],
        ],
      },
    ]);
  });
});
