// Named votes in minutes text, on real councils' wordings rewritten in our own words
// (tests/fixtures/moderngov/minutes-votes/ORIGIN.md).
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseMinutesVotes, splitVoterNames } from "@/lib/moderngov/parse/parse-minutes-votes";

const fixture = (name: string) => fs.readFileSync(path.join("tests/fixtures/moderngov/minutes-votes", name), "utf8");
const names = (vote: ReturnType<typeof parseMinutesVotes>[number], choice: string) =>
  vote.casts.filter((c) => c.choice === choice).map((c) => c.name);

describe("named votes in minutes text", () => {
  it("reads labelled lists with a dash, titles inside the list and the Mayor as a voter (Darlington)", () => {
    const votes = parseMinutesVotes(fixture("darlington-notice-of-motion.txt"));
    expect(votes).toHaveLength(1);
    const [vote] = votes;
    expect(vote!.title).toBe("Substantive Motion");
    expect(vote!.result).toBe("Lost");
    const forNames = names(vote!, "for");
    const against = names(vote!, "against");
    expect(forNames).toHaveLength(19); // the count the minutes print
    expect(against).toHaveLength(25);
    expect(forNames.slice(0, 3)).toEqual(["The Mayor", "Cossins", "Crumbie"]);
    expect(forNames).toContain("C. L. B. Hughes");
    expect(forNames.at(-1)).toBe("Snedker");
    expect(against).toEqual(
      expect.arrayContaining(["Dr. Chou", "Mrs. Culley", "Mrs. D. Jones", "Mrs. H. Scott", "Wright"]),
    );
  });

  it("reads lists with a colon and a semicolon, and keeps a vote with no result sentence (Darlington)", () => {
    const [vote, ...rest] = parseMinutesVotes(fixture("darlington-leader-appointment.txt"));
    expect(rest).toEqual([]);
    expect(vote!.title).toBe("Recorded vote");
    expect(vote!.result).toBeNull();
    expect(names(vote!, "for")).toHaveLength(27);
    expect(names(vote!, "against")).toHaveLength(23);
    expect(names(vote!, "for")[0]).toBe("The Mayor");
    expect(names(vote!, "for")).toContain("Dr. Riley");
  });

  it("reads a count sentence followed by the names, and 'No Members voted against' (Thanet)", () => {
    const votes = parseMinutesVotes(fixture("thanet-budget-amendments.txt"));
    expect(votes).toHaveLength(1);
    expect(votes[0]!.title).toBe("Amendment");
    expect(votes[0]!.result).toBe("Agreed");
    const forNames = names(votes[0]!, "for");
    expect(forNames).toHaveLength(48);
    expect(forNames).toEqual(
      expect.arrayContaining(["J. Bright", "K. Bright", "D'Abbro", "Pat Moore", "Paul Moore", "Owen-Hughes", "Yates"]),
    );
    expect(names(votes[0]!, "against")).toEqual([]);
  });

  it("reads two votes on one item, each with its title, result and abstentions", () => {
    const votes = parseMinutesVotes(fixture("harrow-style-budget.txt"));
    expect(votes.map((v) => [v.title, v.result])).toEqual([
      ["Amendment", "Lost"],
      ["Substantive motion", "Carried"],
    ]);
    expect(names(votes[0]!, "for")).toEqual(["Graham Henson", "Sasi Suresh", "Peymana Assad"]);
    expect(names(votes[0]!, "abstain")).toEqual(["Jean Lammiman"]);
    expect(names(votes[1]!, "for")).toHaveLength(5);
    expect(names(votes[1]!, "abstain")).toEqual([]);
  });

  it("reads Harrow's 'wished to be recorded as having voted against' sentence", () => {
    const votes = parseMinutesVotes(
      "DECISION: GRANTED planning permission, subject to conditions.\nCouncillors Marilyn Ashton and Anjana Patel wished to be recorded as having voted against the decision to grant.",
    );
    expect(votes).toEqual([
      {
        title: "Recorded vote",
        result: null,
        casts: [
          { name: "Marilyn Ashton", choice: "against", label: "voted against" },
          { name: "Anjana Patel", choice: "against", label: "voted against" },
        ],
      },
    ]);
  });

  it("finds nothing in minutes without a named vote", () => {
    expect(parseMinutesVotes("RESOLVED: That the report be noted.")).toEqual([]);
    expect(parseMinutesVotes("Upon being put to the vote, the recommendation was carried.")).toEqual([]);
    expect(
      parseMinutesVotes(
        "For information: the Panel noted the update. Against this background, Members voted unanimously to agree it.",
      ),
    ).toEqual([]);
    expect(parseMinutesVotes(null)).toEqual([]);
  });

  it("splits a list of names, dropping counts, titles and 'None'", () => {
    expect(splitVoterNames("Councillors Allen, Bartch, Mrs. Culley and Dr. Chou (25)")).toEqual([
      "Allen",
      "Bartch",
      "Mrs. Culley",
      "Dr. Chou",
    ]);
    expect(splitVoterNames("None")).toEqual([]);
    expect(splitVoterNames("Councillor Jean Lammiman (1)")).toEqual(["Jean Lammiman"]);
  });
});

describe("a planning committee's recorded majority (the snapshot's Harrow-style wording)", () => {
  it("reads who voted to grant and who voted against, under the decision's title", () => {
    const text =
      "DECISION: GRANTED permission, subject to the conditions in the report.\n" +
      "The Committee wished it to be recorded that the decision to grant the application was by a majority of votes: Councillors Okonkwo, Thakrar, Ainsley, Cartwright and Raval voted to grant; Councillors Kulkarni and Gallagher voted against.";
    const votes = parseMinutesVotes(text);
    expect(votes).toHaveLength(1);
    expect(votes[0]!.title).toBe("Decision to grant the application");
    expect(names(votes[0]!, "for")).toEqual(["Okonkwo", "Thakrar", "Ainsley", "Cartwright", "Raval"]);
    expect(names(votes[0]!, "against")).toEqual(["Kulkarni", "Gallagher"]);
  });
});

describe("Harrow's own recorded vote (the real-text corpus: Council, 28 February 2019, budget minute)", () => {
  // tests/fixtures/real-harrow/ORIGIN.md: rewritten from Harrow's public item page (mgAi.aspx?ID=115199), names kept.
  const meeting = JSON.parse(
    fs.readFileSync(
      path.resolve(import.meta.dirname, "../../fixtures/real-harrow/meetings/council-2019-02-28-64392.json"),
      "utf8",
    ),
  ) as { items: { title: string; minutes: string | null }[] };
  const budget = meeting.items.find((i) => /FINAL REVENUE BUDGET/.test(i.title))!;

  it("reads who voted for and against, every name", () => {
    const [vote, ...rest] = parseMinutesVotes(budget.minutes);
    expect(rest).toEqual([]);
    const names = (choice: string) => vote!.casts.filter((c) => c.choice === choice).map((c) => c.name);
    expect(names("for")).toHaveLength(31); // the Mayor, Councillor Kareema Marikar, once
    expect(names("against")).toHaveLength(26);
    expect(names("for")).toContain("Swersky");
    expect(names("against")).toContain("Almond");
  });
});

describe("Harrow's budget Council of 28 February 2019 (real wording, corpus meeting 64392)", () => {
  const minutes = [
    "(iii) The substantive Recommendation was put to the vote and carried.",
    "",
    "Voting for: the Mayor, Councillor Kareema Marikar, and Councillors Ali, Dan Anderson, Assad and Swersky.",
    "",
    "Voting against: Councillors Almond, Ashton, Mrs Bath and Wright.",
    "",
    "RESOLVED: That",
    "(1) the 2019/20 budget be approved;",
  ].join("\n");

  it("takes the result printed before the lists, the Mayor named in apposition once, and drops 'Councillors' after 'and'", () => {
    const [vote, ...rest] = parseMinutesVotes(minutes);
    expect(rest).toEqual([]);
    expect(vote!.result).toBe("Carried");
    expect(names(vote!, "for")).toEqual(["Kareema Marikar", "Ali", "Dan Anderson", "Assad", "Swersky"]);
    expect(names(vote!, "against")).toEqual(["Almond", "Ashton", "Mrs Bath", "Wright"]);
  });

  it("reads an 'Absent:' list after the abstentions as no vote (corpus meeting 65501)", () => {
    const [vote] = parseMinutesVotes(
      [
        "The substantive Recommendation was put to the vote and carried.",
        "Voting for: the Mayor, Councillor Janet Mote, and Councillors David Ashton and Wagman.",
        "Voting against: Councillors Dan Anderson and Weiss.",
        "Abstaining: Councillor Sasi Suresh. Absent: Councillors Ghazanfar Ali, Kandy Dolor and Vipin Mithani.",
      ].join("\n\n"),
    );
    expect(names(vote!, "for")).toEqual(["Janet Mote", "David Ashton", "Wagman"]);
    expect(names(vote!, "abstain")).toEqual(["Sasi Suresh"]);
    expect(vote!.casts.map((c) => c.name)).not.toContain("Kandy Dolor");
  });

  it("does not carry a result to lists that do not follow it at once", () => {
    const [vote] = parseMinutesVotes(
      [
        "The amendment was lost.",
        "The Mayor then moved to the next item.",
        "Voting for: Councillors Ali and Brown.",
      ].join("\n"),
    );
    expect(vote!.result).toBeNull();
  });
});
