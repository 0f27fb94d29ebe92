// Long printed minutes of whole meetings (the corpus's "minutes" kind, tests/fixtures/real-harrow/minutes): what the
// engine does with a meeting where most words are debate. Invented text in the register of Harrow's printed minutes.
import { describe, expect, it } from "vitest";
import { readPdfBlocks } from "@/lib/summarize/text/read-pdf-blocks";
import { summarizeExtractive } from "@/lib/summarize/extractive/summarize-extractive";
import { doc, item, makeInput } from "./helpers";

// A printed-minutes page as pdf-parse gives it: one printed line a row, full-width lines wrapped mid-sentence.
const PLANNING_PDF = [
  "Planning Committee",
  "MINUTES OF PROCEEDINGS, WEDNESDAY 10 SEPTEMBER 2025",
  "150. 2/01 Former Greenhill Garage, 58-62 Station Road, Harrow, HA1 2QS -",
  "PL/1874/25",
  "PROPOSAL: Demolition of the existing garage and workshop buildings; redevelopment to provide a",
  "part 6, part 9 storey building with 87 flats and a ground floor commercial unit of 240 square metres.",
  "DECISION: GRANTED planning permission, subject to the conditions set out in the report and the",
  "Addendum and the completion of a Section 106 legal agreement by 10 March 2026.",
  "The Committee wished it to be recorded that the decision to grant the application was by a majority",
  "of votes. Councillors Tarrant, Haq, Okonjo, Brennan and Lowther voted for the application; the two",
  "Councillors Fairbairn and Sandhu voted against; Councillor Mistry abstained from the whole vote.",
  "151. 2/02 Land rear of 3-9 Beechcroft Gardens and 2 Beechcroft Close, Stanmore, HA7 4PA - PL/1551/25",
  "PROPOSAL: Erection of 4 two-storey terraced houses with rooms in the roof; access from",
  "Beechcroft Gardens; parking for 4 cars; bin and cycle stores; landscaping and boundary treatment.",
  "DECISION: REFUSED planning permission, contrary to the officer recommendation, for the reasons",
  "that the access road would cause unacceptable noise and disturbance to the occupiers of number 11.",
].join("\n");

describe("printed minutes whose minute headings run the full width of the page", () => {
  it("starts a minute at its numbered heading after a finished sentence, however long the heading's line", () => {
    const blocks = readPdfBlocks(PLANNING_PDF);
    const texts = blocks.map((b) => ("text" in b ? b.text : ""));
    expect(texts.some((t) => t.startsWith("151. 2/02 Land rear of 3-9 Beechcroft Gardens"))).toBe(true);
    expect(texts.some((t) => /abstained from the whole vote\. 151\./.test(t))).toBe(false);
  });

  it("gives each application its own line, however the heading ran into its PROPOSAL", () => {
    const input = makeInput({
      meeting: {
        title: "Planning Committee - Wednesday 10 September 2025 6.30 pm",
        committeeName: "Planning Committee",
        startsAt: "2025-09-10T18:30:00+01:00",
      },
      items: [
        item(1, "2/01 Former Greenhill Garage, 58-62 Station Road, Harrow, HA1 2QS - PL/1874/25", {
          number: "150",
          minutesText: "PROPOSAL: Demolition of the existing garage.\n\nDECISION: GRANTED planning permission.",
        }),
        item(2, "2/02 Land rear of 3-9 Beechcroft Gardens and 2 Beechcroft Close, Stanmore, HA7 4PA - PL/1551/25", {
          number: "151",
          minutesText: "PROPOSAL: Erection of 4 houses.\n\nDECISION: REFUSED planning permission.",
        }),
      ],
      documents: [
        doc(900, "Printed minutes 10th-Sep-2025 18.30 Planning Committee", {
          kind: "printed_minutes",
          text: PLANNING_PDF,
        }),
      ],
      now: "2025-10-01T09:00:00Z",
    });
    const summary = summarizeExtractive(input);
    const decisions = summary.sections.map((s) => s.decision ?? "");
    expect(decisions.filter((d) => d.includes("PL/1874/25"))).toHaveLength(1);
    expect(decisions.filter((d) => d.includes("PL/1551/25"))).toHaveLength(1);
    expect(decisions.find((d) => d.includes("PL/1874/25"))).toMatch(/^Granted/);
    expect(decisions.find((d) => d.includes("PL/1551/25"))).toMatch(/^Refused/);
  });
});

describe("the closing minute", () => {
  it("says nothing of when the meeting ended or who signed, and is no business item", () => {
    const summary = summarizeExtractive(
      makeInput({
        items: [
          item(1, "Housing Repairs Service", {
            minutesText: "The Panel received the report on repairs.\n\nRESOLVED: That the report be noted.",
          }),
          item(2, "Termination of Meeting", {
            minutesText:
              "The Chair thanked Members for their contributions. The meeting, having started at 6.30 pm, ended at 9.52 pm.\n\n(Signed) COUNCILLOR NADIA FAIRBAIRN\nChair",
          }),
        ],
      }),
    );
    expect(summary.sections.map((s) => s.heading)).toEqual(["Housing Repairs Service"]);
    expect(summary.overview).not.toMatch(/Termination/);
    expect(summary.procedural ?? "").not.toMatch(/9\.52|Signed|FAIRBAIRN/);
  });
});

const COUNCIL_DEBATE = [
  "Council received Recommendation I from the Cabinet meeting of 6 November 2025 on the Council Tax Support Scheme.",
  "Councillor Ann Reed moved the following motion, which Councillor Tom Hale seconded:",
  '"This Council resolves to ask Cabinet to bring forward a plan to buy 100 homes for use as temporary accommodation by March 2027."',
  "Councillor Reed said that families were spending months in a single room in a hotel and that buying homes would cost less over ten years than paying nightly rates.",
  "Councillor Hale said that the Local Housing Allowance had been frozen for most of the last decade and that the gap with local rents had grown every year since.",
  "Councillor Sam Bright moved the following amendment, which Councillor Lee Cole seconded:",
  "\"Delete 'by March 2027' and insert 'by March 2027, funded from the Housing Revenue Account'.\"",
  "Councillor Bright said that his group supported the motion but wanted the purchases to be funded from the Housing Revenue Account, which was the right place for them.",
  "Councillor Cole said that the Overview and Scrutiny Committee had asked for regular reports on temporary accommodation and had not received them since 2023.",
  "Councillor Dee Moss said that the amendment would give residents confidence that the money was well spent and that her group would support it for that reason.",
  "Upon being put to the vote, the amendment was lost.",
  "Upon a recorded vote being taken, the substantive Motion was carried.",
  "Voting for: the Mayor, Councillor Eva Vance, and Councillors Hale, Reed and Wren.",
  "Voting against: Councillors Bright and Cole.",
  "Abstaining: Councillor Moss.",
  "RESOLVED: That Cabinet be asked to bring forward a plan to buy 100 homes for use as temporary accommodation by March 2027.",
].join("\n\n");

describe("a Council debate on a motion with an amendment and a recorded vote", () => {
  const summary = summarizeExtractive(
    makeInput({
      meeting: { title: "Council - Thursday 20 November 2025 7.30 pm", committeeName: "Council" },
      items: [item(1, "Motion: Temporary Accommodation", { minutesText: COUNCIL_DEBATE })],
    }),
  );
  const bullets = summary.sections[0]!.bullets.map((b) => b.text);

  it("says who moved and seconded the motion, and the amendment with what became of it, in one line each", () => {
    expect(bullets).toContain("Motion moved by Councillor Ann Reed, seconded by Councillor Tom Hale.");
    expect(bullets).toContain(
      "Amendment moved by Councillor Sam Bright, seconded by Councillor Lee Cole: \"Delete 'by March 2027' and insert 'by March 2027, funded from the Housing Revenue Account'.\" (lost).",
    );
  });

  it("gives the recorded vote's tally, counted from its lists, whatever words put it to the vote", () => {
    // The tally is counted from the lists (the Mayor named in apposition counted once): the sentence says "Cabinet's
    // recommendation" because the minute opens by saying where the item came from.
    expect(bullets).toContain(
      "Cabinet's recommendation of 6 November 2025 carried by 4 votes to 2, 1 abstaining (recorded vote).",
    );
    expect(bullets.join(" ")).not.toMatch(/Council received Recommendation I/);
  });

  it("puts the speeches after the motion, the amendment and the vote", () => {
    expect(bullets.filter((b) => /^Councillor \w+ said\b/.test(b)).length).toBeLessThanOrEqual(bullets.length - 3);
    expect(bullets.slice(0, 1)).toEqual(["Motion moved by Councillor Ann Reed, seconded by Councillor Tom Hale."]);
  });
});

describe("questions and answers", () => {
  it("says an answer to the question before it as its fact, with who gave it", () => {
    const summary = summarizeExtractive(
      makeInput({
        items: [
          item(1, "Housing Repairs Service", {
            minutesText: [
              "Members asked questions, in summary:",
              "A Member asked how many homes had reports of damp and mould outstanding. The Corporate Director responded that 611 cases were open at the end of September 2025, of which 96 were rated as severe, and that every severe case had been inspected within 10 working days.",
              "A Member asked whether the parking survey was reliable. An officer responded that a second survey had been carried out in October 2025, during term time, and that it had found 31 free spaces within 200 metres.",
              "RESOLVED: That the report be noted.",
            ].join("\n\n"),
          }),
        ],
      }),
    );
    const bullets = summary.sections[0]!.bullets.map((b) => b.text);
    expect(bullets).toContain(
      "Corporate Director: 611 cases were open at the end of September 2025, of which 96 were rated as severe, and every severe case had been inspected within 10 working days.",
    );
    expect(bullets).toContain(
      "A second survey had been carried out in October 2025, during term time, and it had found 31 free spaces within 200 metres.",
    );
  });
});

describe("a planning application debated at length", () => {
  const questions = Array.from(
    { length: 12 },
    (_, i) =>
      `A Member asked about the ${["daylight", "parking", "trees", "drainage", "noise", "bins", "wind", "bus stops", "schools", "doctors", "cycle stores", "lifts"][i]} study. An officer responded that the study had been reviewed by the Council's specialists, who had raised no objection, and that a condition would secure the measures it recommended.`,
  );
  const minute = [
    "PROPOSAL: Redevelopment to provide a part 6, part 9 storey building with 87 flats and a ground floor commercial unit.",
    "An officer introduced the application. He said that of the 87 flats, 30 would be affordable (35% by habitable room), of which 21 would be for London Affordable Rent.",
    ...questions,
    "A Member asked what the financial contributions would be. An officer responded that the Section 106 agreement would secure £190,000 towards healthcare facilities and £65,000 towards the bus stops.",
    "The motion to grant was put to the vote and carried.",
    "DECISION: GRANTED planning permission, subject to the conditions set out in the report and the completion of a Section 106 legal agreement.",
    "The Committee wished it to be recorded that the decision to grant the application was by a majority of votes. Councillors Tarrant and Haq voted for the application; Councillor Sandhu voted against.",
  ].join("\n\n");
  const summary = summarizeExtractive(
    makeInput({
      meeting: {
        title: "Planning Committee - Wednesday 10 September 2025 6.30 pm",
        committeeName: "Planning Committee",
      },
      items: [
        item(1, "2/01 Former Greenhill Garage, 58-62 Station Road, Harrow, HA1 2QS - PL/1874/25", {
          minutesText: minute,
        }),
      ],
    }),
  );
  const section = summary.sections[0]!;

  it("keeps its one line, outcome first, saying the vote was split", () => {
    expect(section.decision).toMatch(/^Granted \(voted by a majority\): Former Greenhill Garage/);
  });

  it("adds the few most informative points of the debate, not the proposal or the vote again", () => {
    const bullets = section.bullets.map((b) => b.text);
    expect(bullets.length).toBeLessThanOrEqual(3);
    expect(bullets.some((b) => b.includes("30 would be affordable"))).toBe(true);
    expect(bullets.some((b) => b.includes("£190,000"))).toBe(true);
    expect(bullets.some((b) => /^Proposal|put to the vote/i.test(b))).toBe(false);
  });

  it("never footnotes a glossary term inside a postcode (HA7 4PA is no Personal Adviser)", () => {
    const beechcroft = summarizeExtractive(
      makeInput({
        meeting: {
          title: "Planning Committee - Wednesday 10 September 2025 6.30 pm",
          committeeName: "Planning Committee",
        },
        items: [
          item(1, "2/02 Land rear of 3-9 Beechcroft Gardens, Stanmore, HA7 4PA - PL/1551/25", {
            minutesText: "PROPOSAL: Erection of 4 houses.\n\nDECISION: REFUSED planning permission.",
          }),
        ],
      }),
    );
    expect(beechcroft.footnotes.map((f) => f.term)).not.toContain("PA");
  });
});

describe("a recommendation debated at Council", () => {
  it("keeps at most four points, the vote among them, and says a sentence two points refer back to once", () => {
    const speeches = Array.from(
      { length: 8 },
      (_, i) =>
        `Councillor Member${"ABCDEFGH"[i]} said that the scheme would affect ${1000 + i * 37} households in the borough and that the consultation had shown strong views on both sides.`,
    );
    const minute = [
      "The Portfolio Holder for Finance, Councillor Priya Raghavan, moved the recommendation. She explained that the minimum payment would stay at 15% and that a hardship fund of £350,000 would be set up. She said that 14,600 households received support under the current scheme.",
      "Councillor Bernard Cresswell seconded the recommendation.",
      ...speeches,
      "Upon a recorded vote being taken, the Recommendation was carried.",
      "Voting for: Councillors Ali, Brown and Cole.",
      "Voting against: Councillors Dunn and Ede.",
      "RESOLVED: That the Council Tax Support Scheme for 2026/27 be adopted.",
    ].join("\n\n");
    const summary = summarizeExtractive(
      makeInput({
        meeting: { title: "Council - Thursday 20 November 2025 7.30 pm", committeeName: "Council" },
        items: [item(1, "Council Tax Support Scheme 2026/27", { minutesText: minute })],
      }),
    );
    const bullets = summary.sections[0]!.bullets.map((b) => b.text);
    expect(bullets.length).toBeLessThanOrEqual(4);
    expect(bullets).toContain("The Recommendation carried by 3 votes to 2 (recorded vote).");
    expect(bullets.join(" ").match(/moved the recommendation/g) ?? []).toHaveLength(1);
  });
});

describe("a brief questions minute that points to the recording of the answers", () => {
  it("is one plain standing line", () => {
    const summary = summarizeExtractive(
      makeInput({
        items: [
          item(1, "Public Questions", {
            minutesText:
              "RESOLVED: To note that 4 public questions had been received and answered, and that the recording of the answers could be found on the Council's website.",
          }),
        ],
      }),
    );
    expect(summary.procedural).toContain("4 public questions answered.");
  });
});

describe("a whole meeting's long minutes", () => {
  // Six items, each a long question-and-answer session with a decision: over 2,000 words of minutes.
  const SUBJECTS = [
    ["complaints", "answered within ten working days", "a new review panel"],
    ["vacancies", "filled by permanent staff", "an apprenticeship scheme"],
    ["overtime", "paid at weekends", "a revised rota"],
    ["agency spending", "cut by a fifth", "a recruitment campaign"],
    ["missed appointments", "rebooked the same week", "text message reminders"],
    ["compensation claims", "settled without court action", "an earlier offer"],
    ["training courses", "completed online", "a learning budget"],
    ["customer surveys", "returned by post", "a shorter questionnaire"],
    ["inspection visits", "carried out unannounced", "a quarterly schedule"],
  ];
  const session = (topic: string, n: number) =>
    [
      `The Sub-Committee questioned the Portfolio Holder on ${topic}.`,
      ...SUBJECTS.map(
        ([subject, how, fix], i) =>
          `A Member asked about ${subject} in the ${topic} service. The Director responded that ${100 + n * 10 + i} ${subject} had been ${how} in the first half of 2025/26, against ${90 + i} a year earlier, and that ${fix} would start in ${["January", "February", "March"][i % 3]} 2026.`,
      ),
      `RESOLVED: That the report on ${topic} be noted.`,
    ].join("\n\n");
  const topics = ["repairs", "lettings", "parking", "libraries", "recycling", "licensing"];
  const input = makeInput({
    meeting: {
      title: "Performance and Finance Scrutiny Sub-Committee - Tuesday 18 November 2025 6.30 pm",
      committeeName: "Performance and Finance Scrutiny Sub-Committee",
    },
    items: topics.map((t, i) =>
      item(i + 1, `${t[0]!.toUpperCase()}${t.slice(1)} Performance`, { minutesText: session(t, i) }),
    ),
  });
  const words = (text: string) => text.split(/\s+/).filter(Boolean).length;
  const sourceWords = input.items.reduce((n, i) => n + words(i.minutesText ?? ""), 0);

  it("is condensed to about a third of the minutes' words, each item keeping its decision and at least three points", () => {
    expect(sourceWords).toBeGreaterThan(1500);
    const summary = summarizeExtractive(input);
    const summaryWords = summary.sections.reduce(
      (n, s) => n + words(s.heading) + words(s.decision ?? "") + s.bullets.reduce((m, b) => m + words(b.text), 0),
      0,
    );
    expect(summaryWords / sourceWords).toBeLessThanOrEqual(0.3);
    expect(summary.sections).toHaveLength(6);
    for (const s of summary.sections) {
      expect(s.decision).toMatch(/noted/);
      expect(s.bullets.length).toBeGreaterThanOrEqual(3);
    }
  });

  it("leaves a short meeting's points as they were", () => {
    const short = makeInput({ ...input, items: input.items.slice(0, 1) });
    expect(summarizeExtractive(short).sections[0]!.bullets.length).toBe(6);
  });
});

// A monitoring item questioned at length: the presenter's account, then more answers with figures than the points cap.
const MONITORING_MINUTE = [
  "The Panel received the half-year budget monitoring report. The Treasurer and the Portfolio Holder for Resources attended.",
  "The Treasurer said that the revenue budget was forecast to overspend by £3.4m, most of it on adult care packages.",
  "Members asked questions, in summary:",
  "A Member asked how many care packages had been bought. The Treasurer responded that 1,210 packages had been bought by the end of June, against 1,050 a year earlier.",
  "A Member asked about the library savings. The Portfolio Holder responded that shorter opening hours at 3 of the 11 libraries had saved £240,000 so far.",
  "A Member asked how much parking had raised. The Treasurer responded that parking had raised £2.7m by the end of June, £150,000 above the profile.",
  "A Member asked about the pay award. The Treasurer responded that the pay award of 3.5% would cost £1.3m more than the budget had allowed.",
  "A Member asked about interest costs. The Treasurer responded that borrowing of £85m would be refinanced in March at about 4.6%.",
  "A Member asked how much business rates had raised. The Treasurer responded that 31.4% of the year's business rates had been collected by the end of June, against 32.2% a year before.",
  "A Member asked about the capital programme. The Treasurer responded that £26m of the £67m capital budget would move to next year because 2 schools had been delayed.",
  "RESOLVED: That the report be noted.",
].join("\n\n");

describe("a monitoring report questioned at length", () => {
  const summary = summarizeExtractive(
    makeInput({ items: [item(1, "Budget Monitoring 2025/26 Quarter 1", { minutesText: MONITORING_MINUTE })] }),
  );
  const bullets = summary.sections[0]!.bullets.map((b) => b.text);

  it("keeps the presenter's headline sum before the questions, however many answers carry figures", () => {
    expect(bullets.join(" ")).toMatch(/overspend by £3\.4m/);
  });

  it("says the presenter's account as an answer is said, by the post that gave it", () => {
    expect(bullets).toContain(
      "Treasurer: The revenue budget was forecast to overspend by £3.4m, most of it on adult care packages.",
    );
  });

  it("says an answer without the question's wording when the question adds nothing", () => {
    expect(bullets.join(" ")).not.toMatch(/A Member asked/);
  });
});

describe("a question whose answer is picked", () => {
  const minute = (question: string) =>
    [
      "The Sub-Committee questioned the Portfolio Holder for Leisure.",
      `${question} The Portfolio Holder responded that 4,100 residents had joined the leisure centres' membership scheme in 2025, and that 62% of them lived in the borough's most deprived wards.`,
      "RESOLVED: That the answers be noted.",
    ].join("\n\n");
  const bulletsFor = (question: string) =>
    summarizeExtractive(
      makeInput({
        items: [item(1, "Leisure Centres: Question and Answer Session", { minutesText: minute(question) })],
      }),
    ).sections[0]!.bullets.map((b) => b.text);

  it("gives way to the answer, said with who gave it", () => {
    const bullets = bulletsFor(
      "Councillor Ruth Adair asked the Portfolio Holder how many residents of Harrow had joined the scheme.",
    );
    expect(bullets.join(" ")).toMatch(/^Portfolio Holder: 4,100 residents|\bPortfolio Holder: 4,100 residents/);
    expect(bullets.join(" ")).not.toMatch(/asked the Portfolio Holder/);
  });

  it("stays when it carries a figure the answer does not", () => {
    const bullets = bulletsFor(
      "Councillor Ruth Adair asked why only 38% of the scheme's places had been taken up in the first year of the scheme.",
    );
    expect(bullets.join(" ")).toMatch(/only 38% of the scheme's places/);
  });
});

describe("accounts said by a post", () => {
  it("shortens a post's account, never a member's speech or a body's view", async () => {
    const { accountFact } = await import("@/lib/summarize/extractive/post-accounts");
    expect(
      accountFact("The Head of Parking added that 2,140 permits had been issued since June, and that 12 were refused."),
    ).toBe("Head of Parking: 2,140 permits had been issued since June, and 12 were refused.");
    expect(accountFact("Councillor Ann Reed said that families were spending months in a single room.")).toBeNull();
    expect(accountFact("The Committee said that it would return to the matter in the spring of next year.")).toBeNull();
  });
});
