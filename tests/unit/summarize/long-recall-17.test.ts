// Business recall on the long minutes, seventeenth round (docs/summaries.md#long-minutes-round-seventeen): in a
// question-and-answer session held to words, words a point spends on no fact go to the answers. An aside that only
// lists what an answer's subject takes in, a welcome to the people who came to answer, an opening remark with no
// figure, a question whose figure another point already says, and an answer's reason; and a supplementary answer that
// counts nothing is not joined to the main answer. Every sentence below is written here, with made-up
// names, places and figures.
import { describe, expect, it } from "vitest";
import { pickAnswered } from "@/lib/summarize/extractive/answer-value";
import type { Candidate } from "@/lib/summarize/extractive/collect-candidates";
import { onlyWelcomes, withoutListingAside } from "@/lib/summarize/extractive/free-words";
import { pickMinutePoints } from "@/lib/summarize/extractive/minute-points";
import { countOfNothing } from "@/lib/summarize/extractive/questions-answers";
import { candidatesOf } from "./helpers";

const SOURCE = { documentId: null, url: null, page: null };
const point = (text: string, score: number, order: number, extra: Partial<Candidate> = {}): Candidate =>
  ({ text, score, order, source: SOURCE, ...extra }) as Candidate;
/** A question-and-answer session's points as pickMinutePoints takes them: one answer point, given `answerRoom` words. */
const session = (minuteCandidates: Candidate[], answerRoom: number) => ({
  minuteCandidates,
  itemTitle: "Question and Answer Session with the Leader",
  minutes: null,
  raw: null,
  decision: null,
  maxPoints: 6,
  answerPoints: 1,
  everyMinuteByWords: false,
  answerRoom,
});

describe("an aside between a subject and its verb that only lists what the subject takes in", () => {
  it("goes, the speaker's label kept", () => {
    expect(
      withoutListingAside(
        "Leader: A savings programme, covering parking, libraries and the use of the Civic Centre, was expected to save £4m over three years.",
      ),
    ).toBe("Leader: A savings programme was expected to save £4m over three years.");
    expect(
      withoutListingAside(
        "The new contract, including street cleaning, bulky waste and graffiti removal, would start in April 2027.",
      ),
    ).toBe("The new contract would start in April 2027.");
  });

  it("stays when it has a figure of its own, or when it is not between subject and verb", () => {
    const sum = "The repairs plan, covering 1,200 homes on three estates, was expected to cost £8m.";
    expect(withoutListingAside(sum)).toBe(sum);
    const after = "Savings of £3m were expected, covering parking, libraries and leisure.";
    expect(withoutListingAside(after)).toBe(after);
  });
});

describe("a welcome to the people who came to answer", () => {
  it("says only who came", () => {
    expect(
      onlyWelcomes(
        "The Chair welcomed the Portfolio Holder for Housing, Councillor Lena Probert, and the Director of Housing, Mr Idris Quayle, to the meeting.",
      ),
    ).toBe(true);
    expect(onlyWelcomes("The Chair welcomed the Leader, Councillor Ruth Ebbs, to the special meeting.")).toBe(true);
  });

  it("is not a view that welcomes something", () => {
    expect(onlyWelcomes("The Chair welcomed the fall in the number of families in hotels.")).toBe(false);
  });

  it("is no point of a session held to words", () => {
    const asked = point("A Member asked how many homes had been repaired.", 2, 2);
    const asked2 = point("A Member asked about rough sleeping.", 1, 4);
    const minuteCandidates = [
      point(
        "The Chair welcomed the Leader, Councillor Ruth Ebbs, and the Chief Executive, Ms Tova Lind, to the meeting.",
        3.7,
        1,
      ),
      asked,
      point("Leader: 640 homes had been repaired since April.", 4, 3, { answers: asked }),
      asked2,
      point("Chief Executive: 31 people had slept rough on the night of the count.", 4, 5, { answers: asked2 }),
    ];
    const { picked } = pickMinutePoints(session(minuteCandidates, 200));
    const texts = picked.map((c) => c.text);
    expect(texts).toContain("Leader: 640 homes had been repaired since April.");
    expect(texts.some((t) => t.startsWith("The Chair welcomed"))).toBe(false);
  });
});

describe("an opening remark with no figure, in a session whose answers the other items give words to", () => {
  const asked = point("A Member asked how many homes had been repaired.", 2, 3);
  const asked2 = point("A Member asked about rough sleeping.", 1, 5);
  const minuteCandidates = [
    point("Leader: The year had been a hard one for the Council.", 1.2, 1),
    point("The budget had been balanced by using £3.4m from reserves.", 8, 2),
    asked,
    point("Leader: 640 homes had been repaired since April.", 4, 4, { answers: asked }),
    asked2,
    point("Chief Executive: 31 people had slept rough on the night of the count.", 4, 6, { answers: asked2 }),
  ];
  const input = session(minuteCandidates, 200);

  it("gives its words up", () => {
    const texts = pickMinutePoints({ ...input, weakGiveWay: true }).picked.map((c) => c.text);
    expect(texts).not.toContain("Leader: The year had been a hard one for the Council.");
    expect(texts).toContain("Leader: 640 homes had been repaired since April.");
  });

  it("is said as before where the session is not given the other items' words", () => {
    const texts = pickMinutePoints(input).picked.map((c) => c.text);
    expect(texts).toContain("Leader: The year had been a hard one for the Council.");
  });
});

describe("a question whose answer is said", () => {
  it("gives up its place when another point already says its figure", () => {
    const question = point("A Member asked how the Council would close the gap of £9.6m in 2027/28.", 5, 2);
    const points = [
      point("The budget strategy still showed a gap of £9.6m in 2027/28.", 8, 1),
      question,
      point("Leader: A review of the Council's buildings was expected to save £2m over two years.", 4, 3, {
        answers: question,
      }),
    ];
    const texts = pickAnswered(points, 10, 80).map((c) => c.text);
    expect(texts).toContain("Leader: A review of the Council's buildings was expected to save £2m over two years.");
    expect(texts).not.toContain(question.text);
  });

  it("stays when its figure is said by no point picked", () => {
    const question = point("A Member asked how the Council would close the gap of £9.6m in 2027/28.", 5, 2);
    const points = [
      question,
      point("Leader: A review of the Council's buildings was expected to save £2m over two years.", 4, 3, {
        answers: question,
      }),
    ];
    expect(pickAnswered(points, 10, 80).map((c) => c.text)).toContain(question.text);
  });
});

describe("a supplementary answer that is a count of nothing", () => {
  it("names no thing of its own", () => {
    expect(countOfNothing("There were 7, against 33 a year earlier.")).toBe(true);
    expect(countOfNothing("There had been 12 in the last quarter.")).toBe(true);
    expect(countOfNothing("There were 7 families in hotels, against 33 a year earlier.")).toBe(false);
    expect(countOfNothing("The number had fallen to 7.")).toBe(false);
  });

  it("is not joined to the main answer, which then says its own figures alone", () => {
    const minute = [
      "A Member asked what was being done about households in emergency housing. The Director of Housing advised that 960 households were in emergency housing at the end of January 2026, of whom 150 were in hotels.",
      "In a supplementary question, the Member asked how many families had stayed in a hotel for more than six weeks. The Director of Housing advised that there were 7, against 33 a year earlier.",
    ].join("\n\n");
    const texts = candidatesOf(minute, "Question and Answer Session").map((c) => c.text);
    expect(texts).toContain(
      "Director of Housing: 960 households were in emergency housing at the end of January 2026, of whom 150 were in hotels.",
    );
    expect(texts.some((t) => /hotels; and there were 7/.test(t))).toBe(false);
  });
});

describe("an answer's reason, in a question time held to words", () => {
  it("goes after the answer's figures unless it has a figure of its own", () => {
    const asked = point("A Member asked why the recycling rate had fallen.", 1, 1);
    const asked2 = point("A Member asked about bus lanes.", 1, 3);
    const { picked } = pickMinutePoints(
      session(
        [
          asked,
          point(
            "Leader: The rate had been 35.1% in 2025/26, mainly because contaminated loads from flats had been rejected.",
            4,
            2,
            { answers: asked },
          ),
          asked2,
          point("Leader: 3 new bus lanes would open in 2026, because the buses ran late on 14 routes.", 4, 4, {
            answers: asked2,
          }),
        ],
        100,
      ),
    );
    const texts = picked.map((c) => c.text);
    expect(texts.some((t) => t.endsWith("Leader: The rate had been 35.1% in 2025/26."))).toBe(true);
    expect(
      texts.some((t) =>
        t.endsWith("Leader: 3 new bus lanes would open in 2026, because the buses ran late on 14 routes."),
      ),
    ).toBe(true);
  });
});
