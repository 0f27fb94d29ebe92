// A community safety partnership's minutes (the corpus's long minutes of Safer Harrow, MId 990041,
// tests/fixtures/real-harrow/ORIGIN.md): a board of partners listed by organisation, an action log under the minutes,
// actions given to named officers after a resolution, priorities set by the board, steps set for a named month's
// meeting or a publication day (docs/summaries.md#a-community-safety-partnerships-minutes). Every sentence below is
// written here, with made-up names, places and figures.
import { describe, expect, it } from "vitest";
import { actionsGiven, withActions } from "@/lib/summarize/extractive/actions-given";
import { FIGURE_BACK, pointsBack } from "@/lib/summarize/extractive/candidate";
import { outcomePhrase } from "@/lib/summarize/extractive/overview/outcome-phrase";
import { bodyName } from "@/lib/summarize/extractive/overview/titles";
import { plainResolution } from "@/lib/summarize/extractive/resolved";
import { describeStandingItem } from "@/lib/summarize/extractive/standing-items";
import { actionLogSaid } from "@/lib/summarize/extractive/standing/action-log";
import { partnersPresent } from "@/lib/summarize/extractive/standing/partners-present";
import { minuteItem } from "./helpers";

const LOG = [
  "RESOLVED: That the minutes of the meeting held on 4 March 2027 be agreed as a correct record.",
  "Action Log",
  "The Partnership Manager presented the action log. Of the seven actions arising from the last meeting, five had been closed and two were carried forward:",
  "(1) Closed - the Police to share burglary data with the Council. Data had been shared monthly since April.",
  "(2) Carried forward - the Parks Manager, Mr Idris Fenwick, to report on lighting in Coldwater Park. The survey had been delayed by the weather.",
  "(3) Carried forward - the Fire Service to brief ward councillors on arson. A date was being sought.",
].join("\n\n");

describe("an action log under the minutes", () => {
  it("says the log's own totals and each action carried forward with its owner, without the updates", () => {
    const line = describeStandingItem(minuteItem("Minutes and Action Log", LOG));
    expect(line).toBe(
      "Minutes of 4 March 2027 approved. Action log: five of the seven actions closed; carried forward: the Parks Manager, Mr Idris Fenwick, to report on lighting in Coldwater Park; the Fire Service to brief ward councillors on arson.",
    );
    expect(line).not.toMatch(/delayed by the weather/);
  });

  it("never counts in digits the minute does not print", () => {
    const untotalled = LOG.replace(/Of the seven actions[^:]*:/, "The following were reported:");
    const said = actionLogSaid(untotalled.split("\n\n"))!.said;
    expect(said).toMatch(/^Action log: carried forward: the Parks Manager/);
    expect(said).not.toMatch(/\d/);
  });

  it("leaves a minute with no log heading, or a heading over no marked actions, to the usual reading", () => {
    expect(actionLogSaid(["RESOLVED: That the minutes be agreed.", "The Chair thanked officers."])).toBeNull();
    expect(actionLogSaid(["Action Log", "The Partnership Manager said the log was up to date."])).toBeNull();
  });
});

const PRESENT = [
  "The following partners were present:",
  [
    "Councillor Maeve Dunstable - Portfolio Holder for Safer Communities, Northbridge Council (Chair)",
    "Detective Superintendent Caius Brennan - Borough Commander, East Area Command Unit, Metropolitan Police Service",
    "Group Commander Odette Lyle - London Fire Brigade (deputising for the Borough Commander)",
    "Mr Tarek Osei - Head of Service, Northbridge Probation Delivery Unit",
  ].join("\n"),
  "The Chair welcomed Mr Osei to his first meeting.",
].join("\n\n");

describe("the partners present", () => {
  it("says each partner with role and organisation, the units between and notes in brackets left out", () => {
    expect(partnersPresent(PRESENT)).toBe(
      [
        // The courtesy title and the welcome to a partner the list names go (docs/summaries.md#standing-lines-stop-36).
        "Present: Councillor Maeve Dunstable, Portfolio Holder for Safer Communities (Northbridge Council), Chair; Detective Superintendent Caius Brennan, Borough Commander (Metropolitan Police Service); Group Commander Odette Lyle (London Fire Brigade); Tarek Osei, Head of Service (Northbridge Probation Delivery Unit).",
      ].join("\n\n"),
    );
  });

  it("drops the separate line on who chaired when the list marks its Chair", () => {
    const chaired = `Councillor Maeve Dunstable was in the Chair.\n\n${PRESENT}`;
    expect(partnersPresent(chaired)).not.toMatch(/was in the Chair/);
  });

  it("leaves a short list, or lines that are not partners, as they are", () => {
    expect(
      partnersPresent("The following partners were present:\n\nMr A Bell - Police\nMs C Dee - Council"),
    ).toBeNull();
    expect(partnersPresent("The following points were made:\n\n- one\n- two\n- three")).toBeNull();
  });
});

describe("actions given to named officers after a resolution", () => {
  const minute =
    "The Board discussed the hotspots.\n\nRESOLVED: That the report be noted.\n\nACTION: Inspector Ruth Agbaje to present a plan for Millbrook Parade to the next meeting.\n\nACTION: The Partnership Manager to circulate the maps by 3 April 2027.";

  it("keeps each action, owner first, in the order printed", () => {
    expect(actionsGiven(minute)).toEqual([
      "Inspector Ruth Agbaje to present a plan for Millbrook Parade to the next meeting.",
      "The Partnership Manager to circulate the maps by 3 April 2027.",
    ]);
  });

  it("says them after the decision, or alone when the minute prints no decision", () => {
    expect(withActions("The report was noted.", minute)).toBe(
      "The report was noted. Action: Inspector Ruth Agbaje to present a plan for Millbrook Parade to the next meeting. Action: The Partnership Manager to circulate the maps by 3 April 2027.",
    );
    expect(withActions(null, "ACTION: Ms Lena Vock to write to the housing association.")).toBe(
      "Action: Ms Lena Vock to write to the housing association.",
    );
    expect(withActions("The report was noted.", "The action plan was discussed.")).toBe("The report was noted.");
  });

  it("takes no paragraph labelled as an action that names nobody to do anything", () => {
    expect(actionsGiven("ACTION: none.")).toEqual([]);
  });
});

describe("steps set for later", () => {
  it("says a report to a meeting named by its month as still to come", () => {
    expect(plainResolution("That the ward plans be reported to the September meeting.")).toBe(
      "The ward plans are to be reported to the September meeting.",
    );
  });

  it("says a report to be published on a set day as still to come, and an approval on a day as given", () => {
    expect(plainResolution("That the review be published on the Council's website on 14 May 2027.")).toMatch(
      /^The review will be published on the Council's website on 14 May 2027\.$/,
    );
    expect(plainResolution("That the strategy be approved.")).toBe("The strategy was approved.");
  });
});

describe("priorities set by the board", () => {
  it("says a list of priorities as agreed, and the overview names them", () => {
    const plain = plainResolution(
      "That the Board's priorities for 2027/28 be hate crime, drug dealing and fraud against older people.",
    );
    expect(plain).toBe(
      "The Board's priorities for 2027/28 were agreed as hate crime, drug dealing and fraud against older people.",
    );
    expect(outcomePhrase(plain, "Partnership Priorities")).toEqual({
      verb: "agreed",
      object: "the Board's priorities for 2027/28 as hate crime, drug dealing and fraud against older people",
    });
  });

  it("leaves priorities that are reviewed, or set out elsewhere, to the usual reading", () => {
    expect(plainResolution("That the priorities for 2027/28 be reviewed in June.")).not.toMatch(/agreed as/);
    expect(plainResolution("That the Board's priorities be as set out in the report.")).not.toMatch(/agreed as/);
  });
});

describe("the body's name in the overview", () => {
  it("says a partnership's own name without the article, and a committee's with it", () => {
    expect(bodyName("Safer Northbridge")).toBe("Safer Northbridge");
    expect(bodyName("Pension Board")).toBe("the Pension Board");
    expect(bodyName("Northbridge Community Safety Partnership")).toBe("the Northbridge Community Safety Partnership");
    expect(bodyName("SACRE")).toBe("the SACRE");
  });
});

describe("the partners present, printed as one paragraph", () => {
  it("finds where each partner begins by the title and name before the dash", () => {
    const [lead, list, rest] = PRESENT.split("\n\n");
    const joined = [lead, list!.replace(/\n/g, " "), rest].join("\n\n");
    expect(joined.split("\n")).toHaveLength(5);
    expect(partnersPresent(joined)).toBe(partnersPresent(PRESENT));
    expect(partnersPresent(joined)).toMatch(/; Group Commander Odette Lyle \(London Fire Brigade\); Tarek Osei, /);
  });
});

describe("the next meeting set by resolution", () => {
  it("says the date, after any other line of the item in lower case", () => {
    expect(
      describeStandingItem(
        minuteItem(
          "Any Other Business and Date of Next Meeting",
          "Mr Jon Hale raised the closure of the Elm Street police counter.\n\nRESOLVED: That the next meeting of the Partnership be held on 9 September 2027.",
        ),
      ),
    ).toBe("Mr Jon Hale raised the closure of the Elm Street police counter; next meeting: 9 September 2027.");
  });
});

describe("a change in the figure just given", () => {
  it("joins 'This was a reduction of …' to the sentence whose figure it changes", () => {
    expect(FIGURE_BACK.test("This was a reduction of 4.1% on the previous year.")).toBe(true);
    expect(FIGURE_BACK.test("This was an increase of 12 on the year before.")).toBe(true);
    expect(FIGURE_BACK.test("This was a matter for the Police.")).toBe(false);
    expect(pointsBack("This was a reduction of 4.1% on the previous year.")).toBe(true);
  });
});
