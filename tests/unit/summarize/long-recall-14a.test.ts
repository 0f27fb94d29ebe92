// Business recall on the long minutes, round fourteen A (docs/summaries.md#long-minutes-round-fourteen-a): a long
// sentence that runs several results together after semicolons is read one result at a time, and a tally of how many
// of a set were met ("9 of the 12 standards") is the headline of an officer's opening account. Every sentence below is
// written here, with made-up services, names and figures.
import { describe, expect, it } from "vitest";
import type { Candidate } from "@/lib/summarize/extractive/candidate";
import { resultsOneByOne } from "@/lib/summarize/extractive/results-series";
import { weighOpeningAccount } from "@/lib/summarize/extractive/whole-source";

const SERIES =
  "Housing repairs had been completed within the agreed time in 84% of cases, against a target of 92%; " +
  "gas safety checks had been carried out before their due date in 97% of homes, against a target of 100%; " +
  "calls to the repairs line had been answered within three minutes in 77% of cases, against a target of 85%; " +
  "and complaints about repairs had been answered within ten working days in 69% of cases, against a target of 90%.";

describe("a long sentence of results after semicolons", () => {
  it("is read as one sentence a result, so the last result is not lost when the sentence is cut for length", () => {
    expect(resultsOneByOne(SERIES)).toEqual([
      "Housing repairs had been completed within the agreed time in 84% of cases, against a target of 92%.",
      "Gas safety checks had been carried out before their due date in 97% of homes, against a target of 100%.",
      "Calls to the repairs line had been answered within three minutes in 77% of cases, against a target of 85%.",
      "Complaints about repairs had been answered within ten working days in 69% of cases, against a target of 90%.",
    ]);
  });

  it("leaves a sentence short enough to be kept whole", () => {
    const short = "Repairs had met 84% of their target; calls had met 77%; and complaints had met 69%.";
    expect(resultsOneByOne(short)).toEqual([short]);
  });

  it("leaves a long sentence whose clauses are not each a result with its own subject, verb and figure", () => {
    const reasons =
      "The manager said that the contractor had found it hard to recruit plumbers in the autumn and that several " +
      "jobs had waited for parts from suppliers outside London; that the new scheduling system had helped with " +
      "some of the delays once it was working; and that she expected the position to improve over the winter months.";
    expect(resultsOneByOne(reasons)).toEqual([reasons]);
    const two =
      "Housing repairs had been completed within the agreed time in 84% of cases across the whole of the borough's " +
      "stock of council homes and leasehold flats, against a target of 92% set by the Cabinet in its plan; and calls " +
      "to the repairs line had been answered within three minutes in 77% of cases, against a target of 85%.";
    expect(resultsOneByOne(two)).toEqual([two]);
  });
});

describe("a tally of a set met, in an officer's opening account", () => {
  const source = { documentId: null, url: null, page: null };
  const at = (order: number, text: string): Candidate => ({ text, score: 1, order, source });

  it("is the account's headline, before the results that follow it", () => {
    const tally = at(1, "Repairs Manager: The service had met 9 of the 12 standards in the quarter.");
    const detail = at(2, "Complaints had been answered within ten working days in 69% of cases.");
    weighOpeningAccount([tally, detail], 5);
    expect(tally.headline).toBe(true);
    expect(detail.headline).toBeUndefined();
    expect(tally.score).toBeGreaterThan(1);
  });

  it("is no tally when the figures count something else than a set's members met", () => {
    const notTally = at(1, "The service had held 9 meetings with tenants in the quarter.");
    weighOpeningAccount([notTally], 5);
    expect(notTally.headline).toBeUndefined();
  });
});
