// Business recall on the long minutes, twentieth round (docs/summaries.md#long-minutes-round-twenty): how long a
// consultation ran gives way to what it drew, which is said with the consultation as its subject.
// Every sentence below is written here, with made-up names, places and figures.
import { describe, expect, it } from "vitest";
import { inFewerWords } from "@/lib/summarize/extractive/advisory-minutes";
import { consultationRun, resultWithoutRun } from "@/lib/summarize/extractive/consultation-run";
import { pickMinutePoints } from "@/lib/summarize/extractive/minute-points";
import { minutePointsInput } from "./helpers";

const TITLE = "Millbrook Town Centre Plan: Consultation Results";
const MINUTE = [
  "The Panel received a report on the first consultation on the Millbrook Town Centre Plan.",
  "",
  "The Planning Officer, Mr Idris Pembury, said that the consultation had run for six weeks from 3 March to 14 April 2026. It had drawn 418 responses from 296 people and groups.",
  "",
  "Mr Pembury explained that the plan proposed a limit of 12 storeys on the sites by the bus station and 7 storeys on the high street.",
  "",
  "Mr Pembury said that the draft plan would be published for comment in October 2026.",
].join("\n");

describe("a consultation's run", () => {
  it("is read in a sentence that only dates it, said by whoever told it", () => {
    expect(
      consultationRun("The officer said that the consultation had run for six weeks from 3 March to 14 April 2026."),
    ).toBe("consultation");
    expect(consultationRun("The survey was open from 1 May to 30 June 2026.")).toBe("survey");
  });

  it("is not read when the sentence says more than when it ran", () => {
    expect(
      consultationRun("The consultation had run for six weeks and 61% of those who replied supported the plan."),
    ).toBeNull();
    expect(consultationRun("The consultation had run for six weeks; 418 responses had been received.")).toBeNull();
    expect(consultationRun("Officers would consult on the plan for six weeks from 3 March 2026.")).toBeNull();
  });
});

describe("a result that points back to the run", () => {
  const result = {
    text: "It had drawn 418 responses from 296 people and groups.",
    antecedent:
      "The Planning Officer, Mr Idris Pembury, said that the consultation had run for six weeks from 3 March to 14 April 2026.",
  };

  it("is said with the consultation as its subject, the run no longer carried", () => {
    expect(resultWithoutRun(result)).toEqual({
      text: "The consultation had drawn 418 responses from 296 people and groups.",
    });
  });

  it("stays as it was after any other sentence", () => {
    const other = { ...result, antecedent: "The Planning Officer said that a new policy on shopfronts was proposed." };
    expect(resultWithoutRun(other)).toBe(other);
    const notResult = { ...result, text: "It would be repeated in the spring of 2027." };
    expect(resultWithoutRun(notResult)).toBe(notResult);
  });

  it("takes the run's place when every minute is held to words", () => {
    const picked = pickMinutePoints(
      minutePointsInput(MINUTE, TITLE, { maxPoints: 3, answerPoints: 3, everyMinuteByWords: true }),
    ).picked;
    const texts = picked.map((c) => c.text);
    expect(texts).toContain("The consultation had drawn 418 responses from 296 people and groups.");
    expect(texts.some((t) => t.includes("six weeks"))).toBe(false);
    expect(picked.some((c) => c.antecedent?.includes("six weeks"))).toBe(false);
    expect(texts.some((t) => t.includes("12 storeys"))).toBe(true);
  });
});

describe("a list of who took part, after a sentence's figures", () => {
  it("goes when it carries no figure", () => {
    expect(
      inFewerWords(
        "The consultation had drawn 418 responses from 296 people and groups, including the Canal Trust, the police and two schools.",
      ),
    ).toBe("The consultation had drawn 418 responses from 296 people and groups.");
  });

  it("stays when it carries a figure, or when nothing before it does", () => {
    const counted = "The scheme would provide 312 homes, including 156 for social rent.";
    expect(inFewerWords(counted)).toBe(counted);
    const unfigured = "Responses had come from many groups, including the Canal Trust, the police and two schools.";
    expect(inFewerWords(unfigured)).toBe(unfigured);
  });
});

describe("a qualifier that only compares, after a sentence's figures", () => {
  it("goes when it carries no figure", () => {
    expect(
      inFewerWords(
        "The draft plan proposed a limit of 12 storeys by the bus station and 7 storeys on the high street, with lower heights beside the conservation area.",
      ),
    ).toBe("The draft plan proposed a limit of 12 storeys by the bus station and 7 storeys on the high street.");
  });

  it("stays when it says something of its own or carries a figure", () => {
    const own = "The scheme would have 90 homes, with a car club for residents.";
    expect(inFewerWords(own)).toBe(own);
    const figured = "The scheme would have 90 homes, with more than 40 cycle spaces.";
    expect(inFewerWords(figured)).toBe(figured);
  });
});

describe("a list of who took part that a clause of its own follows", () => {
  it("keeps that clause", () => {
    const followed =
      "Work would start on 2 March 2026 at 3 blocks, including Ash Court and Elm Court, and each would take about four months.";
    expect(inFewerWords(followed)).toBe(followed);
  });
});
