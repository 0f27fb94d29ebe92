import { describe, expect, it } from "vitest";
import { buildDigestMessage } from "@/lib/digest/build-digest-message";
import { composeDigest } from "@/lib/digest/compose-digest";
import { digestSections } from "@/lib/digest/meeting-text";
import { DEFAULT_PREFERENCES } from "@/lib/subscriptions/preferences";
import { meeting, SETTINGS } from "./fixtures";

// A Cabinet's summary as the extractive engine stores it for real Harrow minutes (the corpus meetings 65948 of
// 14 November 2024 and 65452 of 20 April 2023, tests/fixtures/real-harrow): each decided item's decision is the
// section's `decision`, and its bullets are what comes with it (the reason). The weekly email must say what was
// decided, not only why.
const source = { documentId: null, url: null, page: null };
const cabinet = meeting({
  externalId: 65948,
  startsAt: new Date("2024-11-14T18:30:00Z"),
  title: "Cabinet - Thursday 14 November 2024 6.30 pm",
  committee: { name: "Cabinet", externalId: 249 },
  summary: {
    kind: "outcome",
    overview:
      "The Cabinet met on Thursday 14 November 2024 and started a procurement for a mental health community service.",
    content: {
      sections: [
        {
          heading: "Mental Health Community Services",
          decision: "A procurement for a mental health community service was started.",
          bullets: [
            {
              text: "Reason: It lets the Council meet its statutory duties under the Care Act 2014.",
              source,
            },
          ],
        },
        {
          heading: "Reducing Fly tipping and Littering Strategy 2023",
          decision: "The Fly-tipping and Littering Strategy was approved.",
          bullets: [],
        },
        { heading: "Covid-19 Update", decision: null, bullets: [] },
      ],
    },
  },
});

describe("a weekly digest's sections (real Cabinet wording)", () => {
  it("carry each item's decision, and keep an item whose only line is its decision", () => {
    expect(digestSections(cabinet.summary!.content)).toEqual([
      {
        heading: "Mental Health Community Services",
        decision: "A procurement for a mental health community service was started.",
        bullets: ["Reason: It lets the Council meet its statutory duties under the Care Act 2014."],
      },
      {
        heading: "Reducing Fly tipping and Littering Strategy 2023",
        decision: "The Fly-tipping and Littering Strategy was approved.",
        bullets: [],
      },
    ]);
  });

  it("say the decision in the email's text and HTML parts, before the reason", () => {
    const content = composeDigest({
      council: { slug: "harrow", name: "Harrow Council" },
      week: { year: 2024, week: 46 },
      meetings: [cabinet],
    })!;
    const message = buildDigestMessage(
      content,
      { id: 1, email: "reader@example.org", linkVersion: 1, preferences: DEFAULT_PREFERENCES },
      SETTINGS,
    )!;
    expect(message.text).toContain(
      [
        "Mental Health Community Services",
        "  Decision: A procurement for a mental health community service was started.",
        "  * Reason: It lets the Council meet its statutory duties under the Care Act 2014.",
      ].join("\n"),
    );
    expect(message.text).toContain(
      "Reducing Fly tipping and Littering Strategy 2023\n  Decision: The Fly-tipping and Littering Strategy was approved.",
    );
    expect(message.html).toContain("<strong>Decision:</strong> The Fly-tipping and Littering Strategy was approved.");
    // no empty list for a section without bullets
    expect(message.html).not.toMatch(/<ul[^>]*><\/ul>/);
  });
});

describe("a weekly digest's headline (real Cabinet weeks)", () => {
  const week = { year: 2024, week: 46 };
  const council = { slug: "harrow", name: "Harrow Council" };
  const headline = (meetings: Parameters<typeof composeDigest>[0]["meetings"]) =>
    composeDigest({ council, week, meetings })!.headline;

  it("shortens a long outcome, never the count of other meetings after it", () => {
    const long = meeting({
      ...cabinet,
      summary: {
        ...cabinet.summary!,
        overview:
          "The Cabinet met on Thursday 14 November 2024 and designated Local Areas of Special Character (LASC) and started a procurement for a mental health community service.",
      },
    });
    const panel = meeting({
      externalId: 66087,
      startsAt: new Date("2024-11-13T18:30:00Z"),
      committee: { name: "Traffic and Road Safety Advisory Panel", externalId: 260 },
    });
    const text = headline([panel, long]);
    expect(text.length).toBeLessThanOrEqual(140);
    // Shortened by whole outcomes (shortenOutcome in lib/digest/headline.ts), not cut inside the second one.
    expect(text).toBe("Cabinet designated Local Areas of Special Character (LASC), and 1 more meeting");
  });

  it("does not lead with a petition or questions, and says when a meeting of standing business only met", () => {
    // Cabinet of 15 October 2024 (corpus meeting 65943): a petition received, business items without minutes.
    const petitionOnly = meeting({
      externalId: 65943,
      startsAt: new Date("2024-11-12T17:30:00Z"),
      committee: { name: "Cabinet", externalId: 249 },
      summary: {
        kind: "outcome",
        overview:
          "The Cabinet met on Tuesday 12 November 2024; its agenda listed Harrow to Pinner Cycleway - Public consultation outcome, with no minutes published.",
        content: {
          sections: [
            {
              heading: "Petitions",
              itemNumber: "3.",
              bullets: [{ text: "17 signatures: the school streets programme around Park High School.", source }],
            },
          ],
        },
      },
    });
    expect(headline([petitionOnly])).toBe("Cabinet met on Tuesday 12 November");
    // Cabinet of 17 December 2024 (65957): standing business only, no sections at all.
    const standing = meeting({
      ...petitionOnly,
      summary: { ...petitionOnly.summary!, content: { sections: [] } },
    });
    expect(headline([standing])).toBe("Cabinet met on Tuesday 12 November");
  });
});
