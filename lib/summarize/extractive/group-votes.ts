// A forum whose members vote by group (a Schools Forum's maintained primary and maintained secondary members on
// de-delegation, each phase for its own schools) often records each group's vote in the minute and then resolves only
// "That the decisions set out above be recorded". The resolution points back; the votes are the decision
// (docs/summaries.md#a-schools-forums-minutes).
import { splitSentences } from "../text/sentences";

/** "That the de-delegation decisions set out above be recorded": a resolution that only points back to the minute. */
const POINTS_BACK =
  /\b(?:(?:set out|recorded|listed|shown|given|described|stated) above|as above|the (?:above|foregoing) (?:votes?|decisions?|outcomes?))\b/i;

/**
 * "Maintained primary members voted unanimously (8 votes) to de-delegate …", "Secondary academy representatives voted
 * by 3 votes to 2 against …": a group of the members and how it voted, in one sentence.
 */
const GROUP_VOTED =
  /^(?:The |All (?:the )?)?(?:[A-Z][\w'\u2019-]*|[a-z][\w'\u2019-]*)(?: [\w'\u2019()-]+){0,6}? (?:members|representatives|governors|headteachers|head teachers)(?: present)? (?:voted|agreed|decided|declined)\b[^.]*\b(?:to|against|for|not to)\b/;

/** The sentences of a minute that each record one group's vote, in the order printed. */
export function groupVotes(minutes: string): string[] {
  return minutes
    .split(/\n\s*\n/)
    .flatMap((p) => splitSentences(p.replace(/\s*\n\s*/g, " ").trim()))
    .filter((s) => GROUP_VOTED.test(s) && /\bvot(?:ed|es?)\b|\bunanimously\b/i.test(s));
}

/**
 * The resolution as the decision is said: when it only points back to what the minute sets out above and the minute
 * records at least one group's vote, those votes in their own words; otherwise the resolution unchanged.
 */
export function votesForPointer(raw: string | null, minutes: string | null): string | null {
  if (!raw || !minutes || !POINTS_BACK.test(raw)) return raw;
  const votes = groupVotes(minutes);
  return votes.length > 0 ? votes.join(" ") : raw;
}
