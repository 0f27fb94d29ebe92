// Overviews read as a resident, stop 38 (docs/summaries.md#overviews-read-as-a-resident-stop-38): a count of other
// decisions beside outcomes said in their own words, a request refused read as an agenda title, a meeting's own
// procedure noted, a hearing's verdict without its sanction, and "be formally censured" left as the resolution put it.
// Every input here is written in our own words, with made-up names, places and figures; none is a council's sentence.
import { describe, expect, it } from "vitest";
import { codeVerdict } from "@/lib/summarize/extractive/overview/code-verdict";
import { fitOutcomes, ownEnough, withoutCounts } from "@/lib/summarize/extractive/overview/fit-outcomes";
import { isOwnHeadline, type Entry } from "@/lib/summarize/extractive/overview/outcome-entries";
import { ownProcedureNoted } from "@/lib/summarize/extractive/overview/outcome-overview";
import { outcomePhrase, requestDecided } from "@/lib/summarize/extractive/overview/outcome-phrase";
import { plainResolution } from "@/lib/summarize/extractive/resolved";

/** Six decisions, two of them said in their own words and four only by their titles: among many, those are counted. */
function manyDecisions(): Entry[] {
  const titled = (title: string): Entry => ({ phrase: null, verb: "agreed", title });
  return [
    {
      phrase: { verb: "approved", object: "the Brookfield Library refurbishment at a cost of £2.3m" },
      verb: "approved",
      title: "Brookfield Library Refurbishment",
    },
    {
      phrase: { verb: "adopted", object: "the Tree Planting Strategy 2029-2034" },
      verb: "adopted",
      title: "Tree Planting Strategy",
    },
    titled("Minor Amendments to Contract Standing Orders"),
    titled("Appointments to Outside Bodies"),
    titled("Review of Ward Budgets"),
    titled("Annual Complaints Report"),
  ];
}

describe("a count of other decisions beside outcomes said in their own words", () => {
  it("is left out where two or more outcomes are said", () => {
    const said = fitOutcomes(manyDecisions(), 36).without([]);
    expect(said).toEqual([
      "approved the Brookfield Library refurbishment at a cost of £2.3m",
      "adopted the Tree Planting Strategy 2029-2034",
    ]);
    expect(said.join(" ")).not.toMatch(/other decisions?/);
  });

  it("gives its words to nothing else: they are counted as the words it took", () => {
    const { countedWords } = fitOutcomes(manyDecisions(), 36);
    // "… and made 4 other decisions" against "… and …": four words more.
    expect(countedWords([])).toBe(4);
  });

  it("is said where it is asked for, for the words the sections are fitted beside", () => {
    const said = fitOutcomes(manyDecisions(), 36, false, true).without([]);
    expect(said.at(-1)).toBe("made 4 other decisions");
  });

  it("stays beside a single outcome, where it is the only sign of the rest of the business", () => {
    const entries = manyDecisions().filter((e) => e.verb !== "adopted");
    entries.push({ phrase: null, verb: "agreed", title: "Allotment Rents" });
    const said = fitOutcomes(entries, 36).without([]);
    expect(said).toEqual([
      "approved the Brookfield Library refurbishment at a cost of £2.3m",
      "made 5 other decisions",
    ]);
  });

  it("takes papers counted as noted for a count, not an outcome", () => {
    const approved = { phrase: { verb: "approved", object: "the parks byelaws" }, verb: "approved", title: "Byelaws" };
    const referred = {
      phrase: { verb: "referred", object: "its comments on the fees to Cabinet" },
      verb: "referred",
      title: "Fees",
    };
    const noted = { phrase: { verb: "noted", object: "3 items" }, verb: "noted", title: "" };
    expect(ownEnough([approved, noted])).toBe(false);
    // Beside one outcome in its own words the count of papers noted goes too
    // (docs/summaries.md#overviews-read-as-a-resident-stop-39).
    expect(withoutCounts([approved, noted])).toEqual([approved]);
    expect(withoutCounts([approved, referred, noted])).toEqual([approved, referred]);
    // A noting said in its own words is an outcome, and stays.
    const register = { phrase: { verb: "noted", object: "the corporate risk register" }, verb: "noted", title: "" };
    expect(withoutCounts([approved, referred, register])).toEqual([approved, referred, register]);
  });
});

describe("a request put to the body and the answer it gave", () => {
  it("is said as the request, without the reasons", () => {
    expect(
      requestDecided(
        "The request that the licence review be adjourned to a later date was refused, the Panel considering that the residents had waited long enough",
      ),
    ).toEqual({ verb: "refused", object: "the request that the licence review be adjourned to a later date" });
    expect(requestDecided("A proposal to hold the June meeting at Ashcombe Library was agreed")).toEqual({
      verb: "agreed",
      object: "a proposal to hold the June meeting at Ashcombe Library",
    });
  });

  it("is what the decision refused, never the item's title", () => {
    expect(
      outcomePhrase(
        "(1) The request that the whole of the appeal be heard in private was refused, the Sub-Committee considering that the public interest prevailed; (2) The press and public were excluded for Appendix B.",
        "Preliminary Matters",
      ),
    ).toEqual({ verb: "refused", object: "the request that the whole of the appeal be heard in private" });
  });

  it("needs a request that says what it asked", () => {
    expect(requestDecided("The request was refused")).toBeNull();
    expect(requestDecided("The report on requests for dropped kerbs was noted")).toBeNull();
    expect(requestDecided("The request that the item be deferred, which Mr Pell made, was refused")).toBeNull();
  });
});

describe("a decision that only notes how the meeting is run", () => {
  it("is the meeting's own procedure", () => {
    expect(ownProcedureNoted("The procedure for the hearing was noted.")).toBe(true);
    expect(ownProcedureNoted("That the order of business for the meeting be noted")).toBe(true);
  });

  it("is nothing else noted or agreed", () => {
    expect(ownProcedureNoted("The procedure for the hearing was noted and the complaint was dismissed.")).toBe(false);
    expect(ownProcedureNoted("The procedure for dealing with complaints about councillors was adopted.")).toBe(false);
    expect(ownProcedureNoted("The arrangements for the Mayor's reception were noted.")).toBe(false);
  });
});

describe("a hearing's verdict", () => {
  const decision =
    "(1) Councillor Ferris Odell failed to treat the clerk with respect, in breach of paragraph 2.4 of the Parish Code of Conduct; (2) there was no breach of paragraph 2.7 of the Code; (1) Councillor Ferris Odell was formally reprimanded for the breach of paragraph 2.4 of the Code; (2) Councillor Ferris Odell will be asked to attend training by 30 June 2029.";

  it("keeps its sanction where the resolution has been put in the past", () => {
    expect(codeVerdict(decision)?.phrase).toEqual({
      verb: "found",
      object:
        "Councillor Ferris Odell in breach of paragraph 2.4 of the Parish Code of Conduct but not of paragraph 2.7, with a formal reprimand and a request to attend training",
    });
  });

  it("is the meeting's headline, as a post filled is", () => {
    const verdict = codeVerdict(decision)!;
    expect(isOwnHeadline({ phrase: verdict.phrase, verb: "found", title: "Complaint", keep: true })).toBe(true);
    expect(
      isOwnHeadline({
        phrase: { verb: "found", object: "the audit clean" },
        verb: "found",
        title: "Audit",
        keep: true,
      }),
    ).toBe(false);
  });
});

describe("a resolution with an adverb between 'be' and its verb", () => {
  it("is said in the past, the adverb kept", () => {
    expect(plainResolution("(1) Councillor Mirela Ost be formally censured for the breach of paragraph 6.2.")).toBe(
      "(1) Councillor Mirela Ost was formally censured for the breach of paragraph 6.2.",
    );
    expect(plainResolution("That the Allotment Scheme 2029 be provisionally adopted")).toMatch(
      /^The Allotment Scheme 2029 was provisionally adopted\.?$/,
    );
  });

  it("leaves a 'be' followed by anything other than an adverb of how as it was", () => {
    expect(plainResolution("(1) Councillor Mirela Ost be formally censured.")).not.toMatch(/\bbe formally\b/);
    expect(plainResolution("(1) the barn be largely rebuilt.")).not.toMatch(/was largely rebuilt/);
  });
});
