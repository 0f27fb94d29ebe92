// What an advisory body recommended, and to whom, in the overview (docs/summaries.md#what-was-recommended). Shapes
// from Harrow's advisory panels' and scrutiny sub-committees' minutes; names, roads and figures are invented here.
import { describe, expect, it } from "vitest";
import { writeOutcomeOverview } from "@/lib/summarize/extractive/overview";
import { recommendationPhrase } from "@/lib/summarize/extractive/overview/recommended";
import { overviewMeeting, overviewSection } from "./helpers";

const countWords = (s: string) => s.split(/\s+/).filter(Boolean).length;

describe("a recommendation to a named body", () => {
  it("says what was recommended to the Portfolio Holder, without the conditions and the asides", () => {
    const phrase = recommendationPhrase(
      "Recommended to the Portfolio Holder for Highways: (1) a residents' parking scheme, in force on weekdays from 9 am to 10 am, to be introduced in the 9 roads of the Hatch End area listed, subject to statutory consultation; (2) the two roads north of Uxbridge Road to be left out.",
      "Hatch End Parking Review - Consultation Results",
    );
    expect(phrase?.verb).toBe("recommended to the Portfolio Holder");
    expect(phrase?.object).toBe("a residents' parking scheme to be introduced in the 9 roads of the Hatch End area");
    expect(phrase?.shorter).toEqual([
      "a residents' parking scheme in the 9 roads of the Hatch End area",
      "a residents' parking scheme",
    ]);
  });

  it("says 'that Cabinet <does>' for a recommendation other than approving, cut before a trailing span", () => {
    const phrase = recommendationPhrase(
      "Recommended to Cabinet: (1) make permanent the experimental bus lane on Station Road between Hatch End station and Headstone Lane; (2) provide a loading bay on the parade.",
      "Station Road Bus Lane - Review",
    );
    expect(phrase?.verb).toBe("recommended");
    expect(phrase?.object).toBe(
      "that Cabinet make permanent the experimental bus lane on Station Road between Hatch End station and Headstone Lane",
    );
    expect(phrase?.shorter).toEqual(["that Cabinet make permanent the experimental bus lane on Station Road"]);
  });

  it("leaves out 'approve' after '(1)' and the cost that follows the programme", () => {
    const phrase = recommendationPhrase(
      "Recommended to the Portfolio Holder: (1) approve the Road Safety Schemes Programme for 2027/28, at a total cost of £1.9m; (2) authorise officers to move up to £50,000 between schemes.",
      "Road Safety Schemes Programme 2027/28",
    );
    expect(phrase).toMatchObject({
      verb: "recommended to the Portfolio Holder",
      object: "the Road Safety Schemes Programme for 2027/28",
    });
  });

  it("says a passive recommendation to Cabinet without its short aside or its further step", () => {
    const phrase = recommendationPhrase(
      "Cabinet was recommended to set a deadline, within the action plan, by which 95% of urgent repairs would be done within 48 hours, and to report progress to the Sub-Committee each quarter; officers will provide a breakdown by ward.",
      "Repairs Service: Improvement Plan",
    );
    expect(phrase?.object).toBe(
      "that Cabinet set a deadline by which 95% of urgent repairs would be done within 48 hours",
    );
  });

  it("is null for a recommendation that only notes, or a decision in another shape", () => {
    expect(recommendationPhrase("Recommended to Cabinet: note the report.", "Annual Report")).toBeNull();
    expect(recommendationPhrase("The report was noted.", "Annual Report")).toBeNull();
  });
});

describe("the overview of an advisory panel", () => {
  const panel = overviewMeeting("Transport Advisory Panel");
  const sections = [
    overviewSection(
      "Hatch End Parking Review - Consultation Results",
      "Recommended to the Portfolio Holder for Highways: (1) a residents' parking scheme, in force on weekdays from 9 am to 10 am, to be introduced in the 9 roads of the Hatch End area listed, subject to statutory consultation; (2) the two roads north of Uxbridge Road to be left out.",
    ),
    overviewSection(
      "Road Safety Schemes Programme 2027/28",
      "Recommended to the Portfolio Holder: (1) approve the Road Safety Schemes Programme for 2027/28, at a total cost of £1.9m; (2) authorise officers to move up to £50,000 between schemes.",
    ),
    overviewSection(
      "Station Road Bus Lane - Review",
      "Recommended to Cabinet: (1) make permanent the experimental bus lane on Station Road between Hatch End station and Headstone Lane; (2) provide a loading bay on the parade.",
    ),
    overviewSection("Parking Enforcement Report 2026/27", "The report was noted."),
  ];

  it("groups what was recommended to the same body, never 'made recommendations on' every title", () => {
    const overview = writeOutcomeOverview(panel, sections);
    expect(overview).toContain(
      "recommended to the Portfolio Holder a residents' parking scheme to be introduced in the 9 roads of the Hatch End area and the Road Safety Schemes Programme for 2027/28",
    );
    expect(overview).toContain("recommended that Cabinet make permanent the experimental bus lane on Station Road");
    expect(overview).not.toMatch(/made recommendations on/);
    expect(overview).toContain("noted the Parking Enforcement Report 2026/27");
    expect(countWords(overview)).toBeLessThanOrEqual(60);
  });

  it("joins recommendations to two bodies as one phrase: 'to the Portfolio Holder …, and to Cabinet …'", () => {
    const overview = writeOutcomeOverview(panel, [
      sections[1]!,
      overviewSection(
        "Home Care Recommissioning",
        "Recommended to Cabinet: (1) approve the recommissioning of home care through 3 area contracts, from 1 June 2027; (2) require the London Living Wage.",
      ),
    ]);
    expect(overview).toContain(
      "recommended to the Portfolio Holder the Road Safety Schemes Programme for 2027/28, and to Cabinet the recommissioning of home care through 3 area contracts",
    );
  });

  it("falls back to the title when a recommendation cannot fit, and stays within 60 words", () => {
    const many = [1, 2, 3, 4, 5].map((n) =>
      overviewSection(
        `Ward Scheme ${n} - Consultation Results`,
        `Recommended to Cabinet: (1) make permanent the experimental width restriction on Long Road number ${n} between the school gates and the junction with the High Street near the old station; (2) review it.`,
      ),
    );
    const overview = writeOutcomeOverview(panel, many);
    expect(overview).toMatch(/made recommendations on/);
    expect(countWords(overview)).toBeLessThanOrEqual(60);
  });
});

describe("a recommendation cut at how it would be done", () => {
  it("leaves out 'through …' when the overview is crowded", () => {
    const phrase = recommendationPhrase(
      "Recommended to Cabinet: (1) approve the retendering of library services through 2 area contracts, one north and one south, from 1 April 2028; (2) keep every branch open.",
      "Library Services Retendering",
    );
    expect(phrase?.shorter).toContain("the retendering of library services");
  });
});

describe("room for recommendations", () => {
  const panel = overviewMeeting("Transport Advisory Panel");
  const toCabinet = overviewSection(
    "Station Road Bus Lane - Review",
    "Recommended to Cabinet: (1) make permanent the experimental bus lane on Station Road between Hatch End station and Headstone Lane; (2) provide a loading bay on the parade.",
  );
  const programme = overviewSection(
    "Road Safety Schemes Programme 2027/28",
    "Recommended to the Portfolio Holder: (1) approve the Road Safety Schemes Programme for 2027/28, at a total cost of £1.9m; (2) authorise officers to move up to £50,000 between schemes.",
  );
  const zone = overviewSection(
    "Hatch End Parking Review - Consultation Results",
    "Recommended to the Portfolio Holder for Highways: (1) a residents' parking scheme, in force on weekdays from 9 am to 10 am, to be introduced in the 9 roads of the Hatch End area listed, subject to statutory consultation; (2) the two roads north of Uxbridge Road to be left out.",
  );
  const streets = overviewSection(
    "School Streets: Third Phase and a 20 mph Limit on Cedar Road",
    "Recommended to the Portfolio Holder: approve (1) the experimental school streets at the three schools in the first phase to be made permanent; (2) a 20 mph limit on Cedar Road.",
  );

  it("with no key point, may take the whole 60 words, and the shortest recommendation that makes room gives way", () => {
    const overview = writeOutcomeOverview(panel, [zone, streets, programme, toCabinet]);
    expect(countWords(overview)).toBeLessThanOrEqual(60);
    // The bus lane's recommendation is the shortest whose title alone makes room: it gives way, the others stay.
    expect(overview).toContain(
      "recommended to the Portfolio Holder a residents' parking scheme and the Road Safety Schemes Programme for 2027/28",
    );
    expect(overview).toContain("recommended that the Portfolio Holder approve the experimental school streets");
    expect(overview).toMatch(/made recommendations on Station Road Bus Lane/);
  });

  it("keeps the key point's room when a decision names a sum", () => {
    const overview = writeOutcomeOverview(panel, [
      toCabinet,
      overviewSection("Parking Income 2026/27", "The report was noted.", [
        "Parking income was £4.2m in the year, £0.3m more than forecast.",
      ]),
      overviewSection(
        "Bus Stop Review",
        "The contract for the bus stop review was awarded to Kerbline Ltd for £90,000.",
      ),
    ]);
    expect(countWords(overview)).toBeLessThanOrEqual(60);
  });
});
