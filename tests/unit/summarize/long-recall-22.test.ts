// Business recall on the long minutes, twenty-second round (docs/summaries.md#long-minutes-round-twenty-two): an
// answer to a "whether" question that opens on "They" or "It" says whom or what the question named; and a point held to
// words is said without what it was done in order to achieve, and a spare point costs the words it will be said in.
// Every sentence below is written here, with made-up names, places and figures.
import { describe, expect, it } from "vitest";
import { answerParts, withQuestionWords } from "@/lib/summarize/extractive/questions-answers";
import { inFewerWords } from "@/lib/summarize/extractive/advisory-minutes";
import { withoutPurpose } from "@/lib/summarize/extractive/free-words";
import { sparePoint } from "@/lib/summarize/extractive/spare-point-pick";
import { candidatesOf } from "./helpers";

describe("an answer to a whether-question that opens on a pronoun", () => {
  it("says the question's subject for its 'They'", () => {
    expect(
      withQuestionWords(
        "They could bid again in the spring round, which would open on 3 May 2027",
        "A Member asked whether the clubs that had been turned down could bid again.",
      ),
    ).toBe("The clubs that had been turned down could bid again in the spring round, which would open on 3 May 2027");
  });

  it("says who 'they' are through the answer's line, a subject with a clause of its own", () => {
    const said = answerParts(
      "The Parks Officer responded that they would each receive £40 off the next season's fee.",
      "Councillor Pell asked whether the tennis players who had lost bookings would be compensated.",
    );
    expect(said?.line).toBe(
      "Parks Officer: The tennis players who had lost bookings would each receive £40 off the next season's fee.",
    );
  });

  it("leaves an answer whose verb is not the question's, or a question with no such subject", () => {
    const fact = "They had been told why in writing";
    expect(withQuestionWords(fact, "A Member asked whether the clubs that had been turned down could bid again.")).toBe(
      fact,
    );
    expect(withQuestionWords("It would reopen in July", "A Member asked whether anything would reopen.")).toBe(
      "It would reopen in July",
    );
  });
});

describe("what a step was meant to achieve, set off by commas", () => {
  it("goes from a point held to words when it carries no figure", () => {
    const said = inFewerWords(
      "Ms Okoro said that, in order to spread the money across more clubs, officers proposed that clubs scoring 90% or more receive 60% of their bid.",
    );
    expect(said).not.toContain("in order to");
    expect(said).toContain("officers proposed that clubs scoring 90% or more receive 60% of their bid");
    expect(
      withoutPurpose("The hall would close for two weeks, so as to let the floor be relaid, from 6 July 2026."),
    ).toBe("The hall would close for two weeks, from 6 July 2026.");
  });

  it("stays when it carries a figure, or is the sentence's only matter", () => {
    const counted = "Officers proposed, in order to fund 30 more clubs, that each grant be cut by 10%.";
    expect(withoutPurpose(counted)).toBe(counted);
    const only = "In order to save money, the library would open later.";
    expect(withoutPurpose(only)).toBe(only);
  });
});

describe("a named speaker's spare point", () => {
  it("costs its words once 'said that' is the speaker's colon", () => {
    // 15 words as printed, 13 as said ("Ms Okoro: 41 clubs …").
    const [point] = candidatesOf(
      "Ms Okoro said that 41 clubs had been offered a grant of up to £900.",
      "Sports Grants",
    );
    expect(sparePoint([{ ...point!, score: 5 }], [], ["Sports Grants"], 13)?.text).toContain("41 clubs");
  });
});
