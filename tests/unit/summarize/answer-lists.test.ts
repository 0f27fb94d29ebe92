// Narrative minutes whose officers' accounts, members' questions and the answers are LISTS under a lead-in ("The
// Director advised that: • …", "Members asked questions and made comments as follows: • a Member asked … The Head of
// Libraries responded that …"), as Harrow's meeting pages print them ("· " points, one paragraph each): summarised as
// the paragraph form is (lib/summarize/extractive/answer-lists.ts). The minutes below are written here.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { bulletText } from "@/lib/summarize/bullets";
import { planList } from "@/lib/summarize/extractive/answer-lists";
import { collectCandidates } from "@/lib/summarize/extractive/collect-candidates";
import { summarizeExtractive } from "@/lib/summarize/extractive/summarize-extractive";
import { readHtmlBlocks } from "@/lib/summarize/text/read-html-blocks";
import { countWords } from "@/lib/summarize/text/sentences";
import type { MeetingSummary } from "@/lib/summarize/types";
import { summaryWords } from "@/scripts/eval/run-evaluation";
import { doc, item, makeInput } from "./helpers";

const SCRUTINY = {
  title: "Overview and Scrutiny Committee - Tuesday 14 October 2025 6.30 pm",
  committeeName: "Overview and Scrutiny Committee",
  startsAt: "2025-10-14T18:30:00+01:00",
};

/** A held meeting with one business item whose minute is `minutes` (the meeting page's text). */
function summarise(title: string, minutes: string): MeetingSummary {
  return summarizeExtractive(
    makeInput({
      meeting: SCRUTINY,
      items: [item(7, title, { minutesText: minutes })],
      now: "2025-10-20T09:00:00Z",
    }),
  );
}

const bulletsOf = (summary: MeetingSummary) => summary.sections.flatMap((s) => s.bullets);
const textsOf = (summary: MeetingSummary) => bulletsOf(summary).map((b) => b.text);

const LIBRARIES = [
  "The Committee received a report on the library service.",
  "Members asked questions and made comments as follows:",
  "· a Member asked how many libraries had shortened their opening hours. The Head of Libraries responded that 3 of the 10 libraries had closed on Mondays since June 2025, saving £120,000 a year;",
  "· a Member asked how many people had joined the home delivery service. The Head of Libraries responded that 214 housebound residents now received books at home;",
  "RESOLVED: That the report be noted.",
].join("\n\n");

describe("a question and its answer given as one point of a list", () => {
  it("is said as the answer's fact with who gave it, each exchange a bullet of its own", () => {
    const texts = textsOf(summarise("Library Service Review", LIBRARIES));
    expect(texts).toContain(
      "Head of Libraries: 3 of the 10 libraries had closed on Mondays since June 2025, saving £120,000 a year.",
    );
    expect(texts).toContain("Head of Libraries: 214 housebound residents now received books at home.");
    // Not the run-together list: no lead-in over the exchanges, no "responded that".
    expect(texts.join(" ")).not.toMatch(/as follows|responded that/);
  });

  it("is read sentence by sentence only when it holds an exchange; a point that is one statement stays whole", () => {
    const { candidates } = collectCandidates(
      [
        {
          origin: "minutes",
          title: "Minutes",
          blocks: readHtmlBlocks(LIBRARIES),
          documentId: null,
          url: null,
        },
      ],
      { itemTitle: "Library Service Review", preview: false },
    );
    const answer = candidates.find((c) => c.text.startsWith("Head of Libraries: 214"));
    expect(answer?.answers?.text).toBe("A Member asked how many people had joined the home delivery service.");
  });
});

describe("an officer's account given as a list", () => {
  it("is said with its speaker, one bullet a point, when one post gives it", () => {
    const texts = textsOf(
      summarise(
        "Temporary Accommodation",
        [
          "The Committee considered a report on homelessness.",
          "The Director of Housing advised that:",
          "· the number of households in temporary accommodation had risen to 1,240 by the end of August 2025;",
          "· families placed in bed and breakfast for more than six weeks had fallen from 41 to 12;",
          "RESOLVED: That the report be noted.",
        ].join("\n\n"),
      ),
    );
    expect(texts).toContain(
      "Director of Housing: The number of households in temporary accommodation had risen to 1,240 by the end of August 2025.",
    );
    expect(texts).toContain(
      "Director: Families placed in bed and breakfast for more than six weeks had fallen from 41 to 12.",
    );
  });

  it("keeps its lead once, as the bullets' lead, when officers in general give it", () => {
    const LEAD = "In response to questions from Members, officers advised that:";
    const summary = summarise(
      "Parks Maintenance Contract",
      [
        "The Committee considered the performance of the parks maintenance contract.",
        LEAD,
        "· 96% of grass cutting had been done to the agreed standard in the summer of 2025;",
        "· the contractor had been fined £18,000 for missed litter picks in July 2025;",
        "RESOLVED: That the report be noted.",
      ].join("\n\n"),
    );
    const points = bulletsOf(summary).filter((b) => b.lead === LEAD);
    expect(points.map((b) => b.text)).toEqual([
      "96% of grass cutting had been done to the agreed standard in the summer of 2025.",
      "The contractor had been fined £18,000 for missed litter picks in July 2025.",
    ]);
    // Read on its own (the weekly email, the evaluation), a point carries its lead.
    expect(bulletText(points[1]!)).toBe(
      `${LEAD} The contractor had been fined £18,000 for missed litter picks in July 2025.`,
    );
  });

  it("given as '(i) … (ii)' run into the paragraph of its lead, is read point by point with its speaker", () => {
    const texts = textsOf(
      summarise(
        "School Streets Programme",
        [
          "The Committee considered a report on school streets.",
          "The Head of Transport introduced the report and explained the proposals as follows: (i) 9 more schools would have a school street from April 2026; (ii) each scheme would cost about £25,000 to set up, met from the Local Implementation Plan grant.",
          "RESOLVED: That the report be noted.",
        ].join("\n\n"),
      ),
    );
    expect(texts).toContain("Head of Transport: 9 more schools would have a school street from April 2026.");
    expect(texts).toContain(
      "Head of Transport: Each scheme would cost about £25,000 to set up, met from the Local Implementation Plan grant.",
    );
  });
});

describe("the points of a list, within the item's cap", () => {
  // Six comments rich in names and in the item's words but without a figure, and six answers with one count or a
  // date each: without the rule the comments' names would outscore the plain counts.
  const COMMENTS = [
    "· a Member commented that the Harrow Arts Centre, Headstone Manor and Kenton Library should be promoted together by the Culture Services Team;",
    "· a Member commented that Pinner Memorial Park and the West House Gallery deserved better Culture Services signs from Pinner High Street;",
    "· a Member commented that the Heritage Lottery Fund bid for Headstone Manor should be backed by Culture Services;",
    "· a Member said that Stanmore Library users wanted the Reading Room opened again, and the Head of Culture Services undertook to provide a written response;",
    "· a Member commented that the Harrow Youth Parliament should be asked about the Culture Services programme at the Arts Centre;",
    "· a Member commented that the Culture Services Strategy should say more about the Wealdstone Festival and the Kenton Carnival;",
  ];
  const FIGURES = [
    "· a Member asked about visitors. The Head of Culture responded that the arts centre had 182,000 visits;",
    "· a Member asked about volunteers. The Head of Culture responded that 57 volunteers helped at the museum;",
    "· a Member asked about grants. The Head of Culture responded that 23 local groups had received small grants;",
    "· a Member asked about the café. The Head of Culture responded that it would reopen on 2 March 2026;",
    "· a Member asked about schools. The Head of Culture responded that 14 schools had visited the museum;",
    "· a Member asked about the theatre. The Head of Culture responded that the theatre had 310 seats;",
  ];
  const minutes = [
    "The Committee received a presentation on the Council's culture services.",
    "Members asked questions and made comments as follows:",
    ...COMMENTS.flatMap((c, i) => [c, FIGURES[i]!]),
    "RESOLVED: That the presentation be noted.",
  ].join("\n\n");

  it("puts a point with a sum, percentage, count or date above a comment without, each point a bullet, at most six", () => {
    const texts = textsOf(summarise("Culture Services", minutes));
    expect(texts.length).toBeGreaterThanOrEqual(5);
    expect(texts.length).toBeLessThanOrEqual(6);
    for (const t of texts) expect(t, t).toMatch(/\d/);
    expect(texts.join(" ")).not.toMatch(/commented|undertook/);
  });
});

describe("the overview's key point", () => {
  it("starts at the fact, not at who introduced the report", () => {
    const summary = summarise(
      "Revenue Monitoring Quarter 2 2025/26",
      [
        "The Portfolio Holder for Finance, Councillor Asha Verma, introduced the report, which set out a forecast overspend of £3.2m on the General Fund in 2025/26.",
        "A Member asked whether reserves would be used. The Director of Finance responded that the £2m contingency would be used first.",
        "RESOLVED: That the report be noted.",
      ].join("\n\n"),
    );
    expect(summary.overview).toMatch(/Key point: The General Fund was forecast to overspend by £3\.2m in 2025\/26\.$/);
    expect(summary.overview).not.toMatch(/introduced the report/);
  });
});

describe("a whole meeting's minutes in list form", () => {
  // The corpus's long minutes in list form (MId 990015, invented: tests/fixtures/real-harrow/ORIGIN.md), as its meeting
  // page gives each item's minute: paragraphs, each "•" point a "· " paragraph of its own.
  const corpus = JSON.parse(
    readFileSync(
      path.resolve(import.meta.dirname, "../../fixtures/real-harrow/minutes/health-social-care-2025-11-25-990015.json"),
      "utf8",
    ),
  ) as { items: { number: string; title: string; minutes: string }[] };
  const pageText = (minutes: string) =>
    minutes
      .split(/\n\s*\n|\n(?=\s*\u2022\s)/)
      .map((p) =>
        p
          .replace(/\s*\n\s*/g, " ")
          .replace(/^\s*\u2022\s+/, "\u00b7 ")
          .trim(),
      )
      .join("\n\n");
  const input = makeInput({
    meeting: {
      title: "Health and Social Care Scrutiny Sub-Committee - Tuesday 25 November 2025 6.30 pm",
      committeeName: "Health and Social Care Scrutiny Sub-Committee",
      startsAt: "2025-11-25T18:30:00Z",
    },
    items: corpus.items.map((x, i) => item(i + 1, x.title, { number: x.number, minutesText: pageText(x.minutes) })),
    now: "2025-12-01T09:00:00Z",
  });

  it("is condensed to at most 35% of its words, overview and standing lines included, each item within its cap (a guard: the list points are many more candidates than the run-together list was)", () => {
    const summary = summarizeExtractive(input);
    const source = input.items.reduce((n, i) => n + countWords(i.minutesText ?? ""), 0);
    expect(source).toBeGreaterThan(1500);
    expect(summaryWords(summary) / source).toBeLessThanOrEqual(0.35);
    for (const s of summary.sections) expect(s.bullets.length, s.heading).toBeLessThanOrEqual(6);
    // Each answer said as its fact with who gave it, never the run-together list.
    expect(textsOf(summary).join(" ")).not.toMatch(/as follows:|responded that/);
    expect(textsOf(summary).filter((t) => /\b(?:advised that|as follows):.*; /.test(t))).toEqual([]);
  });

  it("keeps the headline of the account that opens a minute, the overview's key point, within the 35%", () => {
    const summary = summarizeExtractive(input);
    expect(summary.overview).toMatch(/Key point: Adult social care was forecast to overspend by £4\.3m/);
    const source = input.items.reduce((n, i) => n + countWords(i.minutesText ?? ""), 0);
    expect(summaryWords(summary) / source).toBeLessThanOrEqual(0.35);
  });
});

describe("a list-form minute read from the printed minutes", () => {
  // A printed-minutes page as pdf-parse gives it: one printed line a row, a point that runs over two lines. The
  // meeting page's minute is cut at "…", so the printed minutes are read.
  const PRINTED = [
    "Overview and Scrutiny Committee",
    "MINUTES OF PROCEEDINGS, TUESDAY 14 OCTOBER 2025",
    "7. Waste and Recycling Performance",
    "The Committee received a report on the waste and recycling service.",
    "The Head of Environmental Services advised that:",
    "• the recycling rate had risen to 41.5% in the first half of 2025/26, from 38.9% a year",
    "earlier;",
    "• 1,870 missed bin collections had been reported since April 2025.",
    "Members asked questions and made comments as follows:",
    "• a Member asked when the new food waste service would start. The Head of Environmental",
    "Services responded that every flat would have a food waste collection from 6 April 2026;",
    "• a Member commented that residents liked the garden waste",
    "service.",
    "RESOLVED: That the report be noted.",
  ].join("\n");

  it("says the account with its speaker and the answer as its fact, whatever lines the points ran over", () => {
    const summary = summarizeExtractive(
      makeInput({
        meeting: SCRUTINY,
        items: [
          item(7, "Waste and Recycling Performance", {
            minutesText: "The Committee received a report on the waste and recycling service. The Head of…",
          }),
        ],
        documents: [
          doc(700, "Printed minutes 14th-Oct-2025 18.30 Overview and Scrutiny Committee", {
            kind: "printed_minutes",
            text: PRINTED,
          }),
        ],
        now: "2025-10-20T09:00:00Z",
      }),
    );
    const texts = textsOf(summary);
    expect(texts).toContain(
      "Head of Environmental Services: The recycling rate had risen to 41.5% in the first half of 2025/26, from 38.9% a year earlier.",
    );
    expect(texts).toContain(
      "Head of Environmental Services: Every flat would have a food waste collection from 6 April 2026.",
    );
    expect(texts.find((t) => /garden waste/.test(t))).toBe(
      "A Member commented that residents liked the garden waste service.",
    );
    expect(summary.sections[0]!.decision).toBe("The report was noted.");
  });
});

describe("an account given as a list, weighed as answers are", () => {
  it("is told by a post or by the officers, not by members", () => {
    expect(planList("The Head of Parks advised that:")?.told).toBe(true);
    expect(planList("In response to questions from Members, officers advised that:")?.told).toBe(true);
    expect(planList("Members made the following comments:")?.told).toBe(false);
    expect(planList("Members asked questions and made comments as follows:")?.told).toBe(false);
  });

  it("says each point to its last fact, as an answer is", () => {
    const texts = textsOf(
      summarise(
        "Leisure Centres",
        [
          "The Committee considered a report on the leisure centres.",
          "The Head of Leisure advised that:",
          "· 412,000 visits had been made to the three centres in 2024/25, and staff were proud of the welcome they gave;",
          "· the pool at Hatch End had been closed for 9 weeks for repairs;",
          "In response to questions from Members, officers advised that:",
          "· 1,180 children had learnt to swim in the year, and the lessons were popular with families;",
          "RESOLVED: That the report be noted.",
        ].join("\n\n"),
      ),
    );
    expect(texts).toContain("Head of Leisure: 412,000 visits had been made to the three centres in 2024/25.");
    // The one point picked from the officers' list is said after its lead.
    expect(texts).toContain(
      "In response to questions from Members, officers advised that: 1,180 children had learnt to swim in the year.",
    );
    expect(texts.join(" ")).not.toMatch(/proud|popular/);
  });
});

describe("a long meeting's minute whose account and answers are lists", () => {
  // An officer's account and the officers' answers as lists, many points with a figure each, beside four long
  // items of their own: the meeting's minutes run past 1,500 words and are condensed.
  const ACCOUNT = [
    "visits to the libraries had risen to 18,300 in the quarter, and staff had worked hard over the summer",
    "1,140 children had joined the summer reading challenge, and the schools had been very supportive of it",
    "4 libraries now opened on Sunday afternoons, and users had welcomed the change warmly",
    "the book fund had been cut by £42,000 this year, and the service would manage as well as it could",
    "212 volunteers helped in the libraries each week, and their help was greatly valued by the staff",
    "e-book loans had risen from 31,000 to 44,500 in a year, and demand for them kept on growing",
    "82% of users had rated the service good, against a target of 85%",
    "computer sessions had fallen from 52,000 to 47,300, and more people now brought their own devices",
    "fines had raised £18,500, £4,000 below the budget",
    "the mobile library had made 1,260 stops, compared with 1,410 a year before",
    "47% of new members were under 16, up from 39%",
  ];
  const ANSWERS = [
    "the Kenton library roof would be repaired by March 2026 at a cost of £95,000, and users would be kept informed",
    "9 staff posts were vacant, and the service was doing its best to fill them in the months ahead",
    "the home delivery service reached 214 housebound residents, and more volunteers were always welcome",
    "640 people had used the new study rooms since June, and the rooms had proved popular with students",
  ];
  const minute = [
    "The Sub-Committee received a report on the performance of the library service.",
    "The Portfolio Holder introduced the report, which set out a forecast overspend of £310,000 on the library service in 2025/26, mostly on security.",
    "The Head of Libraries advised that:",
    ...ACCOUNT.map((p) => `· ${p};`),
    "Members asked questions and made comments as follows:",
    "· a Member asked when the Kenton library would reopen. The Head of Libraries responded that the roof would be repaired by March 2026 at a cost of £95,000, and that users would be kept informed;",
    "· a Member commented that the libraries were valued by residents;",
    "In response to further questions from Members, officers advised that:",
    ...ANSWERS.slice(1).map((p) => `· ${p};`),
    "RESOLVED: That the report be noted.",
  ].join("\n\n");
  const otherLines = (subject: string, n: number) => [
    `The Director said that the ${subject} budget was forecast to overspend by £${n}40,000 this year, mostly on agency staff covering vacant posts.`,
    `Members heard that ${n}2 complaints about the ${subject} service had been received since April, twice as many as in the same months of 2024.`,
    `The Portfolio Holder reported that a new ${subject} contract worth £${n}.4m would be let in the spring after a tender with five bidders.`,
    `Officers explained that ${n}5% of ${subject} customers now paid online, up from 40% two years ago, which had cut handling costs.`,
    `A Member noted that the ${subject} capital scheme at Kenton had slipped by ${n} weeks because asbestos was found in the roof.`,
    `The Head of Service said that ${n}8 staff had left the ${subject} team this year and that 6 apprentices had been taken on in September.`,
    `It was reported that income from ${subject} charges stood at £${n}.1m at the half year, £200,000 below the profile set in the budget.`,
    `The Sub-Committee was told that ${n}3 sites would close for repairs over the winter, reopening by the end of March 2026 at the latest.`,
    `Officers said that the ${subject} savings target of £${n}00,000 would be met in full through the merger of two back-office teams.`,
  ];
  // Long minutes of their own, of which three points each are said: the meeting's ceiling leaves the lists' item
  // its words.
  const otherItem = (subject: string, n: number) =>
    [
      ...otherLines(subject, n),
      ...otherLines(`${subject} trading`, n + 4),
      `RESOLVED: That the report on ${subject} be noted.`,
    ].join("\n\n");
  const input = makeInput({
    meeting: SCRUTINY,
    items: [
      item(1, "Library Service Performance", { minutesText: minute }),
      ...["Highways", "Parks", "Leisure", "Housing"].map((subject, n) =>
        item(n + 2, `${subject} Spending`, { minutesText: otherItem(subject.toLowerCase(), n + 2) }),
      ),
    ],
    now: "2025-10-20T09:00:00Z",
  });
  const summary = summarizeExtractive(input);
  const libraries = summary.sections.find((s) => s.heading === "Library Service Performance")!;
  const texts = libraries.bullets.map((b) => b.text);
  const words = texts.reduce((n, t) => n + countWords(t), 0);

  it("is a long meeting's minute", () => {
    expect(input.items.reduce((n, i) => n + countWords(i.minutesText ?? ""), 0)).toBeGreaterThan(1500);
  });

  it("is held to the words of its points, not their count: more points, each said to its last fact", () => {
    expect(texts.length).toBeGreaterThan(6);
    expect(words).toBeLessThanOrEqual(6 * 24);
    expect(texts.join(" ")).not.toMatch(/worked hard|supportive|warmly|best to fill|popular/);
  });

  it("puts a figure set against its past among the points kept", () => {
    expect(texts.join(" ")).toMatch(/from 31,000 to 44,500/);
  });

  it("keeps the headline of the account that opens the minute before the points of its detail", () => {
    // Said as the post's account (lists-recall-3.test.ts), the forecast as a sentence (read-36.test.ts).
    expect(texts).toContain(
      "Portfolio Holder: The library service was forecast to overspend by £310,000 in 2025/26, mostly on security.",
    );
  });
});
