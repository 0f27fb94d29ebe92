// Business recall on the long minutes, eighth round (docs/summaries.md#long-minutes-round-eight): general rules for
// how minutes are written. Every sentence below is written here, with made-up names, places and figures.
import { describe, expect, it } from "vitest";
import { toItsFacts } from "@/lib/summarize/extractive/answer-clauses";
import { scoreSentence } from "@/lib/summarize/extractive/score-sentence";
import { summarizeExtractive } from "@/lib/summarize/extractive/summarize-extractive";
import { countWords } from "@/lib/summarize/text/sentences";
import { item, makeInput, minuteContext } from "./helpers";

describe("the next in a ranking, named after the first without a figure", () => {
  it("is a clause of its own, dropped when the point is said to its facts", () => {
    expect(
      toItsFacts(
        "Back pain was the most common reason for absence and made up 31% of the days lost, followed by colds and flu.",
      ),
    ).toBe("Back pain was the most common reason for absence and made up 31% of the days lost.");
    expect(
      toItsFacts(
        "Missed bins were the largest cause of complaints, at 412 in the quarter, followed by late deliveries of new containers.",
      ),
    ).toBe("Missed bins were the largest cause of complaints, at 412 in the quarter.");
  });

  it("stays when the next in the ranking has a figure or a name of its own", () => {
    const withFigure =
      "Back pain was the most common reason for absence and made up 31% of the days lost, followed by colds and flu at 18%.";
    expect(toItsFacts(withFigure)).toBe(withFigure);
    const withName =
      "Noise was the largest cause of complaints, at 212 in the year, followed by those about the Kenton Road market.";
    expect(toItsFacts(withName)).toBe(withName);
  });
});

describe("a closing clause that only says where a cost is paid from", () => {
  it("goes when the point is said to its facts, even when it names the budget or plan it is met from", () => {
    expect(
      toItsFacts(
        "The new contract would cost about £2.6m a year, £0.4m more than the sum in the budget, and the extra cost would be met from the Transformation Reserve and built into the Capital Strategy.",
      ),
    ).toBe("The new contract would cost about £2.6m a year, £0.4m more than the sum in the budget.");
    expect(
      toItsFacts(
        "Repairs to the two bridges had come to £740,000, and that the overspend would be funded from the Highways Maintenance Fund.",
      ),
    ).toBe("Repairs to the two bridges had come to £740,000.");
  });

  it("stays when it gives a figure of its own, or says something other than how the cost is paid", () => {
    const withSum =
      "The new contract would cost about £2.6m a year, and the extra cost would be met from reserves of £1.1m held for the purpose.";
    expect(toItsFacts(withSum)).toBe(withSum);
    const notFunding =
      "The new contract would cost about £2.6m a year, and the Director of Finance would report on it to Cabinet in March.";
    expect(toItsFacts(notFunding)).toBe(notFunding);
  });
});

describe("long minutes held to words, counted against the ceiling with their own overview", () => {
  // Eleven service reports to a staff forum, each an officer's eight figures with a long remark after each: held to
  // words, each minute gets as many words as keep the whole summary, its overview as written, within 35%.
  const SERVICES = [
    "Libraries",
    "Parks",
    "Cemeteries",
    "Markets",
    "Leisure",
    "Registrars",
    "Lettings",
    "Archives",
    "Museums",
    "Allotments",
    "Theatres",
  ];
  const account = (service: string, k: number) =>
    [
      `The ${service} Manager said that ${210 + k} requests had been logged in the half year, and that the team had dealt with most of them within the week, although a few had needed a visit from a specialist contractor.`,
      `Running costs for ${service.toLowerCase()} had come to £${3 + k}.${k}m against a budget of £${2 + k}.8m, which the service put down to energy prices and to the higher rates charged by its suppliers over the winter months.`,
      `About ${50 + k}% of staff had taken the refresher training by November, and those who had taken it said that it had helped them to deal with difficult conversations with members of the public at the front desk.`,
      `An audit of ${service.toLowerCase()} would be finished by ${12 + k} February 2026, and its findings would go to the managers and to the trade union branch officers, who had asked to see the draft before it was final.`,
      `The time taken to answer a complaint had fallen from ${25 + k} days to ${9 + k} days, and residents who had complained said that they had been kept informed far better than in previous years by the staff.`,
      `There were ${70 + k} staff in post at the end of the half year, and a number of them had been recruited from neighbouring councils, which had helped to fill roles that had stood empty since the spring.`,
      `Sickness absence had averaged ${6 + k}.${k} days per person over the year, and managers had been reminded to hold a return to work meeting after every absence, however short it had been.`,
      `${14 + k} staff had asked to work flexible hours since April, and the managers had been able to agree to most of these requests without any loss of service to the public at the busiest times.`,
    ].join(" ");
  const items = SERVICES.map((service, k) =>
    item(k + 1, `${service} Half-Year Report`, {
      minutesText: [
        `The Forum received a half-year report on ${service.toLowerCase()}.`,
        account(service, k),
        "RESOLVED: That the report be noted.",
      ].join("\n\n"),
    }),
  );

  it("spends the words an overview shorter than the longest leaves, and stays within the ceiling", () => {
    const summary = summarizeExtractive(
      makeInput({
        meeting: {
          title: "Employees' Consultative Forum - Wednesday 11 March 2026 6.30 pm",
          committeeName: "Employees' Consultative Forum",
          startsAt: "2026-03-11T18:30:00Z",
        },
        items,
        now: "2026-04-01T09:00:00Z",
      }),
    );
    const minuteWords = countWords(items.map((i) => i.minutesText).join(" "));
    const rest = countWords(
      [
        summary.procedural ?? "",
        ...summary.sections.flatMap((s) => [s.heading, s.decision ?? "", ...s.bullets.map((b) => b.text)]),
      ].join(" "),
    );
    const overview = countWords(summary.overview);
    expect(overview).toBeLessThan(40);
    expect(rest + overview).toBeLessThanOrEqual(minuteWords * 0.35);
    // More words than a 60-word overview would have left them.
    expect(rest).toBeGreaterThan(minuteWords * 0.35 - 60);
  });
});

describe("a number that is part of a name", () => {
  const context = minuteContext("Winter Planning");

  it("is no figure of the sentence: 'NHS 111' and 'COVID-19' name a service and an illness", () => {
    const named = scoreSentence(
      "Residents with minor illnesses were asked to call NHS 111 and to get their COVID-19 vaccinations.",
      context,
    );
    const plain = scoreSentence(
      "Residents with minor illnesses were asked to call the helpline and to get their winter vaccinations.",
      context,
    );
    expect(named).toBeLessThan(plain + 1);
  });

  it("leaves a figure a figure, beside a name in capitals or not: '40 virtual ward beds', 'HRA 2.5%'", () => {
    const withFigure = scoreSentence("The hospital would open 40 virtual ward beds by December.", context);
    const without = scoreSentence("The hospital would open virtual ward beds by December.", context);
    expect(withFigure).toBeGreaterThan(without + 1);
    expect(scoreSentence("The HRA 2.5% rent rise was agreed by the Cabinet in January.", context)).toBeGreaterThan(
      scoreSentence("The rent rise was agreed by the Cabinet in January.", context) + 1,
    );
  });
});
