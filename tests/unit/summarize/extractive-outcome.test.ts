import { describe, expect, it } from "vitest";
import { summarizeExtractive } from "@/lib/summarize/extractive/summarize-extractive";
import { findUngroundedTokens, sourceTextsOf } from "@/lib/summarize/grounding";
import { doc, heldMeetingWithReport, item, makeInput } from "./helpers";

describe("summarizeExtractive: a held meeting with a report and minutes", () => {
  const input = heldMeetingWithReport();
  const summary = summarizeExtractive(input);
  const section = summary.sections[0]!;
  const bullets = section.bullets.map((b) => b.text);

  it("is an outcome with one section for the one substantive item", () => {
    expect(summary.kind).toBe("outcome");
    expect(summary.sections.map((s) => s.heading)).toEqual(["Children Missing from Care - Quarter 2 2025/26"]);
    expect(section.itemNumber).toBe("5");
  });

  it("says in the overview when the panel met and what it decided, outcome first", () => {
    expect(summary.overview).toBe(
      "The Corporate Parenting Panel met on Thursday 23 October 2025 and noted Children Missing from Care - Quarter 2 2025/26.",
    );
  });

  it("folds the standing items into one procedural line instead of sections", () => {
    expect(summary.procedural?.split("\n")).toEqual([
      "No reserve members.",
      "No declarations.",
      "Minutes of 30 June 2025 approved.",
      "No public questions.",
    ]);
    expect(summary.sections.some((s) => /declarations|reserve|urgent/i.test(s.heading))).toBe(false);
  });

  it("carries the key figures, copied from the report", () => {
    expect(bullets).toContain(
      "During Quarter 2 of 2025/2026, 22 of the 214 children in care were reported missing, and they were all offered a return home conversation (RHC).",
    );
    expect(bullets.some((b) => b.includes("suspected gang activity (5%)"))).toBe(true);
  });

  it("keeps RESOLVED text as the decision, not as a bullet", () => {
    expect(section.decision).toBe("The report was noted.");
    expect(bullets.some((b) => /RESOLVED/.test(b))).toBe(false);
  });

  it("cites the document and the PDF page of each report bullet", () => {
    const missing = section.bullets.find((b) => b.text.includes("22 of the 214"))!;
    expect(missing.source).toEqual({ documentId: 501, url: input.documents[0]!.url, page: 1 });
    const girls = section.bullets.find((b) => b.text.includes("girls aged 17"));
    expect(girls?.source.page).toBe(2);
    const minute = section.bullets.find((b) => b.text.includes("absent without permission"));
    expect(minute?.source).toEqual({ documentId: null, url: input.meeting.officialUrl, page: null });
  });

  it("rebuilds the report's table from the PDF text", () => {
    expect(section.tables).toHaveLength(1);
    expect(section.tables[0]!.header).toEqual(["Month", "Offered", "Accepted"]);
    expect(section.tables[0]!.rows).toEqual([
      ["July 2025", "9", "7"],
      ["August 2025", "8", "6"],
      ["September 2025", "5", "5"],
    ]);
    expect(section.tables[0]!.source.page).toBe(2);
  });

  it("leaves out boilerplate: officer clearance, contact details, 'no financial implications'", () => {
    const all = bullets.join(" ");
    expect(all).not.toMatch(/Sharon Beckett|martin\.keane|no financial implications|requested to note/i);
  });

  it("explains the abbreviations it uses in footnotes", () => {
    expect(summary.footnotes.map((f) => f.term)).toContain("RHC");
    expect(summary.footnotes.find((f) => f.term === "RHC")!.explanation).toMatch(/Return Home Conversation/);
  });

  it("states no number, date or name that is not in the sources", () => {
    expect(findUngroundedTokens(summary, sourceTextsOf(input))).toEqual([]);
    expect(summary.missing).toEqual([]);
  });

  it("is deterministic", () => {
    expect(summarizeExtractive(heldMeetingWithReport())).toEqual(summary);
  });
});

describe("summarizeExtractive: a long report does not crowd out what the meeting said", () => {
  it("keeps the minute's figures beside a report that fills its own bullet budget", () => {
    // 24 distinct report sentences, each with a figure and a name: strong enough to fill the bullets on their own.
    const services = [
      "Adult Social Care",
      "Children's Services",
      "Housing Options",
      "Parking Enforcement",
      "Waste Collection",
      "Libraries Network",
      "Leisure Centres",
      "Highways Maintenance",
      "Public Health",
      "Council Tax Support",
      "Planning Enforcement",
      "Special Educational Needs",
      "Street Lighting",
      "Parks Management",
      "Home Care",
    ];
    const verbs = [
      "overspent by",
      "underspent by",
      "drew reserves of",
      "absorbed pressures of",
      "saved",
      "recovered income of",
    ];
    const report = services
      .flatMap((name, i) => [
        `${name} ${verbs[i % 6]} £${i + 1}.${i}4m (${i + 2}%) against its Quarter ${1 + (i % 2)} budget of £${i + 9}.2m.`,
        `Within ${name}, ${200 + i * 7} cases (${i + 3}%) were open at Quarter 2, compared with ${150 + i * 3} in Quarter 1 and £${i}.5m spent.`,
      ])
      .join(" ");
    const input = makeInput({
      items: [
        item(5, "Revenue Budget Monitoring", {
          documentIds: [801],
          minutesText:
            "Members asked about the variance on temporary accommodation. RESOLVED: That the report be noted.",
        }),
      ],
      documents: [doc(801, "Budget monitoring report", { text: report })],
    });
    const bullets = summarizeExtractive(input).sections[0]!.bullets.map((b) => b.text);
    expect(bullets.filter((b) => /£\d+\.\d+4m|were open at Quarter 2/.test(b)).length).toBeGreaterThanOrEqual(10);
    expect(bullets).toContain("Members asked about the variance on temporary accommodation.");
  });
});
