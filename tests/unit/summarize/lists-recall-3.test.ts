// A long meeting's list-form accounts (docs/summaries.md#list-form-accounts-and-questions): which points of an
// officer's account are kept when the item is held to a few points' words. Invented minutes in the register of
// Harrow's, written here.
import { describe, expect, it } from "vitest";
import { takenUp } from "@/lib/summarize/extractive/answer-lists";
import { introducedFact } from "@/lib/summarize/extractive/post-accounts";
import { buildItemSections } from "@/lib/summarize/extractive/build-sections";
import { SELF_DESCRIPTION, scoreSentence } from "@/lib/summarize/extractive/score-sentence";
import { bulletText } from "@/lib/summarize/bullets";
import { readHtmlBlocks } from "@/lib/summarize/text/read-html-blocks";
import { item, minuteContext } from "./helpers";

const TITLE = "Housing Repairs Performance";

const REPAIRS = [
  "The Sub-Committee received a report on the repairs service for council homes.",
  "The Director of Housing advised that:",
  "· 91% of emergency repairs had been completed within 24 hours, against a target of 95%;",
  "· spending on repairs had reached £4.6m by the end of September 2025, £300,000 more than planned;",
  "· 72% of tenants had said that they were satisfied with their last repair;",
  "· open damp and mould cases had fallen from 520 in April 2025 to 380 in October 2025;",
  "· £1.2m had been set aside to replace kitchens in 2026/27.",
  "Members asked questions and made comments as follows:",
  "· a Member asked why so many homes still had open damp and mould cases. The Director of Housing responded that 11 surveyor posts were vacant, and that 4 surveyors hired through an agency would start in January 2026;",
  "· a Member asked how tenants could report a repair at night. The Director of Housing responded that the repairs line was open 24 hours a day.",
].join("\n\n");

/** The item's bullets when a long meeting holds its answers and account points to `points` points' words. */
function keptPoints(minute: string, points: number): string[] {
  const [section] = buildItemSections({
    item: item(7, TITLE, { minutesText: minute }),
    sources: [{ origin: "minutes", title: "Minutes", blocks: readHtmlBlocks(minute), documentId: null, url: null }],
    minutes: minute,
    preview: false,
    maxPoints: points,
    answerPoints: points,
  });
  return section!.bullets.map((b) => b.text);
}

describe("a point of an account that the meeting took up", () => {
  it("is kept before points the members did not ask about, when the decision follows it up too", () => {
    const minute = `${REPAIRS}\n\nRESOLVED: That (1) the report be noted; (2) the Director of Housing provide the Sub-Committee with a briefing on the open damp and mould cases, by ward, before its next meeting.`;
    expect(keptPoints(minute, 3).join(" ")).toMatch(/fallen from 520 in April 2025 to 380/);
  });

  it("counts a member's question and the decision once each, by the words of their subject", () => {
    const point = "Director of Housing: The number of homes with open damp and mould cases had fallen from 520 to 380.";
    const question = "A Member asked why so many homes still had open damp and mould cases.";
    const decision = "the Director of Housing provide a briefing on the open damp and mould cases, by ward";
    expect(takenUp(point, [question], decision, TITLE)).toBe(2);
    expect(takenUp(point, [question, question], null, TITLE)).toBe(1);
    // A question on something else, and a decision that only names the same post ("the Director of Housing"), do not.
    expect(takenUp(point, ["A Member asked how tenants could report a repair at night."], null, TITLE)).toBe(0);
    expect(takenUp(point, [], "the Director of Housing provide a note on kitchen replacements", TITLE)).toBe(0);
    // Words of the item's title say nothing of what the point is about: every point of the item shares them.
    expect(
      takenUp(
        "Director of Housing: Repairs performance had improved in 2025.",
        ["A Member asked about repairs performance."],
        null,
        TITLE,
      ),
    ).toBe(0);
  });
});

describe("a work programme's opening sentence", () => {
  it("only repeats the item's title, however it names the rest of the year", () => {
    expect(
      SELF_DESCRIPTION.test("The Sub-Committee considered its work programme for the remainder of the municipal year."),
    ).toBe(true);
    expect(SELF_DESCRIPTION.test("The Panel considered its work programme for the rest of the year.")).toBe(true);
    expect(
      SELF_DESCRIPTION.test("The Sub-Committee considered its work programme and added a review of dementia care."),
    ).toBe(false);
  });
});

describe("points of one list said by one speaker, in a minute held to words", () => {
  const minute = `${REPAIRS}\n\nRESOLVED: That the report be noted.`;

  it("are shown under their speaker, said once, each still read whole on its own", () => {
    const [section] = buildItemSections({
      item: item(7, TITLE, { minutesText: minute }),
      sources: [{ origin: "minutes", title: "Minutes", blocks: readHtmlBlocks(minute), documentId: null, url: null }],
      minutes: minute,
      preview: false,
      maxPoints: 3,
      answerPoints: 3,
    });
    const spoken = section!.bullets.filter((b) => b.lead === "Director of Housing:");
    expect(spoken.length).toBeGreaterThanOrEqual(2);
    for (const b of spoken) expect(b.text).not.toMatch(/^Director of Housing/);
    expect(bulletText(spoken[0]!)).toMatch(/^Director of Housing: [A-Z0-9£]/);
  });

  it("count the speaker's words once, so the words saved hold one more point", () => {
    // Four points of 14 words and their speaker's 3: 65 words with the speaker each time, 56 with it said once.
    const four = [
      "The Director of Housing advised that:",
      "· 91% of emergency repairs had been completed within a day, against a target of 95%;",
      "· spending on repairs had reached £4.6m by the end of September 2025, as planned;",
      "· 72% of tenants had said that they were satisfied with their last repair;",
      "· £1.2m had been set aside to replace 300 kitchens across the borough in 2026/27.",
      "Members asked questions and made comments as follows:",
      "· a Member asked how tenants could report a repair at night. The Director of Housing responded that the line was open at night.",
      "RESOLVED: That the report be noted.",
    ].join("\n\n");
    const [section] = buildItemSections({
      item: item(7, TITLE, { minutesText: four }),
      sources: [{ origin: "minutes", title: "Minutes", blocks: readHtmlBlocks(four), documentId: null, url: null }],
      minutes: four,
      preview: false,
      maxPoints: 2.5,
      answerPoints: 2.5,
    });
    expect(section!.bullets.filter((b) => b.lead === "Director of Housing:")).toHaveLength(4);
  });
});

describe("the chair's thanks for the meeting's own business", () => {
  const context = minuteContext(TITLE);

  it("is no point; thanks that say what someone did stay", () => {
    expect(
      scoreSentence("The Chair thanked the Portfolio Holder and the officers for their answers.", context),
    ).toBeLessThan(0.5);
    expect(scoreSentence("The Chair thanked everyone for attending.", context)).toBeLessThan(0.5);
    expect(
      scoreSentence("The Mayor thanked Councillor Ali for his 20 years of service on the Council.", context),
    ).toBeGreaterThan(1);
  });
});

/** An item's section when a long meeting gives it `points` points and its answers `answerPoints` points' words. */
function sectionOf(title: string, minute: string, points: number, answerPoints: number) {
  return buildItemSections({
    item: item(7, title, { minutesText: minute }),
    sources: [{ origin: "minutes", title: "Minutes", blocks: readHtmlBlocks(minute), documentId: null, url: null }],
    minutes: minute,
    preview: false,
    maxPoints: points,
    answerPoints,
  })[0]!;
}

describe("an answer given in a list whose subject the meeting took up", () => {
  it("is kept before a point no one came back to, when the chair's summing up returns to it", () => {
    const minute = [
      REPAIRS,
      "The Chair said that the Sub-Committee remained concerned about the open damp and mould cases.",
      "RESOLVED: That the report be noted.",
    ].join("\n\n");
    // The chair's summing up after the questions takes up what was asked: the answer is worth more for it.
    expect(
      sectionOf(TITLE, minute, 3, 4)
        .bullets.map((b) => b.text)
        .join(" "),
    ).toMatch(/11 surveyor posts were vacant/);
  });
});

describe("a weak point beside a decision", () => {
  const programme = [
    "The Chair reported that she had spoken with the Vice-Chair, and that a joint meeting with a neighbouring borough would be proposed.",
    "RESOLVED: That the work programme be agreed, with a review of library services added for 10 March 2026.",
  ].join("\n\n");

  it("is kept while the answers of the meeting keep their words", () => {
    expect(sectionOf("Work Programme", programme, 3, 6).bullets).toHaveLength(1);
  });

  it("gives way once they give up words: the decision says the outcome", () => {
    const section = sectionOf("Work Programme", programme, 3, 5.75);
    expect(section.bullets).toEqual([]);
    expect(section.decision).toMatch(/review of library services/);
  });
});

describe("a post's introduction with a sum or a rate, in a minute that questions the post", () => {
  it("is said as the post's account, from the fact", () => {
    expect(
      introducedFact(
        "The Portfolio Holder introduced the report, which set out a forecast overspend of £2.8m on children's services in 2025/26.",
      ),
    ).toBe("Portfolio Holder: Children's services were forecast to overspend by £2.8m in 2025/26.");
    expect(
      introducedFact(
        "The Portfolio Holder for Finance, Councillor Asha Rai, introduced the report, which showed that 94% of council tax had been collected.",
      ),
    ).toBe("Councillor Asha Rai: 94% of council tax had been collected.");
  });

  it("is left as it is without a sum or a rate, and when a body introduced it", () => {
    expect(
      introducedFact("The Portfolio Holder introduced the report, which set out a new strategy for the town centre."),
    ).toBeNull();
    expect(introducedFact("The Committee introduced the report, which set out savings of £1m.")).toBeNull();
  });

  it("reads so in the item's points", () => {
    const minute = [
      "The Portfolio Holder introduced the report, which set out a forecast overspend of £2.8m on children's services in 2025/26.",
      "A Member asked how many children were in care. The Director of Children's Services responded that 212 children were in care on 30 September 2025.",
      "RESOLVED: That the report be noted.",
    ].join("\n\n");
    expect(sectionOf("Children's Services Budget", minute, 6, 6).bullets.map((b) => b.text)).toContain(
      "Portfolio Holder: Children's services were forecast to overspend by £2.8m in 2025/26.",
    );
  });
});
