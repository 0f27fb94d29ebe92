// A business consultative panel's minutes (the corpus's long minutes of a panel of councillors and the borough's
// business representatives, MId 990051, tests/fixtures/real-harrow/ORIGIN.md): a matter raised under "Any Other
// Business" with an officer's undertaking on it, and officers' steps printed in the bare subjunctive ("(2) officers
// hold a briefing …") (docs/summaries.md#a-business-consultative-panels-minutes). Every sentence below is written here,
// with made-up names, places, businesses and figures.
import { describe, expect, it } from "vitest";
import { classifyItem, isRaisedOtherBusiness } from "@/lib/summarize/extractive/procedural";
import { raisedMatter, withRaisedMatter } from "@/lib/summarize/extractive/raised-matters";
import { willDo } from "@/lib/summarize/extractive/resolution/will-do";
import type { SummaryItem } from "@/lib/summarize/types";
import { candidatesOf, minuteItem } from "./helpers";

const item = (title: string, minutesText: string | null): SummaryItem => minuteItem(title, minutesText);

const RAISED_AND_UNDERTAKEN =
  "Mrs Odette Blackwater-Ince raised the closure of the public toilets in Quillon Square, which had been shut since March. Shoppers had complained to several traders. The Town Centre Manager undertook to ask the contractor when they would reopen and to tell members by 4 August 2027.\n\nRESOLVED: That the matter be noted.";

describe("any other business that raised a matter", () => {
  it("is business of the meeting when someone raised a matter and an officer undertook to act", () => {
    const raised = item("Any Other Business", RAISED_AND_UNDERTAKEN);
    expect(isRaisedOtherBusiness(raised)).toBe(true);
    expect(classifyItem(raised)).toBe("substantive");
    expect(classifyItem(item("Any Other Urgent Business", RAISED_AND_UNDERTAKEN))).toBe("substantive");
  });

  it("stays standing business when there was none, or when the title also holds the next meeting's date", () => {
    expect(classifyItem(item("Any Other Business", "There was no other business."))).toBe("procedural");
    expect(classifyItem(item("Any Other Urgent Business", "There were no items of urgent business."))).toBe(
      "procedural",
    );
    const withDate = item("Any Other Business and Date of Next Meeting", RAISED_AND_UNDERTAKEN);
    expect(isRaisedOtherBusiness(withDate)).toBe(false);
    expect(classifyItem(withDate)).toBe("procedural");
  });

  it("leaves a minute that only records a note, with nothing raised, as standing business", () => {
    const noted = item(
      "Any Other Business",
      "The Chair thanked the outgoing Vice-Chair, Councillor Perpetua Strangways, for her four years of service to the Panel, and wished her well in her new role on the Licensing Committee.",
    );
    expect(isRaisedOtherBusiness(noted)).toBe(false);
    expect(classifyItem(noted)).toBe("procedural");
  });
});

describe("an undertaking said with the matter raised", () => {
  it("reads who raised what, to the first comma", () => {
    expect(
      raisedMatter("Mr Caspian Orr-Whitley raised the loss of parking on Fennel Parade, which traders blamed."),
    ).toBe("Mr Caspian Orr-Whitley raised the loss of parking on Fennel Parade");
    expect(raisedMatter("Councillor Imelda Vance raised concerns about the late opening of the Tollgate market.")).toBe(
      "Councillor Imelda Vance raised concerns about the late opening of the Tollgate market",
    );
    expect(raisedMatter("The works had raised the cost of deliveries.")).toBeNull();
  });

  it("puts the matter before the undertaking, and leaves any other sentence as it was", () => {
    const matter = "Mr Caspian Orr-Whitley raised the loss of parking on Fennel Parade";
    expect(withRaisedMatter(matter, "Ms Lorna Fitch-Abara undertook to review the bays by 9 October 2027.")).toBe(
      "Mr Caspian Orr-Whitley raised the loss of parking on Fennel Parade; Ms Lorna Fitch-Abara undertook to review the bays by 9 October 2027.",
    );
    expect(withRaisedMatter(matter, "Traders had lost custom since the bays were removed.")).toBe(
      "Traders had lost custom since the bays were removed.",
    );
    expect(withRaisedMatter(null, "Ms Lorna Fitch-Abara undertook to review the bays by 9 October 2027.")).toBe(
      "Ms Lorna Fitch-Abara undertook to review the bays by 9 October 2027.",
    );
  });

  it("gives the undertaking's point the matter when the minute is read", () => {
    const texts = candidatesOf(
      "Mrs Odette Blackwater-Ince raised the closure of the public toilets in Quillon Square, which had been shut since March. Shoppers had complained to several traders. The Town Centre Manager undertook to ask the contractor when they would reopen and to tell members by 4 August 2027.",
      "Any Other Business",
    ).map((c) => c.text);
    expect(
      texts.filter((t) =>
        /^Mrs Odette Blackwater-Ince raised the closure of the public toilets in Quillon Square; the Town Centre Manager undertook to ask the contractor/.test(
          t,
        ),
      ),
    ).toHaveLength(1);
  });
});

describe("officers' steps in the bare subjunctive", () => {
  it("says what officers will circulate, hold or arrange", () => {
    expect(willDo("(3) officers circulate the draft charging schedule to the business representatives", false)).toBe(
      "(3) officers will circulate the draft charging schedule to the business representatives",
    );
    expect(willDo("(2) officers hold a workshop for market traders by the end of March 2028", false)).toBe(
      "(2) officers will hold a workshop for market traders by the end of March 2028",
    );
    expect(willDo("(2) officers arrange a site visit to the Brindle Lane depot", true)).toBe(
      "(2) officers to arrange a site visit to the Brindle Lane depot",
    );
  });

  it("leaves a verb that already has its tense", () => {
    expect(willDo("(1) the workshop that officers will hold in May be noted", false)).not.toMatch(/will will/);
    expect(willDo("(1) the schedule was circulated to members", false)).toBe(
      "(1) the schedule was circulated to members",
    );
  });
});
