// Sentences that read wrong (docs/summaries.md#sentences-that-read-wrong-stop-40): a step passed on said in one tense,
// a recommendation in the council's impersonal form, a point that opens on whom it does not name, a draft's words
// beside the Decision that says what became of them, the last of several titles set off, and a hearing's two stages
// numbered once. Every sentence below is written here, with made-up names, places and figures.
import { describe, expect, it } from "vitest";
import { extractResolved, plainResolution } from "@/lib/summarize/extractive/resolved";
import { withCountedReferent } from "@/lib/summarize/extractive/named-referent";
import { draftSaidInDecision } from "@/lib/summarize/extractive/draft-said";
import { listTitles } from "@/lib/summarize/extractive/overview/titles";

describe("a step passed on to another body, said in one tense", () => {
  it("says a matter referred, submitted or reported later as one still to be passed on", () => {
    expect(
      plainResolution(
        "(1) the survey results be noted; (2) the findings of the Eastwick play street trial be referred to the Overview and Scrutiny Committee before any decision on its future was taken",
      ),
    ).toBe(
      "The findings of the Eastwick play street trial are to be referred to the Overview and Scrutiny Committee before any decision on its future is taken",
    );
    expect(
      plainResolution(
        "(1) the draft budget be noted; (2) the comments of the Panel be referred to Cabinet for consideration at its meeting on 9 March 2027",
      ),
    ).toBe(
      "(1) The draft budget was noted; (2) The comments of the Panel are to be referred to Cabinet for consideration at its meeting on 9 March 2027",
    );
    expect(plainResolution("That the audit findings be reported to the Audit Committee in October 2027.")).toBe(
      "The audit findings are to be reported to the Audit Committee in October 2027.",
    );
    expect(plainResolution("That the review be submitted to the next meeting.")).toBe(
      "The review is to be submitted to the next meeting.",
    );
  });

  it("leaves a step the meeting took, and one of another kind set for later, as they were", () => {
    // Referred there and then: done at the meeting.
    expect(plainResolution("That the petition be referred to Cabinet.")).toBe("The petition was referred to Cabinet.");
    expect(plainResolution("That the Tollgate car park be closed from 1 April 2027.")).toBe(
      "The Tollgate car park will be closed from 1 April 2027.",
    );
  });
});

describe("a resolution to recommend, in the council's impersonal form", () => {
  it("says what the meeting did, and leaves what it recommends in the words of a recommendation", () => {
    expect(
      plainResolution("That it be recommended to Council that the Riverside Parking Strategy 2027 be adopted."),
    ).toBe("It was recommended to Council that the Riverside Parking Strategy 2027 be adopted.");
    expect(
      plainResolution("RESOLVED: That it be recommended to Cabinet that the fees for allotments be raised by 4%."),
    ).toBe("It was recommended to Cabinet that the fees for allotments be raised by 4%.");
    // A second step inside the recommendation is the other body's to decide, never said as done.
    expect(
      plainResolution(
        "That it be recommended to Council that the Riverside Parking Strategy 2027 be adopted and that the Director of Place be authorised to publish it.",
      ),
    ).toBe(
      "It was recommended to Council that the Riverside Parking Strategy 2027 be adopted and that the Director of Place be authorised to publish it.",
    );
    expect(
      plainResolution(
        "(1) the report be noted; (2) it be recommended to Cabinet that a bid of £1.2m be made, and that the Director of Place be authorised to sign it.",
      ),
    ).toBe(
      "It was recommended to Cabinet that a bid of £1.2m be made, and that the Director of Place be authorised to sign it.",
    );
  });

  it("says a noting or an agreement in that form as done at the meeting", () => {
    expect(plainResolution("That it be noted that the audit of the Oakbank Pension Fund had been completed.")).toBe(
      "It was noted that the audit of the Oakbank Pension Fund had been completed.",
    );
    // "quarterly" is when the Panel meets, not when the agreeing is done.
    expect(plainResolution("That it be agreed that the Panel meet quarterly.")).toBe(
      "It was agreed that the Panel meet quarterly.",
    );
  });
});

describe("a point that opens on whom it does not name", () => {
  const minute =
    "The board had two vacancies. Councillor Ostrowe asked how independent directors were paid. Ms Feld responded that each was paid £7,500 a year by the company, in line with the policy agreed in 2023.";

  it("carries whom the sentence before named, in the fewest words", () => {
    expect(
      withCountedReferent(
        "Ms Feld: Each was paid £7,500 a year by the company, in line with the policy agreed in 2023.",
        minute,
      ),
    ).toBe(
      "Ms Feld: Each independent director was paid £7,500 a year by the company, in line with the policy agreed in 2023.",
    );
    expect(
      withCountedReferent(
        "Ms Feld: Both had completed the course in March 2026.",
        "Councillor Ostrowe asked whether the two wardens had been trained. Ms Feld said that both had completed the course in March 2026.",
      ),
    ).toBe("Ms Feld: Both wardens had completed the course in March 2026.");
    expect(
      withCountedReferent(
        "They had been interviewed by a panel of three.",
        "Councillor Ostrowe asked how the new wardens were chosen. They had been interviewed by a panel of three.",
      ),
    ).toBe("The new wardens had been interviewed by a panel of three.");
  });

  it("leaves the point as it was when the sentence before names no one", () => {
    const point = "Each was paid £7,500 a year by the company, in line with the policy.";
    expect(withCountedReferent(point, `The meeting was told of the figures. ${point}`)).toBe(point);
    // Not found in the minute: nothing to read the referent from.
    expect(withCountedReferent(point, "Councillor Ostrowe asked how directors were paid.")).toBe(point);
  });
});

describe("a draft's words beside the Decision that says what became of them", () => {
  const decision =
    "Recommendations agreed: (1) Cabinet fund one more tree officer; agreed as amended: (2) reports of fallen trees be answered within 15 working days (amended: the period to be 5 working days).";

  it("leaves out the point that only says what the draft proposed", () => {
    expect(
      draftSaidInDecision(
        "Draft recommendation 2 proposed that reports of fallen trees be answered within 15 working days.",
        decision,
      ),
    ).toBe(true);
  });

  it("keeps a point about a draft the Decision does not give in the same words", () => {
    expect(
      draftSaidInDecision("Draft recommendation 3 proposed that every street tree be surveyed by 2028.", decision),
    ).toBe(false);
    expect(
      draftSaidInDecision(
        "Draft recommendation 2 proposed that the Council plant 400 oaks in Millfield Park each winter.",
        decision,
      ),
    ).toBe(false);
    expect(draftSaidInDecision("Councillor Pell proposed that the period be 5 working days.", decision)).toBe(false);
  });
});

describe("titles joined in the overview", () => {
  it("sets the last title off with a comma when one before it has an 'and' of its own", () => {
    expect(listTitles(["the Depot Strategy and the New Library", "the Dog Control Order 2027"])).toBe(
      "the Depot Strategy and the New Library, and the Dog Control Order 2027",
    );
    expect(listTitles(["the Depot Strategy", "the Bus Lanes Order", "the Dog Control Order 2027"])).toBe(
      "the Depot Strategy, the Bus Lanes Order and the Dog Control Order 2027",
    );
    expect(listTitles(["the Depot Strategy", "the Parks and Open Spaces Plan"])).toBe(
      "the Depot Strategy and the Parks and Open Spaces Plan",
    );
  });
});

describe("a decision taken in stages, numbered once", () => {
  it("numbers a later stage's clauses on from the first stage's", () => {
    const minute = [
      "The Sub-Committee heard the evidence.",
      "RESOLVED: That",
      "(1) Councillor Vale failed to treat an officer with respect, in breach of paragraph 3.1 of the Code;",
      "(2) there was no breach of paragraph 5.1 of the Code.",
      "Action to be taken",
      "The Sub-Committee heard from Councillor Vale on the action to be taken.",
      "RESOLVED: That",
      "(1) Councillor Vale be formally censured;",
      "(2) Councillor Vale be asked to attend training by 30 September 2027.",
    ].join("\n\n");
    const decided = extractResolved(minute)!;
    expect(decided).toMatch(/\(3\) Councillor Vale be formally censured; \(4\) Councillor Vale be asked/);
    expect(decided.match(/\(1\)/g)).toHaveLength(1);
  });

  it("keeps the numbers of one stage as printed", () => {
    expect(extractResolved("RESOLVED: That\n\n(1) the report be noted;\n\n(2) the plan be agreed.")).toBe(
      "That (1) the report be noted; (2) the plan be agreed.",
    );
  });
});
