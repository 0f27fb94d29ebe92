// A major developments panel's minutes (the corpus's twenty-fifth long minutes, a Major Developments Panel, MId
// 990035, tests/fixtures/real-harrow/ORIGIN.md): a panel that hears developers' schemes before they are applied for
// and comments without deciding, recommends how a levy is spent, and is told when a scheme or a plan goes on to its
// next formal step (docs/summaries.md#a-major-developments-panels-minutes). Every sentence below is written here,
// with made-up names, sites and figures.
import { describe, expect, it } from "vitest";
import { inFewerWords, wordsBonus, worthItsWords } from "@/lib/summarize/extractive/advisory-minutes";
import {
  isNextStageDated,
  nextStageInFewerWords,
  notDecidingInFewerWords,
  saysNotDeciding,
} from "@/lib/summarize/extractive/development-minutes";
import { withLargestListedSum } from "@/lib/summarize/extractive/listed-sums";
import { pickMinutePoints } from "@/lib/summarize/extractive/minute-points";
import { leadByPost } from "@/lib/summarize/extractive/post-accounts";
import { writeOutcomeOverview } from "@/lib/summarize/extractive/overview";
import { toWhomShorter } from "@/lib/summarize/extractive/overview/outcome-entries";
import { presentationHeard } from "@/lib/summarize/extractive/overview/presentation";
import { recommendationPhrase } from "@/lib/summarize/extractive/overview/recommended";
import type { Candidate } from "@/lib/summarize/extractive/collect-candidates";
import { overviewMeeting, overviewSection } from "./helpers";

const SOURCE = { documentId: null, url: null, page: null };
const point = (text: string, score: number, order: number, lead?: string): Candidate =>
  ({ text, score, order, source: SOURCE, ...(lead ? { lead } : {}) }) as Candidate;

describe("a levy's sum recommended to Cabinet, for the overview", () => {
  const decision =
    "Recommended to Cabinet: (1) neighbourhood Community Infrastructure Levy of £2.3m to be allocated to the six schemes in the report; (2) the remaining £900,000 to be held for 2028/29.";

  it("is the step recommended, sum first, whatever word it opens with", () => {
    const phrase = recommendationPhrase(decision, "Community Infrastructure Levy: Neighbourhood Schemes 2027/28");
    expect(phrase?.verb).toBe("recommended to Cabinet");
    expect(phrase?.object).toBe(
      "allocating £2.3m of neighbourhood Community Infrastructure Levy to the six schemes in the report",
    );
    // Said shorter, the sum stays before what it is for goes.
    expect(phrase?.shorter[0]).toBe("allocating £2.3m of neighbourhood Community Infrastructure Levy");
  });

  it("keeps a sum whose step it does not know as the thing recommended", () => {
    const phrase = recommendationPhrase(
      "Recommended to Cabinet: (1) funding of £120,000 to be ringfenced for the food bank.",
      "Food Bank Funding",
    );
    expect(phrase?.object).toBe("funding of £120,000 to be ringfenced for the food bank");
  });
});

describe("a presentation the panel heard, for the overview", () => {
  it("is heard, and commented on where its comments are passed on, never noted by its agenda title", () => {
    expect(
      presentationHeard(
        "Presentation: Land at Elmstead Yard, Marlow Road, Kenton",
        "The presentation was noted and the Panel's comments were passed to the applicant.",
      ),
    ).toEqual({
      verb: "heard and commented on a presentation on",
      object: "Land at Elmstead Yard, Marlow Road, Kenton",
      fewer: ["Land at Elmstead Yard"],
    });
    expect(
      presentationHeard("Presentation by Orchard Homes on the Station Goods Yard", "That the presentation be noted."),
    ).toMatchObject({ verb: "heard a presentation on", object: "the Station Goods Yard" });
  });

  it("is left to the other readings when the item is no presentation, or the body decided on it", () => {
    expect(presentationHeard("Station Goods Yard: Development Brief", "The report was noted.")).toBeNull();
    expect(
      presentationHeard("Presentation: Station Goods Yard", "The development brief was approved for consultation."),
    ).toBeNull();
  });

  it("says what a panel that only commented did, beside what it recommended and referred", () => {
    const overview = writeOutcomeOverview(overviewMeeting("Major Developments Panel"), [
      overviewSection(
        "Presentation: Land at Elmstead Yard, Marlow Road, Kenton",
        "The presentation was noted and the Panel's comments were passed to the applicant.",
      ),
      overviewSection(
        "Community Infrastructure Levy: Neighbourhood Schemes 2027/28",
        "Recommended to Cabinet: (1) neighbourhood Community Infrastructure Levy of £2.3m to be allocated to the six schemes in the report; (2) the remaining £900,000 to be held for 2028/29.",
      ),
      overviewSection(
        "Kenton Town Centre Plan: Consultation Results",
        "(1) The results of the consultation were noted; (2) The Panel's comments were referred to the Portfolio Holder for Housing and Regeneration.",
      ),
    ]);
    expect(overview).toMatch(/heard and commented on a presentation on Land at Elmstead Yard/);
    expect(overview).toMatch(/recommended to Cabinet allocating £2\.3m of neighbourhood Community Infrastructure Levy/);
    expect(overview).not.toMatch(/noted Presentation/);
    expect(overview.split(/\s+/).length).toBeLessThanOrEqual(60);
  });

  it("names the post something was referred to without its portfolio when words are short", () => {
    expect(toWhomShorter("its comments to the Portfolio Holder for Housing and Regeneration")).toEqual([
      "its comments to the Portfolio Holder",
    ]);
    expect(toWhomShorter("its comments to Cabinet")).toEqual([]);
  });
});

describe("a list of allocations, each opening with its sum", () => {
  const lead = "Officers proposed to allocate £3.4m to four projects:";
  const list = [
    point("£450,000 for new play equipment at Canons Field.", 5, 1, lead),
    point("£1.6m towards a new footbridge at Kenton station.", 5, 2, lead),
    point("£900,000 for a health hub at Elm Parade.", 5, 3, lead),
    point("£450,000 for tree planting along the high street.", 5, 4, lead),
  ];

  it("is said by its largest sum first, where not all its points can be", () => {
    const scored = withLargestListedSum(list);
    expect(scored.map((c) => c.score)).toEqual([5, 7, 5, 5]);
  });

  it("favours none where two points share the largest sum, or a point opens with something else", () => {
    const tied = [...list.slice(0, 3), point("£1.6m for resurfacing the car park.", 5, 5, lead)];
    expect(withLargestListedSum(tied).map((c) => c.score)).toEqual([5, 5, 5, 5]);
    const mixed = [...list.slice(0, 3), point("A new bus shelter on Marlow Road.", 5, 4, lead)];
    expect(withLargestListedSum(mixed).map((c) => c.score)).toEqual([5, 5, 5, 5]);
  });
});

describe("a scheme's or a plan's next step, with its date", () => {
  it("is a step still to come, of an application or a plan, with when", () => {
    expect(
      isNextStageDated("Ms Rao said that the company expected to lodge an outline application in March 2027."),
    ).toBe(true);
    expect(isNextStageDated("The revised masterplan would be published for consultation in October 2026.")).toBe(true);
    // A step already taken, or a date with no step of an application or plan.
    expect(isNextStageDated("An outline application had been submitted in June 2026.")).toBe(false);
    expect(isNextStageDated("The works would start in May 2027.")).toBe(false);
  });

  it("carries no figure but is worth its words, and is picked before the scheme's detail", () => {
    const text = "Ms Rao said that the company expected to lodge an outline application in March 2027.";
    expect(worthItsWords(text, "The presentation was noted.", false)).toBe(true);
    expect(wordsBonus(text, false)).toBeGreaterThan(0);
    expect(wordsBonus("The scheme included a new public square.", false)).toBe(0);
  });

  it("is said to its date when a minute is held to words", () => {
    expect(
      nextStageInFewerWords(
        "Ms Rao said that the company expected to lodge an outline application in March 2027 and, if it were approved, to begin demolition later that year.",
      ),
    ).toBe("Ms Rao said that the company expected to lodge an outline application in March 2027.");
    expect(nextStageInFewerWords("The works would start in May 2027, weather permitting.")).toBe(
      "The works would start in May 2027, weather permitting.",
    );
  });
});

describe("a panel told it decides nothing on what it hears", () => {
  const reminder =
    "The Vice-Chair reminded Members that the proposals were still being drawn up, that the Panel was not being asked to make any decision, and that its views would not bind the Planning Committee, which would determine any application in the usual way.";

  it("is what the panel's comments are worth, said before the detail of what it heard", () => {
    expect(saysNotDeciding(reminder)).toBe(true);
    expect(saysNotDeciding("Members asked whether the scheme would include a health centre.")).toBe(false);
    expect(worthItsWords(reminder, "The presentation was noted.", false)).toBe(true);
    expect(wordsBonus(reminder, false)).toBeGreaterThan(0);
  });

  it("is said by the clauses that tell it, held to words", () => {
    const shorter =
      "The Vice-Chair reminded Members that the Panel was not being asked to make any decision and that its views would not bind the Planning Committee.";
    expect(notDecidingInFewerWords(reminder)).toBe(shorter);
    expect(inFewerWords(reminder)).toBe(shorter);
  });
});

describe("a list's lead-in that only names the post that gave it", () => {
  it("is said as the post, held to words", () => {
    expect(
      leadByPost(
        "The Head of Estates Renewal, Ms Priya Holloway, introduced the report and highlighted the following:",
      ),
    ).toBe("Head of Estates Renewal:");
    expect(leadByPost("The Director of Place set out the following:")).toBe("Director of Place:");
    // A lead-in that says more than who gave it, or a councillor's, is left as it is.
    const more = "Officers proposed to allocate £3.4m to four projects:";
    expect(leadByPost(more)).toBe(more);
    const councillor = "The Chair, Councillor Ann Marsh, highlighted the following:";
    expect(leadByPost(councillor)).toBe(councillor);
  });

  it("is what a minute held to words shows over its points, and a sentence carried with a point is shorter too", () => {
    const lead = "The Head of Estates Renewal, Ms Priya Holloway, introduced the report and highlighted the following:";
    const said =
      "The Estates Manager, Mr Tom Acre, said that the scheme had been put on hold in March 2026, mainly because of rising build costs.";
    const minuteCandidates = [
      { ...point("Elm Court: 120 homes were due to be finished in June 2027.", 4, 1, lead), list: 1 },
      { ...point("Ash Green: 64 homes had been let to families on the register.", 4, 2, lead), list: 1 },
      { ...point("It had cost £2.4m to keep the site secure since then.", 4, 3), antecedent: said },
    ] as Candidate[];
    const { picked } = pickMinutePoints({
      minuteCandidates,
      itemTitle: "Estate Renewal: Update",
      minutes: null,
      raw: "That the update be noted.",
      decision: "The update was noted.",
      maxPoints: 3,
      answerPoints: 6,
      everyMinuteByWords: true,
    });
    expect(picked.filter((c) => c.lead).map((c) => c.lead)).toEqual([
      "Head of Estates Renewal:",
      "Head of Estates Renewal:",
    ]);
    expect(picked.find((c) => c.antecedent)?.antecedent).toBe(
      "Estates Manager: The scheme had been put on hold in March 2026.",
    );
  });
});
