// Readings of a Call-In Sub-Committee's minutes (the long minutes 990024 in tests/fixtures/real-harrow/minutes/).
// Every sentence here is our own, in the register of Harrow's call-in minutes.
import { describe, expect, it } from "vitest";
import { callInPhrase } from "@/lib/summarize/extractive/overview/call-in-motion";
import { askedAndAnswered } from "@/lib/summarize/extractive/questions-answers";
import { classifyItem } from "@/lib/summarize/extractive/procedural";
import { plainerCallIn } from "@/lib/summarize/extractive/plainer-sentences";
import { plainResolution } from "@/lib/summarize/extractive/resolved";
import { scoreSentence } from "@/lib/summarize/extractive/score-sentence";
import { describeStandingItem } from "@/lib/summarize/extractive/standing/describe-standing-item";
import { minuteContext, minuteItem } from "./helpers";

describe("a call-in's resolution in plain words", () => {
  it("says a ground not upheld, and one upheld, as done at the meeting", () => {
    expect(
      plainResolution(
        "That (1) the call-in on ground (a), inadequate consultation, be not upheld; (2) the call-in on ground (b) be upheld; and (3) the decision be referred back to Cabinet for reconsideration.",
      ),
    ).toBe(
      "(1) The call-in on ground (a), inadequate consultation, was not upheld; (2) The call-in on ground (b) was upheld; (3) The decision was referred back to Cabinet for reconsideration.",
    );
  });

  it("says a decision the call-in lets go ahead will be implemented, never that it was", () => {
    expect(
      plainResolution("That the call-in be not upheld and that the decision of the Portfolio Holder be implemented."),
    ).toBe("The call-in was not upheld and the decision of the Portfolio Holder will be implemented.");
  });

  it("keeps what the Sub-Committee asked for as a request, never as done", () => {
    expect(
      plainResolution(
        "That the decision be referred back to Cabinet, with the request that the costings be reported to Cabinet before it decides again.",
      ),
    ).toBe(
      "The decision was referred back to Cabinet, with the request that the costings be reported to Cabinet before it decides again.",
    );
  });

  it("reads an irregular participle the same way", () => {
    expect(plainResolution("That the application be withdrawn.")).toBe("The application was withdrawn.");
  });
});

describe("a call-in in the overview", () => {
  const heading = "Call-in of the Cabinet Decision (4 March 2026) - Library Opening Hours";

  it("says the decision was referred back when one ground was upheld and others were not", () => {
    expect(
      callInPhrase(
        "(1) The call-in on ground (a) was not upheld; (2) The call-in on ground (c) was upheld; (3) The decision was referred back to Cabinet for reconsideration.",
        heading,
      ),
    ).toEqual({ verb: "referred back", object: "Cabinet's decision on Library Opening Hours" });
  });

  it("says a call-in not upheld as such when nothing was referred", () => {
    expect(callInPhrase("The call-in was not upheld and the decision will be implemented.", heading)).toEqual({
      verb: "did not uphold",
      object: "the call-in of Cabinet's decision on Library Opening Hours",
    });
  });
});

describe("which sentence of a call-in hearing leads", () => {
  const ctx = (itemTitle: string) => minuteContext(itemTitle);
  const notice =
    "The Sub-Committee considered a call-in notice signed by six Members against Cabinet's decision of 4 March 2026 to close two libraries on Sundays.";

  it("ranks the sentence saying what was called in above its own score elsewhere", () => {
    const hearing = scoreSentence(
      notice,
      ctx("Call-in of the Cabinet Decision (4 March 2026) - Library Opening Hours"),
    );
    const elsewhere = scoreSentence(notice, ctx("Library Opening Hours"));
    expect(hearing).toBeGreaterThanOrEqual(elsewhere + 1.5);
  });
});

describe("a call-in sub-committee's standing items", () => {
  it("folds the protocol for the hearing into one standing line", () => {
    const protocol = minuteItem(
      "Protocol for the Operation of the Call-In Sub-Committee",
      "The Chair explained that the signatories would speak first and the decision-maker would then reply.\n\nRESOLVED: That the protocol be noted.",
    );
    expect(classifyItem(protocol)).toBe("procedural");
    expect(describeStandingItem(protocol)).toBe("Protocol for the Operation of the Call-In Sub-Committee noted.");
  });

  it("leaves the closing time and the Chair's signature out of the last item's line", () => {
    const last = minuteItem(
      "Any Other Urgent Business",
      "There was no urgent business.\n\n(Note: The meeting, having commenced at 7.00 pm, closed at 9.20 pm).\n\n(Signed) COUNCILLOR JANE DOE\nChair",
    );
    expect(describeStandingItem(last) ?? "").not.toMatch(/Signed|9\.20|closed at/);
    const urgent = minuteItem(
      "Any Other Urgent Business",
      "The Chair agreed to take an urgent item on the closure of the Kenton Road bridge.\n\n(Note: The meeting, having commenced at 7.00 pm, closed at 9.20 pm).",
    );
    expect(describeStandingItem(urgent)).toMatch(/Kenton Road bridge/);
    expect(describeStandingItem(urgent)).not.toMatch(/9\.20/);
  });
});

describe("a question and its answer in one sentence", () => {
  it("is said as the answer's fact, with who gave it", () => {
    expect(
      askedAndAnswered(
        "In response to a question from Councillor Ada Price, the Director confirmed that the 640 homes on the assisted list would keep their weekly collection.",
      ),
    ).toBe("Director: The 640 homes on the assisted list would keep their weekly collection.");
    expect(
      askedAndAnswered(
        "Asked by Councillor Tom Hale whether the depot would close, the Head of Service said that the depot would stay open until March 2027.",
      ),
    ).toBe("Head of Service: The depot would stay open until March 2027.");
  });

  it("stays as it is when the answer's subject is the question's ('it', 'they')", () => {
    expect(
      askedAndAnswered(
        "Asked whether the modelling had been published, the Director said that it had been shared with the Portfolio Holder.",
      ),
    ).toBeNull();
  });
});

describe("the call-in notice as a sentence", () => {
  it("says who called in which decision", () => {
    expect(
      plainerCallIn(
        "The Sub-Committee considered a call-in notice signed by six Members of the Council against Cabinet's decision of 5 March 2026 to close the Wealdstone library on Sundays.",
      ),
    ).toBe(
      "Six Members of the Council called in Cabinet's decision of 5 March 2026 to close the Wealdstone library on Sundays.",
    );
    expect(
      plainerCallIn(
        "The Sub-Committee took the papers on a call-in notice from 171 residents against the Portfolio Holder for Housing's decision of 2 April 2026 to sell the garages.",
      ),
    ).toBe("171 residents called in the Portfolio Holder for Housing's decision of 2 April 2026 to sell the garages.");
  });
});
