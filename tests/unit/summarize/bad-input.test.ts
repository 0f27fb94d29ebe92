// Papers that give the engine little or too much to work with: each gets a short, honest line, never boilerplate
// and never an error.
import { describe, expect, it } from "vitest";
import { summarizeExtractive } from "@/lib/summarize/extractive/summarize-extractive";
import type { SummaryDocument, SummaryInput, SummaryItem } from "@/lib/summarize/types";
import { item } from "./helpers";

const meeting = {
  title: "Cabinet - Thursday 10 December 2026 6.30 pm",
  committeeName: "Cabinet",
  startsAt: "2026-12-10T18:30:00Z",
  status: "held" as const,
  isSpecial: false,
  officialUrl: "https://moderngov.harrow.gov.uk/ieListDocuments.aspx?CId=249&MId=1",
  webcastUrl: null,
};
const doc = (id: number, extra: Partial<SummaryDocument>): SummaryDocument => ({
  id,
  title: "Report",
  kind: "item_report",
  url: `https://moderngov.harrow.gov.uk/documents/s${id}/r.pdf`,
  text: null,
  pageCount: null,
  fetchError: null,
  isRestricted: false,
  ...extra,
});
const summarise = (items: SummaryItem[], documents: SummaryDocument[] = []) =>
  summarizeExtractive({ meeting, items, documents, now: "2026-12-11T00:00:00Z" } satisfies SummaryInput);

describe("honest lines for thin or broken papers", () => {
  it("an item with only a title says its minutes have not been published, and the overview does not say it was discussed", () => {
    const s = summarise([item(1, "Apologies for Absence"), item(5, "Harrow Strategic Development Partnership")]);
    const section = s.sections.find((x) => x.heading === "Harrow Strategic Development Partnership")!;
    expect(section.note).toBe("The minutes for this item have not been published.");
    expect(section.bullets).toEqual([]);
    expect(s.overview).toBe(
      "The Cabinet met on Thursday 10 December 2026; its agenda listed Harrow Strategic Development Partnership, with no minutes published.",
    );
  });

  it("says no minute was found for an item, never 'not published', when the published minutes cover other items", () => {
    const s = summarise([
      item(1, "Apologies for Absence", { minutesText: "None received." }),
      item(5, "Harrow Strategic Development Partnership"),
    ]);
    const section = s.sections.find((x) => x.heading === "Harrow Strategic Development Partnership")!;
    expect(section.note).toBe("No minute for this item was found in the published minutes.");
    expect(s.overview).toBe(
      "The Cabinet met on Thursday 10 December 2026; its agenda listed Harrow Strategic Development Partnership, with no minute found in the published minutes.",
    );
  });

  it("cuts a motion's long agenda text to its opening, at a clause, when the minutes have none for it", () => {
    const motion =
      "This Council notes that the borough's libraries lent 412,000 books last year, that opening hours fell in 2025, that volunteers now run three branches, that footfall at Elm Road rose by a fifth after the refit, and that residents asked for Sunday opening in the 2026 survey; this Council therefore resolves to ask the Cabinet to review opening hours across all branches, to publish the footfall figures every quarter and to report back to Council by March 2027 with costed options.";
    const s = summarise([
      item(1, "Apologies for Absence"),
      item(12, "Motion: Library Opening Hours", { description: motion }),
    ]);
    const bullet = s.sections.find((x) => x.heading === "Motion: Library Opening Hours")!.bullets[0]!.text;
    expect(bullet).toBe(
      "The agenda said: This Council notes that the borough's libraries lent 412,000 books last year, that opening hours fell in 2025, that volunteers now run three branches, that footfall at Elm Road rose by a fifth after the refit, and that residents asked for Sunday opening in the 2026 survey…",
    );
  });

  it("keeps an informative agenda description, but never the agenda's standing boilerplate", () => {
    const s = summarise([
      item(4, "Petition - Keep Free Weekend Parking", {
        description: "A petition with over 2,000 signatures has been received. It objects to weekend charges.",
      }),
      item(9, "Exclusion of the Press and Public", {
        description:
          "To resolve that the press and public be excluded under Schedule 12A to the Local Government Act 1972.",
      }),
    ]);
    const bullets = s.sections.flatMap((x) => x.bullets.map((b) => b.text));
    expect(bullets).toContain(
      'The agenda said of the petition "Keep Free Weekend Parking": A petition with over 2,000 signatures has been received. It objects to weekend charges.',
    );
    expect(JSON.stringify(s)).not.toMatch(/12A|Local Government Act 1972/);
  });

  it("minutes without RESOLVED text are summarised and say that no decision was recorded", () => {
    const s = summarise([
      item(6, "Housing Update", {
        minutesText:
          "Members asked about the 1,148 households in temporary accommodation. The officer said 27 families were in bed and breakfast.",
      }),
    ]);
    expect(s.sections[0]!.bullets.map((b) => b.text).join(" ")).toMatch(/1,148 households/);
    expect(s.sections[0]!.decision).toBeNull();
    expect(s.missing).toContain("The published minutes record no decision for the items discussed");
  });

  it("a scanned pack with no text layer is named as such instead of being summarised", () => {
    const s = summarise(
      [item(7, "Capital Programme", { documentIds: [70] })],
      [
        doc(70, {
          title: "Capital Programme report",
          kind: "item_report",
          fetchError: "No text layer: the PDF has no extractable text (scanned?)",
          pageCount: 40,
        }),
      ],
    );
    expect(s.missing.join(" ")).toMatch(/Capital Programme report/);
    expect(s.missing.join(" ")).toMatch(/scanned|no text/i);
  });

  it("a 600-page pack is condensed to a few bullets per item, not copied", () => {
    const page = (n: number) =>
      `Section ${n}. The forecast overspend for the year is £${(n % 9) + 1}.${n % 10}m, mainly in temporary accommodation. Officers will report again in the next quarter.`;
    const text = [
      "Agenda Item 8\nPages 1 - 600\n\n" + page(0),
      ...Array.from({ length: 599 }, (_, i) => page(i + 1)),
    ].join("\f");
    const s = summarise(
      [item(8, "Revenue Budget Monitoring", { minutesText: "RESOLVED: That the report be noted.", documentIds: [80] })],
      [doc(80, { kind: "public_reports_pack", text, pageCount: 600 })],
    );
    const bullets = s.sections.flatMap((x) => x.bullets);
    expect(bullets.length).toBeGreaterThan(0);
    expect(bullets.length).toBeLessThanOrEqual(20);
    expect(s.sections[0]!.decision).toBe("The report was noted.");
  });
});
