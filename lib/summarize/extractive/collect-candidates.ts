// Turns an item's source texts into scored candidate sentences (and its tables), each with its source and page.
// Sentences are kept verbatim apart from a leading connective, so a bullet never says what a source did not.
// Each source is read by a SourceReader (source-reader.ts); what a candidate is, candidate.ts.
import type { SummaryTable } from "../types";
import type { Candidate, CandidateOptions } from "./candidate";
import type { ItemSource } from "./item-sources";
import { SourceReader } from "./source-reader";

export { pointsBack, type Candidate, type CandidateOptions } from "./candidate";

export function collectCandidates(
  sources: ItemSource[],
  opts: CandidateOptions,
  orderBase = 0,
): { candidates: Candidate[]; tables: SummaryTable[] } {
  const candidates: Candidate[] = [];
  const tables: SummaryTable[] = [];
  let order = orderBase;
  for (const source of sources) order = new SourceReader(source, opts, candidates, tables, order).read();
  return { candidates, tables };
}
