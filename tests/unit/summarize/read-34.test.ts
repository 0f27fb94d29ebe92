// Read as a resident, stop 34 (docs/summaries.md#read-as-a-resident-stop-34): wordings that read badly once condensed.
// Every input here is written in our own words; none is a council's sentence.
import { describe, expect, it } from "vitest";
import { joinPhrases } from "@/lib/summarize/extractive/overview/join-phrases";
import { withQuestionWords } from "@/lib/summarize/extractive/questions-answers";
import { shortTitle } from "@/lib/summarize/extractive/standing/wording";
import { describeDeclarations } from "@/lib/summarize/extractive/standing/declarations";
import { isEmptyRemark, plainerLabelledPoints, withoutSaidAgain } from "@/lib/summarize/extractive/labelled-points";

describe("two deeds of a meeting, one with commas of its own", () => {
  it("are joined by ', and', never a run-on '; and'", () => {
    expect(
      joinPhrases(["granted the licence for Elm Stores in part, with conditions", "revoked the licence for Oak Wines"]),
    ).toBe("granted the licence for Elm Stores in part, with conditions, and revoked the licence for Oak Wines");
    expect(joinPhrases(["noted the plan", "agreed that the two play streets, at Ash and Yew Schools, will stay"])).toBe(
      "noted the plan, and agreed that the two play streets, at Ash and Yew Schools, will stay",
    );
  });

  it("take no comma at all where the only comma is inside a figure", () => {
    expect(joinPhrases(["agreed to recover the unspent £4,300", "noted the annual report"])).toBe(
      "agreed to recover the unspent £4,300 and noted the annual report",
    );
  });

  it("keep the semicolons of a longer list, or of a phrase with a semicolon of its own", () => {
    expect(joinPhrases(["approved A, B and C", "noted D", "deferred E"])).toBe(
      "approved A, B and C; noted D; and deferred E",
    );
    expect(joinPhrases(["noted the report", "recommended to Council A; and B to be adopted"])).toBe(
      "noted the report; and recommended to Council A; and B to be adopted",
    );
  });
});

describe("an answer that leaves to its question what its figure is of", () => {
  it("says the whole a share was asked of ('62% of the rent due had been collected')", () => {
    expect(
      withQuestionWords(
        "62% had been collected by the end of May, against 60% a year before.",
        "Councillor A asked what share of the rent due in 2026/27 had been collected.",
      ),
    ).toBe("62% of the rent due in 2026/27 had been collected by the end of May, against 60% a year before.");
  });

  it("says the thing a counted group used, in place of its 'it'", () => {
    expect(
      withQuestionWords(
        "95 families had used it in March.",
        "Councillor B asked how many families used the library's homework club.",
      ),
    ).toBe("95 families had used the library's homework club in March.");
  });

  it("leaves a count that stops on its verb, whose 'it' it does not need", () => {
    const fact = "140 tenants were waiting on 1 May, and the average wait was 5 weeks.";
    expect(withQuestionWords(fact, "Councillor C asked how many tenants were waiting for a home adaptation.")).toBe(
      fact,
    );
  });

  it("leaves an answer that already says what its figure is of", () => {
    const fact = "95 families had used the homework club in March.";
    expect(withQuestionWords(fact, "Councillor B asked how many families used the library's homework club.")).toBe(
      fact,
    );
    const share = "62% of bills had been paid by May.";
    expect(withQuestionWords(share, "Councillor A asked what share of the rent due had been collected.")).toBe(share);
  });
});

describe("an item's title in a list of declarations", () => {
  it("is known by its subject where the words before its colon name only the kind of paper", () => {
    expect(shortTitle("Recommendation from Cabinet: Library Opening Hours 2027/28")).toBe(
      "Library Opening Hours 2027/28",
    );
    expect(shortTitle("Application for a Determination: Elm Park Primary School")).toBe("Elm Park Primary School");
    expect(
      describeDeclarations(
        "Agenda Item 6 – Reference from Cabinet: Play Streets Scheme\n\nCouncillor Ann Bell declared a non-pecuniary interest as she lives in Elm Road. She stayed in the room.",
      ),
    ).toContain("item 6 (Play Streets Scheme)");
  });

  it("keeps a title whose words before the colon are its subject", () => {
    expect(shortTitle("Electric Vehicle Charging Strategy: Draft for Approval")).toBe(
      "Electric Vehicle Charging Strategy",
    );
    expect(shortTitle("Motion: Library Opening Hours")).toBe("Motion: Library Opening Hours");
  });

  it("is cut, when too long, where a phrase ends, never mid-phrase", () => {
    expect(
      shortTitle("Question and Answer Session with the Portfolio Holder for Housing and the Director of Housing"),
    ).toBe("Question and Answer Session");
  });
});

describe("a speaker's labelled points", () => {
  it("say a later 'He said that' of the same speaker without it: the label says who spoke", () => {
    expect(
      withoutSaidAgain("Head of Libraries: 14 branches had opened on Sundays. She said that visits had risen by 8%."),
    ).toBe("Head of Libraries: 14 branches had opened on Sundays. Visits had risen by 8%.");
  });

  it("keep 'He said that' where another person named in the point might be who 'He' means", () => {
    const text = "Director: Mr Ian Cole had joined the board in May. He said that the board met monthly.";
    expect(withoutSaidAgain(text)).toBe(text);
  });

  it("leave out an opening remark that names nothing, where two other points stay", () => {
    const sections = [
      {
        bullets: [
          { text: "Leader: The spring had been a difficult time for the Council." },
          { text: "The budget had been balanced with £1.2m from reserves." },
          { text: "Leader: 220 families were in hotels on 1 March 2027." },
        ],
      },
    ];
    plainerLabelledPoints(sections);
    expect(sections[0]!.bullets.map((b) => b.text)).toEqual([
      "The budget had been balanced with £1.2m from reserves.",
      "Leader: 220 families were in hotels on 1 March 2027.",
    ]);
  });

  it("keep a remark with a figure, a name, a commitment or an outcome, and a section's only points", () => {
    expect(isEmptyRemark("Leader: Parking income had fallen by a third.")).toBe(false);
    expect(isEmptyRemark("Leader: The Wealdstone library would stay open.")).toBe(false);
    expect(isEmptyRemark("Director: The scheme had been welcomed by Harrow Mencap.")).toBe(false);
    expect(isEmptyRemark("Director: The scheme had been well received.")).toBe(true);
    const sections = [
      { bullets: [{ text: "Director: The scheme had been well received." }, { text: "The cost was £40,000." }] },
    ];
    plainerLabelledPoints(sections);
    expect(sections[0]!.bullets).toHaveLength(2);
  });
});

describe("a labelled point that opens on the speaker's pronoun", () => {
  it("says the speaker as its subject", () => {
    expect(withoutSaidAgain("Dr Lee: She had visited 12 schools in the spring term.")).toBe(
      "Dr Lee had visited 12 schools in the spring term.",
    );
  });
});
