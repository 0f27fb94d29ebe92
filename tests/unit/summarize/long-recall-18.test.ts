// Business recall on the long minutes, eighteenth round (docs/summaries.md#long-minutes-round-eighteen): held to words,
// three kinds of point give their words to the meeting's spare round, where a point with a figure buys them: the
// sentence that only says a reference or report reached the meeting (from whom, and the day), the reason printed under a
// decision when it gives no figure, and a weak reply to a member's question that gives no figure. Every sentence below
// is written here, with made-up names, places and figures.
import { describe, expect, it } from "vitest";
import { onlyIntroduces } from "@/lib/summarize/extractive/free-words";
import { pickMinutePoints } from "@/lib/summarize/extractive/minute-points";
import { minutePointsInput } from "./helpers";

describe("a sentence that only says what reached the meeting", () => {
  it("is an introduction when its only figure is the day of the meeting that sent it", () => {
    expect(
      onlyIntroduces(
        "The Panel received a reference from the meeting of the Children's Scrutiny Sub-Committee held on 9 March 2026, which set out the three recommendations of its review of school meals.",
      ),
    ).toBe(true);
    expect(
      onlyIntroduces("Cabinet considered a report from the Corporate Director of Place on the parking review."),
    ).toBe(true);
  });

  it("is a point when it gives a figure of what was sent", () => {
    expect(
      onlyIntroduces(
        "The Panel received a report from the Head of Libraries, which showed that 4,210 people had joined since April.",
      ),
    ).toBe(false);
    expect(onlyIntroduces("The Panel received 23 responses from residents on the draft plan.")).toBe(false);
  });
});

const TITLE = "Reference from the Children's Scrutiny Sub-Committee - Review of School Meals";
const DECISION =
  "(1) the reference be received; (2) recommendations 1 and 3 be agreed, and recommendation 2 be agreed in part.";

describe("held to words, a point that gives no figure beside the decision", () => {
  const MINUTE = [
    "The Panel received a reference from the meeting of the Children's Scrutiny Sub-Committee held on 9 March 2026, which set out the three recommendations of its review of school meals.",
    "Councillor Ostrova, who chaired the review, said that the review group had visited 11 school kitchens and spoken to 60 pupils.",
    "Councillor Bain asked how quickly the changes would reach schools. The Director of Education responded that the schools had agreed to work together on the new menus until the contract was renewed.",
    "RESOLVED: That (1) the reference be received; (2) recommendations 1 and 3 be agreed, and recommendation 2 be agreed in part.",
    "Reason for Decision: To answer the Sub-Committee's review within two months, as the Constitution asks.",
  ].join("\n\n");
  const input = minutePointsInput(MINUTE, TITLE, {
    raw: DECISION,
    decision: DECISION,
    maxPoints: 3,
    answerPoints: 4,
    everyMinuteByWords: true,
  });
  const said = pickMinutePoints(input).picked.map((c) => c.text);

  it("says the point with a figure, and not what reached the meeting, the stated reason or the figureless reply", () => {
    expect(said.some((t) => t.includes("11 school kitchens"))).toBe(true);
    expect(said.some((t) => /received a reference/.test(t))).toBe(false);
    expect(said.some((t) => /^Reason/.test(t))).toBe(false);
    expect(said.some((t) => t.includes("work together on the new menus"))).toBe(false);
  });

  it("keeps a stated reason or a reply that gives a figure of its own", () => {
    const withFigures = MINUTE.replace(
      "within two months, as the Constitution asks.",
      "within two months, and to save £240,000 a year on meals bought in.",
    ).replace(
      "the schools had agreed to work together on the new menus until the contract was renewed.",
      "the new menus would reach all 38 primary schools by September 2026.",
    );
    const picked = pickMinutePoints({
      ...input,
      minuteCandidates: minutePointsInput(withFigures, TITLE).minuteCandidates,
      minutes: withFigures,
    }).picked.map((c) => c.text);
    expect(picked.some((t) => t.includes("38 primary schools") || t.includes("£240,000"))).toBe(true);
  });

  it("is said as before when the minute is not held to words", () => {
    const byCount = pickMinutePoints({ ...input, maxPoints: 6, answerPoints: 6, everyMinuteByWords: false }).picked;
    expect(byCount.map((c) => c.text).some((t) => /received a reference|^Reason|work together/.test(t))).toBe(true);
  });
});
