// A climate advisory panel's minutes (the corpus's long minutes of a climate emergency and sustainability advisory
// panel, MId 990049, tests/fixtures/real-harrow/ORIGIN.md): recommendations made in the panel's own name ("(2) the
// Panel recommend to Cabinet that …"), a member's motion that gives its reasons first and is not agreed on a vote
// (docs/summaries.md#a-climate-advisory-panels-minutes). Every sentence below is written here, with made-up names,
// places, schemes and figures.
import { describe, expect, it } from "vitest";
import { plainResolution } from "@/lib/summarize/extractive/resolved";
import { bodyRecommends } from "@/lib/summarize/extractive/resolution/body-recommends";
import { recommendationPhrase } from "@/lib/summarize/extractive/overview/recommended";
import {
  MOVED_AND_DECIDED,
  inlineAmendment,
  movedOutcome,
  outcomeWithTally,
} from "@/lib/summarize/extractive/advisory-minutes";
import { isVoteOutcome } from "@/lib/summarize/extractive/procedure-sentences";
import { isAmendmentResult } from "@/lib/summarize/extractive/spare-point-pick";
import { motionTurnedDown } from "@/lib/summarize/extractive/overview/call-in-motion";

describe("a panel that recommends in its own name", () => {
  const GRANT =
    "That (1) the report be noted; (2) the Forum recommend to Cabinet that a grant of £40,000 be given to the Weldon Park Allotment Society, and that the Chair write to the Society; (3) officers report back in March 2027.";

  it("says the step as the minutes print a recommendation, what it asks still asked", () => {
    expect(bodyRecommends(GRANT)).toBe(
      "That (1) the report be noted; (2) it be recommended to Cabinet that a grant of £40,000 be given to the Weldon Park Allotment Society, and the Chair write to the Society; (3) officers report back in March 2027.",
    );
    const said = plainResolution(GRANT);
    expect(said).toContain("It was recommended to Cabinet that a grant of £40,000 be given");
    expect(said).not.toMatch(/was given|Forum recommend to|will be given/);
  });

  it("knows a Portfolio Holder named with a portfolio, and a committee, as whom it goes to", () => {
    expect(
      plainResolution(
        "That the Group recommend to the Portfolio Holder for Parks and Leisure that the Orchard Lane play area be reopened from June 2027.",
      ),
    ).toBe(
      "Recommended to the Portfolio Holder for Parks and Leisure: the Orchard Lane play area to be reopened from June 2027.",
    );
    expect(
      bodyRecommends("(2) the Board recommend to the Audit and Standards Committee that the register be published."),
    ).toBe("(2) it be recommended to the Audit and Standards Committee that the register be published.");
  });

  it("leaves any other resolution as it was", () => {
    for (const text of [
      "That the Committee note the report.",
      "That the Panel recommends that officers consult residents.",
      "That the Panel recommend the report to Council.",
      "That (1) the Council recommend to the Secretary of State that the order be confirmed.",
    ])
      expect(bodyRecommends(text)).toBe(text);
  });

  it("says in the overview whom it recommended to and what, with 'that'", () => {
    const school = recommendationPhrase(
      "It was recommended to the Portfolio Holder for Parks and Leisure that the Orchard Lane play area be reopened from June 2027.",
      "Orchard Lane Play Area",
    );
    expect(school).toEqual({
      verb: "recommended to the Portfolio Holder",
      object: "that the Orchard Lane play area be reopened from June 2027",
      shorter: ["that the Orchard Lane play area be reopened"],
    });
    const bid = recommendationPhrase(
      "It was recommended to Cabinet that a bid of £1.8m be made to the Clean Depots Fund, and the Council's share of £90,000 be set aside; officers will report back in May.",
      "Depot Decarbonisation",
    );
    expect(bid?.verb).toBe("recommended to Cabinet");
    expect(bid?.object).toBe("that a bid of £1.8m be made to the Clean Depots Fund");
  });

  it("says a target shorter without the baseline it is measured against", () => {
    const target = recommendationPhrase(
      "It was recommended to Cabinet that a target be set of a 40% cut in carbon emissions from the Council's schools and depots against the 2019/20 baseline by 2029/30, with a review each spring.",
      "Carbon Targets",
    );
    expect(target?.object).toBe(
      "that a target be set of a 40% cut in carbon emissions from the Council's schools and depots by 2029/30",
    );
  });
});

describe("a member's motion not agreed on a vote", () => {
  it("takes the motion after the member's reasons", () => {
    expect(
      inlineAmendment(
        "Councillor Petra Lindgren-Moss said that the verges had been mown too often in the spring, and moved that the Panel recommend to Cabinet that verges be mown twice a year.",
      ),
    ).toBe(
      "Motion moved by Councillor Petra Lindgren-Moss: that the Panel recommend to Cabinet that verges be mown twice a year.",
    );
  });

  it("says 'not agreed' with its tally, as a result of the meeting", () => {
    const line = "Motion moved by Councillor Petra Lindgren-Moss: that verges be mown twice a year.";
    const vote = "Upon being put to the vote, the motion was not agreed, 2 members voting for and 6 against.";
    expect(movedOutcome(line, vote)).toBe("not agreed");
    expect(outcomeWithTally(vote, "not agreed")).toBe("not agreed, 2 votes to 6");
    expect(isVoteOutcome(vote)).toBe(true);
    const decided = `${line.slice(0, -1)} (not agreed, 2 votes to 6).`;
    expect(MOVED_AND_DECIDED.test(decided)).toBe(true);
    expect(isAmendmentResult(decided)).toBe(true);
  });

  it("still reads a motion moved without reasons, and a sentence that moves nothing", () => {
    expect(inlineAmendment("Councillor Ayo Brandt moved that the item be deferred to the next meeting.")).toBe(
      "Motion moved by Councillor Ayo Brandt: that the item be deferred to the next meeting.",
    );
    expect(
      inlineAmendment("Councillor Ayo Brandt said that the trees were planted too late in the season."),
    ).toBeNull();
  });
});

describe("a motion and its seconder in one printed point", () => {
  it("says who seconded it in the motion's line", () => {
    expect(
      inlineAmendment(
        "Councillor Petra Lindgren-Moss said that the verges were bare, and moved that wildflowers be sown on the verges of Croft Road. The motion was seconded by Councillor Ayo Brandt.",
      ),
    ).toBe(
      "Motion moved by Councillor Petra Lindgren-Moss, seconded by Councillor Ayo Brandt: that wildflowers be sown on the verges of Croft Road.",
    );
  });
});

describe("officers asked to ask", () => {
  it("says the step still to be taken", () => {
    const said = plainResolution(
      "That (1) the progress be noted; (2) officers ask the Department for Culture for the deadline to be extended to 1 May 2028.",
    );
    expect(said).toMatch(
      /[Oo]fficers will ask the Department for Culture for the deadline to be extended to 1 May 2028/,
    );
    expect(said).not.toMatch(/[Oo]fficers ask\b/);
  });
});

describe("a motion turned down where the report was only noted", () => {
  const LINE =
    "Motion moved by Councillor Petra Lindgren-Moss, seconded by Councillor Ayo Brandt: that the Panel recommend to Cabinet that wildflowers be sown on every verge of Croft Road, starting in March (not agreed, 2 votes to 6).";

  it("says what was turned down, with the vote", () => {
    expect(motionTurnedDown("The report was noted.", [LINE])).toEqual({
      verb: "rejected",
      object: "a motion that wildflowers be sown on every verge of Croft Road (2 votes to 6)",
    });
  });

  it("says nothing where the decision does more than note, or no motion was lost", () => {
    expect(motionTurnedDown("It was recommended to Cabinet that the verges be mown twice a year.", [LINE])).toBeNull();
    expect(motionTurnedDown("The report was noted.", [LINE.replace("not agreed", "carried")])).toBeNull();
    expect(motionTurnedDown(null, [LINE])).toBeNull();
  });
});
