// A meeting that is mostly one question-and-answer session (the corpus's special Overview and Scrutiny Committee with
// the Leader and the Chief Executive, MId 990037, tests/fixtures/real-harrow/ORIGIN.md): the answers, the densest in
// figures, were held to a few points while two short items beside it said every remark they had; questions stood
// without their answers; "The service was forecast to overspend" said neither which service nor, in the overview, to
// whom the concerns went. Every input below is written here, with made-up names and figures
// (docs/summaries.md#a-question-and-answer-session-stop-33).
import { describe, expect, it } from "vitest";
import { pickAnswered } from "@/lib/summarize/extractive/answer-value";
import { questionTopic, withQuestionTopic } from "@/lib/summarize/extractive/answer-topics";
import type { Candidate } from "@/lib/summarize/extractive/collect-candidates";
import { pickMinutePoints } from "@/lib/summarize/extractive/minute-points";
import { fitFinding } from "@/lib/summarize/extractive/overview/key-point";
import { isPlural } from "@/lib/summarize/extractive/resolution/grammar";
import { willDo } from "@/lib/summarize/extractive/resolution/will-do";
import { writeOutcomeOverview } from "@/lib/summarize/extractive/overview";
import { summarizeExtractive } from "@/lib/summarize/extractive/summarize-extractive";
import { item, minutePointsInput, overviewMeeting, overviewSection, trafficPanel } from "./helpers";

const SOURCE = { documentId: null, url: null, page: null };
const point = (text: string, score: number, order: number, answers?: Candidate): Candidate =>
  ({ text, score, order, source: SOURCE, ...(answers ? { answers } : {}) }) as Candidate;

describe("a question whose answer is not said", () => {
  const question = point("A Member asked how the Council would close the gap of £9.6m in 2027/28.", 3.3, 2);
  const points = [
    point("The budget strategy still showed a gap of £9.6m in 2027/28.", 5, 1),
    question,
    point("Leader: A review of the Council's buildings was expected to save £2m over two years.", 1, 3, question),
    point("Chief Executive: 1,140 households were in temporary accommodation at the end of January.", 4.8, 4),
  ];

  it("is no point, held to words, when another point says its figure", () => {
    const texts = pickAnswered(points, 10, 40).map((c) => c.text);
    expect(texts).not.toContain(question.text);
    expect(texts).toContain("The budget strategy still showed a gap of £9.6m in 2027/28.");
  });

  it("stays where its figure is said nowhere else", () => {
    const alone = [question, ...points.slice(2)];
    expect(pickAnswered(alone, 10, 40).map((c) => c.text)).toContain(question.text);
  });
});

describe("what a question asked about, before its answer", () => {
  it("says a long subject to its head", () => {
    expect(
      questionTopic(
        "A Member asked about the cost of home-to-school transport for children with special educational needs and disabilities.",
      ),
    ).toBe("the cost of home-to-school transport");
  });

  it("reads a subject named with its owner", () => {
    expect(questionTopic("A Member asked why Harrow's recycling rate had fallen.")).toBe("Harrow's recycling rate");
    expect(
      withQuestionTopic(
        "Leader: The rate had been 36.5% in 2025/26.",
        "A Member asked why Harrow's recycling rate had fallen.",
      ),
    ).toBe("On Harrow's recycling rate, Leader: The rate had been 36.5% in 2025/26.");
  });

  it("keeps the subject, not the speaker, when the answer is the overview's key point", () => {
    expect(
      fitFinding(
        "On the cost of home-to-school transport, Leader: The service was forecast to overspend by £2.4m.",
        40,
      ),
    ).toBe("On the cost of home-to-school transport, the service was forecast to overspend by £2.4m.");
  });
});

describe("decisions of a question-and-answer session", () => {
  it("counts concerns about something as several", () => {
    expect(isPlural("the Committee's concerns about the rising cost of home-to-school transport")).toBe(true);
  });

  it("says a review group's report to the Committee as still to come", () => {
    expect(
      willDo(
        "The scope of the review was agreed, and that a review group of three Members, chaired by Councillor Ada Fenn, report to the Committee in October 2026",
        false,
      ),
    ).toBe(
      "The scope of the review was agreed, and a review group of three Members, chaired by Councillor Ada Fenn, will report to the Committee in October 2026",
    );
  });
});

describe("weak points beside a decision, where the answers want their words", () => {
  const MINUTE = `The Committee received a report setting out the scope of a review of its own work programme.

The Chair said that the review would look at how other councils planned their scrutiny.

Councillor Ada Fenn said that she hoped the review would hear from residents.

RESOLVED: That the scope be agreed.`;
  const input = (weakGiveWay: boolean) =>
    minutePointsInput(MINUTE, "Review Scope", {
      raw: "That the scope be agreed.",
      decision: "The scope was agreed.",
      weakGiveWay,
    });

  it("are not said when they give way, and are said otherwise", () => {
    expect(pickMinutePoints(input(false)).picked.map((c) => c.text)).toContain(
      "The Chair said that the review would look at how other councils planned their scrutiny.",
    );
    expect(pickMinutePoints(input(true)).picked.map((c) => c.text)).not.toContain(
      "The Chair said that the review would look at how other councils planned their scrutiny.",
    );
  });
});

describe("a session that also refers the committee's concerns on, in the overview", () => {
  it("says the committee questioned them and referred its concerns, not only that it questioned them", () => {
    const overview = writeOutcomeOverview(overviewMeeting("Overview and Scrutiny Committee", true), [
      overviewSection(
        "Question and Answer Session with the Leader of the Council",
        "The Committee's concerns about the waiting list for adult social care assessments were referred to Cabinet.",
      ),
    ]);
    expect(overview).toMatch(
      /questioned the Leader of the Council, referring its concerns about the waiting list for adult social care assessments to Cabinet\./,
    );
  });

  it("says only that it questioned them where the minute notes the answers", () => {
    const overview = writeOutcomeOverview(overviewMeeting("Overview and Scrutiny Committee", true), [
      overviewSection(
        "Question and Answer Session with the Leader of the Council",
        "The Leader was thanked for attending and the answers were noted.",
      ),
    ]);
    expect(overview).toMatch(/questioned the Leader of the Council\./);
  });
});

describe("a proposal the resolution adopted", () => {
  const MINUTE = `The Committee received the draft work programme for 2026/27.

The Chair proposed that the waiting times for adult social care assessments, which residents had raised at recent surgeries, be added to the programme as an item for the Committee's meeting in July 2026, so that the Committee could question the Director before the winter. Members agreed.

A Member asked that the Sub-Committee look at library opening hours. The Head of Scrutiny advised that the item was planned for October 2026.

RESOLVED: That the work programme for 2026/27 be agreed, with an item on waiting times for adult social care assessments added for the meeting in July 2026.`;

  it("is the decision said twice: not a point of its own", () => {
    const summary = summarizeExtractive(
      trafficPanel([item(9, "Scrutiny Work Programme 2026/27", { minutesText: MINUTE })]),
    );
    const section = summary.sections.find((s) => /^Scrutiny Work Programme/.test(s.heading))!;
    expect(section.decision).toMatch(
      /waiting times for adult social care assessments added for the meeting in July 2026/,
    );
    expect(section.bullets.map((b) => b.text).filter((t) => /^The Chair proposed/.test(t))).toEqual([]);
  });
});

describe("what officers recommended and the meeting resolved", () => {
  const MINUTE = `The Planning Policy Manager said that 940 small shared houses had been counted in the borough.

Officers recommended a borough-wide direction on small shared houses, which would take effect a year after notice was given.

RESOLVED: That Cabinet be recommended to make a borough-wide direction on small shared houses, with notice given by 1 May 2026.`;

  it("is the decision said twice: not a point of its own", () => {
    const summary = summarizeExtractive(trafficPanel([item(6, "Shared Houses Direction", { minutesText: MINUTE })]));
    const section = summary.sections.find((s) => /^Shared Houses/.test(s.heading))!;
    expect(section.bullets.map((b) => b.text).filter((t) => /^Officers recommended/.test(t))).toEqual([]);
    expect(section.bullets.map((b) => b.text)).toContainEqual(expect.stringMatching(/940 small shared houses/));
  });
});
