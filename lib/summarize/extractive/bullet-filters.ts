// A section's bullets read against its Decision and heading, and against each other: no report request the decision
// repeats, no sentence that only says what the paper is, no point said twice, the applicant named, the heading's
// subject not repeated in the Decision.
import { containment } from "../text/normalise";
import { ACTING_BODY, CAPACITY, COMPANY_SUFFIX, companiesNamed } from "./resolution/decider";
import { SELF_DESCRIPTION } from "./score-sentence";

/**
 * A bullet of several sentences (one joined to the sentence it refers back to) without the report's request that
 * the decision repeats: "Each home is expected to save around £19,000 a year… Cabinet is asked to approve the
 * addition of £2.150m…" beside the Decision "(4) an addition of £2.150m … was approved" keeps its first sentences.
 */
export function withoutRestatedAsks<T extends { text: string }>(bullets: T[], decision: string): T[] {
  return bullets.flatMap((b) => {
    const sentences = b.text.split(/(?<=[.!?])\s+(?=[A-Z])/);
    if (sentences.length < 2) return [b];
    const kept = sentences.filter((x) => !(ASKS.test(x) && containment(x, decision) >= ASK_RESTATES));
    if (kept.length === sentences.length) return [b];
    return kept.length ? [{ ...b, text: kept.join(" ") }] : [];
  });
}

// A sentence that restates the decision is not a bullet (each decision is shown once); the report's own request
// ("Cabinet is asked to approve the addition of £2.150m…") is the decision in other words, so less need be shared.
export const RESTATES = 0.8;
export const ASK_RESTATES = 0.6;
export const ASKS = /\b(?:is|are) (?:requested|asked|invited|recommended) to\b/i;

/**
 * "Cabinet had recommended to Council that the Plan be approved, and that the Head of Policy be allowed to make minor
 * amendments", beside the Decision "The Plan was approved": only what the decision does not say is left ("Cabinet
 * had also recommended that the Head of Policy be allowed to make minor amendments"), or nothing.
 */
export function withoutRestatedRecommendation(text: string, decision: string): string | null {
  const m =
    /^((?:The )?[A-Z][\w' ]{1,60}?) had recommended(?: to (?:the )?(?:full )?(?:Council|Cabinet))? that,?\s+/.exec(
      text,
    );
  if (!m) return text;
  const parts = text
    .slice(m[0].length)
    .replace(/\.$/, "")
    .split(/,?\s+and that,?\s+/);
  const left = parts.filter((p) => containment(p, decision) < RESTATES);
  if (left.length === parts.length) return text;
  if (left.length === 0) return null;
  return `${m[1]} had also recommended that ${left.join(", and that ")}.`;
}

/**
 * A speaker's account whose first clause only restates the decision beside it, said from the clause that adds to it:
 * "Cllr A: The second phase would buy up to 90 homes within a budget of £41.4m, and each family moved from bed and
 * breakfast would save about £11,500 a year" beside the Decision "(1) the acquisition of up to 90 homes … within a
 * budget of £41.4m was approved" is "Cllr A: Each family moved from bed and breakfast would save about £11,500 a
 * year". Only the clauses it opens with go, each only when it has figures and every one of them is the decision's;
 * the rest must add a figure of its own, or the text is returned as it is.
 */
export function withoutRestatedClauses(text: string, decision: string): string {
  const lead = /^([A-Z][^:]{1,80}: )(?=[A-Z])/.exec(text)?.[1] ?? "";
  const parts = text.slice(lead.length).split(/,\s+and (?:that )?(?=[a-z])/);
  if (parts.length < 2) return text;
  const cited = new Set(decision.match(FIGURE) ?? []);
  // A year or a financial year ("in 2027/28") is when, not a figure of the decision's.
  const figures = (part: string) =>
    (part.replace(/\b(?:19|20)\d\d(?:\/\d{2,4})?\b/g, "").match(FIGURE) ?? []).filter(Boolean);
  const restates = (part: string) => figures(part).length > 0 && figures(part).every((f) => cited.has(f));
  // Only the clauses the account opens with: a later clause that names the decision's figure gives its reason.
  const opening = parts.findIndex((p) => !restates(p));
  const left = opening < 0 ? [] : parts.slice(opening);
  if (left.length === parts.length || !left.some((p) => figures(p).some((f) => !cited.has(f)))) return text;
  // "She explained that …": who said it goes with what is left of it.
  const speech =
    /^(?:[A-Z][\w'\u2019 ,-]{0,80}? )?(?:said|explained|added|stated|reported|advised|responded|confirmed) that /.exec(
      parts[0]!,
    )?.[0];
  const carried = speech && left[0] !== parts[0] ? speech : "";
  if (opening > 0)
    left[0] = withGappedVerb(withDroppedSubject(left[0]!, parts[opening - 1]!), parts[opening - 1]!, cited);
  const said = `${carried}${left.join(", and ")}`.replace(/[.;,]?$/, ".");
  return `${lead}${said.charAt(0).toUpperCase()}${said.slice(1)}`;
}

/**
 * "the net revenue budget for 2026/27 was £218.4m, and that it had been balanced by savings of £9.3m …", its opening
 * clause gone as the decision's: the "it" that stood for the clause's subject is said as that subject ("the net revenue
 * budget for 2026/27 had been balanced by …"), never a bullet that opens on "It" naming nothing. Unchanged when the
 * kept clause has its own subject or the dropped one shows none.
 */
export function withDroppedSubject(kept: string, dropped: string): string {
  const shared = withSharedSubject(kept, dropped);
  if (shared !== kept) return shared;
  const pronoun = /^(?:it|they) (?=(?:was|were|is|are|had|has|have|would|will|could)\b)/.exec(kept);
  const subject = pronoun
    ? /(?:^|\bthat )((?:[Tt]he|[Ii]ts|[Tt]heir) [^,;:]{2,60}?) (?:was|were|is|are|had|has|have|would|will|stood)\b/.exec(
        dropped,
      )
    : null;
  if (!pronoun || !subject) return kept;
  return `${subject[1]!.charAt(0).toLowerCase()}${subject[1]!.slice(1)} ${kept.slice(pronoun[0].length)}`;
}

/**
 * "a growth fund of £520,000 was proposed for the bulge classes, and a falling rolls fund of £240,000 for primary
 * schools whose numbers had fallen by more than 10%", its first clause gone as the decision's: the second clause
 * shared the first one's verb, and left alone it has none ("A falling rolls fund of £240,000 for primary schools …").
 * It takes the verb, and a sum the decision already gives it is not said again: "the falling rolls fund was proposed
 * for primary schools …" (docs/summaries.md#read-as-a-resident-stop-36). Unchanged when the kept clause has a verb
 * of its own or the dropped one has no "was (were) <participle> for (to, at)".
 */
export function withGappedVerb(kept: string, dropped: string, cited: ReadonlySet<string> = new Set()): string {
  const verb = /\b(?:was|were) (?:[a-z]+ed|set aside|set) (?=(?:for|to|at|towards) )/.exec(dropped)?.[0];
  const m =
    /^(?:an?|the) ([a-z][\w'\u2019-]*(?: [a-z][\w'\u2019-]*){0,4}?)( of (£\s?[\d,.]+(?:m|bn|k)?))? (?=(?:for|to|at|towards) )/.exec(
      kept,
    );
  if (!verb || !m) return kept;
  // A clause with a verb of its own is a sentence already.
  if (new RegExp(String.raw`^[^,;]*?\b${CLAUSE_VERB.source}`).test(kept.slice(0, m[0].length))) return kept;
  const sum = m[3] && !cited.has(m[3]) ? m[2]! : "";
  return `the ${m[1]}${sum} ${verb}${kept.slice(m[0].length)}`;
}

/** A verb a clause's subject comes before: a helping verb, or a simple past ("visited", "saw", "held"). */
const CLAUSE_VERB =
  /(?:was|were|is|are|had|has|have|would|will|could|stood|saw|made|took|gave|held|found|met|ran|kept|paid|spent|[a-z]+ed)\b/;

/**
 * "the new response team saw people within 2 hours of a call, and had seen 1,940 people since April", its first clause
 * gone as the decision's: the second clause shared the first one's subject, so it takes it ("the new response team
 * had seen 1,940 people …"; a subject of many words by its noun, "the team had seen …"), never a point that opens on
 * its verb ("Had seen 1,940 people …").
 */
function withSharedSubject(kept: string, dropped: string): string {
  if (!/^(?:had|has|have|was|were|is|are|would|will|could)\s/.test(kept)) return kept;
  const subject = new RegExp(
    String.raw`(?:^|\bthat )((?:[Tt]he|[Ii]ts|[Tt]heir) [^,;:]{2,60}?) ${CLAUSE_VERB.source}`,
  ).exec(dropped);
  if (!subject) return kept;
  return `${shortSubject(subject[1]!)} ${kept}`;
}

/** Words a carried subject keeps whole; a longer one is said by its noun ("the team"), as a later sentence would. */
const MAX_CARRIED_WORDS = 4;

/** "the new urgent community response team" carried to the next clause as "the team"; "the new team" as it is. */
function shortSubject(subject: string): string {
  const words = subject.split(/\s+/);
  const said = words.length <= MAX_CARRIED_WORDS ? subject : `${words[0]} ${words.at(-1)}`;
  return `${said.charAt(0).toLowerCase()}${said.slice(1)}`;
}

/**
 * "This report reviews…", "Cabinet received a report of the Director which set out…": what the paper is, which the
 * heading says. Left out when every figure and date in it is in the heading or a bullet that stays.
 */
export function withoutSelfDescriptions<T extends { text: string }>(bullets: T[], heading = ""): T[] {
  let kept = bullets;
  for (const b of bullets) {
    if (!SELF_DESCRIPTION.test(b.text) && !onlyNamesTheReport(b.text, heading)) continue;
    const rest = [heading, ...kept.filter((o) => o !== b).map((o) => o.text)].join(" ");
    // "… which the Committee had added to its work programme at its meeting on 10 February 2026": the date of the
    // body's own earlier meeting is the paper's history, not news; its figures are that date's.
    const text = b.text.replace(OWN_EARLIER_MEETING, "");
    const elsewhere = new Set(rest.match(FIGURE) ?? []);
    if (
      (text.match(FIGURE) ?? []).every((f) => elsewhere.has(f)) &&
      (text.match(DATE) ?? []).every((d) => rest.includes(d))
    )
      kept = kept.filter((o) => o !== b);
  }
  return kept;
}

/**
 * "The Committee received a report setting out the proposed scope of a review of …": what the paper is, said without
 * whose it was. Left out on the same terms as SELF_DESCRIPTION (above).
 * docs/summaries.md#read-as-a-resident-stop-35
 */
const REPORT_SETTING_OUT =
  /^(?:the )?(?:cabinet|council|committee|sub-committee|panel|board|forum|members) (?:received|considered) (?:a|the) (?:[\w-]+ ){0,3}report (?:setting out|(?:which|that) set out) (?:the|a|an) /i;
/** ", which the Committee had added to its work programme at its meeting on 4 March 2027": the paper's history. */
const OWN_EARLIER_STEP =
  /^,? which the (?:cabinet|council|committee|sub-committee|panel|board|forum) had [^,.;]*? at its (?:last |previous |earlier )?meeting (?:on|of|held on) \d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+ \d{4}\.?$/i;
/** Words a title leaves out that say nothing of which paper it is. */
const NO_SUBJECT = new Set(["the", "a", "an", "of", "on", "in", "for", "to", "and", "proposed", "council's", "its"]);

/**
 * "The Committee received a report setting out the proposed scope of a scrutiny review of agency staff spending" under
 * "Scrutiny Review of Agency Staff Spending: Scope": what it set out is what the heading names (all but one of its
 * words in the heading), and anything after it is only when the body had earlier asked for it. A report that set out
 * anything more ("…, which had rated the service 'inadequate'") says something of its own.
 */
function onlyNamesTheReport(text: string, heading: string): boolean {
  const m = REPORT_SETTING_OUT.exec(text);
  if (!m) return false;
  const rest = text.slice(m[0].length);
  const object = rest.split(/,/)[0]!;
  if (!OWN_EARLIER_STEP.test(rest.slice(object.length)) && rest.slice(object.length).replace(/[.\s]/g, ""))
    return false;
  const inHeading = new Set(heading.toLowerCase().match(/[\w'\u2019-]+/g) ?? []);
  const words = (object.toLowerCase().match(/[\w'\u2019-]+/g) ?? []).filter((w) => !NO_SUBJECT.has(w));
  return words.length > 0 && words.filter((w) => !inHeading.has(w)).length <= 1;
}

/** "at its meeting on 10 February 2026", "at its previous meeting of 3 May 2025": the body's own earlier meeting. */
const OWN_EARLIER_MEETING =
  /\bat its (?:last |previous |earlier )?meeting (?:on|of|held on) \d{1,2}(?:st|nd|rd|th)? [A-Z][a-z]+ \d{4}\b/g;

/** "2 and 6 February 2026", "26 June 2026": a date says more than its figures apart. */
export const DATE = /\b\d{1,2}(?:st|nd|rd|th)?(?: (?:and|to|-) \d{1,2}(?:st|nd|rd|th)?)? [A-Z][a-z]+ \d{4}\b/g;
export const FIGURE = /[£$]?\d+(?:[.,]\d+)*(?:%|m|bn|k)?/g;

/**
 * Picked bullets without near-repeats: a bullet whose figures all appear in another, longer bullet that also says
 * most of its words ("External borrowing stood at £398.6m…" beside the minute's "She advised that external borrowing
 * stood at £398.6m…, that investments totalled £56.5m…") is said once, in the longer bullet. The more distinctive
 * the shared figures (a sum of money, a percentage, two or more figures), the fewer shared words it takes.
 */
export function withoutRepeats<T extends { text: string }>(bullets: T[]): T[] {
  const figures = (t: string) => new Set(t.match(FIGURE) ?? []);
  return bullets.filter((b, i) => {
    const own = figures(b.text);
    const telling = [...own].filter((f) => !/^(19|20)\d\d$/.test(f));
    // Without a figure of its own a sentence is judged by its words alone, which the picking already did.
    if (telling.length === 0) return true;
    const needed = telling.length >= 2 ? REPEATS_FIGURES : /[£$%.]/.test(telling[0]!) ? REPEATS_SUM : REPEATS;
    return !bullets.some((other, j) => {
      if (i === j || other.text.length < b.text.length || (other.text.length === b.text.length && j > i)) return false;
      const theirs = figures(other.text);
      return [...own].every((f) => theirs.has(f)) && containment(b.text, other.text) >= needed;
    });
  });
}

/**
 * "187 responses had been received." then "Of the 187 who responded, 68% supported …": the second says the count
 * again, which counted-noun.ts put in its "Of those" so that it would read alone. Kept right after the point that
 * gives the count, it reads as the minute wrote it: "Of those who responded, 68% supported …".
 * docs/summaries.md#read-as-a-resident-stop-35
 */
export function withCountSaidOnce<T extends { text: string }>(bullets: T[]): T[] {
  return bullets.map((b, i) => {
    const m = OF_THE_COUNT.exec(b.text);
    const before = i > 0 ? bullets[i - 1]!.text : "";
    if (!m || !(before.match(FIGURE) ?? ([] as string[])).includes(m[1]!)) return b;
    return { ...b, text: `Of those ${b.text.slice(m[0].length)}` };
  });
}

/** "Of the 187 who …", "Of the 1,186 pupils entered, …": a share of a count said in the sentence before. */
const OF_THE_COUNT = /^Of the (\d[\d,]*) /;

const REPEATS = 0.7;
const REPEATS_SUM = 0.6;
const REPEATS_FIGURES = 0.5;

/**
 * A licensing hearing's item is its premises ("Dragons Lounge, 225 Kenton Lane, Harrow, HA3 8RP"), and its minute
 * says "The application sought…": the first such bullet names the premises, so it reads true on its own (in the
 * weekly email, say).
 */
export function nameTheApplicant<T extends { text: string }>(bullets: T[], heading: string): T[] {
  const premises = /^([A-Z][^,]{1,60}), (\d+[A-Za-z]?(?:-\d+)? [A-Z][^,]{2,60})(?:,|$)/.exec(heading);
  if (!premises) return bullets;
  const name = premises[1]!;
  const address = premises[2]!;
  let done = false;
  return bullets.map((b) => {
    if (done || b.text.includes(name) || !/^The application\b/.test(b.text)) return b;
    done = true;
    return { ...b, text: b.text.replace(/^The application\b/, `The application for ${name}, ${address},`) };
  });
}

/**
 * A decision whose subject names again what its section's heading names: "The call-in on the Harrow Town Centre Public
 * Spaces Protection Order (PSPO) was decided on ground e)" under "Call-In of the Cabinet Decision (27 May 2021) -
 * Harrow Town Centre Public Spaces Protection Order (PSPO)" is "The call-in was decided on ground e)". Only the words
 * the heading ends with (after its dash, or the whole heading), at least three of them, so nothing is lost.
 */
export function withoutHeadingSubject(decision: string, heading: string): string {
  const m =
    /^The (call-in|petition|appeal|application|report|reference|deputation) (?:on|of|for|about|concerning) (?:the )?(.+?) (was|were|is|has been|had been|will be)\b/i.exec(
      decision,
    );
  if (!m) return decision;
  const subject = m[2]!;
  const norm = (t: string) => t.toLowerCase().replace(/^the /, "").replace(/\s+/g, " ").trim();
  const tail = norm(heading.split(/\s+[-\u2013\u2014]\s+/).pop() ?? heading);
  if (norm(subject) !== tail || subject.split(/\s+/).length < 3) return decision;
  return `The ${m[1]} ${m[3]}${decision.slice(m[0].length)}`;
}

/**
 * "Which would end on 31 March 2027 unless both councils agreed to extend it.": a relative clause cut from the sentence
 * whose noun it describes (the sentence itself left out as only naming the report) says nothing whole on its own, so
 * it is no point (docs/summaries.md#a-joint-committees-minutes).
 */
export function withoutRelativeFragments<T extends { text: string }>(bullets: T[]): T[] {
  return bullets.filter((b) => !/^(?:Which|Whom|Whose)\b(?! of\b)/.test(b.text.trim()));
}

/**
 * "The Shareholder Committee, acting as shareholder of Northvale Homes Limited, approved …": the capacity is said once
 * a decision, and the heading ("Northvale Homes Limited - Business Plan") or the steps themselves ("appointed … a
 * director of Northvale Homes Limited") already name the company, so it goes: "The Shareholder Committee approved …",
 * and within the steps the company is "Northvale Homes", without "Limited".
 * Where only the capacity named the one company, its first "the company" says which
 * (docs/summaries.md#the-new-shapes-read-tighter-stop-38). Unchanged where a company of the capacity is named nowhere
 * else, or the capacity names none.
 */
export function withoutCapacityNamed(decision: string, heading: string): string {
  const m = new RegExp(String.raw`^(${ACTING_BODY}), (${CAPACITY}), (?=(?:did not )?[a-z])`).exec(decision);
  if (!m) return decision;
  const companies = companiesNamed(m[2]!);
  let rest = decision.slice(m[0].length);
  if (companies.length === 0 || !companies.every((c) => heading.includes(c) || rest.includes(c))) return decision;
  if (companies.length === 1 && !heading.includes(companies[0]!)) rest = rest.replace(/\bthe company\b/, companies[0]!);
  // "approved the Northvale Homes Limited Business Plan": within the steps a company is its name, as the overview says it.
  for (const c of companies) rest = rest.split(new RegExp(String.raw`\b${c} ${COMPANY_SUFFIX}\b`)).join(c);
  return `${m[1]} ${rest}`;
}
