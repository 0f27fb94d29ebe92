// A standards hearing's minutes (the corpus's long minutes of a hearing sub-committee on a complaint that a councillor
// breached the Members' Code of Conduct, MId 990045, tests/fixtures/real-harrow/ORIGIN.md): preliminary matters under
// lettered headings, findings resolved first and the action taken resolved after the sub-committee hears on it
// (docs/summaries.md#a-standards-hearings-minutes). Every sentence below is written here, with made-up names, places
// and figures.
import { describe, expect, it } from "vitest";
import { extractResolved, plainResolution } from "@/lib/summarize/extractive/resolved";
import { accountResumesAt } from "@/lib/summarize/text/minute-account";

const HEARING = [
  "The Panel withdrew to consider the allegations with the Independent Person.",
  "",
  "RESOLVED: That",
  "",
  "(1) Councillor Wren Hollis failed to treat the clerk with respect at the ward meeting on 2 June 2027, in breach of paragraph 2.4 of the Code;",
  "",
  "(2) the leaflet of 9 June 2027 did not bring the office into disrepute, and there was no breach of paragraph 6.2 of the Code.",
  "",
  "Sanction",
  "",
  "The Panel heard from Councillor Hollis's representative on the sanction. The Independent Person supported an apology.",
  "",
  "RESOLVED: That",
  "",
  "(1) Councillor Hollis send a written apology to the clerk within 21 days;",
  "",
  "(2) Councillor Hollis attend training on the Code by 30 September 2027.",
  "",
  "The Chair said that there was no right of appeal.",
].join("\n");

describe("a decision in stages: each later RESOLVED after the account has resumed", () => {
  it("keeps the findings and the sanction that the hearing resolved after hearing on it", () => {
    const decision = extractResolved(HEARING)!;
    expect(decision).toContain("paragraph 2.4");
    expect(decision).toContain("within 21 days");
    expect(decision).toContain("30 September 2027");
    // The account between the two resolutions and after the last one is not the decision.
    expect(decision).not.toContain("representative");
    expect(decision).not.toContain("right of appeal");
    // The second resolution's "That" does not stand in the middle of the decision.
    expect(decision).not.toMatch(/\. That\b/);
  });

  it("takes no resolution that the account only quotes inside a sentence", () => {
    const text =
      "RESOLVED: That the report be noted.\n\nThe Chair recalled that the Panel had last year RESOLVED: That a review be held.";
    expect(extractResolved(text)).toBe("That the report be noted.");
  });

  it("leaves a minute with one resolution as it was", () => {
    const text = "RESOLVED: That the report be noted.\n\nThe Chair thanked the officers.";
    expect(extractResolved(text)).toBe("That the report be noted.");
  });
});

describe("a lettered heading ends the decision before it", () => {
  it("ends at '(b) Late evidence' after a decision that ended", () => {
    const text =
      "That the hearing be held in public.\n\n(b) Late evidence\n\nThe Clerk reported that a letter had arrived on 3 May 2027.";
    expect(text.slice(0, accountResumesAt(text))).toBe("That the hearing be held in public.");
  });

  it("does not end at a lettered decision that continues the resolution", () => {
    const text = "That the following be agreed.\n(a) the hours be reduced to 10 pm;\n(b) the licence be granted.";
    expect(accountResumesAt(text)).toBe(text.length);
  });

  it("keeps both preliminary decisions without the account between them", () => {
    const text = [
      "(a) Hearing in private",
      "",
      "RESOLVED: That the request to hear the complaint in private be refused.",
      "",
      "(b) Late evidence",
      "",
      "The Clerk reported that a statement from Mr Ivo Serrat had arrived on 4 May 2027.",
      "",
      "RESOLVED: That the statement of Mr Serrat be admitted.",
    ].join("\n");
    const decision = extractResolved(text)!;
    expect(decision).toContain("be refused");
    expect(decision).toContain("be admitted");
    expect(decision).not.toContain("had arrived");
  });
});

describe("a finding that already has its verb is no step still to come", () => {
  it("does not say 'did not will bring'", () => {
    const said = plainResolution(
      "That (1) the leaflet of 9 June 2027 did not bring the office into disrepute, and there was no breach of paragraph 6.2 of the Code; (2) the report be noted.",
    );
    expect(said).toContain("did not bring");
    expect(said).not.toMatch(/did not will/);
  });
});
