import { describe, expect, it } from "vitest";
import { summarizeExtractive } from "@/lib/summarize/extractive/summarize-extractive";
import { findUngroundedTokens, sourceTextsOf } from "@/lib/summarize/grounding";
import { doc, heldMeetingWithReport, item, makeInput, readFixture, standingItems } from "./helpers";

const reportItem = (extra = {}) =>
  item(5, "Children Missing from Care - Quarter 2 2025/26", { documentIds: [501], ...extra });
const report = (extra = {}) =>
  doc(501, "Children Missing from Care Q2 2025-26", { text: readFixture("report-missing.txt"), ...extra });

describe("summarizeExtractive: preview, outcome, cancelled, empty", () => {
  it("previews a future meeting from its papers, in the future tense, without decisions", () => {
    const input = makeInput({
      meeting: { status: "scheduled" },
      now: "2025-10-16T09:00:00Z",
      items: [...standingItems(false), reportItem()],
      documents: [report()],
    });
    const summary = summarizeExtractive(input);
    expect(summary.kind).toBe("preview");
    expect(summary.overview).toBe(
      "The Corporate Parenting Panel is scheduled to meet on Thursday 23 October 2025 at 6.00 pm to discuss Children Missing from Care - Quarter 2 2025/26.",
    );
    expect(summary.sections[0]!.decision).toBeNull();
    expect(summary.sections[0]!.bullets.some((b) => b.text.includes("22 of the 214"))).toBe(true);
    expect(summary.procedural).toBe(
      "Standing items: Attendance by Reserve Members; Declarations of Interest; Minutes; Public Questions.",
    );
    expect(summary.missing).toEqual([]);
  });

  it("says a cancelled meeting was cancelled, and what it would have discussed", () => {
    const input = makeInput({
      meeting: {
        status: "cancelled",
        title: "Corporate Parenting Panel - Thursday 23 October 2025 6.00 pm, CANCELLED",
      },
      items: [reportItem()],
    });
    const summary = summarizeExtractive(input);
    expect(summary.kind).toBe("cancelled");
    expect(summary.overview).toMatch(
      /^The meeting of the Corporate Parenting Panel scheduled for Thursday 23 October 2025 at 6\.00 pm was cancelled\./,
    );
    expect(summary.overview).toContain("It had been due to discuss Children Missing from Care");
    expect(summary.sections).toEqual([]);
  });

  it("says a postponed meeting was postponed", () => {
    const summary = summarizeExtractive(makeInput({ meeting: { status: "postponed" } }));
    expect(summary.kind).toBe("cancelled");
    expect(summary.overview).toContain("was postponed");
  });

  it("says so when a meeting has no papers at all", () => {
    const summary = summarizeExtractive(makeInput({ meeting: { status: "scheduled" }, now: "2025-10-01T00:00:00Z" }));
    expect(summary.kind).toBe("empty");
    expect(summary.overview).toBe(
      "The Corporate Parenting Panel is scheduled to meet on Thursday 23 October 2025. No agenda or papers have been published yet.",
    );
    expect(summary.missing).toEqual(["No agenda papers have been published yet"]);
  });

  it("treats a past meeting with only standing items and no papers as empty, saying minutes are missing", () => {
    const summary = summarizeExtractive(makeInput({ meeting: { status: "scheduled" }, items: standingItems(false) }));
    expect(summary.kind).toBe("empty");
    expect(summary.missing).toContain("No agenda papers, reports or minutes have been published for this meeting");
  });
});

describe("summarizeExtractive: bad input gives a shorter summary that says what is missing", () => {
  it("reports a scanned report and falls back to the minute", () => {
    const input = heldMeetingWithReport();
    input.documents = [
      report({ text: null, fetchError: "no-text: No text layer in 3 page(s): the PDF looks scanned", pageCount: 3 }),
    ];
    const summary = summarizeExtractive(input);
    expect(summary.kind).toBe("outcome");
    expect(summary.missing).toEqual([
      "The document 'Children Missing from Care Q2 2025-26' could not be read (scanned PDF with no text layer)",
    ]);
    expect(summary.sections[0]!.bullets.every((b) => b.source.documentId === null)).toBe(true);
    expect(summary.sections[0]!.decision).toBe("The report was noted.");
  });

  it("reports an empty (zero-text) document rather than inventing its content", () => {
    const input = heldMeetingWithReport();
    input.documents = [report({ text: "\f\f  \f" })];
    const summary = summarizeExtractive(input);
    expect(summary.missing[0]).toMatch(/could not be read/);
    expect(findUngroundedTokens(summary, sourceTextsOf(input))).toEqual([]);
  });

  it("says when the minutes have not been published after the meeting", () => {
    const input = makeInput({
      meeting: { status: "scheduled" },
      items: [...standingItems(false), reportItem()],
      documents: [report()],
    });
    const summary = summarizeExtractive(input);
    expect(summary.kind).toBe("outcome");
    expect(summary.missing).toContain("The minutes have not been published yet");
    expect(summary.sections[0]!.decision).toBeNull();
  });

  it("says when the minutes record no RESOLVED text", () => {
    const input = heldMeetingWithReport();
    input.items = input.items.map((i) =>
      i.position === 5
        ? { ...i, minutesText: "The Panel received the quarterly report and asked questions of officers." }
        : i,
    );
    const summary = summarizeExtractive(input);
    expect(summary.sections[0]!.decision).toBeNull();
    expect(summary.missing).toContain("The published minutes record no decision for the items discussed");
  });

  it("says when a reports pack has no recognisable headings, and never throws", () => {
    const input = makeInput({
      meeting: { status: "scheduled" },
      now: "2025-10-16T09:00:00Z",
      items: [item(5, "Virtual School Autumn Term Report")],
      documents: [
        doc(900, "Public reports pack", { kind: "public_reports_pack", text: readFixture("pack-no-headings.txt") }),
      ],
    });
    const summary = summarizeExtractive(input);
    expect(summary.missing).toContain(
      "The reports pack 'Public reports pack' has no recognisable report headings, so it could not be split into its reports",
    );
    expect(summary.missing).toContain(
      "No report or minute text was found for item 'Virtual School Autumn Term Report'",
    );
    expect(summary.sections.flatMap((s) => s.bullets)).toEqual([]);
  });

  it("reports exempt papers as not published", () => {
    const input = heldMeetingWithReport();
    input.documents.push(doc(777, "Appendix 1 - Placement costs", { isRestricted: true, url: null }));
    input.items[4]!.documentIds.push(777);
    expect(summarizeExtractive(input).missing).toContain(
      "The document 'Appendix 1 - Placement costs' is exempt from publication, so it was not read",
    );
  });

  it("reads a damaged report from its copy in the reports pack, and says so", () => {
    const pack = doc(900, "Public reports pack", {
      kind: "public_reports_pack",
      text: readFixture("reports-pack.txt"),
    });
    const broken = doc(601, "Virtual School Autumn Term Report", {
      text: null,
      fetchError: "corrupt: Corrupt or truncated PDF: Invalid PDF structure",
    });
    const input = makeInput({
      meeting: { status: "scheduled" },
      now: "2025-10-16T09:00:00Z",
      items: [item(8, "Virtual School Autumn Term Report", { documentIds: [601] })],
      documents: [broken, pack],
    });
    const summary = summarizeExtractive(input);
    expect(summary.missing).toEqual([
      "The document 'Virtual School Autumn Term Report' could not be read (damaged or incomplete file); its copy in the reports pack was used",
    ]);
    expect(
      summary.sections[0]!.bullets.some((b) => b.text.includes("25 undergraduates") && b.source.documentId === 900),
    ).toBe(true);
  });
});
