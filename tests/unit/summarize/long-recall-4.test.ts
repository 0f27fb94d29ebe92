// Business recall on the long minutes within 35% of their words, fourth round
// (docs/summaries.md#long-minutes-recall-within-the-words): general rules for points that did not fit beside an
// item's others when every minute is held to words. Every minute below is written here, with made-up names, roads and
// figures.
import { describe, expect, it } from "vitest";
import { summarizeExtractive } from "@/lib/summarize/extractive/summarize-extractive";
import { largestOfListedSums } from "@/lib/summarize/extractive/listed-sums";
import type { Candidate } from "@/lib/summarize/extractive/collect-candidates";
import { countWords } from "@/lib/summarize/text/sentences";
import type { SummaryItem } from "@/lib/summarize/types";
import { headlineWords, item, trafficPanel as panel } from "./helpers";

const candidate = (text: string, extra: Partial<Candidate> = {}): Candidate => ({
  text,
  score: 5,
  order: 7,
  source: { documentId: null, url: "https://example.test/minutes", page: null },
  ...extra,
});

describe("a sentence listing several sums, said by its largest", () => {
  it("says the largest sum's clause, 'It' said as what the sentence before named with a total", () => {
    const c = candidate(
      "It included £75,000 for resurfacing the footways of Mill Lane, £120,000 for a signalled crossing at the Fairholme junction, £40,000 for new cycle stands and £15,000 for signs.",
      { antecedent: "The Highways Manager explained that the budget totalled £250,000." },
    );
    const got = largestOfListedSums(c);
    expect(got.text).toBe("The budget included £120,000 for a signalled crossing at the Fairholme junction.");
    expect(got.antecedent).toBeUndefined();
    // In the sentence's place, with its score.
    expect(got.order).toBe(7);
    expect(got.score).toBe(5);
  });

  it("reads £m sums and 'comprised', and keeps 'It' with the sentence before when that names no total", () => {
    const got = largestOfListedSums(
      candidate("It comprised £0.4m for signs, £1.2m for lines and £900,000 for bollards.", {
        antecedent: "The Highways Manager introduced the report.",
      }),
    );
    expect(got.text).toBe("It comprised £1.2m for lines.");
    expect(got.antecedent).toBe("The Highways Manager introduced the report.");
  });

  it("leaves a sentence with fewer than three sums, one that is not a list of sums, or a tie, as it is", () => {
    for (const text of [
      "It included £75,000 for resurfacing and £15,000 for signs.",
      "The grant had been confirmed at £1.1m, £90,000 less than the year before, and £40,000 was held back.",
      "It included the footways of Mill Lane, the Fairholme junction and the station forecourt.",
      "It included £30,000 for signs, £30,000 for lines and £10,000 for bollards.",
    ]) {
      const c = candidate(text);
      expect(largestOfListedSums(c)).toBe(c);
    }
  });
});

describe("a whole advisory meeting held to words, one item's programme told as a list of sums", () => {
  // Six schemes told at length (as in long-traffic.test.ts): more than three points an item fit within 35% of the
  // minutes' words, so every minute is held to words. The last item's account lists what its programme buys.
  const roads = ["Alder", "Birch", "Cedar", "Damson", "Elder", "Fig", "Gorse", "Hazel", "Ivy", "Juniper"];
  const scheme = (road: string, n: number): SummaryItem =>
    item(10 + n, `${road} Road Traffic Calming - Results of Consultation`, {
      minutesText: [
        `The Panel received a report of the Corporate Director of Place which set out the results of the consultation on traffic calming in ${road} Road and the roads around it, held over four weeks in the autumn.`,
        `The Transport Planner introduced the report. She explained that consultation packs had been delivered to ${400 + n * 10} properties and that ${120 + n} responses had been received, most of them online.`,
        `Overall, ${50 + n}% of those who responded had supported the scheme and ${40 - n}% had opposed it, the rest being undecided.`,
        `Surveys had recorded an average speed of ${28 + n} mph on ${road} Road, and ${3 + n} injury collisions in the last three years, against a borough average of 2 for roads of its kind.`,
        `Members asked about the effect on buses. The officer said that the operator had been consulted and had raised no objection to the cushions, which would be spaced to suit buses.`,
        `Councillor Maya Trent said that residents in the side roads had asked for the scheme for several years and that she welcomed the report, which had answered their concerns about speeding.`,
        `RESOLVED: That the Portfolio Holder for Environment and Community Safety be recommended to approve speed cushions in ${road} Road at an estimated cost of £${60 + n * 5},000.`,
      ].join("\n\n"),
    });
  const programme = item(20, "Minor Highway Works Programme 2026/27", {
    minutesText: [
      "The Panel received a report of the Corporate Director of Place which set out the proposed programme of minor highway works for 2026/27, paid for from the Council's capital programme and from grant.",
      "The Highways Manager, Ms Rosa Lindgren, explained that the programme totalled £1.45m. It included £510,000 for resurfacing the worst footways in the 20 streets with the most trip claims in the last two years, £330,000 for dropped kerbs near schools and surgeries, £260,000 for street lighting columns, £210,000 for drainage repairs and £140,000 for tree pits.",
      "She said that the highways grant had been confirmed at £720,000, £60,000 less than in 2025/26.",
      "Councillor Maya Trent asked about the number of trip claims. The officer confirmed that the figures were in the report.",
      "RESOLVED: That the Portfolio Holder for Environment and Community Safety be recommended to approve the Minor Highway Works Programme for 2026/27, at a total cost of £1.45m.",
    ].join("\n\n"),
  });
  const busLane = item(21, "Station Parade Bus Lane - Review of Experimental Scheme", {
    minutesText: [
      "The Panel considered a report on the first nine months of the experimental bus lane on Station Parade between the library and the hospital, with the officers' recommendation that it be made permanent.",
      "The Transport Planner reported that in all 860 comments had been received during the experimental period: 52% had supported keeping the lane and 44% had objected.",
      "She said that bus journeys along the parade had fallen from an average of 9 minutes to 6 minutes in the evening peak.",
      "Councillor Maya Trent moved an amendment that the lane operate only from 7.00 am to 7.00 pm, which was seconded by Councillor Owen Blake. Upon being put to the vote, the amendment was carried, 6 Members voting in favour and 2 against.",
      "The recommendation, as amended, was then put to the vote and carried, 6 Members voting in favour, 1 against and 1 abstaining.",
      "RESOLVED: That Cabinet be recommended to make permanent the experimental traffic order for the Station Parade bus lane, operating from 7.00 am to 7.00 pm.",
    ].join("\n\n"),
  });
  const input = panel([...roads.map(scheme), programme, busLane]);
  const minuteWords = input.items.reduce((n, i) => n + countWords(i.minutesText ?? ""), 0);

  it("says the programme's largest sum as a point of its own, within 35% of the minutes' words", () => {
    const summary = summarizeExtractive(input);
    const section = summary.sections.find((s) => s.heading.startsWith("Minor Highway Works"))!;
    const texts = section.bullets.map((b) => b.text);
    expect(texts).toContain(
      "The programme included £510,000 for resurfacing the worst footways in the 20 streets with the most trip claims in the last two years.",
    );
    // Neither the 60-word list itself nor its smaller sums are points.
    expect(texts.filter((t) => /£(?:330|260|210|140),000/.test(t))).toEqual([]);
    const words = headlineWords(summary);
    expect(words / minuteWords).toBeLessThanOrEqual(0.35);
  });

  it("says the tallied vote on the recommendation with the decision it carried, not as a point of its own", () => {
    const summary = summarizeExtractive(input);
    const section = summary.sections.find((s) => s.heading.startsWith("Station Parade Bus Lane"))!;
    expect(section.decision).toMatch(
      /operating from 7\.00 am to 7\.00 pm\. The recommendation as amended was carried, 6 votes to 1, 1 abstaining\.$/,
    );
    expect(section.bullets.filter((b) => /^The recommendation as amended was carried\b/.test(b.text))).toEqual([]);
  });
});
