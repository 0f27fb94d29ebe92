// Business recall on the long minutes, twelfth round (docs/summaries.md#long-minutes-round-twelve): held to words, a
// sentence that gives a change and then the same change to a lesser thing is said by its first change, and a report of
// two things whose first has no figure is said by the second. Every sentence below is written here, with made-up
// names, places and figures.
import { describe, expect, it } from "vitest";
import { toTheFigureReported } from "@/lib/summarize/extractive/answer-clauses";
import { forItsWords } from "@/lib/summarize/extractive/answer-value";
import { firstOfLikeChanges } from "@/lib/summarize/extractive/listed-sums";
import { withLeadIns } from "@/lib/summarize/extractive/pick-bullets";
import { sparePoint } from "@/lib/summarize/extractive/spare-point-pick";
import { countWords } from "@/lib/summarize/text/sentences";
import { candidatesOf } from "./helpers";

const said = (text: string) => firstOfLikeChanges(candidatesOf(text, "Parking Permit Charges 2026/27")[0]!).text;

describe("a change and its like, held to words", () => {
  it("is said by the first change when the second repeats its pattern without a verb", () => {
    expect(
      said(
        "The charge for a first resident's permit would go up from £88 to £94, and the charge for a second permit from £140 to £150.",
      ),
    ).toBe("The charge for a first resident's permit would go up from £88 to £94.");
  });

  it("keeps a second clause with a verb of its own, or one that is no like change", () => {
    const own =
      "The charge for a first permit would go up from £88 to £94, and visitor vouchers would fall from £3 to £2.";
    expect(said(own)).toBe(own);
    const other =
      "The charge for a first permit would go up from £88 to £94, and the scheme would cover 12 more roads.";
    expect(said(other)).toBe(other);
  });
});

describe("a report of two things, the first without a figure", () => {
  it("is said by the second when only it has a figure", () => {
    expect(
      toTheFigureReported(
        "The Head of Parking advised that a review of enforcement costs had shown that the charges no longer paid for the scheme, and that an average rise of 4.5% was proposed from 1 April 2026.",
      ),
    ).toBe("An average rise of 4.5% was proposed from 1 April 2026.");
  });

  it("is left whole when the first has a figure, a name or a date, or the second has none", () => {
    const counted =
      "The Head of Parking advised that 3 wards had asked for the scheme, and that an average rise of 4.5% was proposed.";
    expect(toTheFigureReported(counted)).toBe(counted);
    const named =
      "The Head of Parking advised that the scheme had begun in Pinner, and that an average rise of 4.5% was proposed.";
    expect(toTheFigureReported(named)).toBe(named);
    const none =
      "The Head of Parking advised that the costs had risen, and that the charges would be reviewed again next year.";
    expect(toTheFigureReported(none)).toBe(none);
  });
});

describe("a spare point said up to its new figure, held to words", () => {
  const MINUTE = [
    "The value of the depot had been overstated by £2.4m because the surveyor had measured sheds that had since been pulled down, and £0.8m of grants had been shown in the wrong year, which the officers had agreed to put right before the accounts were signed.",
    "The audit fee was £96,000.",
  ].join("\n\n");
  const [long, short] = candidatesOf(MINUTE, "External Audit Findings");
  // As a minute held to words weighs them: each point's value for the words it is said in.
  const weighed = [
    { ...long!, score: 5 * forItsWords(countWords(long!.text)) },
    { ...short!, score: 3 * forItsWords(countWords(short!.text)) },
  ];

  it("is weighed for the words it is said in, not the whole sentence's", () => {
    expect(sparePoint(weighed, [], ["External Audit Findings"], 16, true)?.text).toBe(
      "The value of the depot had been overstated by £2.4m.",
    );
  });
});

describe("a list's lead that only says its points follow", () => {
  const MINUTE =
    "The Head of Audit introduced the report. The main points of her introduction were as follows:\n\n• 31 of the 44 audits in the plan had been completed by the end of September.\n\n• Two audits had been given limited assurance.\n\n• The team had one vacant post.";
  const points = candidatesOf(MINUTE, "Internal Audit Progress").filter((c) => c.lead);

  it("is not said over its points, each of which stands on its own", () => {
    expect(points.length).toBeGreaterThan(1);
    expect(withLeadIns(points.slice(0, 2)).map((c) => c.underLead ?? null)).toEqual([null, null]);
  });

  it("is said over a list whose lead names what the points are", () => {
    const changes = candidatesOf(
      MINUTE.replace("The main points of her introduction were", "The main changes to the audit plan were"),
      "Internal Audit Progress",
    ).filter((c) => c.lead);
    expect(withLeadIns(changes.slice(0, 2)).every((c) => c.underLead)).toBe(true);
  });
});
