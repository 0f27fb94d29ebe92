// Business recall on the long minutes, thirty-first round (docs/summaries.md#long-minutes-round-thirty-one): held to
// words, a matter the minutes say was reported to a regulator ("It had been reported to the Information
// Commissioner's Office as a data breach") is worth its words without a figure, and is said to its referral.
// Every sentence below is written here, with made-up names, places and figures.
import { describe, expect, it } from "vitest";
import { reportedToRegulator, toItsReferral } from "@/lib/summarize/extractive/regulator-referrals";
import { worthItsWords, wordsBonus } from "@/lib/summarize/extractive/advisory-minutes";
import { pickMinutePoints } from "@/lib/summarize/extractive/minute-points";
import { minutePointsInput } from "./helpers";

describe("a matter reported to a regulator", () => {
  it("is a referral made to a named regulator", () => {
    expect(reportedToRegulator("It had been reported to the Information Commissioner's Office as a data breach.")).toBe(
      true,
    );
    expect(
      reportedToRegulator("The fall at the Linden Road depot was reported to the Health and Safety Executive."),
    ).toBe(true);
    expect(reportedToRegulator("The late payment had been referred to the Pensions Regulator.")).toBe(true);
    expect(reportedToRegulator("The complaint had been referred to the Housing Ombudsman in August.")).toBe(true);
  });

  it("is no warning of a referral to come, no referral said not to have been made, and no other body", () => {
    expect(reportedToRegulator("A second late payment would be reported to the Pensions Regulator.")).toBe(false);
    expect(reportedToRegulator("The breach was not reported to the Pensions Regulator.")).toBe(false);
    expect(reportedToRegulator("The findings had been reported to the Audit Committee in June.")).toBe(false);
    expect(reportedToRegulator("The report to the Information Commissioner's Office was published.")).toBe(false);
  });

  it("is said to its referral: what the regulator then did, and a clause after a semicolon, go", () => {
    expect(
      toItsReferral(
        "It had been reported to the Information Commissioner's Office as a data breach, which had closed the case without further action; it was not a matter for the Pensions Regulator.",
      ),
    ).toBe("It had been reported to the Information Commissioner's Office as a data breach.");
    expect(
      toItsReferral(
        "The scaffold collapse was reported to the Health and Safety Executive; the contractor had since changed its checks.",
      ),
    ).toBe("The scaffold collapse was reported to the Health and Safety Executive.");
    const plain = "The late payment had been referred to the Pensions Regulator.";
    expect(toItsReferral(plain)).toBe(plain);
    const other = "The lift had broken down 14 times, which residents said was unacceptable; a survey was planned.";
    expect(toItsReferral(other)).toBe(other);
  });

  it("is worth its words held to words, and weighed as an outcome is", () => {
    const referral = "It had been reported to the Information Commissioner's Office as a data breach.";
    expect(worthItsWords(referral, null, false)).toBe(true);
    expect(wordsBonus(referral, false)).toBeGreaterThan(0);
    const warning = "A second breach would be reported to the Information Commissioner's Office.";
    expect(worthItsWords(warning, null, false)).toBe(false);
    expect(wordsBonus(warning, false)).toBe(0);
  });
});

describe("a minute held to words", () => {
  const TITLE = "Breaches Register";
  const MINUTE = [
    "The Compliance Manager, Mr Idris Pelham, said that two new breaches had been recorded since the last meeting.",
    "The first was that the Wexcombe Learning Trust had paid its October contributions of £27,450 twelve days after the legal deadline.",
    "The second was that a member's annual statement had been posted to a former address. It had been reported to the Information Commissioner's Office as a data breach, which had taken no further action; it was not a matter for the Pensions Regulator.",
    "Mr Pelham said that the officers would remind every employer of the deadlines in the new year.",
  ].join("\n\n");

  it("says the referral with the sentence it points back to, without what the regulator then did", () => {
    const points = pickMinutePoints(
      minutePointsInput(MINUTE, TITLE, { maxPoints: 3, answerPoints: 2.5, everyMinuteByWords: true }),
    ).picked;
    const referral = points.find((c) => c.text.includes("Information Commissioner"));
    expect(referral?.text).toBe("It had been reported to the Information Commissioner's Office as a data breach.");
    expect(referral?.antecedent).toMatch(/annual statement had been posted to a former address/);
    expect(points.map((c) => c.text).join(" ")).toContain("£27,450");
  });

  it("keeps the referral whole when the minute is not held to words", () => {
    const points = pickMinutePoints(minutePointsInput(MINUTE, TITLE, { maxPoints: 6 })).picked.map((c) => c.text);
    expect(points).toContain(
      "It had been reported to the Information Commissioner's Office as a data breach, which had taken no further action; it was not a matter for the Pensions Regulator.",
    );
  });
});
