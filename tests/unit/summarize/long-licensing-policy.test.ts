// A Licensing Committee on policy rather than a hearing (the corpus's twentieth long minutes, a Licensing and General
// Purposes Committee, MId 990030, tests/fixtures/real-harrow/ORIGIN.md): a policy recommended to Council after a
// consultation, with the changes it makes listed under a lead-in, an area whose evidence is listed, an amendment
// moved and seconded in one sentence and lost on a count, fees approved, a draft put out to consultation and an
// annual report noted (docs/summaries.md#a-licensing-committee-on-policy). Every minute below is written here, in the
// register of Harrow's, with made-up people, roads and figures.
import { describe, expect, it } from "vitest";
import { inlineAmendment, outcomeWithTally } from "@/lib/summarize/extractive/advisory-minutes";
import { extractResolved, plainResolution } from "@/lib/summarize/extractive/resolved";
import { totalOfItsParts } from "@/lib/summarize/extractive/listed-sums";
import { outcomePhrase } from "@/lib/summarize/extractive/overview/outcome-phrase";
import { recommendationPhrase } from "@/lib/summarize/extractive/overview/recommended";
import { scoreSentence } from "@/lib/summarize/extractive/score-sentence";
import { reservesTable } from "@/lib/summarize/extractive/standing/tables";
import { candidatesOf, minuteContext } from "./helpers";

const decisionOf = (minute: string) => plainResolution(extractResolved(minute)!);

describe("an amendment moved and seconded in one sentence", () => {
  it("says who moved and seconded it and what it asked, without the reason given for it", () => {
    expect(
      inlineAmendment(
        "Councillor Mina Shah moved an amendment, seconded by Councillor Paul Reid, that Elm Parade in Rayners Lane also be included in the area, as traders there had complained of street drinking.",
      ),
    ).toBe(
      "Amendment moved by Councillor Mina Shah, seconded by Councillor Paul Reid: that Elm Parade in Rayners Lane also be included in the area.",
    );
  });

  it("keeps a reason that carries a figure", () => {
    expect(
      inlineAmendment(
        "Councillor Mina Shah moved an amendment, seconded by Councillor Paul Reid, that the fee be frozen, as 40 traders had written in.",
      ),
    ).toMatch(/40 traders/);
  });

  it("counts a vote lost 'by 3 votes to 7'", () => {
    expect(outcomeWithTally("Upon being put to the vote, the amendment was lost by 3 votes to 7.", "lost")).toBe(
      "lost, 3 votes to 7",
    );
  });

  it("joins the amendment and its count in one line of the item", () => {
    const amendment = candidatesOf(
      [
        "The Committee considered the area's evidence.",
        "Councillor Mina Shah moved an amendment, seconded by Councillor Paul Reid, that Elm Parade also be included, as traders there had complained.",
        "Upon being put to the vote, the amendment was lost by 3 votes to 7.",
      ].join("\n\n"),
      "Cumulative Impact Assessment",
    ).find((c) => /^Amendment moved by/.test(c.text));
    expect(amendment?.text).toBe(
      "Amendment moved by Councillor Mina Shah, seconded by Councillor Paul Reid: that Elm Parade also be included (lost, 3 votes to 7).",
    );
  });
});

describe("a policy's resolutions in plain words", () => {
  it("drops where the policy is printed ('attached at Appendix 1 to the report') with both its commas", () => {
    const decision = decisionOf(
      "Resolved to RECOMMEND: (to Council)\n\nThat the revised Statement of Licensing Policy 2026\u20132031, attached at Appendix 1 to the report, be adopted at the meeting of Council on 19 March 2026.",
    );
    expect(decision).toBe(
      "Recommended to Council: adopt the revised Statement of Licensing Policy 2026\u20132031 at the meeting of Council on 19 March 2026.",
    );
  });

  it("says results to be reported before a later step as still to come", () => {
    const decision = decisionOf(
      "RESOLVED: That the draft policy be approved for consultation for eight weeks, and that the responses be reported to the Committee before the policy is referred to Council.",
    );
    expect(decision).toMatch(/the responses are to be reported to the Committee before the policy/);
    expect(decision).not.toMatch(/responses were reported/);
  });

  it("turns round a second resolution printed after a recommendation, with no 'RESOLVED: That' left", () => {
    const decision = decisionOf(
      "Resolved to RECOMMEND: (to Council)\n\nThat the assessment be published alongside the policy.\n\nRESOLVED: That officers report the evidence on Elm Parade to the Committee in March 2027.",
    );
    expect(decision).toMatch(/^Recommended to Council: the assessment to be published alongside the policy\./);
    expect(decision).toMatch(/Officers will report the evidence on Elm Parade to the Committee in March 2027\.$/);
    expect(decision).not.toMatch(/RESOLVED|That officers/);
  });
});

describe("a reserve who sat for a member who sent apologies", () => {
  it("says the member once, in who sat for whom, and keeps any other apology", () => {
    const line = reservesTable(
      "RESOLVED: To note the attendance at this meeting of the following duly appointed Reserve Member:\n\nOrdinary Member | Reserve Member\nCouncillor Ann Lowe | Councillor Raj Bedi\n\nApologies for absence had been received from Councillor Ann Lowe and from Mrs Joan Pike, a co-opted member.",
    );
    expect(line).toBe("Reserves: Raj Bedi for Ann Lowe. Apologies: Mrs Joan Pike, a co-opted member.");
  });

  it("says nothing more when the only apology is the member a reserve sat for", () => {
    const line = reservesTable(
      "RESOLVED: To note the attendance at this meeting of the following duly appointed Reserve Member:\n\nOrdinary Member | Reserve Member\nCouncillor Ann Lowe | Councillor Raj Bedi\n\nAn apology for absence had been received from Councillor Ann Lowe.",
    );
    expect(line).toBe("Reserves: Raj Bedi for Ann Lowe.");
  });
});

describe("the changes a revised policy makes, listed under their lead-in", () => {
  const minute = [
    "Members received a report which set out the revised Street Trading Policy.",
    "The consultation had run for six weeks, from 1 September 2025 to 13 October 2025, and 22 responses had been received.",
    "The officer advised that the main changes made to the policy were as follows:",
    "\u00b7 traders on the High Street would have to clear their pitches by 8.00 pm;",
    "\u00b7 a new section asked every food trader to hold a food hygiene rating of at least four;",
    "\u00b7 the policy now explained how a licence could be suspended.",
    "Members noted the report.",
  ].join("\n\n");

  it("ranks the first change above the consultation's account, and a change without a figure as a change", () => {
    const candidates = candidatesOf(minute, "Street Trading Policy");
    const score = (re: RegExp) => candidates.find((c) => re.test(c.text))!.score;
    expect(score(/8\.00 pm/)).toBeGreaterThan(score(/22 responses/));
    // Not pushed below the list's points with figures, as an account's remark without one is (figuresFirst).
    const plain = candidatesOf(
      minute.replace("the main changes made to the policy were as follows:", "traders had raised:"),
      "Street Trading Policy",
    );
    expect(score(/hygiene rating/)).toBeGreaterThan(plain.find((c) => /hygiene rating/.test(c.text))!.score + 1);
  });

  it("gives no lift to a list whose lead-in is not the changes made", () => {
    const other = minute.replace("the main changes made to the policy were as follows:", "traders had raised:");
    const candidates = candidatesOf(other, "Street Trading Policy");
    const score = (re: RegExp) => candidates.find((c) => re.test(c.text))!.score;
    expect(score(/hygiene rating/)).toBeLessThan(score(/22 responses/));
  });
});

describe("what the law asks of the Council in general, said in a minute", () => {
  it("ranks a general duty ('had to review … at least every three years') below the item's own facts", () => {
    const ctx = minuteContext("Cumulative Impact Assessment");
    expect(scoreSentence("The Council had to review the assessment at least every three years.", ctx)).toBeLessThan(
      scoreSentence("The area held 44 licensed premises, 12 of them late-night takeaways.", ctx) - 2,
    );
    // The same duty with the date this policy lapses is the item's own fact, and keeps its figure.
    expect(
      scoreSentence("The current policy would lapse on 6 April 2026 and had to be replaced before then.", ctx),
    ).toBeGreaterThan(1);
  });
});

describe("a count and who it came from, in a minute held to words", () => {
  const candidate = (text: string) => ({
    text,
    score: 3,
    order: 0,
    source: { documentId: null, url: null, page: null },
  });

  it("says the count, not its breakdown after the colon", () => {
    expect(
      totalOfItsParts(
        candidate(
          "In all, 41 responses had been received: 22 from residents, 9 from businesses, 3 from residents' associations, and the rest from the Police and the Fire Brigade.",
        ),
      ).text,
    ).toBe("In all, 41 responses had been received.");
  });

  it("keeps a sentence whose colon introduces something other than parts of the count", () => {
    const text = "41 responses had been received: most supported the later hours.";
    expect(totalOfItsParts(candidate(text)).text).toBe(text);
  });
});

describe("a policy recommended to Council, in the overview", () => {
  it("says the policy, not the Council meeting that will adopt it nor when it takes effect", () => {
    const phrase = recommendationPhrase(
      "Recommended to Council: adopt the revised Street Trading Policy 2026\u20132031 at the meeting of Council on 19 March 2026, to take effect from 1 April 2026.",
      "Revised Street Trading Policy",
    );
    expect(phrase?.verb).toBe("recommended to Council");
    expect(phrase?.object).toBe("the revised Street Trading Policy 2026\u20132031");
  });
});

describe("a draft approved for consultation, in the overview", () => {
  it("says the draft was put out to consultation, not that it was approved", () => {
    expect(
      outcomePhrase(
        "The draft Street Trading Policy was approved for public consultation for a period of eight weeks starting on 2 March 2026, and the results will be reported to the Committee.",
        "Street Trading Policy \u2013 Draft for Consultation",
      ),
    ).toEqual({ verb: "put out to consultation", object: "the draft Street Trading Policy" });
  });

  it("leaves a policy approved outright as approved", () => {
    expect(
      outcomePhrase(
        "The Street Trading Policy was approved, to take effect from 1 April 2026.",
        "Street Trading Policy",
      )?.verb,
    ).toBe("approved");
  });
});
