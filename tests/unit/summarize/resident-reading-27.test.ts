// Defects found reading the long minutes as a resident would (December 2026, engine 1.18.0). The sentences are written
// here; names and figures are made up.
import { describe, expect, it } from "vitest";
import { withoutThats } from "@/lib/summarize/extractive/answer-clauses";
import { writeOutcomeOverview } from "@/lib/summarize/extractive/overview/outcome-overview";
import { recommendationPhrase } from "@/lib/summarize/extractive/overview/recommended";
import { countWords } from "@/lib/summarize/text/sentences";
import { overviewMeeting, overviewSection } from "./helpers";

describe("each further thing reported loses its 'that'", () => {
  it("keeps the comma of an aside that follows 'and that,'", () => {
    expect(
      withoutThats(
        "the audit was nearly complete and that, subject to the pension work, the firm expected to sign by 12 December",
      ),
    ).toBe("the audit was nearly complete and, subject to the pension work, the firm expected to sign by 12 December");
  });
});

describe("what an overview says was recommended", () => {
  it("says the first recommendation that asks for more than a noting", () => {
    const r = recommendationPhrase(
      "Recommended to Council: (1) the Treasury Management Review 2026/27 to be noted; (2) the authorised limit for external debt to be increased from £480m to £510m.",
      "Treasury Management Review 2026/27",
    );
    expect(r?.verb).toBe("recommended to Council");
    expect(r?.object).toMatch(/^the authorised limit for external debt to be increased from £480m to £510m/);
  });
});

describe("an overview of many decisions beside a key point", () => {
  const sections = [
    overviewSection("Statement of Accounts 2025/26", "The audited Statement of Accounts for 2025/26 was approved."),
    overviewSection("External Audit Findings Report 2025/26", "The report was noted.", [
      "Audit Partner: The firm expected to issue an unqualified opinion on the accounts by 5 December 2026.",
    ]),
    overviewSection("Corporate Risk Register", "The corporate risk register was noted."),
    overviewSection("Anti-Fraud Annual Report", "The anti-fraud annual report was noted."),
    overviewSection("Internal Audit Charter 2026", "The revised Internal Audit Charter 2026 was approved."),
    overviewSection("Insurance Fund Review", "The insurance fund review was noted."),
    overviewSection("Committee Work Programme", "The work programme was agreed."),
  ];

  // The count is said where it is asked for (the overview the sections are fitted beside) and left out beside the
  // outcomes said in their own words (docs/summaries.md#overviews-read-as-a-resident-stop-38).
  it("counts what was merely noted before it leaves out the key point", () => {
    const overview = writeOutcomeOverview(overviewMeeting("Audit Committee"), sections, [], true);
    expect(overview).toMatch(/Key point: The firm expected to issue an unqualified opinion/);
    expect(overview).toMatch(/approved the audited Statement of Accounts for 2025\/26/);
    expect(overview).toMatch(/made \d other decisions/);
    expect(countWords(overview)).toBeLessThanOrEqual(60);
    const told = writeOutcomeOverview(overviewMeeting("Audit Committee"), sections);
    expect(told).toMatch(/Key point: The firm expected to issue an unqualified opinion/);
    expect(told).not.toMatch(/other decisions?\b/);
  });
});
