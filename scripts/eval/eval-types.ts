import type { MeetingSummary, SummaryInput } from "../../lib/summarize/types";

// An evaluation case: a meeting, the facts its summary must carry and the headings of the published summary.

export interface RequiredFact {
  id: string;
  /** The statement in the published summary, for people reading the report. */
  statement: string;
  /** All must match within one unit of the summary (a bullet, a decision, the overview or a table). */
  patterns: RegExp[];
}

export interface EvalCase {
  name: string;
  meetingId: number;
  facts: RequiredFact[];
  /** Headings of the published summary, for section coverage. */
  headings: string[];
}

export interface EvalSubject {
  evalCase: EvalCase;
  input: SummaryInput;
  summary: MeetingSummary;
}

export interface CaseResult {
  name: string;
  meetingId: number;
  factsFound: number;
  factsTotal: number;
  recall: number;
  missedFacts: string[];
  headingsCovered: number;
  headingsTotal: number;
  sectionCoverage: number;
  uncoveredHeadings: string[];
  inventedNumbers: string[];
  words: number;
  /** Words of the standing-business lines (apologies, declarations, minutes…) */
  proceduralWords: number;
}

export interface EvaluationReport {
  cases: CaseResult[];
  overall: {
    recall: number;
    sectionCoverage: number;
    inventedNumbers: number;
    words: number;
    proceduralWords: number;
    factsFound: number;
    factsTotal: number;
  };
}
