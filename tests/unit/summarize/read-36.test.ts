// Read as a resident, stop 36 (docs/summaries.md#read-as-a-resident-stop-36): lines that a resident who has not read
// the minutes could not follow. Every input here is written in our own words, with made-up names and figures; none is
// a council's sentence.
import { describe, expect, it } from "vitest";
import { withGappedVerb, withoutRestatedClauses } from "@/lib/summarize/extractive/bullet-filters";
import { withNamedReferent } from "@/lib/summarize/extractive/named-referent";
import { fitOutcomes } from "@/lib/summarize/extractive/overview/fit-outcomes";
import type { Entry } from "@/lib/summarize/extractive/overview/outcome-entries";
import { forecastAsSentence, introducedFact } from "@/lib/summarize/extractive/post-accounts";
import { sayVerbOnce } from "@/lib/summarize/extractive/resolution/clauses";
import { describeStandingItem } from "@/lib/summarize/extractive/standing";
import { nameOnceInLine } from "@/lib/summarize/extractive/standing/name-once";
import { minuteItem } from "./helpers";

describe("a later run of clauses that share a verb", () => {
  it("says the verb once for a later run too, once the first run has said its own", () => {
    expect(
      sayVerbOnce(
        "(1) The 2027/28 budget was approved; (2) The fees schedule was approved; (3) The Director of Finance was instructed to write to the parish councils; (4) The Treasury Strategy was approved; (5) The Capital Strategy was approved.",
      ),
    ).toBe(
      "Approved: (1) the 2027/28 budget; (2) the fees schedule; (3) The Director of Finance was instructed to write to the parish councils; Approved: (4) the Treasury Strategy; (5) the Capital Strategy.",
    );
  });

  it("leaves a later run as it is when the first clause keeps its own verb, as the clauses are then shown one a line", () => {
    const text =
      "(1) The quarterly report was noted; (2) The Treasury Strategy was approved; (3) The Capital Strategy was approved.";
    expect(sayVerbOnce(text)).toBe(text);
  });
});

describe("a person named twice in one standing line", () => {
  it("says the second mention as the pronoun the first clause gives, and the post beside the first mention", () => {
    expect(
      nameOnceInLine(
        "The Chair welcomed Priya Oduya for her first meeting; Cabinet had appointed Priya Oduya, GMB Representative.",
      ),
    ).toBe("The Chair welcomed Priya Oduya (GMB Representative) for her first meeting; Cabinet had appointed her.");
  });

  it("says 'him' where the first clause says 'his'", () => {
    expect(
      nameOnceInLine(
        "The Chair welcomed Dev Harlow to his first meeting; Council had appointed Dev Harlow to the Forum.",
      ),
    ).toBe("The Chair welcomed Dev Harlow to his first meeting; Council had appointed him to the Forum.");
  });

  it("leaves the line as it is where no pronoun tells how the person is referred to", () => {
    const line = "Apologies: Priya Oduya; Cabinet had appointed Priya Oduya, GMB Representative.";
    expect(nameOnceInLine(line)).toBe(line);
  });
});

describe("what officers will do, beside what the body recommended", () => {
  const entries = (): Entry[] => [
    {
      phrase: { verb: "agreed", object: "that officers will ask the closed club to repay £2,400" },
      verb: "agreed",
      title: "Recovery of a Grant",
    },
    {
      phrase: { verb: "recommended to Cabinet", object: "grants totalling £310,000 to the 17 organisations" },
      verb: "made recommendations on",
      title: "Community Grants 2027/28",
    },
  ];

  it("comes after the recommendations, as a request for further work does", () => {
    expect(fitOutcomes(entries(), 40).without([])).toEqual([
      "recommended to Cabinet grants totalling £310,000 to the 17 organisations",
      "agreed that officers will ask the closed club to repay £2,400",
    ]);
  });

  it("keeps an agreement of the body's own before its recommendations", () => {
    const own = entries();
    own[0] = {
      phrase: { verb: "agreed", object: "that the Panel will meet monthly" },
      verb: "agreed",
      title: "Meetings",
    };
    expect(fitOutcomes(own, 40).without([])[0]).toBe("agreed that the Panel will meet monthly");
  });
});

describe("a forecast overspend a report set out", () => {
  it("is a sentence, what is forecast to overspend as its subject", () => {
    expect(
      introducedFact(
        "The Portfolio Holder introduced the report, which set out a forecast overspend of £1.7m on children's placements in 2027/28, driven by residential costs.",
      ),
    ).toBe(
      "Portfolio Holder: Children's placements were forecast to overspend by £1.7m in 2027/28, driven by residential costs.",
    );
  });

  it("says an underspend the same way", () => {
    expect(forecastAsSentence("a forecast underspend of £0.6m on street lighting.")).toBe(
      "street lighting was forecast to underspend by £0.6m.",
    );
  });

  it("leaves a forecast that is not on one named thing as it is", () => {
    expect(forecastAsSentence("a forecast overspend of £3m across the directorates")).toBe(
      "a forecast overspend of £3m across the directorates",
    );
  });
});

describe("a clause that shared its verb with a clause the decision already says", () => {
  const decision = "The hardship fund of £90,000 and the bursary fund of £35,000 for 2027/28 were agreed.";

  it("takes the verb, and the decision's sum is not said again", () => {
    expect(
      withoutRestatedClauses(
        "Ms Tarrant said that a hardship fund of £90,000 was proposed for families in temporary housing, and a bursary fund of £35,000 for pupils whose attendance had fallen below 85%.",
        decision,
      ),
    ).toBe("Ms Tarrant said that the bursary fund was proposed for pupils whose attendance had fallen below 85%.");
  });

  it("keeps a sum the decision does not give", () => {
    expect(
      withGappedVerb("a bursary fund of £12,000 for pupils in year 7", "a hardship fund was set aside for families"),
    ).toBe("the bursary fund of £12,000 was set aside for pupils in year 7");
  });

  it("leaves a clause with a verb of its own as it is", () => {
    const kept = "a bursary fund of £12,000 would go to pupils in year 7";
    expect(withGappedVerb(kept, "a hardship fund was proposed for families")).toBe(kept);
  });
});

describe("a survey the minute named by lower-case words", () => {
  const minutes =
    "Councillor Ines Morrow asked whether the Council would publish the findings of its parks survey. The Portfolio Holder said that the survey findings would be published in May 2027, and that 1,300 people had replied.";

  it("is said with those words", () => {
    expect(withNamedReferent("Portfolio Holder: The survey findings would be published in May 2027.", minutes)).toBe(
      "Portfolio Holder: The parks survey findings would be published in May 2027.",
    );
  });

  it("is left as it is where the words before it only point back ('the same survey')", () => {
    const text = "Portfolio Holder: The survey findings would be published in May 2027.";
    expect(
      withNamedReferent(
        text,
        "Councillor Ines Morrow asked about the same survey. The survey findings would be published in May 2027.",
      ),
    ).toBe(text);
  });
});

describe("a minute's silence for two people", () => {
  it("says the second person without the 'of' that went with 'in memory of'", () => {
    expect(
      describeStandingItem(
        minuteItem(
          "Minute's Silence",
          "Cabinet members stood for a minute's silence in memory of the late Former Mayor and Councillor, Ann Holt, and of Ben Ruiz, a long-serving member of staff.",
        ),
      ),
    ).toBe("Minute's silence for Former Mayor and Councillor, Ann Holt, and Ben Ruiz, a long-serving member of staff.");
  });
});
