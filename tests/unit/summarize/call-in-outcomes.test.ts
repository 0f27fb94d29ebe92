// What a call-in sub-committee did, in the overview. Harrow's Call-In Sub-Committee hears a decision "called in" by
// six councillors or 150 residents and may refer it back to the decision-maker, refer it to full Council, or take no
// further action (Harrow's committee page, CId=281); its minute titles read "Call-In of the Cabinet Decision (27 May
// 2021) - <subject>" (corpus meeting 65228). The decisions below are written here in that shape; names are made up.
import { describe, expect, it } from "vitest";
import { callInPhrase, writeOutcomeOverview } from "@/lib/summarize/extractive/overview";
import type { SummaryInput, SummarySection } from "@/lib/summarize/types";

const HEADING = "Call-In of the Cabinet Decision (9 March 2027) - Elm Park Car Park Charges";

const input = {
  meeting: {
    title: "Call-In Sub-Committee",
    committeeName: "Call-In Sub-Committee",
    startsAt: "2027-03-22T18:30:00Z",
    status: "held",
    isSpecial: false,
  },
} as SummaryInput;

const section = (heading: string, decision: string): SummarySection => ({
  heading,
  itemNumber: "5",
  bullets: [],
  tables: [],
  decision,
});

describe("a call-in's outcome in the overview", () => {
  it("says a call-in was heard (its ground is the Decision line's), never 'decided on <title>' as if the sub-committee had made the decision", () => {
    expect(
      writeOutcomeOverview(input, [
        section(
          HEADING,
          "The call-in on Elm Park Car Park Charges was decided on ground d), the action not being proportionate.",
        ),
      ]),
    ).toBe(
      "The Call-In Sub-Committee met on Monday 22 March 2027 and heard the call-in of Cabinet's decision on Elm Park Car Park Charges.",
    );
  });

  it("tells a decision referred back from one left to stand", () => {
    expect(callInPhrase("The decision was referred back to Cabinet for reconsideration.", HEADING)).toEqual({
      verb: "referred back",
      object: "Cabinet's decision on Elm Park Car Park Charges",
    });
    expect(callInPhrase("The call-in was not upheld and the decision may be implemented.", HEADING)).toEqual({
      verb: "did not uphold",
      object: "the call-in of Cabinet's decision on Elm Park Car Park Charges",
    });
    expect(callInPhrase("No further action be taken on the call-in.", HEADING)?.verb).toBe("took no further action on");
    expect(callInPhrase("The matter was referred to full Council.", HEADING)?.verb).toBe("referred to Council");
    expect(callInPhrase("The call-in on ground c) was upheld.", HEADING)?.verb).toBe("upheld");
  });

  it("names a portfolio holder's decision as theirs, and leaves other items and shapes to the general rules", () => {
    expect(
      callInPhrase("The call-in was not upheld.", "Call-in of the Portfolio Holder Decision - Library Opening Hours")
        ?.object,
    ).toBe("the call-in of the Portfolio Holder's decision on Library Opening Hours");
    // Older titles: "Call-in of the Decision of Cabinet Held on <date>: <subject>", "Call-In of Cabinet decision (<date>) <subject>".
    expect(
      callInPhrase(
        "The call-in was not upheld.",
        "Call-in of the Decision of Cabinet Held on 4 May 2026: Oak Playing Fields",
      )?.object,
    ).toBe("the call-in of Cabinet's decision on Oak Playing Fields");
    expect(
      callInPhrase(
        "The decision was referred back to Cabinet.",
        "Call-In of Cabinet decision (4 May 2026) Oak Playing Fields",
      )?.object,
    ).toBe("Cabinet's decision on Oak Playing Fields");
    expect(callInPhrase("The report was noted.", HEADING)).toBeNull();
    expect(callInPhrase("The call-in was not upheld.", "Elm Park Car Park Charges")).toBeNull();
  });
});
