// A grants panel's minutes (the corpus's twenty-first long minutes, a Grants Advisory Panel, MId 990031,
// tests/fixtures/real-harrow/ORIGIN.md): a round of grants reported by counting the applications, what they asked for
// and what became of them, questions answered in a word or two, resolutions that set one step now and another on a
// condition, and recommendations whose first clause only notes a budget
// (docs/summaries.md#a-grants-advisory-panels-minutes). Every sentence below is written here, with made-up names,
// bodies and figures.
import { describe, expect, it } from "vitest";
import {
  amendmentInFewerWords,
  inFewerWords,
  wordsBonus,
  worthItsWords,
} from "@/lib/summarize/extractive/advisory-minutes";
import type { Candidate } from "@/lib/summarize/extractive/collect-candidates";
import { isRoundFinding, leansOnQuestion } from "@/lib/summarize/extractive/grants-minutes";
import { largestOfListedSums } from "@/lib/summarize/extractive/listed-sums";
import { writeOutcomeOverview } from "@/lib/summarize/extractive/overview";
import { outcomePhrase } from "@/lib/summarize/extractive/overview/outcome-phrase";
import { recommendationPhrase } from "@/lib/summarize/extractive/overview/recommended";
import { plainResolution } from "@/lib/summarize/extractive/resolved";
import { overviewMeeting, overviewSection } from "./helpers";

describe("counted applications and what became of them", () => {
  it("are a grants round's finding: received and what they asked, recommended or not, outcomes met", () => {
    expect(isRoundFinding("62 applications had been received, asking for £410,000 in all.")).toBe(true);
    expect(isRoundFinding("Forty applications were not recommended.")).toBe(true);
    expect(isRoundFinding("Officers recommended 14 grants totalling £18,200.")).toBe(true);
    expect(isRoundFinding("Nineteen organisations had met all their agreed outcomes.")).toBe(true);
    // How the round was run, not what came of it.
    expect(isRoundFinding("Each bid had been marked by three officers and checked by a fourth.")).toBe(false);
    expect(isRoundFinding("The scheme had opened on 3 May 2031 and closed on 30 June 2031.")).toBe(false);
  });

  it("come before the detail when a minute is held to words, as an auditor's verdict does", () => {
    expect(wordsBonus("62 applications had been received, asking for £410,000 in all.", false)).toBeGreaterThan(0);
    expect(wordsBonus("The hall had been booked for £400.", false)).toBe(0);
  });

  it("are said without the clauses that count nothing, or how each count divides by reason", () => {
    expect(
      inFewerWords(
        "She said that the scheme had opened on 3 May and closed on 30 June, and that 62 applications had been received, asking for a total of £410,000.",
      ),
    ).toBe("She said that 62 applications had been received, asking for a total of £410,000.");
    expect(
      inFewerWords(
        "Forty applications were not recommended, 30 because they had scored below 60% and 10 because they were late, most often because the form had changed.",
      ),
    ).toBe("Forty applications were not recommended.");
    expect(
      inFewerWords(
        "Grants Officer: 9 applications were not recommended: five because the group met outside the borough, and four because no accounts were sent.",
      ),
    ).toBe("Grants Officer: 9 applications were not recommended.");
  });
});

describe("how a round's applications were assessed", () => {
  it("counts the assessors, not anything the round found: not worth its words held to words", () => {
    expect(worthItsWords("Each bid had been marked by three officers and checked by a fourth.", null, false)).toBe(
      false,
    );
    // A figure of its own beside the assessors keeps it.
    expect(worthItsWords("Each bid had been marked by three officers within 21 days.", null, false)).toBe(true);
  });
});

describe("the largest of a list of grants", () => {
  const candidate = (text: string) => ({ text, score: 2, order: 1 }) as unknown as Candidate;

  it("stands for the list, said as one grant", () => {
    expect(
      largestOfListedSums(
        candidate(
          "The largest awards proposed were £22,000 to the Kenton Food Bank for its delivery van, £31,500 to Wealdside Mind for counselling and £18,000 to the Hill Road Scouts.",
        ),
      ).text,
    ).toBe("The largest award proposed was £31,500 to Wealdside Mind for counselling.");
  });

  it("a list after 'were' that is not of the largest is left as it is", () => {
    const text = "The grants agreed were £2,000 to the A Club, £1,500 to the B Society and £1,000 to the C Group.";
    expect(largestOfListedSums(candidate(text)).text).toBe(text);
  });
});

describe("an amendment held to words", () => {
  it("says what it asked and the vote, not how it would be paid for", () => {
    expect(
      amendmentInFewerWords(
        "Amendment moved by Councillor Ada Quill, seconded by Councillor Bo Rennet: that the Hill Road Scouts be awarded £6,000, to be found by reducing the two largest grants by £3,000 each (lost, 2 votes to 6).",
      ),
    ).toBe(
      "Amendment moved by Councillor Ada Quill, seconded by Councillor Bo Rennet: that the Hill Road Scouts be awarded £6,000 (lost, 2 votes to 6).",
    );
  });
});

describe("an answer that stands only with its question", () => {
  it("is left elliptical or told of a pronoun the question names", () => {
    expect(leansOnQuestion("Ms Ada Vole: 17 had been, and six were new to the scheme.")).toBe(true);
    expect(leansOnQuestion("Ms Ada Vole said that it had scored 61%.")).toBe(true);
    // An impersonal "it", or an answer that names what it is about, stands alone.
    expect(leansOnQuestion("Ms Ada Vole said that it was expected that 40 groups would apply.")).toBe(false);
    expect(leansOnQuestion("Ms Ada Vole: the Youth Hub had scored 61%.")).toBe(false);
  });

  it("is not worth its words when a minute is held to words", () => {
    expect(worthItsWords("Ms Ada Vole: 17 had been, and six were new to the scheme.", null, false)).toBe(false);
    expect(worthItsWords("Ms Ada Vole said that it had scored 61%.", null, false)).toBe(false);
    expect(worthItsWords("Ms Ada Vole: the Youth Hub had scored 61%.", null, false)).toBe(true);
  });
});

describe("a resolution of two steps, the second given to a post", () => {
  it("says the first as what will happen and the second as given now, without the second 'that'", () => {
    expect(
      plainResolution(
        "That officers seek the return of the unspent grant of £3,100, and that the Head of Legal Services be authorised to issue proceedings if it is not repaid by 31 May 2031.",
      ),
    ).toBe(
      "Officers will seek the return of the unspent grant of £3,100, and the Head of Legal Services was authorised to issue proceedings if it is not repaid by 31 May 2031.",
    );
  });

  it("says a step that waits on a condition as still to come", () => {
    expect(
      plainResolution(
        "That (1) the report be noted; (2) the second payment of £3,000 to the Youth Club be released only if it sends its accounts by 30 June 2031.",
      ),
    ).toMatch(/The second payment of £3,000 to the Youth Club will be released only if it sends its accounts/);
    // A step taken at the meeting stays taken.
    expect(plainResolution("That the grant of £3,000 to the Youth Club be released.")).toBe(
      "The grant of £3,000 to the Youth Club was released.",
    );
  });

  it("is the overview's first step, not an authority given to the first subject", () => {
    expect(
      outcomePhrase(
        "Officers will recover the unspent grant of £3,100, and the Head of Legal Services was authorised to issue proceedings if it is not repaid by 31 May 2031.",
        "Recovery of Unspent Grant",
      ),
    ).toEqual({ verb: "agreed", object: "that officers will recover the unspent grant of £3,100" });
  });
});

describe("a grants round recommended to Cabinet", () => {
  const decision =
    "Recommended to Cabinet: (1) the community grants budget for 2031/32 of £720,000 to be noted, subject to Council approving the budget on 1 March 2031; (2) grants totalling £715,500 to be awarded to the 31 organisations listed in Appendix 1 to these minutes, for one year from 1 April 2031; (3) the 44 applications listed in Appendix 2 not to be funded.";

  it("says the grants, not the budget only noted, without where the list is printed or for how long", () => {
    const phrase = recommendationPhrase(decision, "Community Grants 2031/32");
    expect(phrase?.verb).toBe("recommended to Cabinet");
    expect(phrase?.object).toBe("grants totalling £715,500 to be awarded to the 31 organisations");
    // Shorter, never cut inside a figure or left at a word that leads into one ("grants totalling").
    expect(phrase?.shorter ?? []).not.toContainEqual(expect.stringMatching(/£715$|£720$|totalling$|^grants$/));
  });

  it("is said in the overview beside a key decision the outcomes already say", () => {
    const overview = writeOutcomeOverview(overviewMeeting("Community Grants Panel"), [
      overviewSection(
        "Recovery of Unspent Grant",
        "Officers will recover the unspent grant of £3,100, and the Head of Legal Services was authorised to issue proceedings if it is not repaid by 31 May 2031.",
      ),
      overviewSection("Community Grants 2031/32", decision),
      overviewSection(
        "Small Grants Round 1",
        "Recommended to the Portfolio Holder for Communities: approve the 14 small grants totalling £18,200.",
      ),
    ]);
    expect(overview).toMatch(/agreed that officers will recover the unspent grant of £3,100/);
    expect(overview).toMatch(/recommended to Cabinet grants totalling £715,500 to be awarded to the 31 organisations/);
    expect(overview.split(/\s+/).length).toBeLessThanOrEqual(60);
  });
});
