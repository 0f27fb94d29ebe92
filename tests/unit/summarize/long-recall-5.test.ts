// Business recall on the long minutes, fifth round, and two overview defects (docs/summaries.md#long-minutes-round-five):
// general rules for how minutes are written. Every sentence and minute below is written here, with made-up names,
// places and figures.
import { describe, expect, it } from "vitest";
import { collectCandidates } from "@/lib/summarize/extractive/collect-candidates";
import { fitFinding, writeOutcomeOverview } from "@/lib/summarize/extractive/overview";
import { shorterRecommendations } from "@/lib/summarize/extractive/overview/recommended";
import type { ItemSource } from "@/lib/summarize/extractive/item-sources";
import { scoreSentence } from "@/lib/summarize/extractive/score-sentence";
import type { TextBlock } from "@/lib/summarize/text/blocks";
import { minuteContext, overviewMeeting, overviewSection } from "./helpers";

const countWords = (s: string) => s.split(/\s+/).filter(Boolean).length;

const context = minuteContext("Library Services Update", { isBullet: true });

describe("a step set for a month, said without a day", () => {
  it("counts its date as a figure, as a step set for a day of that month is", () => {
    const byMonth = scoreSentence(
      "A new booking system would be used at every library in the borough from June 2027.",
      context,
    );
    const byDay = scoreSentence(
      "A new booking system would be used at every library in the borough from 1 June 2027.",
      context,
    );
    expect(byMonth).toBeCloseTo(byDay, 5);
  });

  it("gives no such figure to a past event dated by its month, nor to a future step without a date", () => {
    const past = scoreSentence("Two branch libraries, in Elm Park and Stanmore Vale, had merged in May 2026.", context);
    const pastByDay = scoreSentence(
      "Two branch libraries, in Elm Park and Stanmore Vale, had merged on 1 May 2026.",
      context,
    );
    expect(past).toBeLessThan(pastByDay - 1);
    const undated = scoreSentence(
      "A new booking system would be used at every library in the borough next spring.",
      context,
    );
    const dated = scoreSentence(
      "A new booking system would be used at every library in the borough by April 2027.",
      context,
    );
    expect(dated - undated).toBeGreaterThan(1.5);
  });
});

describe("a list's lead read as a heading once its colon is gone", () => {
  const page = (blocks: TextBlock[]): ItemSource => ({
    origin: "minutes",
    title: "Minutes",
    blocks,
    documentId: 1,
    url: "https://example.test/minutes.pdf",
  });

  it("keeps 'Members made the following comments' as the lead of the points under it", () => {
    const { candidates } = collectCandidates(
      [
        page([
          {
            kind: "para",
            text: "The Sub-Committee received a presentation on the borough's library services.",
            page: 1,
          },
          { kind: "heading", text: "In discussion, Members made the following comments", page: 1 },
          {
            kind: "bullet",
            label: "(i)",
            text: "residents without a computer at home should still be able to reserve a book at the counter;",
            page: 1,
          },
          {
            kind: "bullet",
            label: "(ii)",
            text: "opening hours on Saturdays had not kept pace with demand from families.",
            page: 1,
          },
        ]),
      ],
      { itemTitle: "Library Services Update", preview: false },
    );
    const point = candidates.find((c) => /^residents without a computer/i.test(c.text))!;
    expect(point.lead).toBe("In discussion, Members made the following comments:");
  });
});

describe("a key point that would be clipped", () => {
  const scrutiny = overviewMeeting("Health and Wellbeing Scrutiny Sub-Committee");
  const sections = [
    overviewSection(
      "Children's Services: Budget Monitoring at Quarter 3, 2026/27",
      "The Director of Children's Services will provide the Sub-Committee with a written briefing on the cost of agency social workers, by team, before its meeting on 9 March 2027.",
      [
        "Portfolio Holder: A forecast overspend of £3.9m on children's services in 2026/27, the largest single pressure on the Council's General Fund.",
      ],
    ),
    overviewSection(
      "Recommissioning of Short Breaks for Disabled Children",
      "Recommended to Cabinet: (1) approve the recommissioning of short breaks through 3 framework contracts from 1 September 2027.",
    ),
    overviewSection(
      "Summer Holiday Activities and Food Programme",
      "The Head of Early Help will provide a written note on the number of children who attended each week between July and August 2027, to be circulated to Members by 30 September 2027.",
    ),
    overviewSection("Access to Dentists in the Borough", "The presentation was noted."),
  ];

  it("is said whole once a decision named only by its title ('decided on …') gives way", () => {
    const overview = writeOutcomeOverview(scrutiny, sections);
    expect(overview).toMatch(/Key point: A forecast overspend of £3\.9m on children's services in 2026\/27\.$/);
    expect(overview).not.toMatch(/decided on/);
    // What the meeting decided in its own words stays.
    expect(overview).toContain("asked for a written note on the number of children who attended");
    expect(countWords(overview)).toBeLessThanOrEqual(60);
  });

  it("never ends on a word that leads into what was cut", () => {
    expect(
      fitFinding(
        "A forecast overspend of £4.1m on adult social care in 2027/28, the largest single pressure on the budget.",
        10,
      ),
    ).toBe("A forecast overspend of £4.1m on adult social care…");
    expect(
      fitFinding("Inspectors found the service for care leavers inadequate in most of the areas they visited.", 12),
    ).toBe("Inspectors found the service for care leavers inadequate in most…");
  });
});

describe("a recommendation with no natural break, said by its verb and object", () => {
  it("leaves out the figures that bound it and what follows them", () => {
    expect(
      shorterRecommendations(
        "that Cabinet extend the free travel pass for young carers aged 16 to 19 to those studying outside the borough",
        "Voice of Young Carers: Update from the Young Carers' Forum",
      ),
    ).toEqual(["that Cabinet extend the free travel pass for young carers"]);
  });

  it("keeps a year, which says which plan it is", () => {
    expect(
      shorterRecommendations(
        "that Cabinet adopt the Play Strategy 2027/28 with 14 new play areas",
        "Play Strategy 2027/28",
      ),
    ).toEqual(["that Cabinet adopt the Play Strategy 2027/28"]);
  });

  it("says what was recommended, and to whom, in the overview rather than the item's title", () => {
    const overview = writeOutcomeOverview(overviewMeeting("Corporate Parenting Panel"), [
      overviewSection(
        "Fostering Performance at Quarter 3, 2026/27",
        "The Director of Children's Services will report to the Panel's meeting on 15 June 2027 on the progress made with foster carer recruitment, including the effect of the new allowances.",
        [
          "Director of Children's Services: 23 children were living in residential homes at an average cost of £7,100 a week, and the placements budget was forecast to overspend by £3.1m in 2026/27.",
        ],
      ),
      overviewSection(
        "Voice of Young Carers: Update from the Young Carers' Forum",
        "Cabinet was recommended to extend the free travel pass for young carers aged 16 to 19 to those studying outside the borough, from 1 September 2027.",
      ),
      overviewSection(
        "Inspection of Children's Services: Action Plan Progress",
        "A further report on the action plan, including the outcome of the next monitoring visit, will be submitted to the Panel's meeting on 20 September 2027.",
      ),
      overviewSection("Virtual School Head's Annual Report 2025/26", "The report was noted."),
    ]);
    expect(overview).toContain("recommended that Cabinet extend the free travel pass for young carers,");
    expect(overview).not.toMatch(/made recommendations on/);
    expect(overview).toMatch(/Key point: The placements budget was forecast to overspend by £3\.1m in 2026\/27\.$/);
    expect(countWords(overview)).toBeLessThanOrEqual(60);
  });
});
