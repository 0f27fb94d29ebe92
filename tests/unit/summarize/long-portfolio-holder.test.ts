// A Portfolio Holder's decision meeting (the corpus's long minutes of one, MId 990040,
// tests/fixtures/real-harrow/ORIGIN.md): one Cabinet member takes executive decisions in public, each printed as
// "RESOLVED: That the Portfolio Holder (1) approve …; (2) agree that …", with an attendance item naming who took the
// decisions and a closing item on the call-in period (docs/summaries.md#a-portfolio-holder-decision-meetings-minutes).
// Every sentence below is written here, with made-up names, places and figures.
import { describe, expect, it } from "vitest";
import { classifyItem } from "@/lib/summarize/extractive/procedural";
import { outcomePhrase } from "@/lib/summarize/extractive/overview/outcome-phrase";
import { deciderStep, deciderSteps } from "@/lib/summarize/extractive/resolution/decider";
import { extractResolved, plainResolution } from "@/lib/summarize/extractive/resolved";
import { describeStandingItem } from "@/lib/summarize/extractive/standing-items";
import { attendanceLine } from "@/lib/summarize/extractive/standing/attendance-item";
import { summarizeExtractive } from "@/lib/summarize/extractive/summarize-extractive";
import { item, makeInput, minuteItem } from "./helpers";

const ZONE =
  "That the Portfolio Holder, having considered the objections received, (1) approve the making of the traffic management order to extend Controlled Parking Zone Q into the six roads listed in Appendix B to the report, operating from Monday to Friday, 11.00 am to 2.00 pm; (2) agree that Quillon Road be excluded from the extension; (3) agree that the objectors be informed of the decision and the reasons for it.";

/** A single member's decision meeting, as ModernGov titles it. */
const ROADS_AND_PARKS = {
  title: "Portfolio Holder Decision Meeting - Roads and Parks - Tuesday 17 March 2026 2.00 pm",
  committeeName: "Portfolio Holder Decision Meeting - Roads and Parks",
  startsAt: "2026-03-17T14:00:00Z",
};

describe("a decision that names its decider before its steps", () => {
  it("says what the Portfolio Holder did, in one sentence, the steps' numbers left out", () => {
    expect(plainResolution(ZONE)).toBe(
      "The Portfolio Holder, having considered the objections received, approved the making of the traffic management order to extend Controlled Parking Zone Q into the six roads listed, operating from Monday to Friday, 11.00 am to 2.00 pm; and agreed that Quillon Road be excluded from the extension.",
    );
  });

  it("keeps a step's own 'that … be' as it was agreed, never 'was excluded' as if the meeting's own", () => {
    const said = plainResolution(ZONE);
    expect(said).toContain("agreed that Quillon Road be excluded");
    expect(said).not.toMatch(/\bwas excluded\b|\bagree \(2\)/);
  });

  it("leaves out a later step that only carries the decision out (the objectors told, the contract signed)", () => {
    const award = deciderSteps(
      "That the Portfolio Holder (1) award the contract for grounds maintenance to Pellworth Gardens Ltd at an estimated value of £1.26m; (2) delegate authority to the Director of Environment to finalise and enter into the contract.",
    );
    expect(award).toBe(
      "The Portfolio Holder awarded the contract for grounds maintenance to Pellworth Gardens Ltd at an estimated value of £1.26m.",
    );
    // The first step is always said, whatever it is.
    expect(deciderSteps("That the Portfolio Holder authorise the Director to publish the notices for the order.")).toBe(
      "The Portfolio Holder authorised the Director to publish the notices for the order.",
    );
  });

  it("reads a third-person verb and a portfolio named with the office", () => {
    expect(deciderSteps("That the Portfolio Holder for Leisure and Parks approves the Allotments Rules 2026.")).toBe(
      "The Portfolio Holder for Leisure and Parks approved the Allotments Rules 2026.",
    );
  });

  it("leaves a resolution alone when a step opens with no decision verb, or no single member is named", () => {
    const odd = "That the Portfolio Holder (1) approve the tariff; (2) thereafter review it annually.";
    expect(deciderSteps(odd)).toBe(odd);
    const cabinet = "That (1) the tariff be approved; (2) the Director be authorised to publish the notices.";
    expect(deciderSteps(cabinet)).toBe(cabinet);
  });
});

describe("the overview's phrase for one member's decision", () => {
  it("says an order made to extend a zone as the extension agreed, without where the roads are listed", () => {
    const decision = plainResolution(ZONE);
    expect(deciderStep(decision)).toEqual({
      verb: "agreed to extend",
      object: "Controlled Parking Zone Q into the six roads",
    });
    expect(outcomePhrase(decision, "Objections to the Extension of Controlled Parking Zone Q")).toEqual({
      verb: "agreed to extend",
      object: "Controlled Parking Zone Q into the six roads",
    });
  });

  it("says a contract awarded to whom, not for how long", () => {
    expect(
      deciderStep(
        "The Portfolio Holder awarded the contract for gully cleansing to Tarnside Drainage Ltd for four years from 1 June 2026, at £640,000.",
      ),
    ).toEqual({ verb: "awarded", object: "the contract for gully cleansing to Tarnside Drainage Ltd" });
  });

  it("is null for a decision that names no single member", () => {
    expect(deciderStep("The tariff was approved; the notices will be published.")).toBeNull();
  });
});

describe("the items around a decision meeting's decisions", () => {
  const ATTENDANCE = [
    "Councillor Ingrid Salcombe, Portfolio Holder for Roads and Parks, took the decisions at the meeting.",
    "Also in attendance: Councillor Boris Hennage (ward councillor for Oakvale, Minute 12) and Councillor Wanda Keel (Minute 14).",
    "Officers in attendance: Mr Peter Lomax, Head of Parking; Ms Jo Varley, Democratic Services Officer.",
  ].join("\n\n");

  it("says who took the decisions and which councillors came, not the officers or what the brackets say", () => {
    expect(attendanceLine(ATTENDANCE)).toBe(
      "Cllr Ingrid Salcombe, Portfolio Holder for Roads and Parks, took the decisions. Also attending: Cllr Boris Hennage and Cllr Wanda Keel.",
    );
    expect(describeStandingItem(minuteItem("Attendance", ATTENDANCE))).toBe(attendanceLine(ATTENDANCE));
    expect(attendanceLine("Officers in attendance: Mr Peter Lomax, Head of Parking.")).toBeNull();
  });

  it("treats an attendance item as standing business", () => {
    expect(classifyItem(minuteItem("Attendance", ATTENDANCE))).toBe("procedural");
    expect(classifyItem(minuteItem("Attendance of Parking Wardens at Schools", "The Panel noted a report."))).toBe(
      "substantive",
    );
  });

  it("leaves when the meeting sat out of the last item's decision", () => {
    expect(
      extractResolved(
        "RESOLVED: To note that the decisions at Minutes 12 to 14 could be implemented after 9 April 2026 unless called in.\n\n(Note: The meeting, having commenced at 2.00 pm, closed at 3.05 pm).",
      ),
    ).toBe("To note that the decisions at Minutes 12 to 14 could be implemented after 9 April 2026 unless called in.");
  });

  it("names the Portfolio Holder in the overview and says the decisions, not the call-in period", () => {
    const summary = summarizeExtractive(
      makeInput({
        meeting: ROADS_AND_PARKS,
        items: [
          item(1, "Attendance", { minutesText: ATTENDANCE }),
          item(2, "Allotment Rents 2026/27", {
            minutesText:
              "The Portfolio Holder considered a report on allotment rents.\n\nRESOLVED: That the Portfolio Holder (1) approve allotment rents of £84 a plot for 2026/27; (2) agree that plot holders over 70 pay half rent.",
          }),
          item(3, "Call-in of Decisions", {
            minutesText:
              "RESOLVED: To note that the decision at Minute 2 could be implemented after 25 March 2026 unless called in.",
          }),
        ],
      }),
    );
    expect(summary.overview).toMatch(
      /^Cllr Ingrid Salcombe, Portfolio Holder for Roads and Parks, held a decision meeting on Tuesday 17 March 2026 and approved allotment rents of £84 a plot for 2026\/27\.$/,
    );
    expect(summary.overview).not.toMatch(/Call-in|Attendance/);
  });

  it("says 'The Portfolio Holder for …' where no minute names who took the decisions", () => {
    const summary = summarizeExtractive(
      makeInput({
        meeting: ROADS_AND_PARKS,
        items: [
          item(1, "Allotment Rents 2026/27", {
            minutesText: "RESOLVED: That the Portfolio Holder approve allotment rents of £84 a plot for 2026/27.",
          }),
        ],
      }),
    );
    expect(summary.overview).toMatch(/^The Portfolio Holder for Roads and Parks held a decision meeting on /);
  });
});
