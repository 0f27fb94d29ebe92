// A conservation areas advisory committee's minutes (the corpus's long minutes of an advisory committee commenting on
// applications one by one, MId 990050, tests/fixtures/real-harrow/ORIGIN.md): a schedule of applications, each with
// the committee's own "Comment:" line, and declarations headed by one application of that schedule
// (docs/summaries.md#a-conservation-areas-advisory-committees-minutes). Every sentence below is written here, with
// made-up names, places, references and figures.
import { describe, expect, it } from "vitest";
import {
  commentLine,
  commentedProposals,
  objectionsPhrase,
  shortComment,
} from "@/lib/summarize/extractive/commented-proposals";
import { describeDeclarations } from "@/lib/summarize/extractive/standing/declarations";

const SCHEDULE = [
  "The Committee considered a schedule of applications in the borough's conservation areas.",
  "(a) P/2051/27 - 9 Larkspur Walk, Larkspur Green Conservation Area - replacement of timber sash windows with uPVC",
  "Members noted that the windows were original to the house.",
  "Comment: Objection to the uPVC windows; the Committee would prefer the sashes to be repaired.",
  "(b) P/2077/27 - The Coach House, 2 Mill Brow, Saltmarsh Conservation Area - a rear dormer",
  "Mr Ansel Thorne-Okafor said that the dormer would be seen from the towpath. The Chair put the proposed objection to the vote, and it was agreed, 4 members voting for and 2 against.",
  "Comment: Objection: the dormer would harm the roofscape of the conservation area.",
  "(c) P/2090/27 - 31 Quarry Lane, Saltmarsh Conservation Area - single storey side extension",
  "Comment: No objection.",
  "RESOLVED: That the comments set out above be forwarded to the case officers.",
].join("\n\n");

describe("an advisory committee's comment on each application of a schedule", () => {
  it("reads each entry's place, reference and comment, and a vote counted on it", () => {
    const read = commentedProposals(SCHEDULE);
    expect(read).toHaveLength(3);
    expect(read[0]).toEqual({
      place: "9 Larkspur Walk",
      reference: "P/2051/27",
      proposal: "replacement of timber sash windows with uPVC",
      comment: "Objection to the uPVC windows; the Committee would prefer the sashes to be repaired.",
      vote: null,
    });
    expect(read[1]!.place).toBe("The Coach House, 2 Mill Brow");
    expect(read[1]!.vote).toBe("4 votes to 2");
    expect(read[2]!.comment).toBe("No objection.");
  });

  it("says the comment with its place, outcome first, and the vote with it", () => {
    const [windows, dormer, extension] = commentedProposals(SCHEDULE).map(commentLine);
    expect(windows).toBe(
      "9 Larkspur Walk (P/2051/27): Objection to the uPVC windows; the Committee would prefer the sashes to be repaired.",
    );
    expect(dormer).toBe(
      "The Coach House, 2 Mill Brow (P/2077/27): Objection: the dormer would harm the roofscape of the conservation area (agreed by 4 votes to 2).",
    );
    expect(extension).toBe("31 Quarry Lane (P/2090/27): No objection.");
  });

  it("reads entries without a reference by the place they name", () => {
    const read = commentedProposals(
      [
        "(i) Former Fire Station, Tanner Street - proposed mural on the side wall",
        "Comment: The Panel supported the mural.",
        "(ii) Bandstand, Wick Park - repainting in the original colours",
        "Observations: No objection.",
      ].join("\n\n"),
    );
    expect(read.map(commentLine)).toEqual([
      "Former Fire Station, Tanner Street: The Panel supported the mural.",
      "Bandstand, Wick Park: No objection.",
    ]);
  });

  it("leaves a minute alone that has one comment, or lettered points without comments", () => {
    expect(
      commentedProposals(
        "(a) P/2051/27 - 9 Larkspur Walk - a porch\n\nComment: No objection.\n\nRESOLVED: That the comment be sent.",
      ),
    ).toEqual([]);
    expect(
      commentedProposals(
        "RESOLVED: That\n\n(a) the report be noted;\n\n(b) officers report back in June 2027.\n\nThe comment was noted.",
      ),
    ).toEqual([]);
    expect(commentedProposals(null)).toEqual([]);
  });

  it("holds a long comment to its first clauses, the head of the next one if it says something", () => {
    expect(
      shortComment(
        "Strong objection to the loss of the chapel, which was locally listed; the Committee asked for a heritage statement to be submitted, and considered the new block too tall for the street and poorly detailed throughout.",
      ),
    ).toBe("Strong objection to the loss of the chapel; the Committee asked for a heritage statement to be submitted.");
    expect(
      shortComment(
        "No objection in principle to a new shopfront. The Committee would prefer a painted timber shopfront with a recessed door, and a hand-painted fascia lit from outside, if at all, rather than the aluminium frame and box sign proposed.",
      ),
    ).toBe(
      "No objection in principle to a new shopfront. The Committee would prefer a painted timber shopfront with a recessed door.",
    );
    expect(shortComment("No objection.")).toBe("No objection.");
  });
});

describe("the overview of a schedule of comments", () => {
  it("says what the body objected to, where, and out of how many", () => {
    const lines = commentedProposals(SCHEDULE).map(commentLine);
    expect(objectionsPhrase(lines)).toEqual({
      verb: "objected to",
      object: "2 of the 3 applications (9 Larkspur Walk and The Coach House)",
      fewer: ["2 of the 3 applications"],
    });
  });

  it("says nothing where nothing was objected to, or the points are not comments on referenced applications", () => {
    expect(
      objectionsPhrase(["31 Quarry Lane (P/2090/27): No objection.", "4 Elm Row (P/2101/27): No objection."]),
    ).toBe(null);
    expect(
      objectionsPhrase([
        "31 Quarry Lane (P/2090/27): Objection to the porch.",
        "Mr Ansel Thorne-Okafor: Objection had been raised by neighbours.",
      ]),
    ).toBe(null);
  });
});

describe("a declaration headed by one application of a schedule", () => {
  it("names the application by its reference and address, not the item's title", () => {
    const said = describeDeclarations(
      [
        "RESOLVED: To note that the following interests were declared:",
        "Agenda Item 6 - Applications in Conservation Areas - P/2051/27, 9 Larkspur Walk",
        "Mr Ansel Thorne-Okafor declared an interest in that he lived opposite the application site. He left the room while it was discussed.",
        "Agenda Item 6 - Applications in Conservation Areas - P/2077/27, The Coach House, 2 Mill Brow",
        "Ms Delphine Arcott-Mwangi declared an interest in that her practice had drawn up the application. She left the room while it was discussed.",
      ].join("\n\n"),
    );
    expect(said).toContain("item 6 (P/2051/27, 9 Larkspur Walk): Ansel Thorne-Okafor");
    expect(said).toContain("item 6 (P/2077/27, The Coach House, 2 Mill Brow): Delphine Arcott-Mwangi");
    expect(said).not.toContain("Applications in Conservation Areas");
  });

  it("keeps an item's title where the header names no application", () => {
    const said = describeDeclarations(
      [
        "RESOLVED: To note that the following interest was declared:",
        "Agenda Item 7 - Heritage at Risk - Annual Update",
        "Mr Ansel Thorne-Okafor declared an interest in that he owned a listed barn. He remained in the room.",
      ].join("\n\n"),
    );
    expect(said).toContain("item 7 (Heritage at Risk");
  });
});
