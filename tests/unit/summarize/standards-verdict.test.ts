// A standards hearing's verdict in the overview: which paragraphs of the Code of Conduct a member breached and which
// not, with the sanctions the decision gives (docs/summaries.md#a-standards-hearings-verdict). Every sentence below is
// written here, with made-up names, paragraphs and dates.
import { describe, expect, it } from "vitest";
import { codeVerdict } from "@/lib/summarize/extractive/overview/code-verdict";
import { VERB_ORDER } from "@/lib/summarize/overview-outcome";

const FINDINGS =
  "(1) Councillor Wren Hollis failed to treat the clerk with respect at the ward meeting on 2 June 2027, in breach of paragraph 2.4 of the Members' Code of Conduct; (2) the leaflet of 9 June 2027 did not bring the office into disrepute, and there was no breach of paragraph 6.2 of the Code";

describe("a standards hearing's verdict (overview/code-verdict.ts)", () => {
  it("says the paragraphs breached and those not, by the member the finding names", () => {
    const verdict = codeVerdict(`${FINDINGS}.`);
    expect(verdict?.phrase).toEqual({
      verb: "found",
      object:
        "Councillor Wren Hollis in breach of paragraph 2.4 of the Members' Code of Conduct but not of paragraph 6.2",
    });
    // Its one shorter wording leaves out what was not breached.
    expect(verdict?.fewer).toEqual([
      "Councillor Wren Hollis in breach of paragraph 2.4 of the Members' Code of Conduct",
    ]);
  });

  it("adds the sanctions in the decision's own terms: a censure, an apology asked for, a recommended removal, training", () => {
    const verdict = codeVerdict(
      `${FINDINGS}; (1) Councillor Wren Hollis be censured for the breach of paragraph 2.4 of the Code; (2) Councillor Wren Hollis will be asked to send a written apology to the clerk within 21 days; (3) the leader of her group was recommended to remove her from the Licensing Committee for a period of three months; (4) Councillor Wren Hollis attend training on the Code by 30 September 2027.`,
    );
    expect(verdict?.phrase.object).toBe(
      "Councillor Wren Hollis in breach of paragraph 2.4 of the Members' Code of Conduct but not of paragraph 6.2, with a censure, a request for a written apology, a recommended removal from the Licensing Committee for three months and training",
    );
    // Shorter, in turn: the first sanction alone, then none, then the breaches alone.
    expect(verdict?.fewer).toEqual([
      "Councillor Wren Hollis in breach of paragraph 2.4 of the Members' Code of Conduct but not of paragraph 6.2, with a censure",
      "Councillor Wren Hollis in breach of paragraph 2.4 of the Members' Code of Conduct but not of paragraph 6.2",
      "Councillor Wren Hollis in breach of paragraph 2.4 of the Members' Code of Conduct",
    ]);
  });

  it("gathers several breaches, and says a formal censure as formal", () => {
    const verdict = codeVerdict(
      "(1) Councillor Tamsin Oakes shared the exempt report with a developer, in breach of paragraph 4.2 of the Code of Conduct; (2) Councillor Tamsin Oakes misused council resources, in breach of paragraphs 7.1 and 7.3 of the Code; (3) Councillor Tamsin Oakes be formally censured.",
    );
    expect(verdict?.phrase.object).toBe(
      "Councillor Tamsin Oakes in breach of paragraphs 4.2, 7.1 and 7.3 of the Code of Conduct, with a formal censure",
    );
  });

  it("reads nothing into a decision with no breach found, or no Code of Conduct named", () => {
    // Only a finding of no breach: there is no verdict against anyone to lead with.
    expect(
      codeVerdict(
        "(1) There was no breach of paragraph 3.1 of the Members' Code of Conduct; (2) no further action be taken.",
      ),
    ).toBeNull();
    // A breach of a lease or a planning condition is not a member's conduct.
    expect(
      codeVerdict("(1) The tenant of Unit 4 was in breach of paragraph 12 of the lease; (2) enforcement be taken."),
    ).toBeNull();
    // A sentence quoting the Code with no one found in breach.
    expect(codeVerdict("The Members' Code of Conduct was adopted, with paragraph 3.1 amended.")).toBeNull();
  });

  it("is said first among the outcomes (VERB_ORDER), and the digest's headline may split on it", () => {
    expect(VERB_ORDER[0]).toBe("found");
  });
});
