// Business recall on the long minutes, nineteenth round (docs/summaries.md#long-minutes-round-nineteen): a plan's
// timetable said to where it ends, and words a point held to words spends on how an item came to the meeting (whom a
// consultation's letters went to, what the body had done at an earlier meeting) or on what a figure comes without;
// and a scheme's date moved, picked first.
// Every sentence below is written here, with made-up names, places and figures.
import { describe, expect, it } from "vitest";
import { inFewerWords, wordsBonus } from "@/lib/summarize/extractive/advisory-minutes";
import { isTimetableEnd, saysDateMoved } from "@/lib/summarize/extractive/development-minutes";
import { onlyEarlierStep, withoutMailing } from "@/lib/summarize/extractive/free-words";
import { pickMinutePoints } from "@/lib/summarize/extractive/minute-points";
import { minutePointsInput } from "./helpers";

const TITLE = "Waterside Area Action Plan Timetable";
const TIMETABLE = [
  "The Planning Manager, Ms Rhiannon Tate, set out the timetable for the Waterside Area Action Plan:",
  "",
  "· engagement on the plan's aims with residents from 4 May to 15 June 2026;",
  "",
  "· consultation on the draft plan in February 2027;",
  "",
  "· examination by an inspector in the summer of 2027 and adoption by March 2028.",
  "",
  "Councillor Owen Hart asked whether local schools had been involved. Ms Tate said that the head teachers had been invited to a workshop in the spring, though none had yet replied.",
].join("\n");

describe("the end of a plan's timetable", () => {
  const stages = minutePointsInput(TIMETABLE, TITLE).minuteCandidates.filter((c) => c.list !== undefined);

  it("is the last dated stage of a list whose lead names a timetable", () => {
    expect(stages).toHaveLength(3);
    const ends = stages.filter((c) => isTimetableEnd(c, stages)).map((c) => c.text);
    expect(ends).toEqual([expect.stringContaining("adoption by March 2028")]);
  });

  it("is not read in a list of two, or under a lead that names no stages", () => {
    expect(stages.slice(1).some((c) => isTimetableEnd(c, stages.slice(1)))).toBe(false);
    const led = stages.map((c) => ({ ...c, lead: "Ms Tate listed the concerns raised by residents:" }));
    expect(led.some((c) => isTimetableEnd(c, led))).toBe(false);
  });

  it("is said when every minute is held to words, though a month and a year are no figure", () => {
    const picked = pickMinutePoints(
      minutePointsInput(TIMETABLE, TITLE, { maxPoints: 3, answerPoints: 3, everyMinuteByWords: true }),
    ).picked.map((c) => c.text);
    expect(picked.some((t) => t.includes("adoption by March 2028"))).toBe(true);
  });
});

describe("whom a consultation's letters were sent to", () => {
  it("goes before what the consultation was", () => {
    expect(
      withoutMailing(
        "Letters had been sent to the occupiers of all 212 homes in the streets concerned, and the consultation had run for four weeks from 2 March to 30 March 2026.",
      ),
    ).toBe("The consultation had run for four weeks from 2 March to 30 March 2026.");
    expect(
      inFewerWords(
        "Leaflets were delivered to 3,400 addresses in the ward, and the survey had closed on 9 January 2026 with 611 replies.",
      ),
    ).toBe("The survey had closed on 9 January 2026 with 611 replies.");
  });

  it("stays when nothing of the consultation follows it", () => {
    const alone = "Letters had been sent to all 212 homes in the streets concerned.";
    expect(withoutMailing(alone)).toBe(alone);
    const other = "Letters had been sent to 212 homes, and 40 residents had attended the drop-in session.";
    expect(withoutMailing(other)).toBe(other);
  });
});

describe("what the body had done at an earlier meeting", () => {
  it("is no point held to words when that meeting's date is its only figure", () => {
    expect(
      onlyEarlierStep("The Committee had agreed at its meeting on 14 October 2025 that tenants be surveyed first."),
    ).toBe(true);
    expect(onlyEarlierStep("The Panel had asked at its last meeting on 2 June 2026 for a report on the market.")).toBe(
      true,
    );
  });

  it("is a point when it gives a figure of its own, or is not the body's own step", () => {
    expect(
      onlyEarlierStep(
        "The Committee had agreed at its meeting on 14 October 2025 to set aside £40,000 for the survey.",
      ),
    ).toBe(false);
    expect(onlyEarlierStep("Cabinet had agreed on 14 October 2025 that tenants be surveyed first.")).toBe(false);
  });
});

describe("what a figure comes without", () => {
  it("goes after the sentence's figures when it carries no figure of its own", () => {
    expect(
      inFewerWords(
        "The employer's contribution rate would fall from 19.4% of pay to 17.1% from 1 April 2027, with no further payments needed towards the old deficit.",
      ),
    ).toBe("The employer's contribution rate would fall from 19.4% of pay to 17.1% from 1 April 2027.");
    expect(
      inFewerWords("Rents would rise by 2.7% from April, without any change to service charges for the year."),
    ).toBe("Rents would rise by 2.7% from April.");
  });

  it("stays when it carries a figure", () => {
    const kept = "Rents would rise by 2.7% from April, with no more than 40 homes seeing a larger rise.";
    expect(inFewerWords(kept)).toBe(kept);
  });
});

describe("a scheme's date moved, and to when", () => {
  const moved =
    "Councillor Aziz: The bids had come in £0.9m over the estimate and the library would be re-let in the spring, with work now due to start in June 2027.";

  it("is read in the ways minutes say a date slipped", () => {
    expect(saysDateMoved(moved)).toBe(true);
    expect(saysDateMoved("The opening of the new sports hall had been put back to the autumn of 2026.")).toBe(true);
    expect(saysDateMoved("The resurfacing of Elm Road was delayed until March 2027 by the utility works.")).toBe(true);
  });

  it("is not a date kept, or a delay with no date", () => {
    expect(saysDateMoved("Work on the library would start in June 2027 as planned.")).toBe(false);
    expect(saysDateMoved("The opening of the sports hall had been delayed by the wet winter.")).toBe(false);
    expect(saysDateMoved("Three reviews had been deferred to 2027/28 at the request of the Director.")).toBe(false);
  });

  it("is picked first when every minute is held to words, as a plan's next step with its date is", () => {
    expect(wordsBonus(moved, false)).toBeGreaterThan(0);
    expect(wordsBonus("Councillor Aziz: The bids had come in £0.9m over the estimate.", false)).toBe(0);
  });
});
