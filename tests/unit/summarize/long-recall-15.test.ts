// Business recall on the long minutes, fifteenth round (docs/summaries.md#long-minutes-round-fifteen): a long meeting
// that fits without condensing gives its unspent words to its question time's answers, and an answer that does not
// say what it was asked about is led by its question's subject. Every sentence below is written here, with made-up
// names, places and figures.
import { describe, expect, it } from "vitest";
import type { SummarySection } from "@/lib/summarize/types";
import { questionTopic, withQuestionTopic } from "@/lib/summarize/extractive/answer-topics";
import { pickMinutePoints } from "@/lib/summarize/extractive/minute-points";
import { withAnswerRoom, type BuiltSections } from "@/lib/summarize/extractive/spare-points";
import { minutePointsInput } from "./helpers";

describe("what a question asked about", () => {
  it("is the thing a member asked about, how many of, or why or whether it did something", () => {
    expect(
      questionTopic(
        "Councillor Mina Corr asked the Portfolio Holder for Transport, Councillor Lev Sand, how many parking suspensions for skips had been granted.",
      ),
    ).toBe("parking suspensions for skips");
    expect(
      questionTopic(
        "Councillor Abel Hart asked the Portfolio Holder, Councillor Ivy Moss, about gaps in street lighting.",
      ),
    ).toBe("gaps in street lighting");
    expect(
      questionTopic("Councillor Ray Oduro asked the Leader why the library van service had stopped in the summer."),
    ).toBe("the library van service");
    expect(questionTopic("Councillor Ray Oduro asked the Leader whether the Civic Hub would open on Sundays.")).toBe(
      "the Civic Hub",
    );
    expect(questionTopic("Councillor Abel Hart asked the Leader about noise from the depot at night.")).toBe(
      "noise from the depot at night",
    );
  });

  it("is nothing when the question names only the Council, a single word, or a clause", () => {
    expect(questionTopic("Councillor Ray Oduro asked the Leader whether the Council would sell the depot.")).toBeNull();
    expect(questionTopic("Councillor Mina Corr asked how many pupils had been excluded.")).toBeNull();
    expect(questionTopic("Councillor Mina Corr asked about how quickly graffiti was being removed.")).toBeNull();
    expect(questionTopic("Councillor Mina Corr asked how many homes the Council was letting to students.")).toBeNull();
  });
});

describe("an answer led by its question's subject", () => {
  const question =
    "Councillor Mina Corr asked the Portfolio Holder for Transport, Councillor Lev Sand, how many parking suspensions for skips had been granted.";

  it("says the subject when the answer leaves it unsaid", () => {
    expect(withQuestionTopic("Councillor Sand: 212 had been granted since May.", question)).toBe(
      "On parking suspensions for skips, Councillor Sand: 212 had been granted since May.",
    );
  });

  it("is as it was when the answer names its subject, or says no speaker", () => {
    expect(
      withQuestionTopic("Councillor Sand: 212 parking suspensions for skips had been granted since May.", question),
    ).toBe("Councillor Sand: 212 parking suspensions for skips had been granted since May.");
    expect(withQuestionTopic("212 had been granted since May.", question)).toBe("212 had been granted since May.");
  });
});

describe("a question time given an uncondensed meeting's words", () => {
  const TITLE = "Portfolio Holders' Question Time";
  const pairs: [string, string, string][] = [
    ["Ada Brook", "Lev Sand", "how many parking suspensions for skips had been granted"],
    ["Ben Cole", "Ivy Moss", "about gaps in street lighting"],
    ["Cara Dunn", "Lev Sand", "why the library van service had stopped in the summer"],
    ["Dev Eyre", "Ivy Moss", "how many new allotment plots had been let"],
    ["Eve Ford", "Lev Sand", "about the waiting list for swimming lessons"],
    ["Finn Gale", "Ivy Moss", "how many dropped kerbs had been installed"],
    ["Gus Hale", "Lev Sand", "about noise from the waste depot at night"],
    ["Hana Iles", "Ivy Moss", "how many school crossing patrols were vacant"],
  ];
  const answers = [
    "212 had been granted since May, and 14 had been refused.",
    "38 columns had failed in October, and 31 had been repaired by 12 November.",
    "the van had been off the road for 9 weeks, and a hired van would run from 3 December.",
    "46 new allotment plots had been let this year, and 120 people were still waiting.",
    "the list had 640 children on it, and 2 more instructors would start in January.",
    "95 dropped kerbs had been installed in the year, against 70 the year before.",
    "8 complaints had been made since June, and a quieter reversing alarm would be fitted at a cost of £6,500.",
    "5 of the 41 patrols were vacant, and 3 of them would be filled by Easter.",
  ];
  const MINUTE = pairs
    .map(
      ([asker, holder, asked], i) =>
        `Councillor ${asker} asked the Portfolio Holder, Councillor ${holder}, ${asked}. Councillor ${holder.split(" ")[1]} responded that ${answers[i]!.replace(/\.$/, "")}, and that the figures would go to the Place Panel in March 2026.`,
    )
    .join("\n\n");
  const input = minutePointsInput(MINUTE, TITLE);

  it("says more answers with the words, each led by what was asked when the answer does not say it", () => {
    const held = pickMinutePoints(input).picked;
    const given = pickMinutePoints({ ...input, answerRoom: 60 }).picked;
    expect(given.length).toBeGreaterThan(held.length);
    expect(given.map((c) => c.text)).toContain(
      "On parking suspensions for skips, Councillor Sand: 212 had been granted since May, and 14 had been refused, and the figures would go to the Place Panel in March 2026.",
    );
    // An answer that names its subject ("46 new allotment plots") is said as it was.
    expect(given.map((c) => c.text).filter((t) => t.includes("allotment"))).toEqual(
      given.some((c) => c.text.includes("allotment"))
        ? [
            "Councillor Moss: 46 new allotment plots had been let this year, and 120 people were still waiting, and the figures would go to the Place Panel in March 2026.",
          ]
        : [],
    );
  });

  it("gives a minute held to words because the whole meeting is none of them", () => {
    const every = { ...input, maxPoints: 3, answerPoints: 4, everyMinuteByWords: true };
    expect(pickMinutePoints({ ...every, answerRoom: 60 }).picked.map((c) => c.text)).toEqual(
      pickMinutePoints(every).picked.map((c) => c.text),
    );
  });
});

describe("the words an uncondensed meeting gives its answers", () => {
  const section = (bullets: string[]): SummarySection => ({
    heading: "Question Time",
    itemNumber: null,
    decision: null,
    bullets: bullets.map((text) => ({ text, source: { documentId: null, url: "https://example.org/m", page: null } })),
    tables: [],
  });
  const answersFor = (room: number) =>
    [
      "Councillor Sand: 212 had been granted since May.",
      "Councillor Moss: 38 columns had failed in October.",
      "Councillor Sand: The van had been off the road for 9 weeks.",
    ].slice(0, 1 + Math.floor(room / 8));
  const build = (room: number): BuiltSections => {
    const s = section(answersFor(room));
    return { sections: [s], byItem: new Map([[1, [s]]]) };
  };
  const words = (b: BuiltSections) => b.sections[0]!.bullets.reduce((n, x) => n + x.text.split(" ").length, 0);
  const base = build(0);

  it("are the most that fit, a few fewer at a time", () => {
    const got = withAnswerRoom(base, 30, (b) => words(b) <= words(base) + 9, build);
    expect(got.sections[0]!.bullets).toHaveLength(2);
  });

  it("are none when no answer more fits, or when one would take a figure's place", () => {
    expect(withAnswerRoom(base, 30, (b) => words(b) <= words(base), build).sections[0]!.bullets).toHaveLength(1);
    const swap = (room: number): BuiltSections => {
      const s = section(room > 0 ? ["Councillor Moss: 38 columns had failed in October."] : answersFor(0));
      return { sections: [s], byItem: new Map([[1, [s]]]) };
    };
    expect(withAnswerRoom(base, 30, () => true, swap)).toBe(base);
  });
});
