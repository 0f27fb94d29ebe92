// Business recall on the long minutes, twenty-second round (docs/summaries.md#long-minutes-round-twenty-two): an
// answer to a "whether" question that opens on "They" or "It" says whom or what the question named.
// Every sentence below is written here, with made-up names, places and figures.
import { describe, expect, it } from "vitest";
import { answerParts, withQuestionWords } from "@/lib/summarize/extractive/questions-answers";

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
