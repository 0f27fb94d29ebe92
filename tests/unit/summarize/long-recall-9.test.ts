// Business recall on the long minutes, ninth round (docs/summaries.md#long-minutes-round-nine): general rules for
// how minutes are written. Every sentence and minute below is written here, with made-up names, places and figures.
import { describe, expect, it } from "vitest";
import { inFewerWords } from "@/lib/summarize/extractive/advisory-minutes";
import { answerFact } from "@/lib/summarize/extractive/questions-answers";
import { SELF_DESCRIPTION, scoreSentence } from "@/lib/summarize/extractive/score-sentence";
import { headlineOf, minuteContext } from "./helpers";

describe("the headline of a questioned account measured in working days", () => {
  const title = "Disabled Facilities Grants Update";
  const minute = (opening: string) =>
    [
      "The Committee received an update from the Head of Adaptations on grants for adapting the homes of disabled residents.",
      `Mr Oskar Lindgren said that 312 applications had been received since April, against 270 a year before. ${opening}`,
      "He said that £2.4m of the grant had been committed by the end of October, and that two more occupational therapists had been recruited.",
      "A Member asked how long residents waited for a stairlift. The Head of Adaptations responded that most were fitted within a month of approval.",
      "RESOLVED: That the update be noted.",
    ].join("\n\n");

  it("is a span when its days are working days, as it is for plain days", () => {
    const m = minute("Each application was now assessed within an average of 9 working days of its receipt.");
    expect(headlineOf(m, title)).toMatch(/within an average of 9 working days/);
  });

  it("reads calendar days and school weeks the same way", () => {
    expect(headlineOf(minute("A visit was now arranged within 12 calendar days of a referral."), title)).toMatch(
      /12 calendar days/,
    );
    expect(headlineOf(minute("Works at schools were now finished within 3 school weeks."), title)).toMatch(
      /3 school weeks/,
    );
  });

  it("leaves the sum the headline when the days are no span of their own (a word between them and the figure)", () => {
    expect(headlineOf(minute("Applications were now assessed on most working days of the week."), title)).toMatch(
      /£2\.4m of the grant/,
    );
  });
});

describe("a call-in's ground ruled out before the hearing", () => {
  const title = "Call-in of the Cabinet Decision (5 February 2026) – Closure of Canons Park Library";
  const ruling =
    "The legal adviser advised that ground (d) could not be heard, because the library strategy the notice relied on was not part of the budget framework.";
  const caseMade =
    "The signatories' representative said that the closure would leave the north of the borough without a library, and that the report had not costed the alternatives.";

  it("ranks above a side's case: which grounds were heard is part of the outcome", () => {
    expect(scoreSentence(ruling, minuteContext(title))).toBeGreaterThan(
      scoreSentence(caseMade, minuteContext(title)) + 2,
    );
  });

  it("reads other wordings of a ground that could not be considered", () => {
    const valid =
      "The Chair ruled that ground (b), lack of consultation, was not valid, as no consultation was required.";
    const plain = "The Chair ruled that the notice's points about consultation were noted by the Sub-Committee.";
    expect(scoreSentence(valid, minuteContext(title))).toBeGreaterThan(scoreSentence(plain, minuteContext(title)) + 2);
  });

  it("weighs a ground heard, or a ruling outside a call-in, as any other sentence", () => {
    const heard = "The legal adviser advised that ground (d) could be heard with ground (a).";
    expect(scoreSentence(heard, minuteContext(title))).toBeLessThan(scoreSentence(ruling, minuteContext(title)) - 2);
    const elsewhere = "Library Strategy 2026";
    expect(scoreSentence(ruling, minuteContext(elsewhere))).toBeLessThan(
      scoreSentence(ruling, minuteContext(title)) - 2,
    );
  });
});

describe("a reason given for a figure, held to words", () => {
  it("goes when it has no figure of its own, at the end of the sentence or before its next clause", () => {
    expect(
      inFewerWords(
        "Allotment rents would rise by 6%, less than the cost of water, because the new supply contract had been let at a lower price.",
      ),
    ).toBe("Allotment rents would rise by 6%, less than the cost of water.");
    expect(
      inFewerWords(
        "The leisure account would run a deficit of £0.8m in 2026/27, mainly because of the cost of repairs to the pool roof and higher energy bills, and the deficit would be met from reserves, which would fall to £1.1m.",
      ),
    ).toBe(
      "The leisure account would run a deficit of £0.8m in 2026/27, and the deficit would be met from reserves, which would fall to £1.1m.",
    );
  });

  it("stays when it gives a figure, when nothing before it has one, or when 'due to' says what is to come", () => {
    const withSum =
      "No draw on reserves was planned for the £3m overspend, because it would be met by the release of a £1.5m contingency.";
    expect(inFewerWords(withSum)).toBe(withSum);
    const noFigure = "The depot had closed early on Fridays because the lease did not allow later working.";
    expect(inFewerWords(noFigure)).toBe(noFigure);
    const toCome = "91% of laptops had been encrypted, the rest being older machines due to be replaced in the spring.";
    expect(inFewerWords(toCome)).toBe(toCome);
  });
});

describe("a report that only sets out the work programme", () => {
  it("is what the item's heading says, however the report is introduced", () => {
    expect(
      SELF_DESCRIPTION.test(
        "The Committee received a report which set out the scrutiny work programme for the rest of 2026/27, and the items planned for its two sub-committees.",
      ),
    ).toBe(true);
    expect(SELF_DESCRIPTION.test("The Panel considered a report that sets out the draft work programme.")).toBe(true);
  });

  it("is not a report that sets out something else", () => {
    expect(
      SELF_DESCRIPTION.test(
        "The Committee received a report which set out the savings proposed for 2026/27, worth £3.2m.",
      ),
    ).toBe(false);
  });
});

describe("an answer whose subject is the one who gave it", () => {
  it("is said with them as its subject, not after a colon with a pronoun that repeats them", () => {
    expect(
      answerFact(
        "Ms Okonkwo responded that she would send the Panel a note on waiting times at the walk-in centre by 12 March 2026.",
      ),
    ).toBe("Ms Okonkwo would send the Panel a note on waiting times at the walk-in centre by 12 March 2026.");
    expect(
      answerFact("The Director of Housing replied that he would write to every tenant in the block before 1 May 2026."),
    ).toBe("The Director of Housing would write to every tenant in the block before 1 May 2026.");
  });

  it("keeps the colon when the answer's subject is anything else", () => {
    expect(answerFact("The Director of Housing replied that the block would be rewired by 1 May 2026.")).toBe(
      "Director of Housing: The block would be rewired by 1 May 2026.",
    );
  });
});
