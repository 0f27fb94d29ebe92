// Small text helpers shared by the read models: initials, role order, the RESOLVED part of a minute.
import { accountResumesAt } from "@/lib/summarize/text/minute-account";

/**
 * "Grace Mensah, Corporate Director of Children's Services" → { name: "Grace Mensah", jobTitle: "Corporate
 * Director of Children's Services" }: councils list officers with their job after a comma, in the name itself.
 */
export function splitNameAndJob(full: string): { name: string; jobTitle: string | null } {
  const match = /^([^,]+),\s*(\p{Lu}.*)$/u.exec(full.trim());
  if (!match) return { name: full.trim(), jobTitle: null };
  return { name: match[1]!.trim(), jobTitle: match[2]!.trim() };
}

/** Up to two initials for the placeholder avatar, from the name alone: no "Councillor" title, no job title. */
export function initialsOf(full: string): string {
  const words = splitNameAndJob(full)
    .name.replace(/^\s*(councillor|cllr\.?)\s+/i, "")
    .split(/\s+/)
    .filter((w) => /^[A-Za-z\u00C0-\u024F]/.test(w));
  const first = words[0]?.[0] ?? "?";
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? "") : "";
  return (first + last).toUpperCase();
}

const ROLE_RANK: [RegExp, number][] = [
  [/^chair/i, 0],
  [/vice[- ]?chair/i, 1],
  [/^(committee )?member/i, 2],
  [/reserve/i, 4],
];

/** Chair first, then Vice-Chair, members, others, reserves: the order committee pages list people in. */
export function roleRank(role: string | null): number {
  if (!role) return 3;
  for (const [re, rank] of ROLE_RANK) if (re.test(role)) return rank;
  return 3;
}

// "RESOLVED: …", and Harrow's Cabinet recommending to Council: "Resolved to RECOMMEND: to Council that …".
const RESOLVED_AT = /\bRESOLVED\b|\bResolved\s+to\s+RECOMMEND\b/;
const MAX_RESOLUTION = 1500;

/** The "RESOLVED: …" part of a minute, the decision a reader is looking for; null when there is none. */
export function extractResolution(minutes: string | null): string | null {
  if (!minutes) return null;
  const at = minutes.search(RESOLVED_AT);
  if (at < 0) return null;
  const text = minutes.slice(at, accountResumesAt(minutes, at)).trim();
  return text.length > MAX_RESOLUTION ? `${text.slice(0, MAX_RESOLUTION).replace(/\s+\S*$/, "")}…` : text;
}

/**
 * The minutes to show beside an item's decision, without saying the decision twice: Harrow's minutes often end with
 * the RESOLVED text the decision box shows ("Having considered the comments …, Cabinet RESOLVED: That (1) …"), so
 * only what comes before it is shown, above the box (`beforeDecision`), and what the minute goes on to record after
 * it (a call-in hearing's arguments) below the box (`after`); null when the minutes are the decision alone. Minutes
 * whose decision was stored separately, or shortened for the box, are shown whole.
 */
export function minutesBesideDecision(
  minutes: string | null,
  decisionText: string | null,
): { text: string | null; beforeDecision: boolean; after?: string } {
  if (!minutes?.trim()) return { text: null, beforeDecision: false };
  const squash = (s: string) => s.replace(/\s+/g, " ").trim();
  if (decisionText) return { text: squash(minutes) === squash(decisionText) ? null : minutes, beforeDecision: false };
  const at = minutes.search(RESOLVED_AT);
  const end = at < 0 ? minutes.length : accountResumesAt(minutes, at);
  if (at < 0 || minutes.slice(at, end).trim().length > MAX_RESOLUTION) return { text: minutes, beforeDecision: false };
  const before = minutes.slice(0, at).trim();
  const after = minutes.slice(end).trim();
  return {
    ...(before ? { text: before, beforeDecision: true } : { text: null, beforeDecision: false }),
    ...(after ? { after } : {}),
  };
}

/** The parsers' title for a vote whose subject was not printed: it says nothing a "Recorded vote" label does not. */
export function isGenericVoteTitle(title: string): boolean {
  return /^\s*(?:recorded|named)\s+vote\s*$/i.test(title);
}
