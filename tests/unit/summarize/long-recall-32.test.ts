// Business recall on the long minutes, thirty-second round (docs/summaries.md#long-minutes-round-thirty-two): a
// verdict on "the" objection (appeal, complaint) points back to the sentence that named it, and held to words it is
// said to its outcome and is worth its words without a figure.
// Every sentence below is written here, with made-up names, places and figures.
import { describe, expect, it } from "vitest";
import { pointsBack } from "@/lib/summarize/extractive/candidate";
import { toItsVerdict, toWhatWasObjected, verdictOnObjection } from "@/lib/summarize/extractive/objection-verdicts";
import { worthItsWords, wordsBonus } from "@/lib/summarize/extractive/advisory-minutes";

describe("a verdict on the objection the sentence before named", () => {
  it("points back, whether upheld, partly upheld, not upheld or dismissed", () => {
    expect(
      pointsBack("In a ruling dated 4 June 2025, the adjudicator had partly upheld the objection, finding x."),
    ).toBe(true);
    expect(pointsBack("The adjudicator had not upheld the objection.")).toBe(true);
    expect(pointsBack("The Planning Inspectorate dismissed the appeal.")).toBe(true);
    expect(pointsBack("The Ombudsman had upheld the complaint in part.")).toBe(true);
  });

  it("does not point back when the objection is named where it is decided, or the council decides it", () => {
    expect(pointsBack("The inspector dismissed the appeal by Mr Quilley against the refusal at 9 Fernbank Rise.")).toBe(
      false,
    );
    expect(pointsBack("The Sub-Committee upheld the complaint against Councillor Brackley.")).toBe(false);
    expect(pointsBack("The adjudicator had upheld the objections of 14 parents.")).toBe(false);
    expect(verdictOnObjection("The school had withdrawn the objection.")).toBe(false);
  });

  it("is said to its outcome held to words, without its date, reasons or what it required", () => {
    expect(
      toItsVerdict(
        "In a ruling dated 4 June 2025, the adjudicator had partly upheld the objection, finding that the catchment map was unclear, and had required the trust to redraw it by September.",
      ),
    ).toBe("The adjudicator had partly upheld the objection.");
    expect(toItsVerdict("The Planning Inspectorate dismissed the appeal; costs were not awarded.")).toBe(
      "The Planning Inspectorate dismissed the appeal.",
    );
    expect(toItsVerdict("The adjudicator had not upheld the objection.")).toBe(
      "The adjudicator had not upheld the objection.",
    );
  });

  it("leaves a verdict that goes on with what else was done as it is, and any other sentence", () => {
    expect(toItsVerdict("The inspector dismissed the appeal and awarded costs to the Council.")).toBe(
      "The inspector dismissed the appeal and awarded costs to the Council.",
    );
    expect(toItsVerdict("Two objections had been made to the arrangements at Pellow Green.")).toBe(
      "Two objections had been made to the arrangements at Pellow Green.",
    );
  });

  it("is worth its words without a figure and is weighed as an outcome", () => {
    expect(worthItsWords("The adjudicator had partly upheld the objection.", null, false)).toBe(true);
    expect(wordsBonus("The adjudicator had partly upheld the objection.", false)).toBeGreaterThan(0);
    expect(worthItsWords("The objection had been discussed with the trust.", null, false)).toBe(false);
    expect(wordsBonus("The objection had been discussed with the trust.", false)).toBe(0);
  });

  it("keeps whose arrangements were objected to and drops what the objection argued", () => {
    expect(
      toWhatWasObjected(
        "The first, by a parent, was to the arrangements of Pellow Green School, whose form asked for a baptism certificate.",
      ),
    ).toBe("The first, by a parent, was to the arrangements of Pellow Green School.");
    expect(toWhatWasObjected("The second was to Marlow Vale Academy, which had cut its admission number to 150.")).toBe(
      "The second was to Marlow Vale Academy, which had cut its admission number to 150.",
    );
    expect(toWhatWasObjected("The first was to the arrangements of Pellow Green School.")).toBe(
      "The first was to the arrangements of Pellow Green School.",
    );
  });
});
