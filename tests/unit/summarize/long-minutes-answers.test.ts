// Answers at a meeting in few words, and a long meeting's question-and-answer minutes held to words rather than points
// (docs/summaries.md#long-minutes-whole-meetings-printed-minutes). Invented text in the register of Harrow's minutes.
import { describe, expect, it } from "vitest";
import { answerFact } from "@/lib/summarize/extractive/questions-answers";
import { toItsFacts } from "@/lib/summarize/extractive/answer-clauses";
import { standingOfFigures } from "@/lib/summarize/extractive/answer-value";
import { condensingSteps, summarizeExtractive } from "@/lib/summarize/extractive/summarize-extractive";
import { item, makeInput } from "./helpers";

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe("an answer said to its last fact", () => {
  it("drops a closing clause of its own that carries no figure, name or date", () => {
    expect(
      answerFact(
        "The Head of Parking responded that 640 permits had been issued in October, and that the team was working hard to clear the queue before the winter.",
      ),
    ).toBe("Head of Parking: 640 permits had been issued in October.");
  });

  it("keeps a clause with a number in words, a name or a date, and every figure where it was", () => {
    const withWords =
      "The Director responded that 412 bins had been replaced since June, and that two more crews had been hired to do the work.";
    expect(answerFact(withWords)).toBe(
      "Director: 412 bins had been replaced since June, and two more crews had been hired to do the work.",
    );
    expect(
      toItsFacts(
        "the library had 18,300 visits in the quarter, and the new opening hours would be reviewed by the Cabinet in the spring",
      ),
    ).toMatch(/reviewed by the Cabinet in the spring$/);
  });

  it("never cuts what qualifies the figure before it", () => {
    const qualified = "£2.1m of savings were at risk, mostly in home care and the transport of pupils to school";
    expect(toItsFacts(qualified)).toBe(qualified);
    const relative =
      "64% had supported the change to hourly pricing, which would make short visits cheaper for shoppers";
    expect(toItsFacts(relative)).toBe(relative);
  });

  it("drops where else the figure was given", () => {
    expect(
      answerFact(
        "The Leader responded that the forecast overspend on homelessness was £3.2m, as the monitoring report to Cabinet had set out.",
      ),
    ).toBe("Leader: The forecast overspend on homelessness was £3.2m.");
  });

  it("leaves an answer without a figure whole", () => {
    const plain =
      "The Portfolio Holder responded that the service was improving, and that residents would see the difference soon enough.";
    expect(answerFact(plain)).toBe(
      "Portfolio Holder: The service was improving, and residents would see the difference soon enough.",
    );
  });
});

const questionTime = (supplementaryAnswerer: string) =>
  [
    "Councillor Ann Reed asked the Portfolio Holder for Environment, Councillor Tom Hale, how many street lights had been replaced with LED lamps. Councillor Hale responded that 6,200 of the borough's 14,000 street lights had been replaced since 2023.",
    `In a supplementary question, Councillor Reed asked what the new lamps had saved. ${supplementaryAnswerer} responded that the energy bill for street lighting had fallen by £310,000 a year.`,
    "Councillor Sam Bright asked the Leader whether the Council would bid for the new round of the high street fund. The Leader responded that a bid for £1.2m would be submitted by 30 January 2026.",
    "RESOLVED: To note that the questions had been received and answered.",
  ].join("\n\n");

const bulletsOf = (minute: string) =>
  summarizeExtractive(
    makeInput({ items: [item(1, "Leader's and Portfolio Holders' Question Time", { minutesText: minute })] }),
  ).sections[0]!.bullets.map((b) => b.text);

describe("a supplementary question's answer", () => {
  it("goes on in the main answer's bullet when the same person gave both", () => {
    const bullets = bulletsOf(questionTime("Councillor Hale"));
    expect(bullets).toContain(
      "Councillor Hale: 6,200 of the borough's 14,000 street lights had been replaced since 2023; and the energy bill for street lighting had fallen by £310,000 a year.",
    );
    expect(bullets.join(" ")).not.toMatch(/supplementary question/);
  });

  it("is said once when a sentence between the two points back to the main answer", () => {
    const minute = [
      "Councillor Ann Reed asked the Portfolio Holder for Environment, Councillor Tom Hale, why garden waste collections had been missed. Councillor Hale responded that 2,300 collections had been missed in September 2025. He said that crews had worked on Saturdays and that the backlog had been cleared by 4 October 2025.",
      "In a supplementary question, Councillor Reed asked whether subscribers would be compensated. Councillor Hale responded that each subscriber would receive a credit of £10.",
      "RESOLVED: To note that the questions had been received and answered.",
    ].join("\n\n");
    const text = bulletsOf(minute).join(" ");
    expect(text).toMatch(
      /2,300 collections had been missed in September 2025; and each subscriber would receive a credit of £10/,
    );
    expect(text.match(/2,300/g)).toHaveLength(1);
  });

  it("stays apart when someone else gave it, so no one is said to have said what another did", () => {
    const bullets = bulletsOf(questionTime("The Director of Environment"));
    expect(bullets.some((b) => b.includes("6,200") && b.includes("£310,000"))).toBe(false);
    expect(bullets.some((b) => b.includes("£310,000"))).toBe(true);
  });

  it("joins no answer of an earlier exchange", () => {
    const minute = [
      "Councillor Ann Reed asked the Leader how many homes had been built. The Leader responded that 220 homes had been completed in the year to March 2025.",
      "Councillor Sam Bright asked the Leader about the Civic Centre.",
      "In a supplementary question, Councillor Bright asked when the works would start. The Leader responded that the works would start in May 2026 at a cost of £14.5m.",
      "RESOLVED: To note that the questions had been received and answered.",
    ].join("\n\n");
    const bullets = bulletsOf(minute);
    expect(bullets.some((b) => b.includes("220 homes") && b.includes("£14.5m"))).toBe(false);
  });
});

describe("the overview beside a joined supplementary answer", () => {
  it("takes no key point from the supplementary answer, whose subject is in its question", () => {
    const minute = [
      "Councillor Ann Reed asked the Leader how many families were in hotels. The Leader responded that 212 households were in bed and breakfast hotels on 31 October 2025.",
      "In a supplementary question, Councillor Reed asked what the overspend on hotels would be. The Leader responded that the forecast overspend was £3.2m.",
      "RESOLVED: To note that the questions had been received and answered.",
    ].join("\n\n");
    const summary = summarizeExtractive(
      makeInput({ items: [item(1, "Leader's Question Time", { minutesText: minute })] }),
    );
    expect(summary.sections[0]!.bullets.map((b) => b.text).join(" ")).toMatch(
      /212 households.*; and the forecast overspend was £3\.2m/,
    );
    expect(summary.overview).not.toMatch(/Key point/);
  });
});

describe("a questions item's noting line beside its answers", () => {
  it("says how many questions were answered, not where the recording is", () => {
    const minute = [
      "Councillor Ann Reed asked the Portfolio Holder for Finance what parking would raise. Councillor Raj Patel responded that parking income was forecast at £8.1m, £400,000 below the budget.",
      "RESOLVED: To note that eight councillor questions had been received and answered, and that the recording had been placed on the Council's website.",
    ].join("\n\n");
    const bullets = summarizeExtractive(
      makeInput({ items: [item(1, "Councillor Questions", { minutesText: minute })] }),
    ).sections[0]!.bullets.map((b) => b.text);
    expect(bullets).toContain("Eight councillor questions answered.");
  });
});

describe("a question beside its answer", () => {
  it("gives way to the answer when its only figure is the year it asks about", () => {
    const minute = [
      "Councillor Ann Reed asked the Portfolio Holder for Finance what the Council's income from parking would be in 2025/26. Councillor Raj Patel responded that the forecast income from parking was £8.1m, which was £400,000 below the budget.",
      "RESOLVED: To note that the questions had been received and answered.",
    ].join("\n\n");
    const bullets = bulletsOf(minute);
    expect(bullets.join(" ")).toMatch(/£8\.1m/);
    expect(bullets.join(" ")).not.toMatch(/asked the Portfolio Holder/);
  });
});

describe("how an answer's figures stand", () => {
  it("ranks a figure against its target, budget or past, and one the decision cites, above a bare figure", () => {
    const decision = "A breakdown of the 540 open cases to be provided by 12 December 2025.";
    expect(standingOfFigures("71% of repairs were on time, against a target of 95%.", decision)).toBe(1);
    expect(standingOfFigures("Satisfaction had fallen from 74% to 63%.", decision)).toBe(1);
    expect(standingOfFigures("Income was £8.1m, £400,000 below the budget.", decision)).toBe(1);
    expect(standingOfFigures("540 cases were open, of which 88 were severe.", decision)).toBe(1);
    expect(standingOfFigures("£184,000 had been paid in compensation in 2024/25.", decision)).toBe(0);
    // A year is no figure the decision shares.
    expect(standingOfFigures("The survey would finish in December 2025.", decision)).toBe(0);
  });
});

// A whole meeting's minutes: a question-and-answer session with many short answers, and four long items whose
// discussion is all figures too.
const EXCHANGES = [
  ["libraries", "visits to the libraries had risen to 18,300 in the quarter, 12% of them to the new hubs"],
  ["parks", "1,140 trees had been planted in the parks since 2022, 6% of which had died"],
  ["potholes", "4,870 potholes had been repaired since April, 93% of them within a day"],
  ["bins", "412 bins had been replaced since June, 15% of them after a fire"],
  ["permits", "640 parking permits had been issued in October, 8% of them for visitors"],
  ["lights", "6,200 street lights had been replaced with LED lamps, 44% of the total"],
  ["benches", "85 new benches had been installed on the high streets, 20% of them in Wealdstone"],
  ["toilets", "9 public toilets had been reopened since the spring, 60% of those closed"],
  ["graffiti", "2,300 reports of graffiti had been cleared within a week, 81% of all reports"],
  ["fly-tipping", "386 fixed penalty notices had been issued for fly-tipping, 71% of which were paid"],
  ["allotments", "310 people were waiting for an allotment, 25% of them for over a year"],
  ["markets", "14 market stalls stood empty in Wealdstone, 30% of the pitches"],
  ["cemeteries", "the cemetery had room for 1,900 more graves, 7 years at the present rate"],
  ["noise", "2,750 noise complaints had been made since April, 17% of them at night"],
  ["dogs", "48 fines had been issued for dog fouling, 40% more than last year"],
  ["tennis", "the 22 tennis courts had been booked 9,400 times, 35% of them by schools"],
  ["cycling", "120 cycle hangars held 720 bikes, 95% of the spaces taken"],
  ["trading", "56 rogue traders had been reported, 19% of them prosecuted"],
  ["pest control", "1,300 pest control visits had been made, 65% of them for rats"],
  ["repairs", "satisfaction with street repairs had fallen from 74% to 63% over the year"],
];
const QA_MINUTE = [
  "The Sub-Committee questioned the Portfolio Holder for Environment and the Director.",
  ...EXCHANGES.map(
    ([topic, fact]) =>
      `A Member asked about the ${topic}. The Director responded that ${fact}, and that the service would keep the matter under review in the months ahead.`,
  ),
  "RESOLVED: That the answers be noted.",
].join("\n\n");
const REPORT_LINES = [
  "The Director said that the SUBJECT budget was forecast to overspend by £N40,000 this year, mostly on agency staff covering vacant posts.",
  "Members heard that N2 complaints about the SUBJECT service had been received since April, twice as many as in the same months of 2024.",
  "The Portfolio Holder reported that a new SUBJECT contract worth £N.4m would be let in the spring after a tender with five bidders.",
  "Officers explained that N5% of SUBJECT customers now paid online, up from 40% two years ago, which had cut handling costs.",
  "A Member noted that the SUBJECT capital scheme at Kenton had slipped by N weeks because asbestos was found in the roof.",
  "The Head of Service said that N8 staff had left the SUBJECT team this year and that 6 apprentices had been taken on in September.",
  "It was reported that income from SUBJECT charges stood at £N.1m at the half year, £200,000 below the profile set in the budget.",
  "The Sub-Committee was told that N3 sites would close for repairs over the winter, reopening by the end of March 2026 at the latest.",
  "Officers said that the SUBJECT savings target of £N00,000 would be met in full through the merger of two back-office teams.",
];
const report = (subject: string, n: number) =>
  [
    ...REPORT_LINES.map((line) => line.replace(/SUBJECT/g, subject).replace(/N/g, String(n + 2))),
    `RESOLVED: That the report on ${subject} be noted.`,
  ].join("\n\n");
const LONG_MEETING = makeInput({
  meeting: {
    title: "Performance and Finance Scrutiny Sub-Committee - Tuesday 18 November 2025 6.30 pm",
    committeeName: "Performance and Finance Scrutiny Sub-Committee",
  },
  items: [
    item(1, "Question and Answer Session with the Portfolio Holder for Environment", { minutesText: QA_MINUTE }),
    ...["Highways", "Parks", "Libraries", "Leisure"].map((subject, n) =>
      item(n + 2, `${subject} Spending`, { minutesText: report(subject.toLowerCase(), n) }),
    ),
  ],
});

describe("a long meeting's question-and-answer minute", () => {
  const summary = summarizeExtractive(LONG_MEETING);
  const qa = summary.sections.find((s) => s.heading.startsWith("Question and Answer"))!;
  const bullets = qa.bullets.map((b) => b.text);
  const qaWords = bullets.reduce((n, b) => n + words(b), 0);

  it("is a long meeting's minute", () => {
    const minuteWords = LONG_MEETING.items.reduce((n, i) => n + words(i.minutesText ?? ""), 0);
    expect(minuteWords).toBeGreaterThan(1500);
  });

  it("is held to the words of its points, not their count: more answers, each to its fact", () => {
    expect(bullets.length).toBeGreaterThan(6);
    // Six points' words, and at most one further answer that the words the condensing step leaves unspent may buy
    // (docs/summaries.md#long-minutes-round-eleven).
    expect(qaWords).toBeLessThanOrEqual(7 * 24);
    expect(bullets.join(" ")).not.toMatch(/keep the matter under review/);
  });

  it("puts a figure set against its past among the answers kept, though it comes last", () => {
    expect(bullets.join(" ")).toMatch(/fallen from 74% to 63%/);
  });

  it("keeps its answers' words while the other items give up points first", () => {
    expect(qaWords).toBeGreaterThan(5 * 24);
    const others = summary.sections.filter((x) => x !== qa);
    for (const s of others) {
      expect(s.decision).toMatch(/noted/);
      // Held to three points; the words the step leaves may give a few of them a fourth with a figure
      // (docs/summaries.md#long-minutes-round-ten).
      expect(s.bullets.length).toBeGreaterThanOrEqual(3);
      expect(s.bullets.length).toBeLessThanOrEqual(4);
    }
    expect(others.filter((s) => s.bullets.length === 3).length).toBeGreaterThan(others.length / 2);
  });
});

describe("how a long meeting's minutes are condensed", () => {
  it("takes the other items' points first, then the answers' words a few at a time, never a whole point's", () => {
    const steps = condensingSteps();
    const answersFrom = steps.findIndex(([, answers]) => answers < 6);
    // Every other item is down to three points before the answers give up any words.
    expect(steps.slice(0, answersFrom).map(([points]) => points)).toEqual([5, 4, 3]);
    const answers = steps.slice(answersFrom).map(([, a]) => a);
    expect(answers[0]).toBeGreaterThan(5);
    expect(answers[answers.length - 1]).toBe(3);
    // At most a quarter of a point (6 of its 24 words) between one step and the next.
    [6, ...answers].slice(1).forEach((a, i) => expect([6, ...answers][i]! - a).toBeLessThanOrEqual(0.25));
  });
});
