import type { SummaryInput, SummarySection } from "../types";
import { formatMeetingDate, formatMeetingTime } from "./dates";
import { decisionVerb } from "./resolved";
import { clipWords, upperFirst } from "../text/sentences";

// The overview paragraph is built only from the meeting's own title, date and agenda titles, plus the verbs of
// its decisions: it states no figure that the sources do not.

export function bodyName(committeeName: string): string {
  const name = committeeName.trim() || "committee";
  return /^the\b/i.test(name) ? name : `the ${name}`;
}

export function listTitles(titles: string[], max = 6): string {
  const unique = [...new Set(titles)];
  const shown = unique.slice(0, max);
  const rest = unique.length - shown.length;
  if (rest > 0) return `${shown.join(", ")} and ${rest} other item${rest > 1 ? "s" : ""}`;
  if (shown.length <= 1) return shown[0] ?? "";
  return `${shown.slice(0, -1).join(", ")} and ${shown[shown.length - 1]}`;
}

export function writePreviewOverview(input: SummaryInput, titles: string[]): string {
  const m = input.meeting;
  const when = `${formatMeetingDate(m.startsAt)} at ${formatMeetingTime(m.startsAt)}`;
  const special = m.isSpecial ? " for a special meeting" : "";
  if (titles.length === 0)
    return `${upperFirst(bodyName(m.committeeName))} is scheduled to meet${special} on ${when}. No substantive business has been published on the agenda yet.`;
  return `${upperFirst(bodyName(m.committeeName))} is scheduled to meet${special} on ${when} to discuss ${listTitles(titles)}.`;
}

/** The outcome a decision states, as a past-tense verb: what a resident wants first. */
export function outcomeVerb(decision: string): string {
  const lead = /^(Granted|Refused|Deferred|Withdrawn)\b/.exec(decision)?.[1];
  if (lead) return lead === "Withdrawn" ? "noted the withdrawal of" : lead.toLowerCase();
  if (/\bDECISION:?\s*REFUSED|\brefused\b|\bbe refused\b/i.test(decision)) return "refused";
  if (/\bDECISION:?\s*GRANTED|\bgranted\b|\bbe granted\b/i.test(decision)) return "granted";
  if (/\bdefer/i.test(decision)) return "deferred";
  if (/\bwithdrawn\b/i.test(decision)) return "noted the withdrawal of";
  const verb = decisionVerb(decision);
  return verb === "recommended" ? "recommended" : verb === "decided" ? "decided on" : verb;
}

/**
 * A long title cut to `max` words, at the last natural break within them when there is one ("Final Revenue Budget
 * 2019/20…", not "…and Medium Term Financial…").
 */
export const shortHeading = (heading: string, max = 8) => {
  const words = heading
    .replace(/\s*[-\u2013]\s*(report|update)$/i, "")
    .replace(/[.]$/, "")
    .split(/\s+/);
  if (words.length <= max + 1) return words.join(" ");
  let cut = max;
  for (let i = max; i >= 3; i--) {
    if (/^(and|&|-|\u2013|\u2014)$/i.test(words[i]!) || /^\(/.test(words[i]!)) {
      cut = i;
      break;
    }
    if (/:$/.test(words[i - 1]!)) {
      cut = i;
      break;
    }
  }
  // No natural break: never end on a word that leads into the rest ("…Shared Service Arrangement with the…").
  while (cut > 2 && /^(?:with|the|of|and|to|for|a|an|in|on|at|by|from|into|&)$/i.test(words[cut - 1]!)) cut--;
  return `${words
    .slice(0, cut)
    .join(" ")
    .replace(/[:,;]$/, "")}…`;
};

/** One title alone is given in full (a hearing's premises and address), several are shortened to fit. */
const headingsOf = (headings: string[]) => headings.map((h) => shortHeading(h, headings.length === 1 ? 22 : 8));

/**
 * Titles that share what comes before their dash ("Call-In of the Cabinet Decision (27 May 2021) - Harrow Town Centre
 * PSPO", "… - The Council's Accommodation Strategy") are told apart by what follows it: cut to their first words the
 * two would read the same.
 */
export function distinctTitles(headings: string[]): (heading: string) => string {
  const dash = / [-\u2013] /;
  const prefix = (h: string) => (dash.test(h) ? h.split(dash)[0]!.toLowerCase() : null);
  const counts = new Map<string, number>();
  for (const h of new Set(headings)) {
    const p = prefix(h);
    if (p) counts.set(p, (counts.get(p) ?? 0) + 1);
  }
  return (h) => {
    const p = prefix(h);
    return p && (counts.get(p) ?? 0) > 1 ? h.split(dash).slice(1).join(" - ") : h;
  };
}

/**
 * Outcome first: what was decided (granted, refused, approved, recommended, noted), never just a list of agenda
 * titles; items discussed without a recorded decision come after. Built only from the meeting's own headings and
 * the wording of its decisions, so it states nothing the sources do not.
 */
export function writeOutcomeOverview(
  input: SummaryInput,
  sections: SummarySection[],
  others: SummarySection[] = [],
): string {
  const m = input.meeting;
  const date = formatMeetingDate(m.startsAt);
  const met = m.isSpecial ? "held a special meeting" : "met";
  const name = upperFirst(bodyName(m.committeeName));
  const told = distinctTitles(sections.map((s) => s.heading));
  // "approved the Council's Accommodation Strategy…": every title follows a verb, so its leading article is lower-case.
  sections = sections.map((s) => ({ ...s, heading: told(s.heading).replace(/^The (?=[A-Z])/, "the ") }));
  const decided = sections.filter((s) => s.decision);
  // "discussed" only where the minutes say something; items known from the agenda alone are "listed".
  const undecided = sections.filter((s) => !s.decision && !s.note).map((s) => s.heading);
  const listed = sections.filter((s) => !s.decision && s.note).map((s) => s.heading);
  const phrases: string[] = [];
  const planning = decided.filter((s) => /^(granted|refused)$/.test(outcomeVerb(s.decision!)));
  if (planning.length >= 2) {
    const granted = planning.filter((s) => outcomeVerb(s.decision!) === "granted").length;
    const refused = planning.length - granted;
    const against = planning.filter((s) =>
      /contrary to|against the officers?'? (advice|recommendation)|overturn/i.test(
        `${s.decision} ${s.bullets.map((b) => b.text).join(" ")}`,
      ),
    ).length;
    const parts = [
      granted ? `granted ${granted} application${granted > 1 ? "s" : ""}` : "",
      refused ? `refused ${refused}` : "",
    ].filter(Boolean);
    phrases.push(`${parts.join(" and ")}${against ? ` (${against} against the officers' recommendation)` : ""}`);
  }
  const rest = decided.filter((s) => !planning.includes(s) || planning.length < 2);
  const byVerb = new Map<string, string[]>();
  for (const s of rest) {
    const verb = outcomeVerb(s.decision!);
    byVerb.set(verb, [...(byVerb.get(verb) ?? []), shortHeading(s.heading)]);
  }
  const order = [
    "refused",
    "granted",
    "approved",
    "agreed",
    "recommended",
    "deferred",
    "decided on",
    "noted the withdrawal of",
    "noted",
  ];
  for (const verb of order) {
    const headings = byVerb.get(verb);
    if (headings) phrases.push(`${verb} ${listTitles(headings, 3)}`);
  }
  const questions = others.filter((s) => s.decision || s.bullets.length).length;
  let text = `${name} ${met} on ${date}`;
  if (phrases.length) text += ` and ${listTitles(phrases, 4)}`;
  if (undecided.length)
    text += `${phrases.length ? "; it also discussed" : " and discussed"} ${listTitles(headingsOf(undecided), 3)}`;
  if (listed.length)
    text += `${phrases.length || undecided.length ? "; its agenda also listed" : "; its agenda listed"} ${listTitles(headingsOf(listed), 3)}, with no minutes published`;
  if (!phrases.length && !undecided.length && !listed.length)
    text += questions ? " and took questions and petitions" : "; the published minutes record standing business only";
  text = `${text}.`.replace(/…\.$/, "…");
  const room = OVERVIEW_MAX_WORDS - text.split(/\s+/).length - 2;
  const finding = keyFinding(sections) ?? keyDecision(sections, room);
  if (finding && room >= 10) text += ` Key point: ${clipToWords(finding, room)}`;
  return text;
}

/** The largest sum a text names: "£21.899m" counts 21,899,000, "£875k" 875,000; 0 when it names none. */
const largestSum = (text: string): number =>
  Math.max(
    0,
    ...[...text.matchAll(/£\s?([\d,]+(?:\.\d+)?)\s?(bn|billion|m|million|k)?\b/gi)].map((m) => {
      const unit = (m[2] ?? "").toLowerCase();
      const scale = unit.startsWith("b") ? 1e9 : unit.startsWith("m") ? 1e6 : unit === "k" ? 1e3 : 1;
      return Number(m[1]!.replace(/,/g, "")) * scale;
    }),
  );

/**
 * When no sentence gives a verdict or an overspend, the decision's clause that commits the most money, if it reads as
 * a sentence on its own and fits the overview: "The new Harrow Civic Centre will be about 20,000 sq. ft at an
 * estimated cost of £21.899m" (its bracketed breakdown left to the decision). Copied from the decision, so it states
 * nothing the sources do not.
 */
export function keyDecision(sections: SummarySection[], maxWords: number): string | null {
  const clauses = sections
    .flatMap((s) => (s.decision ?? "").split(/;\s+/))
    .map((c) =>
      c
        .replace(/^(?:and\s+)?(?:\(\d{1,2}\)\s*)?/i, "")
        .replace(/\s+\([^)]*\)/g, "")
        .replace(/[.;,\s…]+$/, "")
        .trim(),
    )
    .filter(
      (c) =>
        /£\s?\d/.test(c) &&
        /^(?:The|A|An|[A-Z][a-z]+ (?:will|was|were))\b|^the\b/.test(c) &&
        /\b(?:will|was|were|is|are|would)\b/.test(c) &&
        !/\[\^\d+\]/.test(c) &&
        c.split(/\s+/).length <= maxWords,
    );
  if (clauses.length === 0) return null;
  const best = clauses.reduce((a, b) => (largestSum(b) > largestSum(a) ? b : a));
  return `${upperFirst(best)}.`;
}

const OVERVIEW_MAX_WORDS = 60;

const clipToWords = (sentence: string, max: number) => {
  const clipped = clipWords(sentence.replace(/\s+/g, " ").trim(), max);
  return /[.!?…]$/.test(clipped) ? clipped : `${clipped}.`;
};

/**
 * The sentence a resident most needs, copied from the sections: an inspection verdict ("an 'inadequate' rating …"),
 * else a forecast overspend or deficit with its figure. Null when no sentence says either.
 */
export function keyFinding(sections: SummarySection[]): string | null {
  const bullets = sections.flatMap((s) => s.bullets.map((b) => b.text));
  const score = (text: string): number => {
    if (
      /\b(inadequate|requires improvement|outstanding)\b/i.test(text) &&
      /\b(ofsted|inspect\w*|judge?ment|judged|rated|rating)\b/i.test(text)
    )
      return /\binadequate\b/i.test(text) ? 4 : 3;
    if (/\b(overspend|underspend|deficit|shortfall|budget gap)\b/i.test(text) && /£\s?\d/.test(text)) return 2;
    return 0;
  };
  const words = (t: string) => t.split(/\s+/).length;
  // The strongest kind of finding; among equals the shortest, so the verdict survives the overview's word limit.
  const ranked = bullets.map((text) => ({ text, sc: score(text) })).filter((c) => c.sc >= 2);
  ranked.sort((a, b) => b.sc - a.sc || words(a.text) - words(b.text));
  return ranked[0]?.text ?? null;
}

export function writeCancelledOverview(input: SummaryInput, titles: string[]): string {
  const m = input.meeting;
  const word = m.status === "postponed" ? "postponed" : "cancelled";
  const when = `${formatMeetingDate(m.startsAt)} at ${formatMeetingTime(m.startsAt)}`;
  const planned = titles.length ? ` It had been due to discuss ${listTitles(titles)}.` : "";
  return `The meeting of ${bodyName(m.committeeName)} scheduled for ${when} was ${word}.${planned}`;
}

export function writeEmptyOverview(input: SummaryInput): string {
  const m = input.meeting;
  const past = Date.parse(m.startsAt) <= Date.parse(input.now);
  const date = formatMeetingDate(m.startsAt);
  return past
    ? `${upperFirst(bodyName(m.committeeName))} met on ${date}, but no agenda papers or minutes with content have been published for this meeting.`
    : `${upperFirst(bodyName(m.committeeName))} is scheduled to meet on ${date}. No agenda or papers have been published yet.`;
}
