// A Cabinet's minutes in Harrow's decision-record layout (the corpus's second long Cabinet minutes, MId 990027,
// tests/fixtures/real-harrow/ORIGIN.md): "RECOMMENDED ITEMS" then "RESOLVED ITEMS", each key decision with its
// numbered resolution, "Reason for Decision:", the two Cabinet formulas and, now and then, a bracketed call-in note; a
// reference from the Overview and Scrutiny Committee answered with a decision on its recommendations
// (docs/summaries.md#a-cabinet-meetings-decision-records). Every minute below is written here, in the register of
// Harrow's, with made-up names and figures.
import { describe, expect, it } from "vitest";
import { classifyItem } from "@/lib/summarize/extractive/procedural";
import { isNoPoint } from "@/lib/summarize/extractive/debris";
import { parsePetition, petitionLine } from "@/lib/summarize/extractive/petitions";
import { withoutRestatedClauses } from "@/lib/summarize/extractive/bullet-filters";
import { plainResolution } from "@/lib/summarize/extractive/resolved";
import { totalOfItsParts } from "@/lib/summarize/extractive/listed-sums";
import type { Candidate } from "@/lib/summarize/extractive/collect-candidates";
import { callInWaivedNote } from "@/lib/summarize/extractive/resolution/call-in-note";
import { summarizeExtractive } from "@/lib/summarize/extractive/summarize-extractive";
import { item, makeInput, minuteItem } from "./helpers";

describe("a reference from another committee", () => {
  const answered = [
    "Cabinet received a reference from the Overview and Scrutiny Committee setting out the four recommendations of its review of library opening hours.",
    "Councillor Ada Finch, Chair of the Committee, introduced the reference.",
    "RESOLVED: That",
    "(1) the reference be received;",
    "(2) recommendations 1, 2 and 4 be agreed and recommendation 3 be not agreed.",
  ].join("\n\n");

  it("is business when Cabinet decides on its recommendations", () => {
    expect(
      classifyItem(minuteItem("Reference from the Overview and Scrutiny Committee - Library Hours", answered)),
    ).toBe("substantive");
    expect(
      classifyItem(
        minuteItem(
          "Reference from Council - Motion on Street Lighting",
          "RESOLVED: That the recommendation of Council be accepted and a report be brought to Cabinet in June.",
        ),
      ),
    ).toBe("substantive");
  });

  it("stays standing business when there were none, or it was only received or noted", () => {
    expect(
      classifyItem(
        minuteItem("References from Council and other Committees/Panels", "RESOLVED: That there were none."),
      ),
    ).toBe("procedural");
    expect(
      classifyItem(
        minuteItem(
          "Reference from the Overview and Scrutiny Committee - Library Hours",
          "RESOLVED: That the reference be received and noted.",
        ),
      ),
    ).toBe("procedural");
  });
});

describe("a decision whose call-in was waived", () => {
  const minute = [
    "RESOLVED: That the purchase of the Kenton Lane site for £2.4m be approved.",
    "Reason for Decision: To secure the site before the auction.",
    "Alternative Options Considered and Rejected: As set out in the report.",
    "Conflict of Interest relating to the matter declared by Cabinet Member/Dispensation Granted: None.",
    "[Call-in waived by the Chair of the Overview and Scrutiny Committee on the grounds of urgency, as the auction closes on 3 March.]",
  ].join("\n\n");

  it("says after the decision that call-in was waived, and on what grounds", () => {
    const summary = summarizeExtractive(
      makeInput({ items: [item(9, "Purchase of the Kenton Lane Site", { minutesText: minute })] }),
    );
    expect(summary.sections[0]!.decision).toMatch(/approved\. Call-in waived on the grounds of urgency\.$/);
  });

  it("says nothing of a call-in that did not apply", () => {
    expect(callInWaivedNote("[Call-in does not apply as the decision is reserved to full Council.]")).toBeNull();
    expect(callInWaivedNote("[Call-in waived by the Chair of the Overview and Scrutiny Committee.]")).toBe(
      "Call-in waived.",
    );
  });
});

describe("a petition whose resolution refers it on in a second 'that'", () => {
  it("ends what the petition asks before ', and that the petition be referred to …' and says where it went", () => {
    const petition = parsePetition(
      "To note the receipt of a petition presented by Councillor Ivo Marsh on behalf of residents of Elm Walk, containing 96 signatures, asking for a residents' parking zone in Elm Walk, and that the petition be referred to the Corporate Director of Place for a response.",
    )!;
    expect(petitionLine(petition)).toBe(
      "96 signatures: a residents' parking zone in Elm Walk — presented by Cllr Ivo Marsh for residents of Elm Walk; referred to the Corporate Director of Place for a response.",
    );
  });
});

describe("a Portfolio Holder's account whose first clause restates the decision", () => {
  const decision =
    "(1) The purchase of up to 40 homes for use as temporary accommodation, within a budget of £18.2m, was approved.";

  it("is said from the clause that adds a figure of its own, with who said it", () => {
    expect(
      withoutRestatedClauses(
        "She explained that the programme would buy up to 40 homes within a budget of £18.2m, and that each family moved out of a hotel would save about £9,400 a year.",
        decision,
      ),
    ).toBe("She explained that each family moved out of a hotel would save about £9,400 a year.");
  });

  it("is left whole when no clause only restates it, or nothing new is left", () => {
    const whole =
      "She said that 640 households were in temporary accommodation, and that the first phase had bought 75 homes.";
    expect(withoutRestatedClauses(whole, decision)).toBe(whole);
    const repeat = "She said that the programme would buy up to 40 homes, and that it would cost £18.2m.";
    expect(withoutRestatedClauses(repeat, decision)).toBe(repeat);
  });
});

describe("a key decision's delegation", () => {
  it("leaves out the Portfolio Holder consulted, Cabinet's standing sign-off, and keeps who acts and what", () => {
    expect(
      plainResolution(
        "That (1) the strategy be approved; (2) the Corporate Director of Place, following consultation with the Portfolio Holder for Environment, be authorised to make minor changes to it.",
      ),
    ).toBe(
      "(1) The strategy was approved; (2) The Corporate Director of Place was authorised to make minor changes to it.",
    );
  });

  it("leaves out where the text is printed, 'as set out at Appendix A to the report'", () => {
    expect(plainResolution("That the Capital Programme, as set out at Appendix A to the report, be approved.")).toBe(
      "The Capital Programme was approved.",
    );
  });
});

describe("Cabinet's answer to a reference, said as decided", () => {
  it("agrees numbered recommendations in the plural, a second one joined by 'and' too, and a report for a later month as to come", () => {
    expect(
      plainResolution(
        "That (1) the reference be received; (2) recommendations 1, 3 and 4 of the review be agreed, and recommendation 2 be agreed in part, as set out above; (3) a report on progress be made to the Overview and Scrutiny Committee in June 2026.",
      ),
    ).toBe(
      "(1) The reference was received; (2) Recommendations 1, 3 and 4 of the review were agreed, and recommendation 2 was agreed in part; (3) A report on progress will be made to the Overview and Scrutiny Committee in June 2026.",
    );
  });
});

describe("a total and how it is made up, held to words", () => {
  const point = (text: string) =>
    ({ text, score: 1, order: 0, source: { documentId: null, url: "", page: null } }) as unknown as Candidate;

  it("is said by its total", () => {
    expect(
      totalOfItsParts(
        point(
          "He said that the programme came to £88.4m over four years, of which £20.1m would be spent next year, and that it would be funded by grants of £40m and borrowing of £30m.",
        ),
      ).text,
    ).toBe("He said that the programme came to £88.4m over four years.");
  });

  it("leaves a total with no sums after it, and any other sentence, as it is", () => {
    const one = "He said that the programme came to £88.4m, of which most would be spent on schools.";
    expect(totalOfItsParts(point(one)).text).toBe(one);
    const other = "He said that grants of £40m and borrowing of £30m would pay for the programme.";
    expect(totalOfItsParts(point(other)).text).toBe(other);
  });
});

describe("the lead into a resolution after a confidential appendix", () => {
  it("is no point of its own", () => {
    expect(
      isNoPoint(
        "Having considered the confidential information in Appendix 3, which was exempt under paragraph 3 of Part I of Schedule 12A to the Local Government Act 1972, it was",
      ),
    ).toBe(true);
    expect(isNoPoint("Having considered the appendix, Members asked whether the price was fair.")).toBe(false);
  });
});

describe("a decision that names a body and a month", () => {
  it("is done at the meeting unless it is a report to that body", () => {
    expect(plainResolution("That the contract be awarded to Fenmore Services Ltd in March 2026.")).toBe(
      "The contract was awarded to Fenmore Services Ltd in March 2026.",
    );
  });
});

describe("a first clause with two steps", () => {
  it("says the second step's subject alone, in the singular when it is one body", () => {
    expect(
      plainResolution(
        "That (1) the reference be received and the Committee be thanked for its work; (2) the plan be agreed.",
      ),
    ).toBe("(1) The reference was received and the Committee was thanked for its work; (2) The plan was agreed.");
  });
});
