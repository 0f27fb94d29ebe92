// The joint health scrutiny committee, second round (docs/summaries.md#the-joint-health-scrutiny-committee-second-round):
// a consultation heard by a scrutiny committee, said by what it proposes; its opening date left to the decision that
// gives its closing date; and a response agreed at the meeting but sent later said as still to be sent.
// Every sentence below is written here, with made-up names, places and figures.
import { describe, expect, it } from "vitest";
import {
  PROPOSAL_BONUS,
  proposalConsulted,
  proposalOf,
  runSaidByDecision,
} from "@/lib/summarize/extractive/consultation-proposal";
import { secondStepLater } from "@/lib/summarize/extractive/resolution/second-step";
import { plainResolution } from "@/lib/summarize/extractive/resolved";
import { homeOrJob } from "@/lib/summarize/extractive/standing/declaration";

describe("a report on a consultation, said as what it proposes", () => {
  it("says who consults and what is proposed, without the report that brought it", () => {
    expect(
      proposalOf(
        "The Committee received a report on the public consultation being carried out by NHS Eastmere Integrated Care Board on a proposal to close the 16 maternity beds at Fernleigh Hospital and move births to Oakbridge Hospital.",
      ),
    ).toBe(
      "NHS Eastmere Integrated Care Board was consulting on a proposal to close the 16 maternity beds at Fernleigh Hospital and move births to Oakbridge Hospital.",
    );
    expect(
      proposalOf(
        "The Sub-Committee considered a report on the consultation led by the Marshfield Ambulance Trust on plans to merge its 3 control rooms.",
      ),
    ).toBe("The Marshfield Ambulance Trust was consulting on plans to merge its 3 control rooms.");
  });

  it("says a consultation whose body is not named by its proposal alone", () => {
    expect(
      proposalOf(
        "The Panel received a report on the consultation on a proposal to charge £45 a year for garden waste.",
      ),
    ).toBe("The consultation was on a proposal to charge £45 a year for garden waste.");
  });

  it("leaves any other report, and a consultation's results, as they were", () => {
    const others = [
      "The Committee received a report on the results of the consultation on a proposal to close the library.",
      "The Committee received a report of the Director of Public Health which set out the 12 priorities.",
      "NHS Eastmere Integrated Care Board was consulting on a proposal to close the 16 beds.",
    ];
    for (const text of others) expect(proposalOf(text)).toBe(text);
  });

  it("weighs the proposal above the report's sentence, and only it", () => {
    const report = {
      text: "The Committee received a report on the public consultation being carried out by the Brookvale Hospitals Trust on a proposal to move its 9 dialysis chairs to Elmstead.",
      score: 2,
    };
    expect(proposalConsulted(report)).toEqual({
      text: "The Brookvale Hospitals Trust was consulting on a proposal to move its 9 dialysis chairs to Elmstead.",
      score: 2 + PROPOSAL_BONUS,
    });
    const other = { text: "The move would cost £3.1m.", score: 4 };
    expect(proposalConsulted(other)).toBe(other);
  });
});

describe("a consultation's dates beside a decision that gives its closing date", () => {
  const decision =
    "The Committee's response to the consultation was agreed, to be submitted by the Chair before the consultation closes on 14 August 2027.";

  it("gives way when the decision says the same closing date", () => {
    expect(
      runSaidByDecision("The consultation had opened on 2 June 2027 and would close on 14 August 2027.", decision),
    ).toBe(true);
    expect(runSaidByDecision("The consultation opened on 2 June 2027 and closes on 14 August 2027", decision)).toBe(
      true,
    );
  });

  it("stays when the decision gives another date, none, or the point says more", () => {
    expect(
      runSaidByDecision("The consultation had opened on 2 June 2027 and would close on 30 August 2027.", decision),
    ).toBe(false);
    expect(
      runSaidByDecision("The consultation had opened on 2 June 2027 and would close on 14 August 2027.", null),
    ).toBe(false);
    expect(
      runSaidByDecision(
        "The consultation had opened on 2 June 2027 and would close on 14 August 2027, and 412 responses had been received so far.",
        decision,
      ),
    ).toBe(false);
  });
});

describe("a step taken at the meeting, then one still to come", () => {
  it("says the later step as still to come, before a later event or by a day", () => {
    expect(
      secondStepLater(
        "The Committee's response was agreed and submitted by the Chair before the consultation closes on 14 August 2027.",
      ),
    ).toBe(
      "The Committee's response was agreed, to be submitted by the Chair before the consultation closes on 14 August 2027.",
    );
    expect(secondStepLater("The comments were approved and sent to the Secretary of State by 31 March 2028.")).toBe(
      "The comments were approved, to be sent to the Secretary of State by 31 March 2028.",
    );
  });

  it("leaves both steps done when nothing sets the second for later", () => {
    const done = "The statement was agreed and published on the Council's website.";
    expect(secondStepLater(done)).toBe(done);
  });

  it("reads a printed resolution that way", () => {
    const decision = plainResolution(
      "That (1) the report be noted; (2) the Committee's response to the consultation, as amended at the meeting, be agreed and submitted by the Chair before the consultation closes on 14 August 2027.",
    );
    expect(decision).toMatch(
      /was agreed, to be submitted by the Chair before the consultation closes on 14 August 2027/,
    );
    expect(decision).not.toMatch(/agreed and submitted/);
  });
});

describe("a member's employer in a declaration", () => {
  it("says the post at the employer once 'employed' goes", () => {
    expect(homeOrJob("he was employed as a radiographer by the Brookvale Hospitals NHS Trust")).toBe(
      "he was a radiographer at the Brookvale Hospitals NHS Trust",
    );
    expect(homeOrJob("she was employed as a senior staff nurse by Ashcombe Community Health")).toBe(
      "she was a senior staff nurse at Ashcombe Community Health",
    );
  });

  it("leaves a post at a place as it was said", () => {
    expect(homeOrJob("her son was employed as a porter at Elmstead Hospital")).toBe(
      "her son was a porter at Elmstead Hospital",
    );
  });
});
