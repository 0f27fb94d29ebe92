// An advisory panel's minutes (the corpus's seventh long minutes, a Traffic and Road Safety Advisory Panel, MId 990017,
// tests/fixtures/real-harrow/ORIGIN.md): petitions and a deputation told as a story, amendments moved in a sentence
// and put to a vote with a tally, recommendations to a Portfolio Holder or Cabinet, and a whole meeting that does not
// fit at three points an item (docs/summaries.md#an-advisory-panels-minutes). Every minute below is written here, in
// the register of Harrow's, with made-up names, roads and figures.
import { describe, expect, it } from "vitest";
import { summarizeExtractive } from "@/lib/summarize/extractive/summarize-extractive";
import { plainResolution } from "@/lib/summarize/extractive/resolved";
import { countWords } from "@/lib/summarize/text/sentences";
import type { SummaryInput, SummaryItem } from "@/lib/summarize/types";
import { headlineWords, item, trafficPanel as panel } from "./helpers";

const sectionOf = (input: SummaryInput, heading: RegExp) =>
  summarizeExtractive(input).sections.find((s) => heading.test(s.heading))!;

const PETITIONS = `Mrs Hannah Okoro presented a petition containing 212 signatures on behalf of the residents of Larkfield Road, Hatch End. The petition asked the Council to install a pedestrian crossing on Larkfield Road outside the library, where older residents crossed to reach the bus stop. Mrs Okoro told the Panel that the traffic on the road had grown since the new supermarket opened.

Councillor Tariq Bello, a ward councillor for Headstone North who was not a member of the Panel, presented a petition containing 87 signatures on behalf of the residents of Orchard Close. The petition called for speed cushions on Orchard Close. Councillor Bello said that delivery vans used the close to avoid the lights.

RESOLVED: That both petitions be received and referred to the Corporate Director of Place for investigation and a response to the lead petitioners, and that the outcome be reported to a future meeting of the Panel.`;

describe("petitions told as a story", () => {
  it("gives one line per petition: how many signed, what it asks, who presented it and where it was sent", () => {
    const section = sectionOf(panel([item(5, "Petitions", { minutesText: PETITIONS })]), /^Petitions$/);
    const lines = section.bullets.map((b) => b.text);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe(
      "212 signatures asking the Council to install a pedestrian crossing on Larkfield Road outside the library \u2014 presented by Mrs Hannah Okoro for the residents of Larkfield Road, Hatch End; referred to the Corporate Director of Place, the outcome to be reported to a future meeting of the Panel.",
    );
    // A ward councillor's office, in brackets; what the petitioner told the meeting is their case, not the line.
    expect(lines[1]).toMatch(
      /^87 signatures: speed cushions on Orchard Close \u2014 presented by Cllr Tariq Bello \(ward councillor for Headstone North\) for the residents of Orchard Close; referred to the Corporate Director of Place\b/,
    );
    expect(section.decision).toBeNull();
  });
});

describe("a deputation", () => {
  const DEPUTATION = `The Panel received a deputation from Mr Callum Reyes on behalf of the Station Approach Traders' Group about the loss of loading bays on Station Approach.

Mr Reyes said that 31 shops on the parade now took deliveries from the side streets. The group asked the Council to restore two loading bays outside Nos 14 to 30 Station Approach.

RESOLVED: That the deputation be noted, and that officers report the options for loading on Station Approach to the Panel's meeting in June 2026.`;

  it("says who brought it and what they asked in one point, and what officers will do next", () => {
    const section = sectionOf(panel([item(6, "Deputation", { minutesText: DEPUTATION })]), /^Deputation$/);
    const texts = section.bullets.map((b) => b.text);
    expect(texts).toContain(
      "Deputation from Mr Callum Reyes on behalf of the Station Approach Traders' Group about the loss of loading bays on Station Approach, asking the Council to restore two loading bays outside Nos 14 to 30 Station Approach.",
    );
    expect(section.decision).toBe(
      "The deputation was noted, and officers will report the options for loading on Station Approach to the Panel's meeting in June 2026.",
    );
  });
});

describe("amendments moved in a sentence and votes with a tally", () => {
  const CONSULTATION = `The Panel received a report on the informal consultation on a controlled parking zone in the Elm Park area.

Overall, 62% of those who responded had supported a zone and 33% had opposed it.

Councillor Ruth Abara moved an amendment that the zone operate from 9.00 am to 11.00 am, which some residents had asked for. The amendment was seconded by Councillor Owen Pryce. Councillor Abara said that one hour was too short.

Upon being put to the vote, the amendment was lost, 2 Members voting in favour and 6 against.

Councillor Lena Varga moved an amendment to add a recommendation that the zone be reviewed after 12 months. Councillor Owen Pryce seconded the amendment.

Upon being put to the vote, the amendment was carried, 7 Members voting in favour and 1 against.

The recommendation, as amended, was then put to the vote and carried, 6 Members voting in favour, 1 against and 1 abstaining.

RESOLVED: That the Portfolio Holder for Highways be recommended to approve:

(1) a controlled parking zone in the Elm Park area, operating Monday to Friday from 10.00 am to 11.00 am, subject to statutory consultation; and
(2) a review of the zone 12 months after it begins.`;

  const section = () =>
    sectionOf(panel([item(7, "Elm Park Controlled Parking Zone", { minutesText: CONSULTATION })]), /^Elm Park/);

  it("says each amendment once: who moved and seconded it, its words, and what became of it with the tally", () => {
    const texts = section().bullets.map((b) => b.text);
    expect(texts).toContain(
      "Amendment moved by Councillor Ruth Abara, seconded by Councillor Owen Pryce: that the zone operate from 9.00 am to 11.00 am (lost, 2 votes to 6).",
    );
    expect(texts).toContain(
      "Amendment moved by Councillor Lena Varga, seconded by Councillor Owen Pryce: to add a recommendation that the zone be reviewed after 12 months (carried, 7 votes to 1).",
    );
    expect(texts.filter((t) => /seconded the amendment|amendment was seconded/.test(t))).toEqual([]);
  });

  it("gives the vote on the recommendation as amended in a short line, abstentions too", () => {
    expect(section().bullets.map((b) => b.text)).toContain(
      "The recommendation as amended was carried, 6 votes to 1, 1 abstaining.",
    );
  });

  it("says a recommendation to a Portfolio Holder or Cabinet as one, never as the Panel's own decision", () => {
    expect(section().decision).toMatch(/^Recommended to the Portfolio Holder for Highways: approve \(1\) a controlled/);
    const cabinet = sectionOf(
      panel([
        item(8, "Whitmore Road Cycle Lane", {
          minutesText:
            "The Panel considered the review of the experimental cycle lane.\n\nRESOLVED: That Cabinet be recommended to\n\n(1) make permanent the experimental traffic order for the Whitmore Road cycle lane; and\n(2) provide a loading bay outside Nos 40 to 52 Whitmore Road, at an estimated cost of £18,000.",
        }),
      ]),
      /^Whitmore/,
    );
    expect(cabinet.decision).toMatch(/^Recommended to Cabinet: \(1\) make permanent the experimental traffic order/);
  });

  it("names a recipient's full title once, then its office", () => {
    const decide = (n: number, title: string, what: string) =>
      item(n, title, {
        minutesText: `The Panel considered the report.\n\nRESOLVED: That the Portfolio Holder for Highways be recommended to approve ${what}.`,
      });
    const sections = summarizeExtractive(
      panel([
        decide(7, "Kenmore Avenue Crossing", "a zebra crossing on Kenmore Avenue at a cost of £42,000"),
        decide(8, "Belmont Circle Bus Stop", "moving the bus stop on Belmont Circle 30 metres east"),
      ]),
    ).sections;
    expect(sections.map((s) => s.decision)).toEqual([
      "Recommended to the Portfolio Holder for Highways: approve a zebra crossing on Kenmore Avenue at a cost of £42,000.",
      "Recommended to the Portfolio Holder: approve moving the bus stop on Belmont Circle 30 metres east.",
    ]);
  });
});

describe("a whole advisory meeting that does not fit at three points an item", () => {
  // Six schemes, each with an officer's account, a consultation's result, questions and a long recommendation: more
  // business told at length than three points an item can hold within 35% of the minutes' words.
  const roads = ["Alder", "Birch", "Cedar", "Damson", "Elder", "Fig"];
  const scheme = (road: string, n: number): SummaryItem => {
    const support = 50 + n;
    const against = 40 - n;
    return item(10 + n, `${road} Road Traffic Calming - Results of Consultation`, {
      minutesText: [
        `The Panel received a report of the Corporate Director of Place which set out the results of the consultation on traffic calming in ${road} Road and the roads around it, held over four weeks in the autumn.`,
        `The Transport Planner introduced the report. She explained that consultation packs had been delivered to ${400 + n * 10} properties and that ${120 + n} responses had been received, most of them online.`,
        `Overall, ${support}% of those who responded had supported the scheme and ${against}% had opposed it, the rest being undecided.`,
        `Surveys had recorded an average speed of ${28 + n} mph on ${road} Road, and ${3 + n} injury collisions in the last three years, against a borough average of 2 for roads of its kind.`,
        `Members asked about the effect on buses. The officer said that the operator had been consulted and had raised no objection to the cushions, which would be spaced to suit buses.`,
        `An Adviser asked whether cyclists would be able to pass the cushions. The officer said that a gap would be left at each kerb for cycles, as the design guidance asked.`,
        `Councillor Maya Trent said that residents in the side roads had asked for the scheme for several years and that she welcomed the report, which had answered their concerns about speeding.`,
        `The Vice-Chair said that the Panel should see the results of the speed surveys a year after the scheme was installed, so that it could judge whether the cushions had worked as intended.`,
        `RESOLVED: That the Portfolio Holder for Environment and Community Safety be recommended to approve:`,
        `(1) the introduction of speed cushions and raised junction tables in ${road} Road and the roads around it, as set out in the plan attached to the report, at an estimated cost of £${60 + n * 5},000, subject to statutory consultation; and`,
        `(2) the Corporate Director of Place be authorised, after consulting the Portfolio Holder, to consider any objections received during the statutory consultation and to make the traffic orders.`,
      ].join("\n\n"),
    });
  };
  const input = panel([
    item(1, "Minutes", {
      minutesText:
        "RESOLVED: That the minutes of the meeting held on 4 November 2025 be taken as read and signed as a correct record.",
    }),
    ...roads.map(scheme),
  ]);
  const minuteWords = input.items.reduce((n, i) => n + countWords(i.minutesText ?? ""), 0);

  it("holds every minute to words until the summary is within 35% of the minutes' words, each result kept", () => {
    expect(minuteWords).toBeGreaterThan(1500);
    const summary = summarizeExtractive(input);
    const words = headlineWords(summary);
    expect(words / minuteWords).toBeLessThanOrEqual(0.35);
    // Held to words, each consultation's result (the shares for and against) is still said, and no question
    // without its answer takes its place.
    roads.forEach((road, n) => {
      const section = summary.sections.find((s) => s.heading.startsWith(`${road} Road`))!;
      const texts = section.bullets.map((b) => b.text);
      expect(
        texts.some((t) => t.includes(`${50 + n}%`) && t.includes(`${40 - n}%`)),
        road,
      ).toBe(true);
      expect(texts.filter((t) => /^(?:Members|An Adviser) asked\b/.test(t))).toEqual([]);
      // "The Transport Planner introduced the report. She explained that …": said by the post, in fewer words.
      expect(texts.filter((t) => /^(?:She|He) explained\b|introduced the report\./.test(t))).toEqual([]);
    });
  });
});

describe("a recommendation whose verb leads into its numbered list", () => {
  it("says the verb once, without a second colon", () => {
    expect(
      plainResolution(
        "That the Portfolio Holder for Highways be recommended to approve: (1) a zone in the Elm Park area; (2) a review of the zone after 12 months.",
      ),
    ).toMatch(/^Recommended to the Portfolio Holder for Highways: approve \(1\) a zone in the Elm Park area/);
  });
});
