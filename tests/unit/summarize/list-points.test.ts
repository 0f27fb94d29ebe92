// A list's points under the sentence that introduces them: kept together by the summariser, shown as one nested list
// on the page, in the markdown and in the plain text, and read with their lead wherever one bullet stands alone (the
// weekly email, the issue pages, the evaluation). Shaped like the snapshot's Corporate Parenting Panel report ("Since
// March 2025, the service has: …") and an officer report's numbered paragraphs; the sentences are written here.
import { describe, expect, it } from "vitest";
import { bulletText, groupBullets } from "@/lib/summarize/bullets";
import { collectCandidates } from "@/lib/summarize/extractive/collect-candidates";
import { renderSummaryMarkdown } from "@/lib/summarize/render/render-markdown";
import { renderSummaryText } from "@/lib/summarize/render/render-text";
import { renderSummarySearchText } from "@/lib/summarize/render/render-search-text";
import { toSummaryView } from "@/lib/data/summary-view";
import { digestSections } from "@/lib/digest/meeting-text";
import type { MeetingSummary, SummaryBullet } from "@/lib/summarize/types";

const LEAD = "Since April 2027, the service has:";
const source = { documentId: null, url: null, page: null };
const bullets: SummaryBullet[] = [
  { text: "The service was set up after the inspection.", source },
  { text: "Created two leaving care teams.", source, lead: LEAD },
  { text: "Recruited 9 Personal Advisers.", source, lead: LEAD },
  { text: "Pinner Trust, a local charity, began mentoring on 3rd May.", source, lead: LEAD },
  { text: "The Panel thanked the team.", source },
];
const summary: MeetingSummary = {
  kind: "outcome",
  overview: "The Corporate Parenting Panel met on Thursday 21 October 2027 and noted a report.",
  procedural: null,
  sections: [
    { heading: "Leaving Care Update", itemNumber: "6", bullets, tables: [], decision: "The report was noted." },
  ],
  footnotes: [],
  missing: [],
};

describe("a list's points under their lead", () => {
  it("groups consecutive points of one list, and reads a point alone with its lead, its capital kept", () => {
    const groups = groupBullets(bullets);
    expect(groups.map((g) => [g.lead, g.items.length])).toEqual([
      [null, 1],
      [LEAD, 3],
      [null, 1],
    ]);
    expect(bulletText(bullets[3]!)).toBe(`${LEAD} Pinner Trust, a local charity, began mentoring on 3rd May.`);
    expect(bulletText(bullets[0]!)).toBe(bullets[0]!.text);
  });

  it("is a nested list in the markdown and in the email's plain text, the lead said once", () => {
    const md = renderSummaryMarkdown(summary);
    expect(md).toContain(
      [
        "- The service was set up after the inspection.",
        `- ${LEAD}`,
        "  - Created two leaving care teams.",
        "  - Recruited 9 Personal Advisers.",
        "  - Pinner Trust, a local charity, began mentoring on 3rd May.",
        "- The Panel thanked the team.",
      ].join("\n"),
    );
    const text = renderSummaryText(summary);
    expect(text).toContain(`* ${LEAD}\n  * Created two leaving care teams.\n  * Recruited 9 Personal Advisers.`);
    expect(text.split(LEAD)).toHaveLength(2);
    expect(renderSummarySearchText(summary).split(LEAD)).toHaveLength(2);
  });

  it("is one group with its points on the meeting page, and one line after its lead in the weekly email", () => {
    const view = toSummaryView(
      {
        engine: "extractive",
        engineVersion: "test",
        kind: "outcome",
        content: summary,
        overview: summary.overview,
        generatedAt: new Date("2027-10-22T09:00:00Z"),
      },
      [],
      null,
    );
    const runs = (r: { text: string }[] | null) => r?.map((x) => x.text).join("") ?? null;
    expect(view.sections[0]!.bullets.map((g) => [runs(g.lead), g.items.map((b) => runs(b.text))])).toEqual([
      [null, ["The service was set up after the inspection."]],
      [
        LEAD,
        [
          "Created two leaving care teams.",
          "Recruited 9 Personal Advisers.",
          "Pinner Trust, a local charity, began mentoring on 3rd May.",
        ],
      ],
      [null, ["The Panel thanked the team."]],
    ]);
    expect(digestSections(summary)[0]!.bullets).toEqual([
      "The service was set up after the inspection.",
      `${LEAD} Created two leaving care teams; Recruited 9 Personal Advisers; Pinner Trust, a local charity, began mentoring on 3rd May.`,
      "The Panel thanked the team.",
    ]);
  });
});

describe("the points a list's lead introduces", () => {
  it("end where the report's next numbered paragraph begins", () => {
    const lead = "The schemes slipping into next year are:";
    const { candidates } = collectCandidates(
      [
        {
          origin: "report",
          title: "Capital Programme Monitoring",
          blocks: [
            { kind: "para", text: `2.11.1 Slippage of £9.100m is forecast. ${lead}`, page: 4 },
            {
              kind: "bullet",
              label: "\u2022",
              text: "The Elm Road school expansion (£4.200m), delayed by drainage works.",
              page: 4,
            },
            {
              kind: "bullet",
              label: "\u2022",
              text: "Resurfacing on Pinner Road (£4.900m), re-phased around utility works.",
              page: 4,
            },
            {
              kind: "bullet",
              label: "2.12.1",
              text: "Each new home is expected to save around £18,000 a year.",
              page: 4,
            },
          ],
          documentId: 7,
          url: null,
        },
      ],
      { itemTitle: "Capital Programme Monitoring", preview: false },
    );
    const leadOf = (start: string) => candidates.find((c) => c.text.startsWith(start))?.lead;
    expect(leadOf("The Elm Road")).toBe(lead);
    expect(leadOf("Resurfacing")).toBe(lead);
    expect(leadOf("Each new home")).toBeUndefined();
  });
});
