import { describe, expect, it } from "vitest";
import { composeDigest } from "@/lib/digest/compose-digest";
import { buildHeadline } from "@/lib/digest/headline";
import { DEFAULT_PREFERENCES, type Preferences } from "@/lib/subscriptions/preferences";
import { keywordMatcher, selectDigestForSubscriber } from "@/lib/digest/select-for-subscriber";
import { meeting, weekMeetings } from "./fixtures";

const council = { slug: "harrow", name: "Harrow Council" };
const WEEK = { year: 2025, week: 43 };
const content = composeDigest({ council, week: WEEK, meetings: weekMeetings() })!;
const prefs = (p: Partial<Preferences>): Preferences => ({ ...DEFAULT_PREFERENCES, ...p });

describe("composing a week's issue (pure)", () => {
  it("takes the meetings of the week and the next, in time order, and nothing outside them", () => {
    expect(content.week).toBe("2025-W43");
    expect(content.nextWeek).toBe("2025-W44");
    expect(content.meetings.map((m) => [m.externalId, m.period])).toEqual([
      [75002, "past"],
      [75003, "past"],
      [75001, "past"],
      [75004, "next"],
    ]);
  });

  it("writes a headline from the meeting with most to say, and an intro listing every meeting, cancelled too", () => {
    expect(content.headline).toBe("Corporate Parenting Panel: Ofsted Monitoring Visit, and 2 more meetings");
    expect(content.intro).toBe(
      "Harrow Council had 3 meetings in the week of 20–26 October 2025: Overview and Scrutiny Committee, Tuesday 21 October, 6.30 pm; " +
        "Planning Committee, Wednesday 22 October, 6.30 pm (cancelled); Corporate Parenting Panel, Thursday 23 October, 6.00 pm. " +
        "Coming up next week: Cabinet, Thursday 30 October, 6.30 pm.",
    );
  });

  it("keeps summary bullets, safe document links and the meeting's own page", () => {
    const panel = content.meetings.find((m) => m.externalId === 75001)!;
    expect(panel.sections).toEqual([
      {
        heading: "Ofsted Monitoring Visit",
        bullets: ["Inspectors found significant progress.", "Leaders showed honesty in recognising faults."],
      },
      { heading: "Children Missing From Care", bullets: ["22 of the 214 children in care were reported missing."] },
    ]);
    expect(panel.documents.map((d) => d.title)).toEqual(["Printed minutes", "Agenda frontsheet"]); // minutes first, javascript: dropped
    expect(panel.path).toBe("/harrow/meetings/75001-corporate-parenting-panel-2025-10-23");
    expect(panel.whenLabel).toBe("Thursday 23 October, 6.00 pm");
  });

  it("is deterministic and returns null for weeks without meetings", () => {
    expect(composeDigest({ council, week: WEEK, meetings: weekMeetings() })).toEqual(content);
    expect(composeDigest({ council, week: { year: 2025, week: 30 }, meetings: weekMeetings() })).toBeNull();
  });

  it("writes headlines for quiet and cancelled weeks too", () => {
    const cancelled = composeDigest({
      council,
      week: WEEK,
      meetings: [meeting({ externalId: 1, startsAt: new Date("2025-10-22T17:30:00Z"), status: "cancelled" })],
    })!;
    expect(cancelled.headline).toBe("1 meeting cancelled this week");
    const upcoming = composeDigest({
      council,
      week: WEEK,
      meetings: [meeting({ externalId: 2, startsAt: new Date("2025-10-30T18:30:00Z"), status: "scheduled" })],
    })!;
    expect(upcoming.headline).toBe("1 meeting coming up at Harrow Council next week");
    expect(upcoming.intro).toMatch(
      /^Harrow Council held no committee meetings in the week of 20–26 October 2025\. Coming up next week: Cabinet/,
    );
    expect(buildHeadline([], "Harrow Council")).toBe("0 meetings coming up at Harrow Council next week");
  });
});

describe("one subscriber's cut", () => {
  it("gives everything to 'all'", () => {
    const digest = selectDigestForSubscriber(content, DEFAULT_PREFERENCES)!;
    expect(digest.past).toHaveLength(3);
    expect(digest.next).toHaveLength(1);
    expect(digest.headline).toBe(content.headline);
    expect(digest.filtered).toBe(false);
  });

  it("matches committees by council and CId, topics by slug, keywords as whole words", () => {
    const byCommittee = selectDigestForSubscriber(
      content,
      prefs({ scope: "selected", committees: [{ council: "harrow", cid: 249 }] }),
    )!;
    expect(byCommittee.past).toHaveLength(0);
    expect(byCommittee.next.map((m) => m.externalId)).toEqual([75004]);
    expect(
      selectDigestForSubscriber(content, prefs({ scope: "selected", committees: [{ council: "camden", cid: 249 }] })),
    ).toBeNull();
    const byTopic = selectDigestForSubscriber(content, prefs({ scope: "selected", topics: ["housing"] }))!;
    expect(byTopic.past.map((m) => m.externalId)).toEqual([75002]);
    expect(byTopic.headline).toBe("Overview and Scrutiny Committee met on Tuesday 21 October");
    const byKeyword = selectDigestForSubscriber(content, prefs({ scope: "selected", keywords: ["STANMORE"] }))!;
    expect(byKeyword.past.map((m) => m.externalId)).toEqual([75002]);
    const match = keywordMatcher(["care", "S106 (Planning)"]);
    expect(match("Care leavers")).toBe(true);
    expect(match("a careful review")).toBe(false);
    expect(match("the s106 (planning) agreement")).toBe(true);
    expect(keywordMatcher(["cafe"])("Café in the park")).toBe(true);
  });

  it("sends nothing when nothing matches, unless asked to hear anyway", () => {
    expect(selectDigestForSubscriber(content, prefs({ scope: "selected", keywords: ["allotments"] }))).toBeNull();
    const anyway = selectDigestForSubscriber(
      content,
      prefs({ scope: "selected", keywords: ["allotments"], onlyWhenMatches: false }),
    )!;
    expect(anyway.nothingMatched).toBe(true);
    expect(anyway.past).toEqual([]);
    expect(anyway.content.intro).toContain("Planning Committee");
  });
});

describe("the week's headline names a decision, never an address", () => {
  const lead = content.meetings.find((m) => m.committee.name === "Corporate Parenting Panel")!;
  const planning = {
    ...lead,
    committee: { ...lead.committee, name: "Planning Committee" },
    sections: [
      {
        heading: "Harrow Weald Sports Ground, Bellfield Avenue, Harrow Weald, HA3 6ST - PL/2560/26",
        itemNumber: "1/01",
        bullets: ["A bullet.", "Another."],
      },
      ...lead.sections,
    ],
  };

  it("leads with the first outcome the overview states", () => {
    const decided = {
      ...planning,
      overview:
        "The Planning Committee met on Wednesday 21 October 2026 and granted 2 applications and refused 1 (1 against the officers' recommendation).",
    };
    expect(buildHeadline([decided], "Harrow Council")).toBe(
      "Planning Committee granted 2 applications and refused 1 (1 against the officers' recommendation)",
    );
  });

  it("shortens a long outcome by whole outcomes, not inside one, and keeps the count of other meetings", () => {
    // Harrow's Cabinet of 14 November 2024 (tests/fixtures/real-harrow): 123 characters of outcome and a tail of 20.
    const cabinet = {
      ...lead,
      committee: { ...lead.committee, name: "Cabinet" },
      overview:
        "The Cabinet met on Thursday 14 November 2024 and designated Local Areas of Special Character (LASC) and started a procurement for a mental health community service.",
    };
    const other = {
      ...lead,
      startsAt: "2026-10-20T18:30:00.000Z",
      overview: "The Panel met on Tuesday 20 October 2026 and discussed two reports.",
    };
    expect(buildHeadline([cabinet, other], "Harrow Council")).toBe(
      "Cabinet designated Local Areas of Special Character (LASC), and 1 more meeting",
    );
    // Within the limit, every outcome stays.
    expect(buildHeadline([cabinet], "Harrow Council")).toBe(
      "Cabinet designated Local Areas of Special Character (LASC) and started a procurement for a mental health community service",
    );
  });

  it("skips an address or an application reference when no outcome is stated", () => {
    const undecided = {
      ...planning,
      overview: "The Planning Committee met on Wednesday 21 October 2026 and discussed three applications.",
    };
    const headline = buildHeadline([undecided], "Harrow Council");
    expect(headline).not.toMatch(/HA3 6ST|PL\/2560\/26/);
    expect(headline).toBe(`Planning Committee: ${lead.sections[0]!.heading}`);
  });
});

describe("papers changed after publication (issue 15)", () => {
  const changed = meeting({
    externalId: 75010,
    startsAt: new Date("2025-10-29T18:30:00Z"),
    committee: { name: "Planning Committee", externalId: 1001 },
    changes: [
      { at: new Date("2025-10-14T09:00:00Z"), summary: "Old note withdrawn" },
      {
        at: new Date("2025-10-22T09:00:00Z"),
        summary: "Addendum added; report \u2018X\u2019 revised (page 4 changed)",
      },
    ],
  });
  const issue = composeDigest({ council, week: WEEK, meetings: [...weekMeetings(), changed] })!;

  it("flags the changes made in the week reviewed on the meeting, and not older ones", () => {
    const m = issue.meetings.find((x) => x.externalId === 75010)!;
    expect(m.period).toBe("next");
    expect(m.updates).toEqual([
      "Updated on 22 Oct 2025: Addendum added; report \u2018X\u2019 revised (page 4 changed).",
    ]);
    expect(issue.meetings.find((x) => x.externalId === 75001)!.updates).toEqual([]);
  });

  it("shows them only to subscribers who get the meeting", () => {
    const following = selectDigestForSubscriber(
      issue,
      prefs({ scope: "selected", committees: [{ council: "harrow", cid: 1001 }] }),
    )!;
    expect(following.next.map((m) => m.updates)).toEqual([
      ["Updated on 22 Oct 2025: Addendum added; report \u2018X\u2019 revised (page 4 changed)."],
    ]);
    const other = selectDigestForSubscriber(
      issue,
      prefs({ scope: "selected", committees: [{ council: "harrow", cid: 249 }] }),
    );
    expect(other?.next.flatMap((m) => m.updates) ?? []).toEqual([]);
  });
});
