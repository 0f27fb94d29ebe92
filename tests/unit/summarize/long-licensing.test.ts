// A licensing hearing's minutes (the corpus's eleventh long minutes, a Licensing Panel, MId 990021,
// tests/fixtures/real-harrow/ORIGIN.md): two cases decided by three councillors, each decision printed after the list of
// what the Panel took into account, with its own numbered conditions or steps after it
// (docs/summaries.md#a-licensing-hearings-minutes). Every minute below is written here, in the register of Harrow's,
// with made-up shops, people and hours.
import { describe, expect, it } from "vitest";
import { extractResolved, plainResolution } from "@/lib/summarize/extractive/resolved";
import { scoreSentence } from "@/lib/summarize/extractive/score-sentence";
import { describeStandingItem } from "@/lib/summarize/extractive/standing-items";
import { summarizeExtractive } from "@/lib/summarize/extractive/summarize-extractive";
import { item, makeInput, minuteContext, minuteItem } from "./helpers";
import { outcomePhrase, outcomeVerb } from "@/lib/summarize/extractive/overview/outcome-phrase";

const decisionOf = (minute: string) => plainResolution(extractResolved(minute)!);

describe("a licensing decision after the points the Panel took into account", () => {
  it("keeps the outcome and its numbered conditions when the list is introduced by a colon alone", () => {
    const decision = decisionOf(`The Panel retired to deliberate.

RESOLVED: That, having taken into account:

\u00b7 the written and oral representations of all the parties;
\u00b7 the Licensing Act 2003 and the licensing objectives;
\u00b7 the Council's Statement of Licensing Policy,

the application for a premises licence for Elm Mini Market be granted, subject to the following conditions:

(1) alcohol be sold only between 09:00 and 22:00;

(2) no single cans of beer be sold.

REASONS:

The Panel heard from residents about noise.`);
    expect(decision).toMatch(/^The application for a premises licence for Elm Mini Market was granted, subject to/);
    expect(decision).toMatch(/09:00 and 22:00/);
    expect(decision).toMatch(
      /\(1\) alcohol be sold only between 09:00 and 22:00; \(2\) no single cans of beer be sold\.$/,
    );
    expect(decision).not.toMatch(/Licensing Act|Statement of Licensing Policy|taken into account/);
  });

  it("drops a list of considerations run into the sentence, keeping what was done to the licence", () => {
    const decision = decisionOf(
      "RESOLVED: That, having taken into account the representations of all the parties, the Licensing Act 2003, the Guidance issued under section 182 of the Act and the Human Rights Act 1998, the premises licence for Rose Off Licence be modified as follows: (1) the licence be suspended for a period of six weeks; (2) Mr Alan Weir be removed as the Designated Premises Supervisor.",
    );
    expect(decision).toMatch(/^The premises licence for Rose Off Licence was modified as follows:/);
    expect(decision).toMatch(/six weeks/);
    expect(decision).toMatch(
      /\(1\) The licence was suspended for a period of six weeks; \(2\) Mr Alan Weir was removed/,
    );
    expect(decision).not.toMatch(/Guidance|Human Rights/);
  });

  it("still gives nothing where the page broke off inside the list", () => {
    expect(
      extractResolved(
        "RESOLVED: That, having taken into account:\n\n\u00b7 the written representations of all the parties;\n\n\u00b7 the Licensing Act 2003 and the lic\u2026",
      ),
    ).toBe("");
  });
});

describe("the outcome a licensing decision states", () => {
  it("is the grant, not a condition about refused sales", () => {
    expect(
      outcomeVerb(
        "The application for a premises licence for Elm Mini Market was granted in part, subject to the following: (1) alcohol be sold from 08:00 to 23:00; (2) a record be kept of every refused sale.",
      ),
    ).toBe("granted");
  });

  it("is still a refusal where the application was refused", () => {
    expect(outcomeVerb("The application for a premises licence for Elm Mini Market was refused.")).toBe("refused");
  });
});

describe("a licensing outcome in the overview", () => {
  it("says what was granted, in part and with conditions, not the agenda title", () => {
    expect(
      outcomePhrase(
        "The application for a premises licence for Elm Mini Market was granted in part, subject to the following: (1) alcohol be sold from 08:00 to 23:00; (2) no single cans be sold.",
        "Application for a New Premises Licence – Elm Mini Market, 4 Elm Parade",
      ),
    ).toEqual({
      verb: "granted",
      object:
        "the application for a premises licence for Elm Mini Market in part (alcohol 08:00 to 23:00), with conditions",
    });
  });

  it("says the hours granted for alcohol where the first condition sets them", () => {
    expect(
      outcomePhrase(
        "The application for a premises licence for Oak Wines was granted, subject to the following conditions: (1) the sale of alcohol for consumption off the premises be permitted from 10:00 until 22:30 on Sundays; (2) CCTV be installed.",
        "Oak Wines, 12 Oak Road",
      ),
    ).toEqual({
      verb: "granted",
      object: "the application for a premises licence for Oak Wines (alcohol 10:00 to 22:30), with conditions",
    });
  });

  it("says a review's suspension and for how long", () => {
    expect(
      outcomePhrase(
        "The premises licence for Rose Off Licence was modified as follows: (1) The licence was suspended for a period of six weeks; (2) Mr Alan Weir was removed as the Designated Premises Supervisor.",
        "Application for a Review of the Premises Licence – Rose Off Licence",
      ),
    ).toEqual({ verb: "suspended", object: "the premises licence for Rose Off Licence for six weeks" });
    expect(
      outcomePhrase(
        "The premises licence for Rose Off Licence was revoked.",
        "Application for a Review of the Premises Licence – Rose Off Licence",
      ),
    ).toEqual({ verb: "revoked", object: "the premises licence for Rose Off Licence" });
  });
});

describe("the Licensing Panel's note on how its minutes are approved", () => {
  const NOTE =
    "[Note: the minutes of each hearing are approved by the Members who sat at it and signed by that hearing's Chair, not put to the next Panel, because the Panel is drawn from a pooled membership and later hearings have other Members.]";

  it("is said in one short line where the minute prints the note", () => {
    expect(
      describeStandingItem(minuteItem("Minutes", `${NOTE}\n\nRESOLVED: To note the arrangements set out above.`)),
    ).toBe("Minutes approved by the hearing's own Members (pooled membership).");
  });

  it("is said the same way where the agenda prints the note and the minute only points to it", () => {
    expect(
      describeStandingItem(minuteItem("Minutes", "(See the Note at the end of these minutes.)", { description: NOTE })),
    ).toBe("Minutes approved by the hearing's own Members (pooled membership).");
  });

  it("leaves an ordinary approval of minutes alone", () => {
    expect(
      describeStandingItem(
        minuteItem(
          "Minutes",
          "RESOLVED: That the minutes of the meeting held on 4 March 2026 be taken as read and signed as a correct record.",
        ),
      ),
    ).not.toMatch(/pooled/);
  });
});

describe("a hearing's account under 'In attendance:'", () => {
  it("is headed as the hearing, not as a list of who attended", () => {
    const minute = `In attendance:

Legal Adviser: Ms Jo Bell, Harrow Council
Licensing Officer: Mr Sam Hurst, Harrow Council

The Licensing Officer introduced the report on the application for Elm Mini Market, which sought to sell alcohol until 01:00.

Four residents had objected, saying that the parade already suffered from late-night noise.

RESOLVED: That the application for a premises licence for Elm Mini Market be refused.

REASONS:

The Panel found that sales until 01:00 would add to public nuisance in the parade.

The Panel was not persuaded that the conditions offered would prevent it.`;
    const { sections } = summarizeExtractive(
      makeInput({
        meeting: {
          title: "Licensing Panel - Tuesday 3 March 2026 6.30 pm",
          committeeName: "Licensing Panel",
          startsAt: "2026-03-03T18:30:00Z",
        },
        items: [item(1, "Elm Mini Market, 4 Elm Parade, Harrow", { minutesText: minute })],
        now: "2026-04-01T09:00:00Z",
      }),
    );
    const headings = sections.map((s) => s.heading);
    expect(headings).not.toContain("In attendance");
    expect(headings).toContain("The hearing");
    // "REASONS:" in capitals reads as a heading in ordinary type.
    expect(headings).toContain("Reasons");
    expect(headings).not.toContain("REASONS");
  });
});

describe("a Licensing Procedures minute", () => {
  it("says how the hearing was held", () => {
    expect(
      describeStandingItem(
        minuteItem(
          "Licensing Procedures",
          "The Chair asked everyone present to introduce themselves. The hearing was held remotely. The Chair then set out the order of speakers.",
        ),
      ),
    ).toBe("Hearing held remotely.");
  });

  it("gives nothing where it only sets out the procedure", () => {
    expect(
      describeStandingItem(
        minuteItem(
          "Licensing Procedures",
          "The Chair asked everyone present to introduce themselves and then set out the order of speakers.",
        ),
      ),
    ).toBeNull();
  });
});

describe("the account's sentence naming the conditions agreed with a responsible authority", () => {
  const context = minuteContext("Application for a New Premises Licence – Elm Mini Market");
  const AGREED =
    "The applicant had accepted the conditions the Police had proposed, including door staff on Saturdays.";
  const OFFERED = "The applicant had offered to employ door staff on Saturdays, and said that trade was busiest then.";

  it("is preferred to an ordinary sentence of the hearing: the decision grants subject to those conditions", () => {
    expect(scoreSentence(AGREED, context)).toBeGreaterThan(scoreSentence(OFFERED, context) + 1);
  });

  it("is no better than others in a report, where no decision points back to it", () => {
    const report = { ...context, origin: "report" as const };
    expect(scoreSentence(AGREED, report)).toBeLessThan(scoreSentence(OFFERED, report) + 1);
  });
});
