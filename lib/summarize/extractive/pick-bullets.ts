import type { SummaryBullet } from "../types";
import { contentWords } from "../text/normalise";
import { countWords, upperFirst } from "../text/sentences";
import { countPattern, numberWordValue } from "../text/number-words";
import type { Candidate } from "./collect-candidates";
import { accountAfterIntroduction, saidInAccount } from "./post-accounts";
import { withoutTellingFrame } from "./free-words";

// Which of an item's candidates become its bullets, and how they read together: the best without near-repeats,
// within a budget of bullets and words, each carrying the sentence it refers back to and its list's lead-in.

/** A candidate as a bullet may show it: its text, and "Post: fact" for "He said that …" in a post's account. */
function shownAs(c: Candidate): string[] {
  const own = c.giver ? saidInAccount(c.text, c.giver) : null;
  return own ? [c.text, own] : [c.text];
}

/** Picks the best candidates without near-repeats, returned in reading order. */
export function pickCandidates(
  candidates: Candidate[],
  limit: number,
  minScore = 0.5,
  maxWords = Infinity,
  saidBy?: (c: Candidate) => { key: string; speaker: string } | null,
): Candidate[] {
  const picked: Candidate[] = [];
  const seen: Set<string>[] = [];
  // Speakers said once over their list's points (answer-lists.ts speakersOnce): their words count once.
  const speakers = new Set<string>();
  let used = 0;
  // What the picked candidates say: a sentence that points back to one of them carries no second copy of it.
  const shown = new Set<string>();
  // Sentences counted as carried by a picked point that refers back to them: picked themselves, they are said once.
  const carried = new Set<string>();
  for (const c of [...candidates].sort((a, b) => b.score - a.score || a.order - b.order)) {
    if (picked.length >= limit || c.score < minScore) break;
    const words = new Set(contentWords(c.text));
    if (seen.some((s) => jaccard(s, words) >= 0.6)) continue;
    // Within a word budget, a point too long for what is left gives way to a shorter one after it.
    const said = saidBy?.(c);
    const carries = c.antecedent && !shown.has(c.antecedent) ? c.antecedent : null;
    const counted = shownAs(c).find((t) => carried.has(t));
    const length =
      countWords(c.text) +
      (carries ? countWords(carries) : 0) -
      (counted ? countWords(counted) : 0) -
      (said && speakers.has(said.key) ? countWords(said.speaker) : 0);
    if (used + length > maxWords) continue;
    used += length;
    if (said) speakers.add(said.key);
    picked.push(c);
    for (const text of shownAs(c)) shown.add(text);
    if (carries) carried.add(carries);
    seen.push(words);
  }
  return picked.sort((a, b) => a.order - b.order);
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 1 : shared / union;
}

/** How many bullets an item deserves: grows with the amount of usable text, within bounds. */
export function bulletBudget(candidates: Candidate[]): number {
  const useful = candidates.filter((c) => c.score >= 0.5).length;
  // Fact-bearing sentences (figures, names, dates) are all kept up to the cap: a summary that drops half the
  // figures of a performance report is not faithful to it.
  const strong = candidates.filter((c) => c.score >= STRONG_SCORE).length;
  return Math.max(2, Math.min(MAX_BULLETS, Math.max(strong, Math.round(2 + Math.sqrt(useful) * 2.4))));
}

const STRONG_SCORE = 1.5;
const MAX_BULLETS = 20;

/**
 * A picked sentence that refers back ("The overspend will be met from HRA balances…") carries the sentence it
 * refers to when that one was not picked itself, so the bullet says whose overspend, and how much.
 */
export function withAntecedents(picked: Candidate[]): Candidate[] {
  const texts = new Set(picked.map((c) => c.text));
  const out: Candidate[] = [];
  for (const c of picked) {
    // "He said that …" in a paragraph of a post's account is said as the post's, unless it would lose the sentence it
    // points back to: one that says more than who gave the account, and was not picked itself.
    const carried = c.antecedent && !texts.has(c.antecedent) && !accountAfterIntroduction(c.antecedent, c.text);
    const own = c.giver && !carried ? saidInAccount(c.text, c.giver) : null;
    if (own) {
      const { antecedent: _said, ...rest } = c;
      out.push({ ...rest, text: own });
      continue;
    }
    const previous = out[out.length - 1];
    // "The figure had risen from 8.9 days a year earlier." right after the bullet it points back to: said in that
    // bullet, never as a point of its own whose "figure" names nothing.
    if (c.antecedent && previous && previous.text === c.antecedent && !c.giver) {
      out[out.length - 1] = { ...previous, text: `${previous.text} ${c.text}` };
      continue;
    }
    // "She explained …" and "She said …", both after "Councillor A moved the recommendation.": the second goes on
    // in the bullet that already carries the sentence they point back to, which is said once.
    if (c.antecedent && previous?.antecedent === c.antecedent && previous.text.startsWith(c.antecedent)) {
      out[out.length - 1] = { ...previous, text: `${previous.text} ${c.text}` };
      continue;
    }
    out.push(
      c.antecedent && !texts.has(c.antecedent)
        ? { ...c, text: accountAfterIntroduction(c.antecedent, c.text) ?? `${c.antecedent} ${c.text}` }
        : c,
    );
  }
  return out;
}

/**
 * "The main points of her introduction were as follows:", "The key points of the report were:": a lead that says only
 * that the points after it were said, naming no subject of its own (as "the main changes made to the policy were as
 * follows:" does). Its points are said without it.
 */
const ONLY_POINTS_FOLLOW =
  /^(?:The )?(?:main|key|principal) points (?:of|in|from) (?:his|her|their|its|the) (?:introduction|presentation|report|update|address|remarks)(?: to the [A-Z][\w-]+)? (?:were|was|are)(?: as follows)?:$/;

/**
 * Picked bullets with their lists' lead-ins, so no point reads out of context: the list's points that are only
 * fragments ("whether …") join the first one picked, never standing as bullets starting in lower case; a list of which
 * one point is left carries its lead in its text ("Since March 2025, the service has: created three care leaving
 * teams…"); several points of one list are each marked with their lead (`underLead`), and shown as one list under it.
 */
export function withLeadIns(picked: Candidate[]): Candidate[] {
  const head = new Map<string, Candidate>();
  const points = new Map<string, Candidate[]>();
  const out: Candidate[] = [];
  for (const c of picked) {
    const first = c.lead ? head.get(c.lead) : undefined;
    // "questioning: whether …; whether the town centre had enough bins.": fragments join the first point picked.
    if (first && /^[a-z]/.test(c.text)) {
      first.text = `${first.text.replace(/[.;,]\s*$/, "")}; ${c.text}`;
      continue;
    }
    const point = { ...c };
    if (c.lead) {
      if (!first) head.set(c.lead, point);
      points.set(c.lead, [...(points.get(c.lead) ?? []), point]);
    }
    out.push(point);
  }
  for (const [said, list] of points) {
    // A lead that only says points follow says nothing of them: each point stands on its own.
    if (ONLY_POINTS_FOLLOW.test(said) && list.every((p) => /^[A-Z0-9£]/.test(p.text))) continue;
    const lead = withoutPronounSpeaker(said);
    if (list.length > 1) {
      for (const p of list) p.underLead = shownOfCount(lead, list.length);
      continue;
    }
    const only = list[0]!;
    const text = /^[A-Z][a-z]/.test(only.text) ? only.text.charAt(0).toLowerCase() + only.text.slice(1) : only.text;
    only.text = `${lead} ${text}`;
  }
  return out;
}

/** "… to four projects:", "… the following 6 changes:": a lead that counts the points of its list. */
const COUNTED_LEAD = new RegExp(
  String.raw`\b(${countPattern({ withOne: false })}) ([a-z][\w-]*s(?: [a-z][\w-]*)?):$`,
  "i",
);

/**
 * A lead that counts its list ("proposed to allocate £4.75m to four projects:") over fewer of its points than it
 * counts says so ("… to four projects, including:"), so it promises no more than it shows.
 * docs/summaries.md#read-as-a-resident-stop-35
 */
export function shownOfCount(lead: string, shown: number): string {
  const m = COUNTED_LEAD.exec(lead);
  if (!m) return lead;
  const count = numberWordValue(m[1]!) ?? Number(m[1]!.replace(/,/g, ""));
  return count > shown ? lead.replace(/:$/, ", including:") : lead;
}

/**
 * A list's lead that says only that "she" said it ("She said that the review made seven recommendations, the main ones
 * being:") names no one once it stands apart from the paragraph before: it is said as what was said ("The review made
 * seven recommendations, the main ones being:").
 */
export function withoutPronounSpeaker(lead: string): string {
  const m =
    /^(?:He|She|They) (?:said|explained|reported|advised|added|stated|told the (?:meeting|Committee|Sub-Committee|Panel|Board)) that ((?:the|a|an|its|their|this|these|[A-Z0-9£])\S*\s.*)$/.exec(
      lead,
    );
  return m ? upperFirst(m[1]!) : lead;
}

/** A picked sentence as the summary stores it; a list's point keeps the lead it is shown under. */
export function toBullet(c: Candidate): SummaryBullet {
  return { text: withoutTellingFrame(c.text), source: c.source, ...(c.underLead ? { lead: c.underLead } : {}) };
}
