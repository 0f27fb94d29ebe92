// A Cabinet's minutes in Harrow's decision-record layout (the corpus's second long Cabinet minutes, MId 990027,
// tests/fixtures/real-harrow/ORIGIN.md): "RECOMMENDED ITEMS" then "RESOLVED ITEMS", each key decision with its
// numbered resolution, "Reason for Decision:", the two Cabinet formulas and, now and then, a bracketed call-in note; a
// reference from the Overview and Scrutiny Committee answered with a decision on its recommendations
// (docs/summaries.md#a-cabinet-meetings-decision-records). Every minute below is written here, in the register of
// Harrow's, with made-up names and figures.
import { describe, expect, it } from "vitest";
import { classifyItem } from "@/lib/summarize/extractive/procedural";
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
