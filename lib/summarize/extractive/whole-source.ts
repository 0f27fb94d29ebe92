import type { VoteTally } from "../text/recorded-votes";
import { withRecordedTally } from "./advisory-minutes";
import { type Candidate, OPENING_ACCOUNT_BONUS, OPENING_FIGURE } from "./candidate";
import { voteOutcomeLine } from "./procedure-sentences";

// What only a whole source shows, once a SourceReader has read every block of it (source-reader.ts): the account's
// headline before the first question, and each recorded vote counted from its lists of names.

/** A recorded vote: its outcome sentence, then its lists of names, counted into one tally line. */
export interface RecordedVote {
  candidate: Candidate;
  tally: VoteTally;
  /** For a vote on an amendment: what became of it ("lost"), said in the amendment's line. */
  amendment?: string;
}

/**
 * A minute that questions the people who present a report (a monitoring report, a portfolio holder's session) opens
 * with their account of it: its headline sums and rates ("the General Fund was forecast to overspend by £6.1m") come
 * before any one answer.
 */
export function weighOpeningAccount(own: Candidate[], firstQuestion: number): void {
  for (const c of own)
    if (c.order < firstQuestion && OPENING_FIGURE.test(c.text)) {
      c.score += OPENING_ACCOUNT_BONUS;
      // The first such sentence of the paragraphs (not of a list's points, which are the account's detail) is the
      // account's headline.
      if (!c.told && !own.some((o) => o.headline)) c.headline = true;
    }
}

/** Each recorded vote's line, with the counts of its lists of names (and the summons' size of the body, if known). */
export function countRecordedVotes(votes: RecordedVote[], summons: string | null): void {
  for (const { candidate, tally, amendment } of votes) {
    if (amendment) {
      candidate.text = withRecordedTally(candidate.text, amendment, tally);
      continue;
    }
    const line = tally.for + tally.against > 0 ? voteOutcomeLine(candidate.text, tally, summons) : null;
    if (line) candidate.text = line;
  }
}
