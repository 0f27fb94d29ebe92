// A shareholder committee's minutes (the corpus's long minutes of a sub-committee of Cabinet through which a council
// exercises its rights as the owner of the companies it has set up, MId 990046, tests/fixtures/real-harrow/ORIGIN.md):
// each decision taken "acting as shareholder of … Limited", a business plan approved or not approved and referred back,
// a director appointed or removed, consent to a company's contract (docs/summaries.md#a-shareholder-committees-minutes).
// Every sentence below is written here, with made-up names, companies and figures.
import { describe, expect, it } from "vitest";
import { plainResolution } from "@/lib/summarize/extractive/resolved";
import { companyNamed, deciderStep, deciderSteps } from "@/lib/summarize/extractive/resolution/decider";
import { outcomePhrase } from "@/lib/summarize/extractive/overview/outcome-phrase";
import { nounPhrase } from "@/lib/summarize/extractive/standing/declaration";

describe("a body deciding as a company's shareholder", () => {
  const PLAN =
    "That the Shareholder Committee, acting as shareholder of Northvale Homes Limited, (1) approve the Northvale Homes Limited Business Plan 2027/28; (2) note the dividend of £210,000 proposed by the board; (3) request that the company report its sales to each meeting.";

  it("says the steps as what the body did, in one sentence without their numbers", () => {
    expect(deciderSteps(PLAN)).toBe(
      "The Shareholder Committee, acting as shareholder of Northvale Homes Limited, approved the Northvale Homes Limited Business Plan 2027/28; noted the dividend of £210,000 proposed by the board; and requested that the company report its sales to each meeting.",
    );
  });

  it("keeps the figures and the company's name in the decision line", () => {
    const said = plainResolution(PLAN);
    expect(said).toContain("£210,000");
    expect(said).toContain("acting as shareholder of Northvale Homes Limited");
    expect(said).not.toMatch(/\(1\)|will approve/);
  });

  it("says a plan not approved, and what was done with it, as done", () => {
    expect(
      deciderSteps(
        "That the Shareholder Committee, acting as shareholder of Pellow Catering Services Ltd, (1) not approve the business plan for 2027/28, and refer it back to the board for a revised plan by 3 May 2027; (2) defer the request for a loan of £300,000.",
      ),
    ).toBe(
      "The Shareholder Committee, acting as shareholder of Pellow Catering Services Ltd, did not approve the business plan for 2027/28, and referred it back to the board for a revised plan by 3 May 2027; and deferred the request for a loan of £300,000.",
    );
  });

  it("reads a body that names no capacity as before", () => {
    const plain = "That the Committee (1) approve the plan; (2) note the report.";
    expect(deciderSteps(plain)).toBe(plain);
    expect(deciderSteps("That the Audit Committee, having considered the report, approve the plan.")).toBe(
      "That the Audit Committee, having considered the report, approve the plan.",
    );
  });

  it("is unchanged unless every step opens with a decision verb", () => {
    const odd =
      "That the Shareholder Committee, acting as shareholder of Northvale Homes Limited, (1) approve the plan; (2) the board be thanked.";
    expect(deciderSteps(odd)).toBe(odd);
  });
});

describe("the overview says for which company", () => {
  it("names the company where the step says only 'the company'", () => {
    expect(
      deciderStep(
        "The Shareholder Committee, acting as shareholder of Tamsworth Regeneration Limited, consented to the company entering into a building contract with a value not exceeding £41m, on the terms set out; approved a loan.",
      ),
    ).toEqual({
      verb: "consented",
      object: "to Tamsworth Regeneration entering into a building contract with a value not exceeding £41m",
    });
  });

  it("says a company's name without 'Limited' and a director's post without its term", () => {
    expect(
      companyNamed(
        "the Northvale Homes Limited Business Plan 2027/28",
        ", acting as shareholder of Northvale Homes Limited,",
      ),
    ).toBe("the Northvale Homes Business Plan 2027/28");
    expect(
      companyNamed(
        "Ms Rhiannon Castellane as a non-executive director of Pellow Catering Services Ltd for three years from 1 June 2027",
        ", acting as shareholder of Pellow Catering Services Ltd and of Northvale Homes Limited,",
      ),
    ).toBe("Ms Rhiannon Castellane as a non-executive director of Pellow Catering Services");
  });

  it("leaves 'the company' as it is where the capacity names two companies", () => {
    expect(
      companyNamed(
        "to the company buying the land",
        ", acting as shareholder of Pellow Catering Services Ltd and of Northvale Homes Limited,",
      ),
    ).toBe("to the company buying the land");
  });

  it("gives the overview the plan approved, by its company", () => {
    const phrase = outcomePhrase(
      plainResolution(
        "That the Shareholder Committee, acting as shareholder of Northvale Homes Limited, (1) approve the Northvale Homes Limited Business Plan 2027/28; (2) note the dividend of £210,000.",
      ),
      "Northvale Homes Limited - Business Plan 2027/28",
    );
    expect(phrase).toEqual({ verb: "approved", object: "the Northvale Homes Business Plan 2027/28" });
  });

  it("says a plan not approved as not approved", () => {
    expect(
      deciderStep(
        "The Shareholder Committee, acting as shareholder of Pellow Catering Services Ltd, did not approve the Pellow Catering Services Ltd Business Plan 2027/28, and referred it back to the board.",
      ),
    ).toEqual({ verb: "did not approve", object: "the Pellow Catering Services Business Plan 2027/28" });
  });
});

describe("a member who is a director of the council's company", () => {
  it("is said as a director of the company, not who appointed them", () => {
    expect(nounPhrase("a director of Pellow Catering Services Ltd, appointed by the Council as shareholder")).toBe(
      "a director of Pellow Catering Services Ltd",
    );
    expect(nounPhrase("a trustee of the Ambleford Trust, nominated by the Council")).toBe(
      "a trustee of the Ambleford Trust",
    );
  });

  it("keeps a reason with no appointment in it", () => {
    expect(nounPhrase("a director of Pellow Catering Services Ltd")).toBe("a director of Pellow Catering Services Ltd");
  });
});

describe("steps that only carry a shareholder's decision out", () => {
  it("leaves out filing the changes with Companies House and agreeing the final terms of a loan", () => {
    expect(
      deciderSteps(
        "That the Shareholder Committee, acting as shareholder of Tamsworth Regeneration Limited, (1) approve a loan to the company of up to £2.4m at 6.5%; (2) authorise the Director of Finance, in consultation with the Chair, to agree the final terms of the loan agreement; (3) authorise the Monitoring Officer to file the changes with Companies House.",
      ),
    ).toBe(
      "The Shareholder Committee, acting as shareholder of Tamsworth Regeneration Limited, approved a loan to the company of up to £2.4m at 6.5%.",
    );
  });

  it("keeps a delegation that decides something of its own", () => {
    expect(
      deciderSteps(
        "That the Shareholder Committee, acting as shareholder of Tamsworth Regeneration Limited, (1) approve the sale of the depot; (2) authorise the Director of Finance to agree a lease of the yard to Corven Logistics.",
      ),
    ).toContain("authorised the Director of Finance to agree a lease of the yard to Corven Logistics");
  });
});
