// How the overview joins what it says: several objects of one verb, call-ins of one body's decisions, and phrases,
// with commas or, where a phrase has commas of its own, semicolons.
import { listTitles } from "./titles";

/**
 * Several objects of one verb: "A, B and C", or set off by semicolons when one has commas of its own, or is a clause
 * of its own ("recommended to Council the revised Code; and Ms A and Mr B to be appointed as …": without the
 * semicolon the Code would read as recommended with them).
 */
export function joinObjects(objects: string[]): string {
  // A clause first reads plainly ("a scheme to be introduced in 9 roads and the Programme"); after another object, its
  // names would run on from it.
  const clause = objects.slice(1).some((o) => OWN_CLAUSE.test(o));
  // A comma inside a figure ("£29,750") is no comma of the object's own.
  const ownCommas = objects.filter((o) => /,(?!\d)/.test(o));
  // One object with commas of its own, said last, needs no semicolons: "agreed the timetable and 5 of 6
  // recommendations, among them …", never "agreed 5 of 6 recommendations, among them …; and the timetable"
  // (docs/summaries.md#one-long-object-said-last).
  if (!clause && ownCommas.length === 1 && objects.length === 2 && !objects.some((o) => o.includes(";")))
    return listTitles([...objects.filter((o) => o !== ownCommas[0]), ownCommas[0]!], 3);
  return ownCommas.length || clause ? joinPhrases(objects, 3, "item", clause) : listTitles(objects, 3);
}

/** "Ms A and Mr B to be appointed as …": an object that says what is to happen to it. */
const OWN_CLAUSE = /\bto be [a-z]+(?:ed|en)\b/;

/**
 * "the call-in of Cabinet's decision on A" and "the call-in of Cabinet's decision on B" under one verb: "the call-ins
 * of Cabinet's decisions on A and on B", the shared words said once.
 */
export function mergeCallIns(objects: string[]): string[] {
  const CALL_IN = /^the call-in of (.+?'s) decision on (.+)$/;
  const out: (string | { whose: string; subjects: string[] })[] = [];
  for (const o of objects) {
    const m = CALL_IN.exec(o);
    if (!m) {
      out.push(o);
      continue;
    }
    const group = out.find((g) => typeof g !== "string" && g.whose === m[1]);
    if (group && typeof group !== "string") group.subjects.push(m[2]!);
    else out.push({ whose: m[1]!, subjects: [m[2]!] });
  }
  return out.map((g) => {
    if (typeof g === "string") return g;
    const { whose, subjects } = g;
    if (subjects.length === 1) return `the call-in of ${whose} decision on ${subjects[0]}`;
    return `the call-ins of ${whose} decisions on ${subjects.slice(0, -1).join(", on ")} and on ${subjects.at(-1)}`;
  });
}

/** The most phrases joinPhrases says before it counts the rest. */
export const JOINED_MAX = 4;

/**
 * Phrases joined with commas, or with semicolons when a phrase has commas of its own. Beyond `max`, the rest are
 * counted: the overview's phrases each start with what the meeting did, so its count does too ("made 1 other
 * decision"); a list of things under one verb counts the things ("2 other items").
 */
export function joinPhrases(phrases: string[], max = JOINED_MAX, others = "decision", semicolons = false): string {
  const shown = phrases.slice(0, max);
  const more = phrases.length - shown.length;
  const counted = `${others === "decision" ? "made " : ""}${more} other ${others}${more > 1 ? "s" : ""}`;
  const list = more > 0 ? [...shown, counted] : shown;
  if (list.length === 1) return list[0]!;
  if (others === "decision" && !semicolons && isPairOfDeeds(list)) return `${list[0]}, and ${list[1]}`;
  // A comma inside a figure ("£6,200") is no comma of the phrase's own.
  const sep = semicolons || list.some((p) => /,(?!\d)|;/.test(p)) ? "; " : ", ";
  return `${list.slice(0, -1).join(sep)}${sep === "; " ? "; and " : lastJoin(list)}${list[list.length - 1]}`;
}

/**
 * Two things the meeting did, one with commas of its own ("granted the licence in part, with conditions" and
 * "suspended a licence"): a semicolon sets off items of a longer list, and between two deeds of one meeting it reads
 * as a run-on ("…, with conditions; and suspended …"), so they are joined by ", and". A phrase with a semicolon of its
 * own keeps the semicolons, so its parts never read as a third deed.
 */
function isPairOfDeeds(list: string[]): boolean {
  return list.length === 2 && list.some((p) => /,(?!\d)/.test(p)) && !list.some((p) => p.includes(";"));
}

/**
 * "recommended to Council the revised Code and the appointment of Ms A as …, and made 3 other decisions": after a
 * phrase with an "and" of its own, the last phrase is set off by a comma, so it never reads as one more thing
 * recommended.
 */
function lastJoin(list: string[]): string {
  return list.length > 2 && / and /.test(list[list.length - 2]!) ? ", and " : " and ";
}

/**
 * Things referred to one body, said once with it: "its comments on the draft budget to Cabinet" and "the seven
 * recommendations of the review to Cabinet" -> "its comments on the draft budget and the seven recommendations of the
 * review to Cabinet".
 */
export function sameRecipient(objects: string[]): string[] {
  const to = (o: string) => / to ((?:the )?[A-Z][^,;]*)$/.exec(o)?.[1] ?? null;
  const body = to(objects[0] ?? "");
  if (objects.length < 2 || !body || !objects.every((o) => to(o) === body)) return objects;
  const things = objects.map((o) => o.slice(0, -` to ${body}`.length));
  return [`${joinObjects(things)} to ${body}`];
}

/**
 * Advice given to one office, said once with it: "the Portfolio Holder that A" and "the Portfolio Holder that B" ->
 * "the Portfolio Holder that A, and that B" (docs/summaries.md#an-admissions-forums-minutes).
 */
export function sameAdvisee(objects: string[]): string[] {
  const whom = (o: string) => /^((?:the )?[A-Z][\w'\u2019 -]*?) that /.exec(o)?.[1] ?? null;
  const first = whom(objects[0] ?? "");
  if (objects.length < 2 || !first || !objects.every((o) => whom(o) === first)) return objects;
  const advice = objects.map((o) => o.slice(`${first} `.length));
  return [`${first} ${advice.slice(0, -1).join(", ")}, and ${advice.at(-1)}`];
}

/**
 * Two or more recommendations to one body that ask it to take the same step, said with the step once: "that it
 * publish a travel plan" and "that it publish an audit of the savings" -> "that it publish a travel plan and an audit
 * of the savings" (docs/summaries.md#a-joint-health-scrutiny-committees-minutes). Any other objects are as they were.
 */
export function sameStep(objects: string[]): string[] {
  const step = (o: string) => /^that (?:it|they) ([a-z]+) /.exec(o)?.[0] ?? null;
  const first = step(objects[0] ?? "");
  if (objects.length < 2 || !first || !objects.every((o) => step(o) === first)) return objects;
  const things = objects.map((o) => o.slice(first.length));
  return [`${first}${things.slice(0, -1).join(", ")} and ${things.at(-1)}`];
}
