import { describe, expect, it } from "vitest";
import { extractResolved } from "@/lib/summarize/extractive/resolved";
import { classifyItem, foldProcedural } from "@/lib/summarize/extractive/procedural";
import { readHtmlBlocks } from "@/lib/summarize/text/read-html-blocks";
import { readPdfBlocks } from "@/lib/summarize/text/read-pdf-blocks";
import { splitSentences } from "@/lib/summarize/text/sentences";
import { item } from "./helpers";
import { readFixture } from "./helpers";

describe("reading PDF text into blocks", () => {
  const blocks = readPdfBlocks(readFixture("report-missing.txt"));

  it("rejoins wrapped lines into paragraphs and keeps Harrow's section headings", () => {
    expect(blocks).toContainEqual({ kind: "heading", text: "Section 1 – Summary and Recommendations", page: 1 });
    expect(blocks).toContainEqual({
      kind: "para",
      text: "During Quarter 2 of 2025/2026, 22 of the 214 children in care were reported missing, and they were all offered a return home conversation (RHC).",
      page: 1,
    });
  });

  it("reads bullets with their continuation lines, on the right page", () => {
    expect(blocks).toContainEqual({
      kind: "bullet",
      label: "\u2022",
      text: "The past 2 quarters have seen an increase in girls aged 17 going missing from care.",
      page: 2,
    });
  });

  it("drops page footers and reads cover fields", () => {
    expect(blocks.some((b) => "text" in b && /Page \d of \d/.test(b.text))).toBe(false);
    expect(blocks).toContainEqual({
      kind: "field",
      label: "Subject",
      value: "Children Missing from Care - Quarter 2 2025/26",
      page: 1,
    });
  });

  it("drops running footers repeated on every page", () => {
    const text = ["Minute one text that is here.", "Minute two text.", "Minute three text."]
      .map((t, i) => `${t}\nCorporate Parenting Panel - 23 October 2025 ${i + 1}`)
      .join("\f");
    const texts = readPdfBlocks(text).map((b) => ("text" in b ? b.text : ""));
    expect(texts).toEqual(["Minute one text that is here.", "Minute two text.", "Minute three text."]);
  });
});

describe("a RESOLVED line after a paragraph whose last line is full width", () => {
  it("starts a block of its own", () => {
    const text = [
      "The Head of Highways introduced the report on the winter gritting programme for the coming season and",
      "explained that 118 kilometres of priority routes would be treated before each frost, with salt stocks of",
      "4,200 tonnes held at the depot, and that the contractor had taken on six extra drivers for the season.",
      "RESOLVED: That the report be noted.",
    ].join("\n");
    const blocks = readPdfBlocks(text);
    expect(blocks.map((b) => ("text" in b ? b.text : ""))).toEqual([
      "The Head of Highways introduced the report on the winter gritting programme for the coming season and explained that 118 kilometres of priority routes would be treated before each frost, with salt stocks of 4,200 tonnes held at the depot, and that the contractor had taken on six extra drivers for the season.",
      "RESOLVED: That the report be noted.",
    ]);
  });
});

describe("reading minute text from the meeting page", () => {
  it("finds sentence-case sub-headings, bullets and pipe tables", () => {
    const blocks = readHtmlBlocks(
      "The Committee discussed the plan.\n\nHousing for care leavers\n\n\u00b7 Officers said 25 properties were available.\n\nMonth | Count\nJuly | 4\nAugust | 5",
    );
    expect(blocks).toEqual([
      { kind: "para", text: "The Committee discussed the plan.", page: null },
      { kind: "heading", text: "Housing for care leavers", page: null },
      { kind: "bullet", label: "\u2022", text: "Officers said 25 properties were available.", page: null },
      {
        kind: "table",
        caption: null,
        header: ["Month", "Count"],
        rows: [
          ["July", "4"],
          ["August", "5"],
        ],
        page: null,
      },
    ]);
  });
});

describe("RESOLVED extraction", () => {
  it("takes the decision verbatim, numbered clauses included", () => {
    expect(
      extractResolved(
        "Members asked questions.\n\nRESOLVED: That\n(1) the report be noted;\n(2) the action plan be agreed.",
      ),
    ).toBe("That (1) the report be noted; (2) the action plan be agreed.");
  });

  it("stops before Cabinet's reasons and alternative options", () => {
    expect(
      extractResolved(
        "RESOLVED: That the contract be awarded to NRS Healthcare.\n\nReason for Decision: To secure supply.",
      ),
    ).toBe("That the contract be awarded to NRS Healthcare.");
  });

  it("keeps 'RESOLVED to RECOMMEND' and Planning's DECISION", () => {
    expect(extractResolved("RESOLVED to RECOMMEND: That the budget be approved.")).toBe(
      "RESOLVED to RECOMMEND: That the budget be approved.",
    );
    expect(extractResolved("PROPOSAL: extensions.\n\nDECISION: GRANTED subject to conditions.")).toBe(
      "GRANTED subject to conditions.",
    );
  });

  it("returns null when a minute has no decision", () => {
    expect(extractResolved("The Panel received a presentation.")).toBeNull();
  });
});

describe("procedural items", () => {
  it("classifies standing items as procedural and reports as substantive", () => {
    expect(classifyItem(item(1, "Attendance by Reserve Members"))).toBe("procedural");
    expect(classifyItem(item(2, "Declarations of Interest"))).toBe("procedural");
    expect(classifyItem(item(3, "Minutes"))).toBe("procedural");
    expect(classifyItem(item(9, "Any Other Urgent Business"))).toBe("procedural");
    expect(classifyItem(item(5, "Leaving Care Service Update"))).toBe("substantive");
  });

  it("keeps questions and petitions as sections when the minutes record some", () => {
    expect(
      classifyItem(
        item(4, "Public Questions", { minutesText: "RESOLVED: To note that no public questions were received." }),
      ),
    ).toBe("procedural");
    const petition = item(6, "Petitions", {
      minutesText:
        "Councillor David Ashton presented a petition with 17 signatures asking for school streets near Park High School. RESOLVED: That the petition be referred to the Acting Strategic Director.",
    });
    expect(classifyItem(petition)).toBe("questions");
  });

  it("folds what happened under the standing items into one line each, keeping who and what", () => {
    const line = foldProcedural(
      [
        item(1, "Attendance by Reserve Members", {
          minutesText: "RESOLVED: To note the attendance of the following Reserve Member: Councillor Yasmin Farah.",
        }),
        item(2, "Declarations of Interest", {
          minutesText: "RESOLVED: To note that there were no declarations of interests made by Members.",
        }),
        item(3, "Minutes", {
          minutesText:
            "RESOLVED: That the minutes of the meeting held on 30 June 2025 be taken as read and signed as a correct record, subject to a correction.",
        }),
      ],
      true,
    );
    expect(line?.split("\n")).toEqual([
      "Reserves: Yasmin Farah.",
      "No declarations.",
      "Minutes of 30 June 2025 approved, subject to a correction.",
    ]);
  });
});

describe("sentence splitting", () => {
  it("does not split after Harrow's abbreviations or inside figures", () => {
    expect(
      splitSentences("Cllr. Smith spoke on item No. 5 at 6.30 pm. The overspend was £1.5m. Members noted it."),
    ).toEqual(["Cllr. Smith spoke on item No. 5 at 6.30 pm.", "The overspend was £1.5m.", "Members noted it."]);
  });
});
