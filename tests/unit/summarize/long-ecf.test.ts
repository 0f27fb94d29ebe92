// An employees' consultative forum's minutes (the corpus's long minutes of an Employees' Consultative Forum, MId
// 990023, tests/fixtures/real-harrow/ORIGIN.md): HR officers' accounts of workforce figures that the Employees' side
// then questions (docs/summaries.md#an-employees-consultative-forums-minutes). Every minute below is written here, in
// the register of Harrow's, with made-up names, posts and figures.
import { describe, expect, it } from "vitest";
import { outcomePhrase } from "@/lib/summarize/extractive/overview/outcome-phrase";
import { collectCandidates, pointsBack } from "@/lib/summarize/extractive/collect-candidates";
import { summarizeExtractive } from "@/lib/summarize/extractive/summarize-extractive";
import { readHtmlBlocks } from "@/lib/summarize/text/read-html-blocks";
import { countWords } from "@/lib/summarize/text/sentences";
import type { SummaryItem } from "@/lib/summarize/types";
import { item, makeInput } from "./helpers";

/** An Employees' Consultative Forum meeting of 4 March 2026 with these items, summarised on 1 April 2026. */
const forumMeeting = (items: SummaryItem[]) =>
  summarizeExtractive(
    makeInput({
      meeting: {
        title: "Employees' Consultative Forum - Wednesday 4 March 2026 6.30 pm",
        committeeName: "Employees' Consultative Forum",
        startsAt: "2026-03-04T18:30:00Z",
      },
      items,
      now: "2026-04-01T09:00:00Z",
    }),
  );

describe("'the figure' that rose or fell since a year before", () => {
  it("is read as pointing back to the figure the sentence before gave", () => {
    expect(pointsBack("The figure had risen from 7.2 days a year earlier.")).toBe(true);
    expect(pointsBack("The figure had fallen from 14% in 2024.")).toBe(true);
    expect(pointsBack("The figure rose to 31% in the second quarter.")).toBe(true);
    expect(pointsBack("The figure fell by a tenth.")).toBe(true);
    expect(pointsBack("The figure had increased since the last report.")).toBe(true);
  });

  it("is not read as pointing back when the figure is named", () => {
    expect(pointsBack("The figure for agency staff had risen to 140.")).toBe(false);
    expect(pointsBack("The figures in the appendix had been checked by the auditors.")).toBe(false);
  });

  it("carries the figure it rose from as its antecedent", () => {
    const minute = `The Head of Human Resources, Mr Ben Osei, introduced the report. He said that 13.2% of staff had left the Council in the year, against a London average of 12%. The figure had risen from 11.5% a year earlier.`;
    const { candidates } = collectCandidates(
      [{ origin: "minutes", title: "Minutes", blocks: readHtmlBlocks(minute), documentId: null, url: null }],
      { itemTitle: "Staff Turnover Report", preview: false },
    );
    const rise = candidates.find((c) => c.text.startsWith("The figure had risen"));
    expect(rise?.antecedent).toMatch(/13\.2%/);
  });
});

describe("long minutes held to words, with words to spare under the ceiling", () => {
  // Eight workforce reports, each an officer's six figures with a long comment after each, and a paragraph of thanks:
  // said at three points an item they run past a third of the minutes, but said to their facts they fit in fewer words.
  const TOPICS = [
    "Payroll",
    "Recruitment",
    "Training",
    "Pensions",
    "Wellbeing",
    "Apprenticeships",
    "Agency",
    "Overtime",
  ];
  const account = (topic: string, k: number) =>
    [
      `The Head of ${topic} said that ${120 + k} cases had been opened in the year to September, and that officers were working hard to close them as quickly as they properly could while still giving each of them the careful attention that it deserved.`,
      `Spending on ${topic.toLowerCase()} had reached £${2 + k}.${k}m against a budget of £${1 + k}.9m, and that gap was a real worry for the service and for its managers, who would need to look closely at how the money was being spent.`,
      `Some ${40 + k}% of managers had completed the new course by October, and most of them had found it useful in their daily work with their own teams, although some had said that it was too long and should be made shorter.`,
      `A review of ${topic.toLowerCase()} by an outside firm would report on ${10 + k} March 2026, and the findings would be shared with staff and with their trade union representatives, who had asked to be closely involved at every stage of the work.`,
      `Waiting times for ${topic.toLowerCase()} appointments had fallen from ${30 + k} days to ${12 + k} days, and feedback from employees had been positive overall, with many people saying that the service was now much easier to reach than before.`,
      `The service employed ${60 + k} people at the end of the quarter, and several of them had joined from other boroughs in London recently, which had helped the service to fill posts that had been empty for a long time.`,
    ].join(" ");
  const THANKS =
    "Members of the Employees' side thanked the officers for the report and said that they looked forward to further discussion of these matters with management in the months ahead, as was usual at the Forum.";
  const items = TOPICS.map((topic, k) =>
    item(k + 1, `${topic} Report`, {
      minutesText: [
        `The Forum received a report on ${topic.toLowerCase()}.`,
        account(topic, k),
        THANKS,
        "RESOLVED: That the report be noted.",
      ].join("\n\n"),
    }),
  );

  it("gives each minute the words the ceiling leaves, so every figure of each account is said", () => {
    const summary = forumMeeting(items);
    const minuteWords = countWords(items.map((i) => i.minutesText).join(" "));
    const summaryWords = countWords(
      [
        summary.overview,
        summary.procedural ?? "",
        ...summary.sections.flatMap((s) => [s.heading, s.decision ?? "", ...s.bullets.map((b) => b.text)]),
      ].join(" "),
    );
    expect(summaryWords).toBeLessThanOrEqual(minuteWords * 0.35);
    TOPICS.forEach((topic, k) => {
      const said = summary.sections
        .find((s) => s.heading === `${topic} Report`)!
        .bullets.map((b) => b.text)
        .join(" ");
      for (const figure of [
        `${120 + k} cases`,
        `£${2 + k}.${k}m`,
        `${40 + k}%`,
        `${10 + k} March 2026`,
        `${12 + k} days`,
        `${60 + k} people`,
      ])
        expect(said).toContain(figure);
    });
  });
});

describe("a forum's Chair from the Employees' side and Vice-Chair from the Council side", () => {
  /** The standing line said of an appointment minute, beside one item of business. */
  const appointmentLine = (minute: string) =>
    forumMeeting([
      item(1, "Appointment of Chair and Vice-Chair of the Forum", { minutesText: minute }),
      item(2, "Pay Award", {
        minutesText: "The Forum received a report on the pay award of 2.8%.\n\nRESOLVED: That the report be noted.",
      }),
    ]).procedural;

  it("says a representative named with their union as appointed, beside the Vice-Chair", () => {
    expect(
      appointmentLine(
        "RESOLVED: To appoint Mr Tomasz Wilk (GMB) as Chair and Councillor Rhea Daniels as Vice-Chair of the Employees' Consultative Forum for the 2026/2027 Municipal Year.",
      ),
    ).toMatch(/Tomasz Wilk \(GMB\) appointed Chair and Cllr Rhea Daniels Vice-Chair for 2026\/2027/);
  });

  it("keeps the Vice-Chair when each appointment says which side it came from", () => {
    const line = appointmentLine(
      "RESOLVED: To appoint Mr Tomasz Wilk (GMB) as Chair, on the nomination of the Employees' side, and Councillor Rhea Daniels as Vice-Chair, from the Council side, of the Employees' Consultative Forum for the 2026/2027 Municipal Year.",
    );
    expect(line).toMatch(/Tomasz Wilk \(GMB\) appointed Chair\b/);
    expect(line).toMatch(/Cllr Rhea Daniels\b[^.]*Vice-Chair/);
    expect(line).toMatch(/2026\/2027/);
  });
});

describe("a body's name dropped from a standing line", () => {
  it("never takes an appointment with it", () => {
    const line = forumMeeting([
      item(1, "Appointment of Chair and Vice-Chair of the Forum", {
        minutesText:
          "RESOLVED: To appoint Mr Tomasz Wilk (GMB), the nominee of the Trade Union Side, as Chair and Councillor Rhea Daniels as Vice-Chair of the Employees' Consultative Forum for the 2026/2027 Municipal Year.",
      }),
      item(2, "Pay Award", {
        minutesText: "The Forum received a report on the pay award of 2.8%.\n\nRESOLVED: That the report be noted.",
      }),
    ]).procedural;
    expect(line).toMatch(/Rhea Daniels\b[^.]*Vice-Chair/);
    expect(line).not.toMatch(/Employees' Consultative Forum/);
  });
});

describe("a proposal referred to the Joint Secretaries", () => {
  it("is said in the overview as referred, to whom", () => {
    expect(
      outcomePhrase(
        "(1) The report was noted; (2) The Employees' side's proposal for a staff carers' network was referred to the Joint Secretaries for discussion and a report back to the Forum.",
        "Annual Workforce Report 2025/26",
      ),
    ).toEqual({
      verb: "referred",
      object: "the Employees' side's proposal for a staff carers' network to the Joint Secretaries",
    });
  });

  it("is no outcome phrase when it does not say to whom", () => {
    expect(outcomePhrase("The matter was referred back.", "Annual Workforce Report 2025/26")).toBeNull();
  });
});

describe("an overview beside many papers that were only noted", () => {
  it("counts the notings as what they were, not as decisions", () => {
    const noted = (position: number, title: string, figure: string) =>
      item(position, title, {
        minutesText: `The Forum received a report on ${title.toLowerCase()}, which showed ${figure}.\n\nRESOLVED: That the report be noted.`,
      });
    const overview = forumMeeting([
      noted(1, "Sickness Absence", "9.1 days lost per employee"),
      noted(2, "Pay Award", "a rise of 2.8%"),
      noted(3, "Health and Safety", "188 incidents"),
      noted(4, "Agency Workers", "290 agency workers"),
      noted(5, "Staff Survey", "a response rate of 61%"),
      item(6, "Workforce Equality Report", {
        minutesText:
          "The Forum received the annual workforce equality report, which showed that 47% of staff were from ethnic minority backgrounds.\n\nRESOLVED: That the proposal for a staff carers' network be referred to the Joint Secretaries for discussion.",
      }),
    ]).overview;
    expect(overview).toMatch(/referred the proposal for a staff carers' network to the Joint Secretaries/);
    expect(overview).not.toMatch(/other decisions/);
    // Beside the one outcome said in its own words, the count of papers only noted goes
    // (docs/summaries.md#overviews-read-as-a-resident-stop-39).
    expect(overview).not.toMatch(/\bnoted 5\b/);
  });
});
