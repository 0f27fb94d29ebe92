// Reading the three newest long minutes as a resident would (a budget Council, a Cabinet printed as decision records,
// a contested Planning Committee; docs/summaries.md#read-as-a-resident-stop-29): answers that need their question,
// a second step with a deadline said as done, a Mayor's announcement run together, a recommendation to Council left
// out of the overview, a refusal's reason cut inside the policy it cites. Every sentence below is written here, in the
// register of Harrow's minutes, with made-up names and figures.
import { describe, expect, it } from "vitest";
import { withoutRestatedClauses } from "@/lib/summarize/extractive/bullet-filters";
import { writeOutcomeOverview } from "@/lib/summarize/extractive/overview";
import { recommendationPhrase } from "@/lib/summarize/extractive/overview/recommended";
import { withoutCitedPolicy } from "@/lib/summarize/extractive/planning";
import { accountAfterIntroduction, reportedByPost } from "@/lib/summarize/extractive/post-accounts";
import { answerParts, withQuestionWords } from "@/lib/summarize/extractive/questions-answers";
import { plainResolution } from "@/lib/summarize/extractive/resolved";
import { countWords } from "@/lib/summarize/text/sentences";
import { overviewMeeting, overviewSection } from "./helpers";

describe("an answer that only makes sense with its question", () => {
  it("takes the verb the question asked with when the answer stops on its helping verb", () => {
    const answer = answerParts(
      "Councillor Joan Ferris replied that 6,300 tenants would, and that each would save up to £140 a year.",
      "Councillor Amir Patel asked how many tenants would qualify for the new insulation grant in 2027/28.",
    );
    expect(answer?.line).toBe(
      "Councillor Joan Ferris: 6,300 tenants would qualify for the new insulation grant in 2027/28, and each would save up to £140 a year.",
    );
  });

  it("says whom the question counted when the answer gives only the number and 'did'", () => {
    expect(
      withQuestionWords(
        "22 did, four more than in 2025.",
        "Councillor Lena Hart asked how many of the Council's schools reported a deficit at the year end.",
      ),
    ).toBe("22 of the Council's schools reported a deficit at the year end, four more than in 2025.");
  });

  it("names what 'it' was when the answer repeats the question's verb", () => {
    expect(
      answerParts(
        "An officer responded that it would fund £120,000 of new tree planting and a bus shelter on Park Road.",
        "A Member asked what the legal agreement would fund.",
      )?.line,
    ).toBe("The legal agreement would fund £120,000 of new tree planting and a bus shelter on Park Road.");
  });

  it("leaves an answer that says its subject, or one with no question before it, as it is", () => {
    const fact = "Most of the 40 new homes would be let by the summer.";
    expect(withQuestionWords(fact, "A Member asked how many homes would be let.")).toBe(fact);
    expect(withQuestionWords("18 would, by March.")).toBe("18 would, by March.");
  });
});

describe("a second step with a deadline of its own", () => {
  it("is still to come: approved now, published by the date set", () => {
    expect(
      plainResolution(
        "That the Annual Equality Report be approved and published on the Council's website by 30 June 2027.",
      ),
    ).toBe("The Annual Equality Report was approved and will be published on the Council's website by 30 June 2027.");
  });

  it("leaves two steps with no date set as taken at the meeting", () => {
    expect(plainResolution("That the Annual Equality Report be approved and published.")).toBe(
      "The Annual Equality Report was approved and published.",
    );
  });
});

describe("a post's announcement that goes on to what the speaker did", () => {
  it("names whose appeal it was, and says the thanks as the speaker's", () => {
    expect(
      reportedByPost(
        "The Mayor reported that her summer appeal for the Harrow Carers Centre had raised £9,400 since June 2026 and thanked the schools of Pinner that had held cake sales.",
      ),
    ).toBe(
      "The Mayor's summer appeal for the Harrow Carers Centre had raised £9,400 since June 2026, and she thanked the schools of Pinner that had held cake sales.",
    );
  });

  it("keeps the speaker's own act apart from what was reported when no pronoun names them", () => {
    expect(
      reportedByPost(
        "The Head of Libraries reported that 61,000 books had been lent in the quarter and welcomed the new volunteers at Wealdstone Library.",
      ),
    ).toBe(
      "Head of Libraries: 61,000 books had been lent in the quarter; the Head of Libraries also welcomed the new volunteers at Wealdstone Library.",
    );
  });
});

describe("an officer's account of an application", () => {
  it("is said by its fact, without the sentence that only says an officer introduced it", () => {
    expect(
      accountAfterIntroduction(
        "An officer introduced the application.",
        "He said that 12 of the 30 flats would be affordable, and that the building had been set back 3 metres from the road.",
      ),
    ).toBe("12 of the 30 flats would be affordable, and the building had been set back 3 metres from the road.");
  });
});

describe("a refusal's reason held to words", () => {
  const reason =
    "Reasons: (1) The proposed extension, by reason of its depth, height and siting on the shared boundary, would be overbearing on 14 Orchard Way and would cause a loss of daylight to its kitchen and garden, contrary to Policy DM 1 of the Harrow Development Management Policies Local Plan (2013)";

  it("gives up the policy it cites before the reason itself is cut", () => {
    expect(withoutCitedPolicy(reason, 45)).toBe(
      "Reasons: (1) The proposed extension, by reason of its depth, height and siting on the shared boundary, would be overbearing on 14 Orchard Way and would cause a loss of daylight to its kitchen and garden",
    );
  });

  it("keeps the citation of a reason within its words", () => {
    const short = "Reasons: (1) The dormer would harm the roofscape, contrary to Policy DM 1";
    expect(withoutCitedPolicy(short, 45)).toBe(short);
  });
});

describe("a recommendation to full Council in a Cabinet's overview", () => {
  it("says what was recommended, not that it was 'to be approved'", () => {
    expect(
      recommendationPhrase(
        "Recommended to Council: (1) the Treasury Management Strategy 2027/28 to be approved; (2) the Director of Finance to be authorised to manage the investments.",
        "Treasury Management Strategy 2027/28",
      )?.object,
    ).toBe("the Treasury Management Strategy 2027/28");
  });

  it("is said among many decisions, never counted away with the others", () => {
    const decided = (title: string, what: string) => overviewSection(title, `${what} was approved.`);
    const overview = writeOutcomeOverview(overviewMeeting("Cabinet"), [
      overviewSection(
        "Treasury Management Strategy 2027/28",
        "Recommended to Council: (1) the Treasury Management Strategy 2027/28 to be approved; (2) the Director of Finance to be authorised to manage the investments.",
      ),
      decided("Parking Charges 2027/28", "The parking charges for 2027/28, to take effect from 1 April 2027,"),
      decided("Library Opening Hours Review", "The new opening hours for the Council's ten libraries from June 2027"),
      decided("Street Lighting Replacement Contract", "The award of the street lighting contract to Brightway Ltd"),
      decided("Allotments Strategy 2027 to 2032", "The Allotments Strategy 2027 to 2032"),
      decided("Community Grants Programme 2027/28", "The community grants programme of £640,000 for 2027/28"),
      decided("Housing Repairs Policy", "The revised Housing Repairs Policy, with its new target of 20 working days,"),
    ]);
    expect(overview).toContain("recommended to Council the Treasury Management Strategy 2027/28");
    expect(countWords(overview)).toBeLessThanOrEqual(60);
  });
});

describe("an account whose opening clause restates the decision", () => {
  it("says what 'it' stood for once that clause is gone", () => {
    expect(
      withoutRestatedClauses(
        "Councillor Omar Reid: The net budget for 2027/28 was £231.6m, and it had been balanced by savings of £7.1m and a draw of £1.8m from reserves.",
        "The revenue budget for 2027/28, with a net budget requirement of £231.6m, was approved.",
      ),
    ).toBe(
      "Councillor Omar Reid: The net budget for 2027/28 had been balanced by savings of £7.1m and a draw of £1.8m from reserves.",
    );
  });
});

describe("an answer of three things said, cut to its facts", () => {
  it("keeps the two left joined by 'and', never run together by a comma", () => {
    expect(
      answerParts(
        "The Director of Finance responded that the loans had been priced at 5.1%, that each further rise of a quarter point would cost about £210,000 a year, and that no new scheme would start before its business case was approved.",
      )?.line,
    ).toBe(
      "Director of Finance: The loans had been priced at 5.1%, and each further rise of a quarter point would cost about £210,000 a year.",
    );
  });
});

describe("a list of papers approved with a qualifier after it", () => {
  it("takes 'were' when the list ends in a 'with …' clause", () => {
    expect(
      plainResolution(
        "That the Parking Strategy, the Kerbside Charging Plan and the Car Club Policy for 2027/28, with a capital budget of £3.5m, be approved.",
      ),
    ).toBe(
      "The Parking Strategy, the Kerbside Charging Plan and the Car Club Policy for 2027/28, with a capital budget of £3.5m, were approved.",
    );
  });

  it("keeps 'was' for one paper with a qualifier", () => {
    expect(plainResolution("That the Parking Strategy for 2027/28, with a capital budget of £3.5m, be approved.")).toBe(
      "The Parking Strategy for 2027/28, with a capital budget of £3.5m, was approved.",
    );
  });
});
