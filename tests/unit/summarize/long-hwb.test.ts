// A health and wellbeing board's minutes (the corpus's tenth long minutes, a Health and Wellbeing Board, MId 990020,
// tests/fixtures/real-harrow/ORIGIN.md): a board that decides one thing itself and recommends another to Cabinet under
// one minute, and papers it asks to come to its own later meeting (docs/summaries.md#a-health-and-wellbeing-boards-minutes).
// Every minute below is written here, in the register of Harrow's, with made-up names, plans and dates.
import { describe, expect, it } from "vitest";
import { isClosingTimes } from "@/lib/summarize/extractive/debris";
import { extractResolved, plainResolution } from "@/lib/summarize/extractive/resolved";
import { pointsBack } from "@/lib/summarize/extractive/collect-candidates";
import { summarizeExtractive } from "@/lib/summarize/extractive/summarize-extractive";
import type { SummaryItem } from "@/lib/summarize/types";
import { item, makeInput } from "./helpers";

const decisionOf = (minute: string) => plainResolution(extractResolved(minute)!);

/** A Health and Wellbeing Board meeting of 5 March 2026 with these items, summarised on 1 April 2026. */
const boardMeeting = (items: SummaryItem[]) =>
  summarizeExtractive(
    makeInput({
      meeting: {
        title: "Health and Wellbeing Board - Thursday 5 March 2026 2.00 pm",
        committeeName: "Health and Wellbeing Board",
        startsAt: "2026-03-05T14:00:00Z",
      },
      items,
      now: "2026-04-01T09:00:00Z",
    }),
  );

describe("a decision and a recommendation to Cabinet under one minute", () => {
  const MINUTE = `The Director said that the refreshed plan had been shaped by the residents who took part.

RESOLVED: That the Carers' Plan 2026-2030 be approved.

Resolved to RECOMMEND: (to Cabinet)

That the Carers' Plan 2026-2030 be endorsed and adopted as part of the Council's policy framework.`;

  it("keeps the recommendation that follows the board's own decision", () => {
    const decision = decisionOf(MINUTE);
    expect(decision).toMatch(/^The Carers' Plan 2026-2030 was approved\./);
    expect(decision).toMatch(/Recommended to Cabinet: endorse the Carers' Plan 2026-2030 and adopt it as part of/);
    expect(decision).not.toMatch(/Resolved to RECOMMEND/);
  });

  it("does not take the words 'resolved to recommend' in an account for a second decision", () => {
    const decision = decisionOf(
      "RESOLVED: That the report be noted, it being understood that the Board resolved to recommend nothing further.",
    );
    expect(decision).not.toMatch(/Recommended to/);
  });
});

describe("a paper asked to come to the body's own later meeting", () => {
  it("says it will be brought, not that it was", () => {
    const decision = decisionOf(`RESOLVED: That

(1) the draft Needs Assessment be approved for consultation;

(2) the final Needs Assessment be brought to the Board for approval at its meeting on 9 April 2026.`);
    expect(decision).toMatch(
      /\(2\) The final Needs Assessment will be brought to the Board for approval at its meeting/,
    );
  });

  it("says a plan will be presented to the Board at a named meeting", () => {
    expect(
      decisionOf("RESOLVED: That an action plan be presented to the Board at its meeting on 9 April 2026."),
    ).toMatch(/^An action plan will be presented to the Board/);
  });

  it("still says a paper presented to the body at this meeting was presented", () => {
    expect(decisionOf("RESOLVED: That the plan be presented to the Board's partners.")).toMatch(/was presented/);
  });
});

describe("a reserves minute whose apologies come from several members, one with a substitute", () => {
  const RESERVES = `RESOLVED: To note the attendance at this meeting of the following duly appointed Reserve Member:

Ordinary Member | Reserve Member
Councillor Hugo Brand | Councillor Selina Marsh

Apologies for absence had been received from Dr Ana Petrov, a voting member of the Board, and from Mr Leo Grant, a non-voting member. Ms Tara Wynn attended as a substitute for Dr Petrov.`;

  it("says each apology as an apology and the substitute in its own sentence", () => {
    const summary = boardMeeting([
      item(1, "Attendance by Reserve Members", { minutesText: RESERVES }),
      item(5, "Annual Report", {
        minutesText: "The Board received the annual report.\n\nRESOLVED: That the report be noted.",
      }),
    ]);
    expect(summary.procedural).toMatch(/Reserves: Selina Marsh for Hugo Brand\. Apologies: Ana Petrov and Leo Grant\./);
    expect(summary.procedural).toMatch(/Tara Wynn[^.]* for Dr Petrov\./);
    expect(summary.procedural).not.toMatch(/\band from\b/);
  });
});

describe("the closing times printed after the last item's minute", () => {
  it("are no point of that item", () => {
    const summary = boardMeeting([
      item(7, "Neighbourhood Teams Update", {
        minutesText:
          "The Board received an update on the three neighbourhood teams opened in Edgware, Kenton and Pinner since the summer.\n\nRESOLVED: That the update be noted.\n\nThe meeting started at 2.00 pm and ended at 3.40 pm.\n\n(Signed) Councillor Ada Moss\nChair",
      }),
    ]);
    const text = JSON.stringify(summary.sections);
    expect(text).toMatch(/neighbourhood teams/);
    expect(text).not.toMatch(/ended at 3\.40 pm/);
  });

  it("are told apart from a line that records something else", () => {
    expect(isClosingTimes("The meeting, having begun at 6.30 pm, ended at 9.05 pm.")).toBe(true);
    expect(isClosingTimes("The meeting closed at 9.05 pm.")).toBe(true);
    expect(isClosingTimes("The meeting adjourned at 8.10 pm to allow members to read the late papers.")).toBe(false);
  });
});

describe("a figure given in the sentence after the target it is measured against", () => {
  it("is never said without the target it refers back to", () => {
    const minute = `The Board received a report on the Better Care Fund plan for the year.

The Head of Commissioning said that the pooled budget was £18.2m and that it paid for 19 schemes.

The Board was advised that the plan set a target that 90% of people leaving hospital would return to their own homes. In the first quarter the figure had been 86.3%.

RESOLVED: That the report be noted.`;
    const summary = boardMeeting([item(6, "Better Care Fund Plan", { minutesText: minute })]);
    const bullets = summary.sections.flatMap((s) => s.bullets.map((b) => b.text));
    const alone = bullets.findIndex((b) => /^In the first quarter the figure\b/.test(b));
    if (alone >= 0) expect(bullets[alone - 1]).toMatch(/\b90%/);
    expect(bullets.some((b) => /\b90%/.test(b))).toBe(true);
  });

  it("is read as pointing back, after a phrase of time or without one", () => {
    expect(pointsBack("In the first quarter the figure had been 86.3%.")).toBe(true);
    expect(pointsBack("The figure was 71% in October.")).toBe(true);
    expect(pointsBack("In October 71% of patients were seen within four hours.")).toBe(false);
  });
});

describe("two papers noted in a numbered clause", () => {
  it("take 'were', the clause's number no part of what was noted", () => {
    expect(
      decisionOf(
        "RESOLVED: That (1) the Carers' Fund plan for 2026/27 and the Quarter 3 return be noted; (2) the comments of the Board be forwarded to the Director.",
      ),
    ).toMatch(/^\(1\) The Carers' Fund plan for 2026\/27 and the Quarter 3 return were noted;/);
  });
});
