// A standards committee's minutes (the corpus's nineteenth long minutes, a Standards Committee, MId 990029,
// tests/fixtures/real-harrow/ORIGIN.md): an independent member appointed to the chair, the Monitoring Officer's report
// that counts complaints against councillors and says what became of them, dispensations granted to named
// councillors, and two recommendations to Council with no key point beside them
// (docs/summaries.md#a-standards-committees-minutes). Every sentence below is written here, with made-up names, bodies
// and figures.
import { describe, expect, it } from "vitest";
import { inFewerWords, wordsBonus, worthItsWords, withoutReasons } from "@/lib/summarize/extractive/advisory-minutes";
import { caseOutcomeInFewerWords, isCaseOutcome } from "@/lib/summarize/extractive/conduct-minutes";
import { writeOutcomeOverview } from "@/lib/summarize/extractive/overview";
import { joinObjects, joinPhrases } from "@/lib/summarize/extractive/overview/join-phrases";
import { saidInAccount } from "@/lib/summarize/extractive/post-accounts";
import { isPlural } from "@/lib/summarize/extractive/resolution/grammar";
import { compressAll } from "@/lib/summarize/extractive/standing/compress";
import { overviewMeeting, overviewSection } from "./helpers";

describe("a member appointed to the chair with their role on the committee", () => {
  it("keeps the appointment", () => {
    expect(
      compressAll(
        "RESOLVED: That Mrs Ida Brenner, a co-opted member of the Committee, be appointed Chair of the Ethics Committee for the 2030/2031 Municipal Year.",
      ),
    ).toBe("Mrs Ida Brenner, a co-opted member of the Committee, appointed Chair for 2030/2031");
  });

  it("still drops the committee's own name after a chair appointed without a role", () => {
    expect(
      compressAll(
        "RESOLVED: That Councillor Olu Benn be appointed Chair of the Ethics Committee for the 2030/2031 Municipal Year.",
      ),
    ).toBe("Cllr Olu Benn appointed Chair for 2030/2031");
  });
});

describe("several people named as the subject of a decision", () => {
  it("take 'were'", () => {
    expect(isPlural("Councillors Ada Quill, Bo Rennet and Cy Tarn")).toBe(true);
    expect(isPlural("Mr Hal Pryor and Dr Wen Ostrowska")).toBe(true);
    expect(isPlural("Cllr Ada Quill, Cllr Bo Rennet and Mrs Cy Tarn")).toBe(true);
  });

  it("one person, or a person and a post, do not", () => {
    expect(isPlural("Councillor Ada Quill")).toBe(false);
    expect(isPlural("Mr Hal Pryor, an Independent Person")).toBe(false);
  });
});

describe("counted complaints and what became of them", () => {
  it("are a case outcome: a count before a disposal, or a count of cases decided", () => {
    expect(isCaseOutcome("He had decided that 8 of the complaints required no further action.")).toBe(true);
    expect(isCaseOutcome("He had decided that 8 of the complaints called for no further action.")).toBe(true);
    expect(isCaseOutcome("Three complaints had been referred for investigation.")).toBe(true);
    expect(isCaseOutcome("Four of the complaints had been upheld.")).toBe(true);
    expect(isCaseOutcome("The officer had granted 6 dispensations since May.")).toBe(true);
    // No count: what no further action means is no outcome.
    expect(isCaseOutcome("Members asked what no further action meant for the person complaining.")).toBe(false);
  });

  it("are worth their words held to words, and come before the detail, as an auditor's verdict does", () => {
    const outcome = "Three complaints had been referred for investigation.";
    expect(worthItsWords(outcome, "The report was noted.", false)).toBe(true);
    expect(wordsBonus(outcome, false)).toBe(4);
    expect(wordsBonus("Three complaints had been received from residents.", false)).toBe(0);
  });

  it("are said without who decided, how each count divides or what followed", () => {
    expect(
      caseOutcomeInFewerWords(
        "He had decided that 8 of the complaints called for no further action, and 2 had been resolved informally, one by an apology and one by a meeting with the complainant.",
      ),
    ).toBe("8 of the complaints called for no further action, and 2 had been resolved informally.");
    expect(
      caseOutcomeInFewerWords(
        "Three complaints had been referred for investigation; the first had been closed in January and the second would report in June 2031.",
      ),
    ).toBe("Three complaints had been referred for investigation.");
    expect(
      caseOutcomeInFewerWords(
        "He had granted 7 dispensations under his delegated power: 4 to councillors who were tenants, so that they could vote on rents, and 3 to councillors who were governors.",
      ),
    ).toBe("He had granted 7 dispensations.");
    // By what authority they were decided goes too: every such decision has one.
    expect(
      caseOutcomeInFewerWords(
        "She had refused 2 applications for a dispensation under the powers delegated to her by the Constitution.",
      ),
    ).toBe("She had refused 2 applications for a dispensation.");
    // Anything else is left as it was.
    const other = "He had decided that the guidance should be refreshed; the group would meet in June.";
    expect(caseOutcomeInFewerWords(other)).toBe(other);
  });

  it("lose a hedge with the reason it introduces", () => {
    expect(
      withoutReasons(
        "He had found that 8 complaints needed no more work, in most cases because the councillor had not been acting as one at the time.",
      ),
    ).toBe("He had found that 8 complaints needed no more work.");
    expect(
      inFewerWords(
        "She had decided that 5 of the complaints called for no further action, in most cases because the conduct was private, and 1 had been resolved informally.",
      ),
    ).toBe("5 of the complaints called for no further action, and 1 had been resolved informally.");
  });
});

describe("a point held to words", () => {
  it("has no figure in a reference to another minute or item", () => {
    const decision = "The finding was accepted.";
    expect(
      worthItsWords("The Panel received a confidential report on the case referred to in minute 31.", decision, false),
    ).toBe(false);
    expect(worthItsWords("The Panel received a report on the case set out at agenda item 9.", decision, false)).toBe(
      false,
    );
    // A count beside the reference still is one.
    expect(worthItsWords("The report, at item 9, covered 14 cases.", decision, false)).toBe(true);
  });

  it("drops a qualification after its figure that has no figure of its own", () => {
    expect(
      inFewerWords(
        "The average time to a first decision had been 16 working days, although two cases had taken longer.",
      ),
    ).toBe("The average time to a first decision had been 16 working days.");
  });

  it("says what the speaker did as theirs, not 'Ms A: She had …'", () => {
    expect(saidInAccount("She said that she had refused 3 requests for a dispensation.", "Ms Ola Dunne")).toBe(
      "Ms Ola Dunne had refused 3 requests for a dispensation.",
    );
    expect(saidInAccount("She said that the register had been checked.", "Ms Ola Dunne")).toBe(
      "Ms Ola Dunne: The register had been checked.",
    );
  });
});

describe("the overview of recommendations with no key point beside them", () => {
  it("sets off an object that says what is to happen to it, so nothing else reads as recommended with it", () => {
    expect(joinObjects(["the revised Protocol", "Mr Hal Pryor and Dr Wen Ostrowska to be appointed as advisers"])).toBe(
      "the revised Protocol; and Mr Hal Pryor and Dr Wen Ostrowska to be appointed as advisers",
    );
    expect(joinObjects(["the revised Protocol", "the Annual Report"])).toBe(
      "the revised Protocol and the Annual Report",
    );
    // A clause first reads plainly.
    expect(joinObjects(["a parking scheme to be introduced in 6 roads", "the Annual Report"])).toBe(
      "a parking scheme to be introduced in 6 roads and the Annual Report",
    );
    expect(joinPhrases(["noted the report", "recommended to Council A; and B to be adopted"])).toBe(
      "noted the report; and recommended to Council A; and B to be adopted",
    );
  });

  // The count is said where it is asked for (the overview the sections are fitted beside) and left out beside the
  // outcomes said in their own words (docs/summaries.md#overviews-read-as-a-resident-stop-38).
  it.each([true, false])("keeps within 60 words, the count of the other decisions included (%s)", (countsSaid) => {
    const overview = writeOutcomeOverview(
      overviewMeeting("Standards and Ethics Committee"),
      [
        overviewSection(
          "Investigation Outcome",
          "The panel's finding there had been no breach of the Code of Conduct was accepted and the complaint was closed.",
        ),
        overviewSection(
          "Review of the Members' Protocol",
          "Recommended to Council: (1) the revised Members' Protocol, to be adopted with effect from 1 June 2031; (2) the register threshold to be reduced from £40 to £20.",
        ),
        overviewSection(
          "Appointment of Advisers",
          "Recommended to Council: Mr Hal Pryor and Dr Wen Ostrowska to be appointed as independent advisers to the Committee for a term of three years from 1 July 2031, each with an allowance of £900 a year.",
        ),
        overviewSection(
          "Dispensations",
          "Councillors Ada Quill, Bo Rennet and Cy Tarn were granted a dispensation to speak, but not to vote, on the trust's plan, until 31 May 2032.",
        ),
        overviewSection(
          "Member Training",
          "The Chair will write to the group Leaders asking that every member who has not completed the training do so by 30 April 2031.",
        ),
        overviewSection(
          "Complaints Report",
          "Future reports to the Committee show, for each quarter, where the complaints came from and the time taken to close each.",
        ),
        overviewSection("Work Programme", "The work programme was agreed, with a report added in September 2031."),
      ],
      [],
      countsSaid,
    );
    expect(overview.split(/\s+/).length).toBeLessThanOrEqual(60);
    if (countsSaid) expect(overview).toMatch(/\bmade \d other decisions\.$/);
    else expect(overview).not.toMatch(/\bother decisions?\b/);
  });
});
