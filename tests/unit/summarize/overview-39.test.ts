// Overviews read as a resident, stop 39 (docs/summaries.md#overviews-read-as-a-resident-stop-39): an application put
// off or taken back said as the application for its site, not as the site; an agenda title cut short left out beside
// outcomes said in their own words; a count of papers only noted left out beside one outcome said in its own words.
// Every input here is written in our own words, with made-up names, places and figures; none is a council's sentence.
import { describe, expect, it } from "vitest";
import { writeOutcomeOverview } from "@/lib/summarize/extractive/overview";
import { fitOutcomes, isCutTitle, withoutCounts } from "@/lib/summarize/extractive/overview/fit-outcomes";
import type { Entry } from "@/lib/summarize/extractive/overview/outcome-entries";
import { grantedWhat, namesAnApplication } from "@/lib/summarize/extractive/overview/titles";
import { overviewMeeting, overviewSection } from "./helpers";

describe("an application deferred or withdrawn is said as the application for its site", () => {
  it("knows a decision on an application by the word or by its reference", () => {
    expect(namesAnApplication("Deferred: The Old Mill, 2 River Lane, Oakbury (OK/3141/29) – two new flats.")).toBe(
      true,
    );
    expect(namesAnApplication("DEFERRED for a site visit, the application to return to the next meeting.")).toBe(true);
    expect(namesAnApplication("The review of the Parks Strategy was deferred to the July meeting.")).toBe(false);
  });

  it("says what was deferred or withdrawn, not the address alone", () => {
    const decision = "Deferred: The Old Mill, 2 River Lane, Oakbury, OK4 9ZZ (OK/3141/29) – two new flats.";
    expect(grantedWhat("deferred", "the Old Mill, 2 River Lane, Oakbury, OK4 9ZZ", decision)).toBe(
      "the application for the Old Mill, 2 River Lane, Oakbury, OK4 9ZZ",
    );
    expect(grantedWhat("noted the withdrawal of", "Fenwick Nurseries, 40 Quarry Hill", "Withdrawn: (OK/2718/29)")).toBe(
      "the application for Fenwick Nurseries, 40 Quarry Hill",
    );
    // A title that is already an application's stays as it is.
    expect(
      grantedWhat("deferred", "Application for a new premises licence, 8 Tern Parade", "Deferred (OK/1234/29)"),
    ).toBe("the application for a new premises licence, 8 Tern Parade");
  });

  it("leaves a deferral that names no application as its title", () => {
    expect(grantedWhat("deferred", "the Review of the Parks Strategy", "The review was deferred to July.")).toBe(
      "the Review of the Parks Strategy",
    );
    // Without the decision's words, as before.
    expect(grantedWhat("deferred", "the Old Mill, 2 River Lane")).toBe("the Old Mill, 2 River Lane");
  });

  it("reads so in a planning committee's overview", () => {
    const overview = writeOutcomeOverview(overviewMeeting("Development Control Committee"), [
      overviewSection(
        "3 Heron Close, Oakbury, OK1 1AA",
        "Granted: 3 Heron Close, Oakbury, OK1 1AA (OK/1001/29) – a rear extension.",
      ),
      overviewSection(
        "Land at Pike Street, Oakbury, OK2 2BB",
        "Granted: Land at Pike Street, Oakbury, OK2 2BB (OK/1002/29) – six houses.",
      ),
      overviewSection(
        "The Old Mill, 2 River Lane, Oakbury, OK4 9ZZ",
        "Deferred (voted unanimously): The Old Mill, 2 River Lane, Oakbury, OK4 9ZZ (OK/3141/29) – two new flats. For a site visit by Members.",
      ),
    ]);
    expect(overview).toContain("granted 2 applications");
    expect(overview).toContain("deferred the application for the Old Mill, 2 River Lane, Oakbury, OK4 9ZZ");
    expect(overview).not.toMatch(/deferred the Old Mill/);
  });
});

describe("an agenda title cut short beside outcomes said in their own words", () => {
  const said = (object: string, verb = "approved"): Entry => ({ phrase: { verb, object }, verb, title: object });
  const titled = (title: string): Entry => ({ phrase: null, verb: "made recommendations on", title });

  it("is known by its cut", () => {
    expect(isCutTitle(titled("Cycle Routes Programme…"))).toBe(true);
    expect(isCutTitle(titled("Cycle Routes Programme 2030/31"))).toBe(false);
    expect(isCutTitle(said("the Cycle Routes Programme…"))).toBe(false);
  });

  it("is left out beside two outcomes said in their own words", () => {
    const entries = [
      said("the Allotments Strategy 2030-2035"),
      said("the lease of the Fernhill Pavilion to the Oakbury Cricket Club", "agreed"),
      titled("Cycle Routes Programme…"),
    ];
    expect(withoutCounts(entries)).toEqual(entries.slice(0, 2));
  });

  it("stays beside one outcome said in its own words, the only sign of the rest", () => {
    const entries = [said("the Allotments Strategy 2030-2035"), titled("Cycle Routes Programme…")];
    expect(withoutCounts(entries)).toEqual(entries);
  });

  it("is said where the counts are asked for, so its words go to nothing else", () => {
    const entries = (): Entry[] => [
      said("the Allotments Strategy 2030-2035"),
      said("the lease of the Fernhill Pavilion to the Oakbury Cricket Club", "agreed"),
      titled("Cycle Routes Programme…"),
    ];
    const fitted = fitOutcomes(entries(), 36);
    expect(fitted.without([]).join(" ")).not.toContain("Cycle Routes");
    expect(fitted.countedWords([])).toBeGreaterThan(0);
    expect(fitOutcomes(entries(), 36, false, true).without([]).join(" ")).toContain("Cycle Routes Programme…");
  });
});

describe("a count of papers only noted beside one outcome said in its own words", () => {
  const referred: Entry = {
    phrase: { verb: "referred", object: "the staff side's proposal for a buddy scheme to the Joint Secretaries" },
    verb: "referred",
    title: "Buddy Scheme",
  };
  const count: Entry = { phrase: { verb: "noted", object: "4 items" }, verb: "noted", title: "" };

  it("is left out", () => {
    expect(withoutCounts([referred, count])).toEqual([referred]);
  });

  it("is left out among many decisions, said where the counts are asked for", () => {
    const noted = (title: string): Entry => ({ phrase: null, verb: "noted", title, decision: "The report was noted." });
    const entries = (): Entry[] => [
      referred,
      ...["Absence Figures", "Pay Award", "Staff Survey", "Fire Safety", "Training Plan"].map(noted),
    ];
    expect(fitOutcomes(entries(), 36).without([])).toEqual([`referred ${referred.phrase!.object}`]);
    expect(fitOutcomes(entries(), 36, false, true).without([])).toEqual([
      `referred ${referred.phrase!.object}`,
      "noted 5 reports",
    ]);
  });

  it("stays among many decisions where a decision is counted with the papers", () => {
    const noted = (title: string): Entry => ({ phrase: null, verb: "noted", title, decision: "The report was noted." });
    const agreed: Entry = { phrase: null, verb: "agreed", title: "Travel Policy", decision: "The policy was agreed." };
    const entries = [referred, agreed, ...["Absence Figures", "Pay Award", "Staff Survey", "Fire Safety"].map(noted)];
    expect(fitOutcomes(entries, 36).without([]).at(-1)).toBe("made 5 other decisions");
  });

  it("stays where nothing else is said in its own words", () => {
    const titled: Entry = { phrase: null, verb: "agreed", title: "Buddy Scheme" };
    expect(withoutCounts([titled, count])).toEqual([titled, count]);
  });
});

describe("several titles cut short where they are made", () => {
  const whole = [
    "Riverside Homes: Council House Building Programme - Rooftop Flats Pilot",
    "Payroll Services - Shared Service Arrangement with the Oakbury Borough Council",
  ];
  const cut = (title: string, max: number) => {
    const words = title.split(" ");
    return words.length <= max ? title : `${words.slice(0, max).join(" ")}…`;
  };
  const entries = (titles: string[]): Entry[] =>
    titles.map((t) => ({ phrase: null, verb: "approved", title: cut(t, 4), shorter: (max: number) => cut(t, max) }));

  it("are said whole where every outcome still fits its words", () => {
    expect(fitOutcomes(entries(whole), 36).without([])).toEqual([`approved ${whole[0]} and ${whole[1]}`]);
  });

  it("stay cut where the whole titles would not fit", () => {
    const said = fitOutcomes(entries(whole), 20).without([]).join(" ");
    expect(said).toContain("…");
    expect(said.split(/\s+/).length).toBeLessThanOrEqual(20);
  });

  it("stay cut where a decision said in its own words gave way", () => {
    const own: Entry = {
      phrase: {
        verb: "agreed",
        object:
          "that the Oakbury depot will close on 31 March 2031 and its staff will move to the Fernhill yard, with the vans sold at auction",
      },
      verb: "agreed",
      title: "Depot…",
    };
    const said = fitOutcomes([own, ...entries(whole)], 24)
      .without([])
      .join(" ");
    expect(said).not.toContain("Oakbury depot will close");
    expect(said).not.toContain(whole[0]);
  });
});
