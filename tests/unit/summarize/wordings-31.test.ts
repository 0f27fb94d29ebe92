// Wordings found reading the long minutes as a resident at stop 31. Inputs are written here in our own words, in the
// shape of an officer's account of a year's cases, resolutions and overviews (names and figures made up).
import { describe, expect, it } from "vitest";
import { withCountedNoun } from "@/lib/summarize/extractive/counted-noun";
import { asThingRecommended, recommendationPhrase } from "@/lib/summarize/extractive/overview/recommended";
import { joinObjects, joinPhrases } from "@/lib/summarize/extractive/overview/join-phrases";
import { roundFindingInFewerWords } from "@/lib/summarize/extractive/grants-minutes";
import { clausesInSeries } from "@/lib/summarize/extractive/answer-clauses";
import { thingForIt } from "@/lib/summarize/extractive/candidate";
import { plainResolution } from "@/lib/summarize/extractive/resolved";
import { withQuestionWords } from "@/lib/summarize/extractive/questions-answers";
import { fitOutcomes } from "@/lib/summarize/extractive/overview/fit-outcomes";
import type { Entry } from "@/lib/summarize/extractive/overview/outcome-entries";

describe("a count whose noun is in the sentence before", () => {
  const before = "She said that 23 appeals had been lodged in the year, compared with 15 the year before.";

  it("says the count with the total it divides ('Of the 23 appeals, nine …')", () => {
    expect(
      withCountedNoun("Nine had been lodged by tenants, eight by leaseholders and six by shop owners.", before),
    ).toBe("Of the 23 appeals, nine had been lodged by tenants, eight by leaseholders and six by shop owners.");
  });

  it("reads a count said in figures, and a total that comes after a span of time", () => {
    expect(
      withCountedNoun("14 were upheld.", "Over the last 12 months the service had closed 40 complaints about noise."),
    ).toBe("Of the 40 complaints, 14 were upheld.");
  });

  it("leaves a sentence whose count has its own noun, or is a year, alone", () => {
    expect(withCountedNoun("Nine tenants had appealed.", before)).toBe("Nine tenants had appealed.");
    expect(withCountedNoun("2025 had been a hard year.", before)).toBe("2025 had been a hard year.");
  });

  it("leaves the count alone when the sentence before counts nothing it could divide", () => {
    expect(
      withCountedNoun("Nine had been lodged by tenants.", "The report was introduced by the Head of Housing."),
    ).toBe("Nine had been lodged by tenants.");
    expect(withCountedNoun("Nine had been lodged by tenants.", "Five appeals had been heard.")).toBe(
      "Nine had been lodged by tenants.",
    );
    expect(withCountedNoun("Nine had been lodged by tenants.", null)).toBe("Nine had been lodged by tenants.");
  });
});

describe("an appointment recommended beside another recommendation", () => {
  it("says the appointment as a thing recommended ('the appointment of Ms A and Mr B as …')", () => {
    const said = recommendationPhrase(
      "Recommended to Council: Ms Hana Ortiz and Mr Colm Reilly to be appointed as Independent Persons for a term of three years from 1 June 2026.",
      "Appointment of Independent Persons",
    );
    expect(said?.object).toMatch(/^the appointment of Ms Hana Ortiz and Mr Colm Reilly as Independent Persons\b/);
    expect(joinObjects(["the revised Protocol", said!.object])).not.toContain(";");
  });
});

describe("a counted finding whose series is cut short", () => {
  it("ends what is left on its 'and' ('…, and three had met most of them'), never two clauses joined by a comma", () => {
    expect(
      roundFindingInFewerWords(
        "Thirty organisations had met all their agreed outcomes, three had met most of them, and one, a lunch club in Kenton, had closed in the summer.",
      ),
    ).toBe("Thirty organisations had met all their agreed outcomes, and three had met most of them.");
  });

  it("leaves a count's clause alone when nothing after it was cut", () => {
    expect(clausesInSeries("In 2025, 14 had been upheld")).toBe("In 2025, 14 had been upheld");
  });
});

describe("'It' for the thing the sentence before was about", () => {
  const before = "She explained that the new charging scheme would give residents a permit for each car they owned.";

  it("says the thing again ('The new charging scheme was expected to raise …')", () => {
    expect(thingForIt("It was expected to raise about £200,000 a year.", before)).toBe(
      "The new charging scheme was expected to raise about £200,000 a year.",
    );
    expect(
      thingForIt(
        "It would cost £45,000 to set up.",
        "Head of Parking: The new charging scheme would give residents a permit for each car.",
      ),
    ).toBe("The new charging scheme would cost £45,000 to set up.");
  });

  it("leaves an impersonal 'It', or one after a sentence with no such subject, alone", () => {
    expect(thingForIt("It was expected that the permits would be issued in May.", before)).toBe(
      "It was expected that the permits would be issued in May.",
    );
    expect(thingForIt("It was expected to raise £200,000.", "Members discussed the scheme at length.")).toBe(
      "It was expected to raise £200,000.",
    );
  });
});

describe("the overview's last phrase after a phrase with an 'and' of its own", () => {
  it("is set off by a comma ('…, and made 2 other decisions')", () => {
    expect(
      joinPhrases([
        "approved the budget",
        "recommended to Council the revised Protocol and the appointment of Ms Hana Ortiz as Independent Person",
        "made 2 other decisions",
      ]),
    ).toBe(
      "approved the budget, recommended to Council the revised Protocol and the appointment of Ms Hana Ortiz as Independent Person, and made 2 other decisions",
    );
  });

  it("keeps a plain 'and' where no phrase before the last has one", () => {
    expect(joinPhrases(["approved the budget", "noted the report", "made 2 other decisions"])).toBe(
      "approved the budget, noted the report and made 2 other decisions",
    );
  });
});

describe("a decision the overview can only name by its title, beside decisions said in their own words", () => {
  const entries = (): Entry[] => [
    {
      phrase: { verb: "agreed", object: "that officers will ask for the unspent £3,100 back" },
      verb: "agreed",
      title: "Recovery of Grant",
    },
    {
      phrase: { verb: "recommended to Cabinet", object: "grants totalling £212,000 to the 14 organisations listed" },
      verb: "made recommendations on",
      title: "Community Grants 2026/27",
    },
    { phrase: null, verb: "decided on", title: "Review of Last Year's Grants" },
  ];

  it("gives way, so the others keep their own words, never 'decided on <title>'", () => {
    const said = fitOutcomes(entries(), 22).without([]).join("; ");
    expect(said).not.toContain("decided on");
    expect(said).toContain("grants totalling £212,000 to the 14 organisations listed");
  });

  it("stays where there is room for it", () => {
    expect(fitOutcomes(entries(), 40).without([]).join("; ")).toContain("decided on Review of Last Year's Grants");
  });
});

describe("a thing recommended for approval, said as the thing", () => {
  it("says 'recommended that the Portfolio Holder approve the 12 grants …' as 'recommended to the Portfolio Holder the 12 grants …'", () => {
    expect(
      asThingRecommended({
        verb: "recommended",
        object: "that the Portfolio Holder approve the 12 grants totalling £18,400",
      }),
    ).toEqual({ verb: "recommended to the Portfolio Holder", object: "the 12 grants totalling £18,400" });
  });

  it("leaves a step that is no approval of a thing named as it was", () => {
    const step = { verb: "recommended", object: "that Cabinet extend the exemption to care leavers aged 25" };
    expect(asThingRecommended(step)).toEqual(step);
  });

  it("joins two things recommended with 'and' when only a figure has a comma", () => {
    expect(joinObjects(["the 12 grants totalling £18,400", "the appeals timetable for 2026/27"])).toBe(
      "the 12 grants totalling £18,400 and the appeals timetable for 2026/27",
    );
  });
});

describe("a later step timed by another still to come", () => {
  it("says 'before the strategy is referred', never 'will be reported … before the strategy was referred'", () => {
    expect(
      plainResolution(
        "RESOLVED: That the draft Parks Strategy be approved for consultation, and that the responses be reported to the Panel before the strategy was referred to Cabinet.",
      ),
    ).toContain("are to be reported to the Panel before the strategy is referred to Cabinet");
  });
});

describe("an answer that counts part of a total only its question names", () => {
  it("names the total's noun ('41 of the 160 pupils in care had …')", () => {
    expect(
      withQuestionWords(
        "41 of the 160 had a statement of needs.",
        "A Member asked how many pupils in care had special educational needs.",
      ),
    ).toBe("41 of the 160 pupils in care had a statement of needs.");
  });

  it("leaves an answer that names its own noun alone", () => {
    expect(
      withQuestionWords(
        "41 of the 160 pupils had a statement of needs.",
        "A Member asked how many pupils in care had special educational needs.",
      ),
    ).toBe("41 of the 160 pupils had a statement of needs.");
  });
});

describe("a thing recommended with a step of its own", () => {
  it("stays a clause ('recommended that the Portfolio Holder approve the trial … to be made permanent')", () => {
    const step = {
      verb: "recommended",
      object: "that the Portfolio Holder approve the trial road closures to be made permanent",
    };
    expect(asThingRecommended(step)).toEqual(step);
  });
});
