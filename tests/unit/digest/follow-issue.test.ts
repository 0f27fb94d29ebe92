import { describe, expect, it } from "vitest";
import { composeDigest, type DigestMeetingSource } from "@/lib/digest/compose-digest";
import { preferencesSchema } from "@/lib/subscriptions/preferences";
import { parsePreferencesForm } from "@/lib/subscriptions/preferences-form";
import { selectDigestForSubscriber } from "@/lib/digest/select-for-subscriber";

// Following an issue (issue 15, part 1): a subscriber who follows the council's issue 105210 gets the meetings
// whose items belong to it, and keeps following it when they save the preferences form.

const meeting = (id: number, cid: number, name: string, startsAt: string, issues: number[]): DigestMeetingSource => ({
  id,
  externalId: 66000 + id,
  title: `${name} - meeting`,
  committee: { name, externalId: cid },
  startsAt: new Date(startsAt),
  status: "held",
  statusNote: null,
  officialUrl: null,
  summary: null,
  topics: [],
  itemTitles: ["Apologies for Absence"],
  issues,
  documents: [],
});

const content = composeDigest({
  council: { slug: "harrow", name: "Harrow Council" },
  week: { year: 2026, week: 46 },
  meetings: [
    meeting(1, 1280, "Health and Wellbeing Board", "2026-11-12T14:00:00Z", [105210]),
    meeting(2, 850, "Governance, Audit, Risk Management and Standards Committee", "2026-11-10T18:30:00Z", []),
  ],
})!;

describe("following an issue", () => {
  it("matches the meetings that take an item of the followed issue, and only those", () => {
    const prefs = preferencesSchema.parse({ scope: "selected", issues: [{ council: "harrow", iid: 105210 }] });
    const digest = selectDigestForSubscriber(content, prefs)!;
    expect(digest.past.map((m) => m.committee.name)).toEqual(["Health and Wellbeing Board"]);
    // The same IId in another council's digest is another matter.
    const elsewhere = preferencesSchema.parse({ scope: "selected", issues: [{ council: "brent", iid: 105210 }] });
    expect(selectDigestForSubscriber(content, elsewhere)).toBeNull();
  });

  it("keeps followed issues when the form is saved, and counts them as a choice", () => {
    const form = new URLSearchParams([
      ["scope", "selected"],
      ["issue", "harrow:105210"],
      ["onlyWhenMatches", "on"],
    ]);
    const result = parsePreferencesForm(form);
    expect(result).toMatchObject({ ok: true, preferences: { issues: [{ council: "harrow", iid: 105210 }] } });
    expect(
      parsePreferencesForm(
        new URLSearchParams([
          ["scope", "selected"],
          ["issue", "harrow:x"],
        ]),
      ),
    ).toEqual({ ok: false, errors: ["issue"] });
  });

  it("reads preferences stored before issues existed", () => {
    expect(preferencesSchema.parse({ scope: "all" }).issues).toEqual([]);
  });
});
