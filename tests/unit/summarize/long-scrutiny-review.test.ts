// A scrutiny review group's minutes (the corpus's long minutes of a task and finish group taking evidence for a review,
// MId 990047, tests/fixtures/real-harrow/ORIGIN.md): the notes of its last meeting, witnesses' evidence, draft
// recommendations considered one by one and then named by number in the resolution, a site visit arranged
// (docs/summaries.md#a-scrutiny-review-groups-minutes). Every sentence below is written here, with made-up names,
// places and figures.
import { describe, expect, it } from "vitest";
import { classifyItem } from "@/lib/summarize/extractive/procedural";
import { plainResolution } from "@/lib/summarize/extractive/resolved";
import {
  recommendationsInTurn,
  recommendationsPhrase,
  shorterAsk,
  withRecommendationsSaid,
} from "@/lib/summarize/extractive/recommendations-in-turn";
import { describeStandingItem } from "@/lib/summarize/extractive/standing";
import { notesAsMinutes } from "@/lib/summarize/extractive/standing/minutes-approval";
import { writeOutcomeOverview } from "@/lib/summarize/extractive/overview/outcome-overview";
import { evidenceFrom } from "@/lib/summarize/extractive/overview/titles";
import { item, minuteItem, overviewMeeting, overviewSection } from "./helpers";

const MINUTE = [
  "The Policy Officer introduced a paper setting out five draft recommendations.",
  "Draft recommendation 1, that Cabinet fund three more youth workers for the Brackenfield estate, at a cost of £126,000 a year, to extend evening opening, was agreed.",
  "Draft recommendation 2 proposed that the youth centre at Ostley Green open on two Sundays a month. Councillor Pemberly proposed that it open every Sunday, since demand was highest at weekends. This was agreed, and the recommendation was agreed as amended.",
  "Draft recommendation 3, that the Portfolio Holder for Young People publish a map of youth provision, with the help of the youth council, was agreed.",
  "Draft recommendation 4, that the Council charge for the use of sports halls by youth clubs, was withdrawn. Members agreed that the evidence did not support it.",
  "Draft recommendation 5, that Cabinet fund the Ostley Youth Trust's outreach worker, was agreed as amended on the proposal of Councillor Dacre, so as to set the sum at £38,000 a year for three years.",
  "RESOLVED: That\n\n(1) draft recommendations 1 and 3 be agreed, and draft recommendations 2 and 5 be agreed as amended, for inclusion in the Panel's final report;\n\n(2) draft recommendation 4 be withdrawn;\n\n(3) the Policy Officer report the costs to the next meeting.",
].join("\n\n");

describe("draft recommendations considered in turn", () => {
  it("reads each recommendation's number, what it asks, what became of it and its amendment", () => {
    const recs = recommendationsInTurn(MINUTE);
    expect(recs.map((r) => [r.number, r.outcome])).toEqual([
      ["1", "agreed"],
      ["2", "agreed as amended"],
      ["3", "agreed"],
      ["4", "withdrawn"],
      ["5", "agreed as amended"],
    ]);
    expect(recs[0]!.asks).toMatch(
      /^Cabinet fund three more youth workers .* £126,000 a year, to extend evening opening$/,
    );
    expect(recs[1]!.amendment).toBe(": it open every Sunday");
    expect(recs[4]!.amendment).toBe("to set the sum at £38,000 a year for three years");
  });

  it("reads no recommendation from a paragraph that is not one", () => {
    expect(recommendationsInTurn("Members agreed that recommendation 2 of the report be noted.")).toEqual([]);
  });

  it("says what the resolution names by number", () => {
    const decision = withRecommendationsSaid(
      plainResolution(
        "That (1) draft recommendations 1 and 3 be agreed, and draft recommendations 2 and 5 be agreed as amended, for inclusion in the Panel's final report; (2) draft recommendation 4 be withdrawn; (3) the Policy Officer report the costs to the next meeting.",
      ),
      MINUTE,
    );
    expect(decision).toMatch(
      /^Recommendations agreed: \(1\) Cabinet fund three more youth workers for the Brackenfield estate \(£126,000 a year\); \(3\) /,
    );
    expect(decision).toMatch(/agreed as amended: \(2\) the youth centre .* \(amended: it open every Sunday\); \(5\) /);
    expect(decision).toMatch(/\(amended to set the sum at £38,000 a year for three years\)/);
    expect(decision).toMatch(/withdrawn: \(4\) the Council charge for the use of sports halls by youth clubs\. /);
    expect(decision).not.toMatch(/for inclusion in/);
  });

  it("leaves a decision alone where the minute does not set its recommendations out", () => {
    const decision = "Draft recommendations 1 and 2 were agreed.";
    expect(withRecommendationsSaid(decision, "Members discussed the draft report.")).toBe(decision);
  });

  it("says a recommendation in fewer words: its cost in brackets, without its purpose or manner", () => {
    expect(
      shorterAsk("Cabinet fund two more wardens, at a cost of £84,000 a year, to patrol the towpath at night"),
    ).toBe("Cabinet fund two more wardens (£84,000 a year)");
    expect(shorterAsk("the Council write to each tenant, with the landlord's consent")).toBe(
      "the Council write to each tenant",
    );
    expect(shorterAsk("the report be sent to the Police, to be considered by its board")).toBe(
      "the report be sent to the Police, to be considered by its board",
    );
  });

  it("gives the overview how many were agreed and the first", () => {
    expect(
      recommendationsPhrase(
        "Recommendations agreed: (1) Cabinet fund three more youth workers (£126,000 a year); (3) the Portfolio Holder publish a map; withdrawn: (4) the Council charge for sports halls. (3) The Policy Officer was asked to report the costs.",
      ),
    ).toEqual({
      verb: "agreed",
      object: "2 of 3 draft recommendations, among them that Cabinet fund three more youth workers (£126,000 a year)",
    });
    expect(recommendationsPhrase("The report was noted.")).toBeNull();
  });
});

describe("a review group's other lines", () => {
  it("reads the notes of the previous meeting as its minutes", () => {
    const notes = item(3, "Notes of the Previous Meeting", {
      minutesText:
        "RESOLVED: That the notes of the meeting held on 3 February 2027, at which the Panel had agreed its terms of reference, be agreed as a correct record.",
    });
    expect(classifyItem(notes)).toBe("procedural");
    expect(describeStandingItem(notes)).toBe("Minutes of 3 February 2027 approved.");
    expect(
      notesAsMinutes(
        "That the notes of the meeting held on 3 February 2027, at which the Panel met the Chief Executive, be agreed.",
      ),
    ).toBe("That the minutes of the meeting held on 3 February 2027 be agreed.");
  });

  it("keeps notes that are not of a meeting as they are", () => {
    expect(notesAsMinutes("That the notes of the site visit be circulated.")).toBe(
      "That the notes of the site visit be circulated.",
    );
    expect(classifyItem(minuteItem("Notes from the Chair", "The Chair reported on the visit."))).not.toBe("procedural");
  });

  it("sets a site visit for a later day, never holds it", () => {
    expect(plainResolution("That a site visit to the Ostley Green youth centre be held on 12 June 2027.")).toMatch(
      /will be held on 12 June 2027/,
    );
  });

  it("names whom a review group took evidence from", () => {
    expect(evidenceFrom("Evidence from the Ostley Youth Trust")).toBe("the Ostley Youth Trust");
    expect(evidenceFrom("Evidence Session with Kestrel Academy")).toBe("Kestrel Academy");
    expect(evidenceFrom("Evidence of Need for Youth Provision")).toBe("Need for Youth Provision");
    expect(evidenceFrom("Youth Provision Review")).toBeNull();
  });

  it("writes an overview of the recommendations agreed and the witnesses heard, in 60 words", () => {
    const overview = writeOutcomeOverview(overviewMeeting("Youth Provision in Ostley Scrutiny Review Panel"), [
      overviewSection("Evidence from the Ostley Youth Trust", null, ["The Trust ran 14 clubs."]),
      overviewSection("Evidence from Kestrel Academy", null, ["The Academy had 1,240 pupils."]),
      overviewSection("Evidence from the Council's Youth Service", null, ["The Service had 9 workers."]),
      overviewSection(
        "Findings and Draft Recommendations",
        "Recommendations agreed: (1) Cabinet fund three more youth workers (£126,000 a year); (3) the Portfolio Holder for Young People publish a map of youth provision; withdrawn: (4) the Council charge for the use of sports halls by youth clubs.",
      ),
      overviewSection("Further Evidence and Visits", "A visit to two youth clubs will be held on 12 June 2027."),
      overviewSection("Timetable for the Review", "The timetable for the review was agreed."),
    ]);
    expect(overview).toMatch(
      /agreed the timetable for the review and 2 of 3 draft recommendations, among them that Cabinet fund three more youth workers \(£126,000 a year\)/,
    );
    expect(overview).toMatch(/took evidence from the Ostley Youth Trust/);
    expect(overview).not.toMatch(/discussed Evidence from/);
    expect(overview.split(/\s+/).length).toBeLessThanOrEqual(60);
  });
});
