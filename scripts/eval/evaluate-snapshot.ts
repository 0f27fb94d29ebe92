import { summarizeExtractive } from "../../lib/summarize/extractive/summarize-extractive";
import type { MeetingSummary, SummaryInput } from "../../lib/summarize/types";
import type { EvalCase, EvaluationReport } from "./eval-types";
import { DEFAULT_SNAPSHOT_DIR, loadSnapshotMeetings } from "./load-snapshot";
import { runEvaluation } from "./run-evaluation";
import { SEED_CASES } from "./seed-cases";

// Loads the evaluated meetings from the snapshot, summarises them with an engine and scores them.

export type Engine = (input: SummaryInput) => MeetingSummary | Promise<MeetingSummary>;

export interface SnapshotEvaluation {
  report: EvaluationReport;
  summaries: Map<number, MeetingSummary>;
}

export async function evaluateSnapshot(
  dir = DEFAULT_SNAPSHOT_DIR,
  cases: EvalCase[] = SEED_CASES,
  engine: Engine = summarizeExtractive,
): Promise<SnapshotEvaluation> {
  const meetings = await loadSnapshotMeetings(
    dir,
    cases.map((c) => c.meetingId),
  );
  const summaries = new Map<number, MeetingSummary>();
  const subjects = [];
  for (const evalCase of cases) {
    const meeting = meetings.find((m) => m.meetingId === evalCase.meetingId);
    if (!meeting) throw new Error(`Meeting ${evalCase.meetingId} (${evalCase.name}) is not in the snapshot at ${dir}`);
    const summary = await engine(meeting.input);
    summaries.set(evalCase.meetingId, summary);
    subjects.push({ evalCase, input: meeting.input, summary });
  }
  return { report: runEvaluation(subjects), summaries };
}
