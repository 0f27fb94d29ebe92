// A step decided now that starts later, and a contract awarded, in the words of a Cabinet minute shaped like the
// corpus's long invented Cabinet minutes (MId 990014); the wording below is written here.
import { describe, expect, it } from "vitest";
import { plainResolution } from "@/lib/summarize/extractive/resolved";
import { outcomePhrase } from "@/lib/summarize/extractive/overview";

describe("a step that starts on a later date", () => {
  it("is said as to come ('will be closed'), never as done ('be closed from 1 April 2027' is not 'was closed')", () => {
    const said = plainResolution(
      "RESOLVED: That (1) the strategy be approved; (2) the Elm Road car park be closed from 1 April 2027.",
    );
    expect(said).toContain("The Elm Road car park will be closed from 1 April 2027");
    expect(said).not.toContain("was closed");
    expect(plainResolution("RESOLVED: That the strategy be approved from the date of this meeting.")).toContain(
      "was approved",
    );
  });
});

describe("a second step joined by 'and'", () => {
  it("is turned round too ('and the site be declared surplus' -> 'and the site was declared surplus')", () => {
    const said = plainResolution(
      "RESOLVED: That (1) the strategy be approved; (2) the Elm Road car park be closed from 1 April 2027 and the site be declared surplus to the Council's parking needs.",
    );
    expect(said).toContain(
      "The Elm Road car park will be closed from 1 April 2027 and the site was declared surplus to the Council's parking needs",
    );
    expect(said).not.toMatch(/\bbe declared\b/);
  });
});

describe("a contract awarded", () => {
  it("says what was awarded to whom in the overview (for how long and from when are the Decision line's)", () => {
    expect(
      outcomePhrase(
        "The contract for grounds maintenance was awarded to Greenway Services Ltd for six years from 1 April 2027, at an estimated value of £12m.",
        "Award of Contract for Grounds Maintenance",
      ),
    ).toEqual({
      verb: "awarded",
      object: "the contract for grounds maintenance to Greenway Services Ltd",
    });
  });
});

describe("a recommendation to another body that sets a step for later", () => {
  it("was made at the meeting: 'Cabinet was recommended', whatever it asks for later", () => {
    expect(
      plainResolution("That Cabinet be recommended to set a target for repairs and to report progress each quarter."),
    ).toBe("Cabinet was recommended to set a target for repairs and to report progress each quarter.");
  });
});
