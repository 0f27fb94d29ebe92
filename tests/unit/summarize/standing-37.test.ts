// Standing lines, stop 37 (docs/summaries.md#standing-lines-stop-37): a condensed meeting that takes the step below
// the first that fits when that step says every figure and more, and four standing lines said in fewer words (no
// references, an answer in writing, a member's vote in the apologies, an action's own recipients). Every minute below is written here, with made-up names, places and figures.
import { describe, expect, it } from "vitest";
import { actionLogSaid } from "@/lib/summarize/extractive/standing/action-log";
import { withoutVotingStatus } from "@/lib/summarize/extractive/standing/terse";
import { type BuiltSections, withStepBelow } from "@/lib/summarize/extractive/spare-points";
import { describeStandingItem, foldStandingItems } from "@/lib/summarize/extractive/standing-items";
import { minuteItem, spareMeeting } from "./helpers";

describe("the step below the first that fits", () => {
  // The first step that fits gives the lettings item a point with no figure; the step below gives it back and its
  // unspent words buy the depot item a point with two.
  const fitting = spareMeeting({
    1: {
      heading: "Lettings",
      said: ["Voids had risen to 212 homes.", "Members asked about the new policy."],
      next: "",
    },
    2: { heading: "Depot", said: "The depot would close in 2027.", next: "" },
  }).base;
  const lowerBase = spareMeeting({
    1: { heading: "Lettings", said: "Voids had risen to 212 homes.", next: "" },
    2: { heading: "Depot", said: "The depot would close in 2027.", next: "" },
  }).base;
  const lowerSpent = spareMeeting({
    1: { heading: "Lettings", said: "Voids had risen to 212 homes.", next: "" },
    2: {
      heading: "Depot",
      said: ["The depot would close in 2027.", "Moving the fleet would cost £740,000 and take 18 weeks."],
      next: "",
    },
  }).base;
  const spend = (spent: BuiltSections) => (built: BuiltSections, atStepBelow: boolean) => (atStepBelow ? spent : built);

  it("is taken when, its unspent words spent, it says every figure the first says and more", () => {
    const built = withStepBelow(
      fitting,
      () => lowerBase,
      () => true,
      spend(lowerSpent),
    );
    expect(built).toBe(lowerSpent);
  });

  it("is not taken when it would drop a figure the first step says", () => {
    const dropsOne = spareMeeting({
      1: { heading: "Lettings", said: "Members asked about the new policy.", next: "" },
      2: { heading: "Depot", said: "Moving the fleet would cost £740,000 and take 18 weeks.", next: "" },
    }).base;
    expect(
      withStepBelow(
        fitting,
        () => lowerBase,
        () => true,
        spend(dropsOne),
      ),
    ).toBe(fitting);
  });

  it("is not taken when it says no more figures, or does not fit, or there is none", () => {
    expect(
      withStepBelow(
        fitting,
        () => lowerBase,
        () => true,
        spend(lowerBase),
      ),
    ).toBe(fitting);
    expect(
      withStepBelow(
        fitting,
        () => lowerBase,
        (b) => b === fitting,
        spend(lowerSpent),
      ),
    ).toBe(fitting);
    expect(withStepBelow(fitting, null, () => true, spend(lowerSpent))).toBe(fitting);
  });
});

describe("no references", () => {
  it("says there were none without where they would have come from", () => {
    const none = "RESOLVED: To note that there were none.";
    expect(describeStandingItem(minuteItem("References from Council and Cabinet", none))).toBe("No references.");
    expect(describeStandingItem(minuteItem("References from Council and other Committees/Panels", none))).toBe(
      "No references.",
    );
  });
});

describe("a question answered in writing", () => {
  it("says it was answered in writing, not where the answer was published", () => {
    expect(
      describeStandingItem(
        minuteItem(
          "Public Questions",
          "RESOLVED: To note that two public questions had been received and that written answers had been sent to the questioners and published on the Council's website.",
        ),
      ),
    ).toBe("Two public questions answered in writing.");
  });
});

describe("a member's vote in the apologies", () => {
  it("goes, and the name and post stay", () => {
    expect(
      withoutVotingStatus(
        "Apologies: Marisol Treadwell, Director of Adult Services, a voting member and Ewan Pargeter, Chair of Carers First, a non-voting member.",
      ),
    ).toBe("Apologies: Marisol Treadwell, Director of Adult Services and Ewan Pargeter, Chair of Carers First.");
  });

  it("goes with the comma before the next name", () => {
    expect(
      withoutVotingStatus("Apologies: Hollis Barnard, a voting member, and Thea Quist, a carers' representative."),
    ).toBe("Apologies: Hollis Barnard and Thea Quist, a carers' representative.");
  });

  it("goes before whom the member represents, which stays", () => {
    expect(withoutVotingStatus("Apologies: Orla Figgis, a non-voting member representing the retired members.")).toBe(
      "Apologies: Orla Figgis, representing the retired members.",
    );
  });

  it("is read only in the apologies, and other roles stay", () => {
    expect(withoutVotingStatus("Reserves: Ines Coulter for Pavel Horak, a voting member.")).toBe(
      "Reserves: Ines Coulter for Pavel Horak, a voting member.",
    );
    expect(withoutVotingStatus("Apologies: Ruby Castellan, a co-opted parent governor representative.")).toBe(
      "Apologies: Ruby Castellan, a co-opted parent governor representative.",
    );
  });

  it("goes from the standing lines of a board's minutes", () => {
    const folded = foldStandingItems(
      [
        minuteItem(
          "Apologies for Absence",
          "RESOLVED: To note that apologies for absence had been received from Dr Anselm Korhonen, a voting member of the Board.",
        ),
      ],
      true,
    );
    expect(folded).toContain("Anselm Korhonen");
    expect(folded).not.toMatch(/voting member/);
  });
});

describe("an action carried forward", () => {
  const log = (action: string) =>
    actionLogSaid([
      "Action Log",
      "(1) Closed - the Police to share the theft figures. Done in May.",
      `(2) Carried forward - ${action}. An update would follow.`,
    ])!.said;

  it("is said without the meeting's own members as those it goes to", () => {
    expect(log("the Partnership Manager to circulate the draft protocol to all partners for signature")).toBe(
      "Action log: carried forward: the Partnership Manager to circulate the draft protocol.",
    );
    expect(log("the Trust to confirm whether it would share the waiting times with the partnership")).toBe(
      "Action log: carried forward: the Trust to confirm whether it would share the waiting times.",
    );
    expect(log("the Youth Lead to send the survey results to Board members for comment")).toBe(
      "Action log: carried forward: the Youth Lead to send the survey results.",
    );
  });

  it("keeps where the action is and anyone else it goes to", () => {
    expect(log("the Parks Officer, Mr Ilya Brandt, to report on the lighting in Fennel Park")).toBe(
      "Action log: carried forward: the Parks Officer, Mr Ilya Brandt, to report on the lighting in Fennel Park.",
    );
    expect(log("the Fire Service to brief ward councillors on arson")).toBe(
      "Action log: carried forward: the Fire Service to brief ward councillors on arson.",
    );
    expect(log("the Housing Lead to send the list to the landlords' forum")).toBe(
      "Action log: carried forward: the Housing Lead to send the list to the landlords' forum.",
    );
  });
});
