// An audit committee's minutes (the corpus's eighth long minutes, a Governance, Audit, Risk Management and Standards
// Committee, MId 990018, tests/fixtures/real-harrow/ORIGIN.md): an auditor's verdicts (an opinion on the accounts,
// the assurance an audit was given, weaknesses in the Council's arrangements), counts spelt out in words ("nine
// complaints"), the accounts approved on a vote told as "Upon being put to the vote, the recommendation was carried,
// …", and resolutions that mention recommendations without making one (docs/summaries.md#an-audit-committees-minutes).
// Every sentence below is written here, with made-up names, bodies and figures.
import { describe, expect, it } from "vitest";
import {
  countsInWords,
  inFewerWords,
  inlineVoteLine,
  isAuditVerdict,
  isTalliedVote,
  wordsBonus,
  worthItsWords,
} from "@/lib/summarize/extractive/advisory-minutes";
import { collectCandidates } from "@/lib/summarize/extractive/collect-candidates";
import { keyFinding, verdictClause } from "@/lib/summarize/extractive/overview/key-point";
import { decisionVerb, plainResolution } from "@/lib/summarize/extractive/resolved";
import { overviewSection } from "./helpers";

describe("a vote told as 'Upon being put to the vote, the recommendation was carried, …'", () => {
  it("is said as a tallied vote, as 'was put to the vote and carried' is", () => {
    const line = inlineVoteLine(
      "Upon being put to the vote, the recommendation was carried, 7 Members voting in favour and 3 against.",
    );
    expect(line).toBe("The recommendation was carried, 7 votes to 3.");
    expect(isTalliedVote(line!)).toBe(true);
  });

  it("keeps what was voted on and its abstentions, and says 'were' of several recommendations", () => {
    expect(
      inlineVoteLine(
        "Upon being put to the vote, the recommendations were lost, 2 Members voting in favour, 5 against and 1 abstaining.",
      ),
    ).toBe("The recommendations were lost, 2 votes to 5, 1 abstaining.");
  });

  it("leaves a vote without a tally as it was", () => {
    expect(inlineVoteLine("Upon being put to the vote, the recommendation was carried unanimously.")).toBeNull();
  });
});

describe("a count written in words", () => {
  it("is a figure a point held to words may carry", () => {
    const text = "The Monitoring Officer said that eleven complaints had been received in the half year.";
    expect(countsInWords(text)).toEqual(["eleven complaints"]);
    expect(worthItsWords(text, "The report was noted.", false)).toBe(true);
  });

  it("is not 'one' of anything, and a sentence without a count is still not worth its words", () => {
    expect(countsInWords("One of the schools had asked for a visit.")).toEqual([]);
    expect(worthItsWords("Members discussed the complaints about leaflets.", "The report was noted.", false)).toBe(
      false,
    );
  });
});

describe("an auditor's verdict", () => {
  it("is the finding of an audit: worth its words and put before the detail behind it", () => {
    for (const verdict of [
      "The auditor expected to issue an unqualified opinion on the pension fund accounts before Christmas.",
      "Two audits had been given limited assurance: payroll and parking permits.",
      "The auditor had reported a significant weakness in the Council's contract management.",
    ]) {
      expect(isAuditVerdict(verdict)).toBe(true);
      expect(worthItsWords(verdict, "The report was noted.", false)).toBe(true);
      expect(wordsBonus(verdict, false)).toBeGreaterThan(0);
    }
  });

  it("is not a verdict named in passing or said to be absent", () => {
    for (const text of [
      "The Chair said that the Committee would follow up the limited assurance audit of parking.",
      "No audit had been given no assurance in the half year.",
      "The auditor had found no significant weaknesses in the arrangements.",
    ]) {
      expect(isAuditVerdict(text)).toBe(false);
      expect(wordsBonus(text, false)).toBe(0);
    }
  });
});

describe("held to words, the scale of an audit and an aside with only a date", () => {
  it("gives the auditor's materiality no point of its own: how the audit was done, not what it found", () => {
    expect(
      worthItsWords("Materiality had been set at £7.4m for the group accounts.", "The report was noted.", false),
    ).toBe(false);
    expect(
      worthItsWords(
        "The auditor said that £7.4m of errors had been found and corrected.",
        "The report was noted.",
        false,
      ),
    ).toBe(true);
  });

  it("drops a closing aside whose only number is a date, as one without any", () => {
    expect(
      inFewerWords(
        "The Finance Manager said that the reserve stood at £4.1m, which the Council would hold until the override ended in March 2029.",
      ),
    ).toBe("Finance Manager: The reserve stood at £4.1m.");
    // An aside with a figure of its own stays.
    const kept = "The reserve stood at £4.1m, which was £0.6m more than in March 2024.";
    expect(inFewerWords(kept)).toBe(kept);
  });
});

describe("a sentence that names what its deficit is", () => {
  const said = (paragraph: string, sentence: string) =>
    collectCandidates(
      [
        {
          origin: "minutes",
          title: "Accounts",
          blocks: [{ kind: "para", text: paragraph, page: 1 }],
          documentId: null,
          url: null,
        },
      ],
      { itemTitle: "Accounts", preview: false },
    ).candidates.find((c) => c.text === sentence)!;

  it("does not point back to the sentence before it", () => {
    const sentence = "The deficit on the High Needs Block had reached £9.6m by the end of March.";
    expect(said(`The Finance Director introduced the report. ${sentence}`, sentence).antecedent).toBeUndefined();
  });

  it("while 'The deficit' alone still does", () => {
    const sentence = "The deficit had reached £9.6m by the end of March.";
    const before = "The High Needs Block had been overspent for four years.";
    expect(said(`${before} ${sentence}`, sentence).antecedent).toBe(before);
  });
});

describe("an officer asked to attend a later meeting", () => {
  it("will attend it: the resolution's bare subjunctive said in plain English", () => {
    expect(
      plainResolution(
        "That the report be noted, and that the Head of Parks attend the next meeting to explain the delays.",
      ),
    ).toBe("The report was noted, and the Head of Parks will attend the next meeting to explain the delays.");
    expect(
      plainResolution(
        "That\n(1) the report be noted; and\n(2) the Head of Parks attend the Committee's meeting in June 2026 to explain the delays.",
      ),
    ).toMatch(/the Head of Parks will attend the Committee's meeting in June 2026\b/i);
  });
});

describe("two posts authorised together", () => {
  it("were authorised, not was", () => {
    expect(
      plainResolution(
        "That the Chair and the Director of Finance be authorised to sign the letter of representation for the pension fund.",
      ),
    ).toBe(
      "The Chair and the Director of Finance were authorised to sign the letter of representation for the pension fund.",
    );
    // One post, however long its title, still was.
    expect(plainResolution("That the Director of Finance and Assurance be authorised to sign the letter.")).toBe(
      "The Director of Finance and Assurance was authorised to sign the letter.",
    );
  });
});

describe("a post asked to sign what was approved", () => {
  it("will sign it, and a road sign is still a noun", () => {
    expect(
      plainResolution(
        "That the audited pension fund accounts be approved, and that the Chair sign them on behalf of the Committee.",
      ),
    ).toBe("The audited pension fund accounts were approved, and the Chair will sign them on behalf of the Committee.");
    expect(plainResolution("That the report be noted, and that the road sign be moved.")).toBe(
      "The report was noted, and the road sign was moved.",
    );
  });
});

describe("what a resolution did, when it only mentions recommendations", () => {
  it("notes a report that asks for a report on the overdue recommendations", () => {
    expect(
      decisionVerb(
        "The report was noted, and the Director of Environment will attend the next meeting to report on the overdue recommendations.",
      ),
    ).toBe("noted");
  });

  it("approves what it approved, whatever the vote on the officers' recommendation", () => {
    expect(decisionVerb("The pension fund accounts were approved. The recommendation was carried, 5 votes to 3.")).toBe(
      "approved",
    );
  });

  it("still recommends when the body makes a recommendation", () => {
    expect(decisionVerb("Cabinet be recommended to adopt the revised Code of Conduct.")).toBe("recommended");
  });
});

describe("the overview's key point at an audit committee", () => {
  const sections = [
    overviewSection("Pension Fund Accounts 2024/25", "The accounts were approved.", [
      "Head of Pensions: The fund's assets had risen to £1.2bn by 31 March 2025.",
      "Audit Partner: The work was nearly finished and that, once the last confirmations from the custodian had come in, the firm would issue an unqualified opinion on the pension fund accounts by 20 December 2025.",
    ]),
    overviewSection("Internal Audit Update", "The report was noted.", [
      "Four audits had been given limited assurance, among them the school meals contract.",
    ]),
  ];

  it("is the auditor's opinion on the accounts, before an audit's assurance", () => {
    expect(keyFinding(sections)).toBe(
      "The firm would issue an unqualified opinion on the pension fund accounts by 20 December 2025.",
    );
  });

  it("is the assurance an audit was given when no opinion is reported", () => {
    expect(keyFinding(sections.slice(1))).toBe(
      "Four audits had been given limited assurance, among them the school meals contract.",
    );
  });

  it("takes the clause that holds the verdict, copied as written, and leaves other sentences whole", () => {
    expect(
      verdictClause(
        "The audit was nearly done and that, subject to two checks, the auditor would give a qualified opinion.",
      ),
    ).toBe("The auditor would give a qualified opinion.");
    const plain = "The fund's assets had risen to £1.2bn, the highest in its history.";
    expect(verdictClause(plain)).toBe(plain);
  });
});
