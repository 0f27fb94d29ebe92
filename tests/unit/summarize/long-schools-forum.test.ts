// A Schools Forum's minutes (the corpus's long minutes of a Schools Forum, MId 990039,
// tests/fixtures/real-harrow/ORIGIN.md): a funding forum whose maintained members vote on de-delegation phase by phase
// and then resolve only to record "the decisions set out above", which agrees block transfers and funds, recommends a
// formula option to Cabinet and rates to a Portfolio Holder, and whose clerk reports changes of membership and matters
// arising (docs/summaries.md#a-schools-forums-minutes). Every sentence below is written here, with made-up names,
// places and figures.
import { describe, expect, it } from "vitest";
import { groupVotes, votesForPointer } from "@/lib/summarize/extractive/group-votes";
import { recommendationPhrase } from "@/lib/summarize/extractive/overview/recommended";
import { isPlural } from "@/lib/summarize/extractive/resolution/grammar";
import { plainResolution } from "@/lib/summarize/extractive/resolved";
import { describeStandingItem } from "@/lib/summarize/extractive/standing-items";
import { membershipChanges } from "@/lib/summarize/extractive/standing/membership-changes";
import { minuteItem } from "./helpers";

const VOTED = [
  "The Clerk reminded members that only the members for maintained schools in each phase could vote.",
  "Upon being put to the vote:",
  "Maintained primary members voted by 6 votes to 1 to de-delegate school library services and staff supply cover.",
  "Maintained secondary members voted unanimously against de-delegating school library services.",
  "RESOLVED: That the decisions set out above be recorded for 2027/28.",
].join("\n\n");

describe("votes taken group by group, then a resolution that points back to them", () => {
  it("says each group's vote as the decision, in the order printed", () => {
    const raw = votesForPointer("That the decisions set out above be recorded for 2027/28.", VOTED);
    expect(raw).toBe(
      "Maintained primary members voted by 6 votes to 1 to de-delegate school library services and staff supply cover. Maintained secondary members voted unanimously against de-delegating school library services.",
    );
    expect(plainResolution(raw!)).toContain("Maintained secondary members voted unanimously against de-delegating");
  });

  it("leaves a resolution that says its own decision as it is", () => {
    const own = "That the sum of £90,000 be de-delegated for school library services.";
    expect(votesForPointer(own, VOTED)).toBe(own);
  });

  it("leaves a pointer as it is when no group's vote is recorded", () => {
    const pointer = "That the actions set out above be agreed.";
    expect(votesForPointer(pointer, "The Chair summarised the discussion.\n\nRESOLVED: " + pointer)).toBe(pointer);
  });

  it("never takes a sentence about members that records no vote", () => {
    expect(
      groupVotes("Secondary members agreed to meet the trust before March.\n\nThe Forum voted to adjourn."),
    ).toEqual([]);
  });
});

describe("what a funding decision's resolution says", () => {
  it("says an approval that takes effect later as given at the meeting", () => {
    expect(plainResolution("That the revised Charging Policy be approved with effect from 1 September 2027.")).toBe(
      "The revised Charging Policy was approved with effect from 1 September 2027.",
    );
    // A step that itself starts later is still a step for later.
    expect(plainResolution("That the Elm Lane car park be closed from 1 September 2027.")).toMatch(/will be closed/);
  });

  it("counts two funds, each with its sum, as two things", () => {
    expect(isPlural("the hardship fund of £310,000 and the transport fund of £95,000 for 2027/28")).toBe(true);
    expect(isPlural("the report of the Director of Finance")).toBe(false);
    expect(
      plainResolution("That the hardship fund of £310,000 and the transport fund of £95,000 for 2027/28 be agreed."),
    ).toMatch(/ were agreed\.$/);
  });

  it("drops a qualifier that only says where the detail is printed, whole", () => {
    const said = plainResolution(
      "That the hardship fund of £310,000, with the rules set out in the report, be agreed.",
    );
    expect(said).toBe("The hardship fund of £310,000 was agreed.");
  });
});

describe("what a forum recommended, for the overview", () => {
  it("keeps the option a step sets, which is the decision", () => {
    const phrase = recommendationPhrase(
      "Recommended to Cabinet: the local funding formula for 2027/28 to be set as Option C, with a cap on gains of 1.5%.",
      "Local Funding Formula 2027/28",
    );
    expect(phrase?.object).toMatch(/^that the local funding formula for 2027\/28 be set as Option C\b/);
  });

  it("still drops an option named only as where the dates are set out", () => {
    const phrase = recommendationPhrase(
      "Recommended to the Portfolio Holder for Schools: the holiday dates for 2028/29 set out as Option A to be approved.",
      "Holiday Dates 2028/29",
    );
    expect(phrase?.object ?? "").not.toMatch(/Option A/);
  });

  it("says rates set at a figure as a clause with the figure", () => {
    const phrase = recommendationPhrase(
      "Recommended to the Portfolio Holder for Schools: the nursery hourly rates for 2027/28 to be set at £7.05 for three-year-olds and £9.40 for two-year-olds.",
      "Nursery Funding 2027/28",
    );
    expect(phrase?.object).toMatch(/^that the nursery hourly rates for 2027\/28 be set at £7\.05\b/);
  });
});

describe("a forum's standing business, tersely", () => {
  it("says who replaced whom and who chose them", () => {
    const line = membershipChanges(
      [
        "The Clerk reported the following changes to the membership of the Forum:",
        "Mr Oswin Thackeray, Headteacher of Larchfield Infant School, had been elected by the maintained primary headteachers in place of Ms Dorcas Ibbotson, who had moved to another borough.",
        "Mrs Yetunde Fairclough had been nominated by the early years providers as their representative in place of Mr Kasimir Rowe.",
        "RESOLVED: That the changes be noted.",
      ].join("\n\n"),
    );
    expect(line).toBe(
      "Membership: Mr Oswin Thackeray replaced Ms Dorcas Ibbotson (elected by the maintained primary headteachers); Mrs Yetunde Fairclough replaced Mr Kasimir Rowe (nominated by the early years providers).",
    );
  });

  it("leaves a membership minute that says anything else to the usual line", () => {
    expect(
      membershipChanges("Mr Oswin Thackeray asked how members were elected.\n\nRESOLVED: That the changes be noted."),
    ).toBeNull();
  });

  it("says the matters arising after the approval, without who reported them", () => {
    const line = describeStandingItem(
      minuteItem(
        "Minutes and Matters Arising",
        "RESOLVED: That the minutes of the meeting held on 9 October 2026 be agreed as a correct record.\n\nMatters arising\n\nThe Schools Finance Manager, Ms Petra Oyelowo, reported that the survey of school kitchens had been completed on 30 October 2026.",
      ),
    );
    expect(line).toBe(
      "Minutes of 9 October 2026 approved. Matters arising: the survey of school kitchens completed on 30 October 2026.",
    );
  });
});
