// Read as a resident, stop 35 (docs/summaries.md#read-as-a-resident-stop-35): lines that a resident who has not read
// the minutes could not follow. Every input here is written in our own words; none is a council's sentence.
import { describe, expect, it } from "vitest";
import { withCountSaidOnce, withoutSelfDescriptions } from "@/lib/summarize/extractive/bullet-filters";
import { withNamedReferent } from "@/lib/summarize/extractive/named-referent";
import { fitFinding } from "@/lib/summarize/extractive/overview/key-point";
import { shownOfCount } from "@/lib/summarize/extractive/pick-bullets";
import { describeDeclarations } from "@/lib/summarize/extractive/standing/declarations";

const points = (...texts: string[]) => texts.map((text) => ({ text }));

describe("a declaration that names its item by number alone", () => {
  const minute = `RESOLVED: To note that:

(1) Councillor Ada Quill declared a non-pecuniary interest in item 7, because she lives on Fenwick Lane near the proposed play street;

(2) Councillor Bram Tull declared a non-pecuniary interest in item 7 as a governor of Larchmere School; he stayed in the meeting for the item; and

(3) Councillor Cora Venn declared a non-pecuniary interest in item 11 as a trustee of the Elmside Food Bank; she stayed in the meeting for the item.`;
  const titles = new Map([
    ["7", "Play Streets Programme - Outcome of the Trial"],
    ["11", "Voluntary Sector Grants 2027/28"],
  ]);

  it("lists the declarations under each item, known by its title from the meeting's own items", () => {
    expect(describeDeclarations(minute, titles)).toBe(
      "Non-pecuniary interests: item 7 (Play Streets Programme): Ada Quill (lives on Fenwick Lane near the proposed play street); Bram Tull (governor of Larchmere School; stayed); item 11 (Voluntary Sector Grants 2027/28): Cora Venn (trustee of the Elmside Food Bank; stayed).",
    );
  });

  it("keeps the numbers alone when the meeting's items are not known", () => {
    expect(describeDeclarations(minute)).toBe(
      "Non-pecuniary interests: item 7: Ada Quill (lives on Fenwick Lane near the proposed play street); Bram Tull (governor of Larchmere School; stayed); item 11: Cora Venn (trustee of the Elmside Food Bank; stayed).",
    );
  });

  it("gives a lone declaration's item its title in place, at its first mention", () => {
    const one = `Councillor Dov Ash declared a non-pecuniary interest in item 5 as a member of the Wendle Allotment Society; he stayed in the meeting.`;
    expect(describeDeclarations(one, new Map([["5", "Allotment Rents 2027"]]))).toBe(
      "Non-pecuniary interests: Dov Ash (item 5 (Allotment Rents 2027), member of the Wendle Allotment Society; stayed).",
    );
  });
});

describe("a point that only says which report the meeting received", () => {
  it("goes when the date it gives is the body's own earlier meeting", () => {
    const kept = withoutSelfDescriptions(
      points(
        "The Committee received a report setting out the proposed scope of a review of the Council's use of consultants, which the Committee had added to its work programme at its meeting on 4 March 2027.",
        "The review would look at £3.2m of spending in 2026/27.",
      ),
      "Review of the Use of Consultants: Scope",
    );
    expect(kept.map((b) => b.text)).toEqual(["The review would look at £3.2m of spending in 2026/27."]);
  });

  it("stays when it gives a date or figure that nothing else says", () => {
    const text =
      "The Committee received a report setting out the proposed scope of a review of consultants, which would report on 9 October 2027.";
    expect(withoutSelfDescriptions(points(text), "Review of Consultants: Scope").map((b) => b.text)).toEqual([text]);
  });

  it("stays when what the report set out is more than the heading names", () => {
    const text =
      "The Panel received a report setting out the Council's response to the inspection of its adoption service, which had rated the service 'requires improvement' overall.";
    expect(withoutSelfDescriptions(points(text), "Adoption Service Inspection").map((b) => b.text)).toEqual([text]);
  });
});

describe("a count said again by the next point", () => {
  it("is said once: the share right after it reads 'Of those …', as minutes write it", () => {
    const kept = withCountSaidOnce(
      points("312 replies had been received.", "Of the 312 who replied, 55% backed the later opening hours."),
    );
    expect(kept.map((b) => b.text)).toEqual([
      "312 replies had been received.",
      "Of those who replied, 55% backed the later opening hours.",
    ]);
  });

  it("keeps the count in the share when the point before does not give it", () => {
    const texts = ["The survey had run for four weeks.", "Of the 312 who replied, 55% backed the later opening hours."];
    expect(withCountSaidOnce(points(...texts)).map((b) => b.text)).toEqual(texts);
  });
});

describe("a point that calls a thing by its kind", () => {
  const minute = `Mr Ivo Penn asked why the Council meant to close the Quarry Lane car park in the evenings. Councillor Una Sable responded that the car park was used by 12 vehicles an evening on average, and that the Mill Road car park stayed open.

Rowan Vale Primary School had been found to require improvement in behaviour. Members asked questions. Ms Orla Finch said that the school had already cut its exclusions from 14 to 5 since April.`;

  it("is said with the name the minute last gave that thing before it", () => {
    expect(
      withNamedReferent("Councillor Una Sable: The car park was used by 12 vehicles an evening on average.", minute),
    ).toBe("Councillor Una Sable: The Quarry Lane car park was used by 12 vehicles an evening on average.");
    expect(withNamedReferent("The school had already cut its exclusions from 14 to 5 since April.", minute)).toBe(
      "Rowan Vale Primary School had already cut its exclusions from 14 to 5 since April.",
    );
  });

  it("is left as it is when the minute names no such thing before it", () => {
    const text = "The library would open on Sundays from May, at a cost of £9,000.";
    expect(
      withNamedReferent(
        text,
        `Members welcomed the plan. The library would open on Sundays from May, at a cost of £9,000.`,
      ),
    ).toBe(text);
  });
});

describe("a lead that counts more points than the summary shows", () => {
  it("says 'including' when fewer are shown than it counts", () => {
    expect(shownOfCount("Officers proposed to spend £2.3m on five schemes:", 3)).toBe(
      "Officers proposed to spend £2.3m on five schemes, including:",
    );
    expect(shownOfCount("The review made 6 recommendations:", 2)).toBe("The review made 6 recommendations, including:");
  });

  it("stays as it is when every counted point is shown, or it counts none", () => {
    expect(shownOfCount("Officers proposed to spend £2.3m on five schemes:", 5)).toBe(
      "Officers proposed to spend £2.3m on five schemes:",
    );
    expect(shownOfCount("The Director highlighted the following:", 1)).toBe("The Director highlighted the following:");
  });
});

describe("a key point too long for the overview", () => {
  it("ends before its closing phrase of where or when, not mid-phrase", () => {
    expect(
      fitFinding(
        "81% of the borough's libraries had been rated good or better at their last review, against 74% in 2024.",
        11,
      ),
    ).toBe("81% of the borough's libraries had been rated good or better.");
  });
});

describe("a key point whose closing phrase has a year of its own", () => {
  it("is not shortened to leave the year out", () => {
    expect(fitFinding("A forecast overspend of £2.9m on parks and open spaces in 2027/28.", 10)).not.toBe(
      "A forecast overspend of £2.9m on parks and open spaces.",
    );
  });
});
