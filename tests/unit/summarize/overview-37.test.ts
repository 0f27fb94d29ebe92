// Overviews read as a resident, stop 37 (docs/summaries.md#overviews-read-as-a-resident-stop-37): an overview that
// names an item's title where the minutes say what was decided, and a body's own priorities left out. Every input here
// is written in our own words, with made-up names and figures; none is a council's sentence.
import { describe, expect, it } from "vitest";
import { fitOutcomes } from "@/lib/summarize/extractive/overview/fit-outcomes";
import { nextReportShows } from "@/lib/summarize/extractive/overview/later-reports";
import type { Entry } from "@/lib/summarize/extractive/overview/outcome-entries";
import { outcomePhrase, setsPriorities } from "@/lib/summarize/extractive/overview/outcome-phrase";

describe("what the next report is to show", () => {
  it("is a request for further work, said with what the report is on", () => {
    expect(
      nextReportShows("The next report on library opening hours will show the number of visits by branch."),
    ).toEqual({
      verb: "asked for",
      object: "the next report on library opening hours to show the number of visits by branch",
    });
  });

  it("is what the decision says, rather than a decision on the item's title", () => {
    expect(
      outcomePhrase(
        "The next report on missed bin collections will include the figures for each ward.",
        "Waste Services Performance: Quarter 2",
      ),
    ).toEqual({
      verb: "asked for",
      object: "the next report on missed bin collections to include the figures for each ward",
    });
  });

  it("leaves a clause about anything else to the other readings", () => {
    expect(nextReportShows("The report on library opening hours was noted.")).toBeNull();
    expect(nextReportShows("The next meeting will be held on 4 May 2028.")).toBeNull();
  });
});

describe("a report approved as amended", () => {
  it("is said without the amendments, which are the Decision line's", () => {
    expect(
      outcomePhrase(
        "The Panel's annual report for 2027/28, as amended at the meeting, was approved.",
        "Annual Report 2027/28",
      ),
    ).toEqual({ verb: "approved", object: "the Panel's annual report for 2027/28" });
  });
});

describe("a body's own priorities for the year", () => {
  const priorities = outcomePhrase(
    "The partnership's priorities for 2028/29 were agreed as youth violence, burglary and hate crime, with road safety as a cross-cutting theme.",
    "Partnership Priorities 2028/29",
  );

  it("are read as the list agreed", () => {
    expect(priorities).toEqual({
      verb: "agreed",
      object: "the partnership's priorities for 2028/29 as youth violence, burglary and hate crime",
    });
    expect(setsPriorities(priorities)).toBe(true);
  });

  it("are not any other agreement", () => {
    expect(setsPriorities({ verb: "agreed", object: "the work programme for 2028/29" })).toBe(false);
    expect(
      setsPriorities({ verb: "noted", object: "the partnership's priorities as youth violence and burglary" }),
    ).toBe(false);
  });

  it("are said first, before what the body endorsed", () => {
    const entries: Entry[] = [
      {
        phrase: { verb: "endorsed", object: "the action plan for the Eastfield safeguarding review" },
        verb: "endorsed",
        title: "Safeguarding Review: Action Plan",
      },
      { phrase: priorities, verb: "agreed", title: "Partnership Priorities 2028/29", keep: true },
    ];
    expect(fitOutcomes(entries, 40).without([])).toEqual([
      "agreed the partnership's priorities for 2028/29 as youth violence, burglary and hate crime",
      "endorsed the action plan for the Eastfield safeguarding review",
    ]);
  });
});

describe("decisions crowding the overview", () => {
  const entries = (): Entry[] => [
    {
      phrase: { verb: "approved", object: "the Board's annual report for 2027/28" },
      verb: "approved",
      title: "Annual Report 2027/28",
    },
    {
      phrase: {
        verb: "asked for",
        object: "the next report on administration backlogs to show the age of the oldest open transfer cases",
      },
      verb: "decided on",
      title: "Administration Backlogs: Quarter 1",
    },
    {
      phrase: { verb: "noted", object: "the register of late payments by employers" },
      verb: "noted",
      title: "Late Payments Register",
      decision: "The register of late payments by employers was noted.",
    },
    {
      phrase: { verb: "noted", object: "the fund's risk register and the update on the asset pool" },
      verb: "noted",
      title: "Risk Register and Pool Update",
      decision: "The fund's risk register and the update on the asset pool were noted.",
    },
  ];

  // The count itself is left out beside two outcomes said in their own words, and said where it is asked for
  // (docs/summaries.md#overviews-read-as-a-resident-stop-38).
  it("count the papers only noted before a decision gives way to its title", () => {
    expect(fitOutcomes(entries(), 36, false, true).without([])).toEqual([
      "approved the Board's annual report for 2027/28",
      "asked for the next report on administration backlogs to show the age of the oldest open transfer cases",
      "noted 2 items",
    ]);
    expect(fitOutcomes(entries(), 36).without([])).toEqual([
      "approved the Board's annual report for 2027/28",
      "asked for the next report on administration backlogs to show the age of the oldest open transfer cases",
    ]);
  });

  it("leave out a decision the overview could only name by its title under 'decided on'", () => {
    const said = fitOutcomes(entries(), 20).without([]);
    expect(said.join(" ")).not.toMatch(/decided on/);
    expect(said).toContain("approved the Board's annual report for 2027/28");
  });

  it("are said in full where they fit", () => {
    expect(fitOutcomes(entries(), 60).without([])).toEqual([
      "approved the Board's annual report for 2027/28",
      "asked for the next report on administration backlogs to show the age of the oldest open transfer cases",
      "noted the register of late payments by employers and the fund's risk register and the update on the asset pool",
    ]);
  });
});
