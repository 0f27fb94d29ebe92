// A resolution's clauses read as a whole: a recommendation under the same minute, a clause the page cut off, a printed
// list, clauses that share a verb or an officer, what was only noted, and where a cut resolution should end.
import { upperFirst } from "../../text/sentences";
import { lowerFirst, topClauses } from "./grammar";

/**
 * "RESOLVED: That the strategy be approved." then "Resolved to RECOMMEND: (to Cabinet) That it be adopted": a board
 * decides one thing itself and recommends another to a body above it under one minute; each part is said in its own
 * way, the decision and then the recommendation, never the label run into the sentence before it. So is a resolution
 * printed after a recommendation ("Resolved to RECOMMEND: (to Council) That the assessment be published …" then
 * "RESOLVED: That officers report …"): its own "RESOLVED: That" is turned round as any resolution is.
 */
export function alsoRecommended(text: string): string[] {
  return text
    .split(/\s+(?=(?:RESOLVED|Resolved) to RECOMMEND\b)|(?<=[.;]\s*)(?=RESOLVED:?\s+That\b)/)
    .map((part) => part.replace(/^Resolved(?= to RECOMMEND\b)/, "RESOLVED").replace(/^RESOLVED:?\s+(?=That\b)/, ""))
    .filter((part) => part.trim());
}

/**
 * "Cabinet to be recommended to set a target …": the recommending is done at the meeting, whatever the
 * recommendation sets for later, so it reads "Cabinet was recommended to …".
 */
export function recommendedNow(text: string): string {
  return text.replace(
    /(^|;\s*(?:\(\d+\)\s*)?|\(\d+\)\s*)(Cabinet|Council|the Portfolio Holder(?: for [A-Z][\w ,&'-]*?)?) to be recommended to\b/g,
    "$1$2 was recommended to",
  );
}

/**
 * "That (1) the report be noted; and (2) Ann Bell, Managing Director, be requested to": a last numbered clause the
 * page cut off (no stop, a word that only leads on or a word's first letters, "(4) that the Independent Person t")
 * says nothing of what was asked, and goes; the clauses before stay.
 */
export function withoutCutClause(text: string): string {
  if (/[.!?)\]]\s*$/.test(text)) return text;
  const cut =
    /;\s*(?:and\s+)?\(\d+\)\s+[^;]*?(?:\b(?:[Tt]o|[Tt]he|of|and|or|a|an|for|that|be|with|by|at|from)|\s(?![aI]\b)[a-z])\s*$/.exec(
      text,
    );
  if (!cut) return text;
  const kept = text.slice(0, cut.index);
  // One clause left: its "(1)" numbers nothing.
  return `${/\(2\)/.test(kept) ? kept : kept.replace(/\(1\)\s+/, "")}.`;
}

/**
 * "… be appointed as Advisers for 2023/24:" then a line per person, each after a printed bullet ("· Ann Wood (Harrow
 * Cyclists)"): the list follows its lead-in's colon, its lines joined with "; ", never the bullets run into one line.
 */
export function bulletList(text: string): string {
  return text
    .replace(/:-?\s*[\u00b7\u2022]\s*/g, ": ")
    .replace(/[;,]?\s*\n\s*[\u00b7\u2022]\s*/g, "; ")
    .replace(/\s+[\u00b7\u2022]\s+(?=[A-Z])/g, "; ");
}

/**
 * "… with the intention that the council be offered first refusal …", "… so that residents be consulted": a "that"
 * inside a resolution's clause says what is meant to happen, not what the meeting did. Its "be" is marked (a word
 * joiner, removed at the end) so no rule takes it for the resolution's own verb.
 */
const CLAUSE_THAT =
  /\b(?:intention|intent|so|provided|providing|ensure|ensuring|condition|basis|requirement|expectation|proviso|understanding|order|request)\s+that\b/i;
export function inClause(text: string): string {
  return text.replace(
    new RegExp(`(${CLAUSE_THAT.source}[^;()]*?\\b)be\\b`, "gi"),
    (_m, before: string) => `${before}b\u2060e`,
  );
}

/**
 * Numbered resolutions that all do the same thing say it once, numbers kept (a later one may cite "recommendation
 * 2"): "(1) approve the budget; (2) approve the MTFS" -> "approve (1) the budget; (2) the MTFS", and "(1) The budget
 * was approved; (2) The MTFS was approved" -> "Approved: (1) the budget; (2) the MTFS"; a run that starts after a
 * clause of another kind keeps its verb in each clause.
 */
export function sayVerbOnce(text: string): string {
  const clause = /(?<=^|[;:.]\s|\]\s|\)\s)\((\d+)\)\s+([^;]+?)(?=;\s*\(\d+\)|;?\s*$|\.\s|;\s*\[|;\s+\()/g;
  const clauses = [...text.matchAll(clause)];
  const runs: { start: number; end: number; verb: string; parts: string[] }[] = [];
  let run: (typeof runs)[number] | null = null;
  for (const c of clauses) {
    const body = c[2]!;
    // "(2) agree that …; (3) agree to …": a verb with its own clause after it is said in each point.
    const imperative =
      /^(approve|agree|note|adopt|endorse|receive|accept|grant|refuse|defer) (?!that\b|to\b)(.+)$/i.exec(body);
    // "(1) The 2023/24 budget was approved so that the Council Tax for 2023/24 can be set": what it is for goes with
    // what was approved ("Approved: (1) the 2023/24 budget so that …").
    const passive = imperative
      ? null
      : /^(.+?) (?:was|were) (approved|agreed|noted|adopted|endorsed|received|accepted|granted|refused|deferred)( so that [^;]+)?\.?$/i.exec(
          body,
        );
    const verb = imperative ? imperative[1]!.toLowerCase() : passive ? passive[2]!.toLowerCase() : null;
    // "an addition of £2.150m …, for homes for temporary accommodation, was approved": the comma before the verb goes
    // with it, never left before the list's ";".
    const what = (
      imperative ? imperative[2]! : passive ? `${passive[1]!.replace(/,$/, "")}${passive[3] ?? ""}` : ""
    ).replace(/,$/, "");
    const adjacent = run && text.slice(run.end, c.index).trim() === ";";
    if (verb && run && adjacent && run.verb === verb) {
      run.parts.push(`(${c[1]}) ${lowerFirst(what)}`);
      run.end = c.index + c[0].length;
    } else if (verb) {
      runs.push((run = { start: c.index, end: c.index + c[0].length, verb, parts: [`(${c[1]}) ${lowerFirst(what)}`] }));
    } else run = null;
  }
  let out = text;
  // A run from the first clause: "(1) … was noted; Approved: (2) …; (3) …" would leave "(3) the addition of £1.36m …"
  // without a verb when the clauses are shown one a line (lib/data/summary-view.ts numberedClauses), which it does
  // only for a decision that opens on "(1)". Once the first run says its verb before "(1)", the decision is read as
  // one sentence, and a later run says its verb once too: "Approved: (1) the budget; (2) …; (3) The Chief Executive
  // was instructed …; Approved: (4) the MTFS; (5) …", never "(4) The MTFS was approved; (5) The … was approved"
  // (docs/summaries.md#read-as-a-resident-stop-36).
  const first = clauses[0]?.index;
  const firstSaid = runs.some((x) => x.parts.length > 1 && x.start === first);
  for (const r of runs.filter((x) => x.parts.length > 1 && (x.start === first || firstSaid)).reverse()) {
    const passive = !/^(approve|agree|note|adopt|endorse|receive|accept|grant|refuse|defer)$/.test(r.verb);
    const said = passive ? `${upperFirst(r.verb)}: ${r.parts.join("; ")}` : `${r.verb} ${r.parts.join("; ")}`;
    // "(2) The work programme was approved.": the run's last clause took the resolution's full stop with it.
    const stop = /\.\s*$/.test(out.slice(r.start, r.end)) && !said.endsWith(".") ? "." : "";
    out = `${out.slice(0, r.start)}${said}${stop}${out.slice(r.end)}`;
  }
  return out;
}

/**
 * "The report was noted; the Strategy was approved": noting the report is how a decision on it begins; what follows
 * says what was decided. Numbered clauses keep their numbers (a later one may cite them), so only unnumbered ones.
 */
export function reportNotedFirst(text: string): string {
  const m =
    /^The (?:report|update|information report|contents of the report)(?: (?:of|from) the [^;]+?)? (?:was|were) noted;\s+(?=\S)/.exec(
      text,
    );
  return m ? text.slice(m[0].length).replace(/^[a-z]/, (c) => c.toUpperCase()) : text;
}

const TRAILING_LINK =
  /\s+(?:and|or|the|a|an|of|to|with|for|by|in|on|at|that|under|from|as|its|their|any|all|which|who|whether)$/i;

/**
 * A resolution the page cut off mid-clause ("… by varying the existing contract with the necessary …") ends at a
 * boundary instead: at the clause's last comma when what follows it holds no verb, name or figure; else without the
 * dangling words ("to finalise and …" -> "to finalise …"); else, when the cut clause is a stub or holds no figure, at
 * the clause before it. The "…" stays, so the reader knows the minute goes on.
 */
export function endAtClause(text: string): string {
  const cut = /\s*(?:\u2026|\.\.\.)$/.exec(text);
  if (!cut) return text;
  const body = text.slice(0, cut.index);
  // The clause the cut fell in starts after the last ";" or full stop ("…every year. RESOLVED: To provide a …").
  const boundary = Math.max(body.lastIndexOf(";"), body.lastIndexOf(". "));
  const head = boundary >= 0 ? body.slice(0, boundary + 1) : "";
  let partial = boundary >= 0 ? body.slice(boundary + 1) : body;
  const comma = partial.lastIndexOf(",");
  const tail = comma >= 0 ? partial.slice(comma + 1) : "";
  if (comma >= 0 && !/\b(?:was|were|is|are|be|will|to)\b|\d|£|\b[A-Z]/.test(tail)) partial = partial.slice(0, comma);
  else {
    const before = partial;
    for (let prev = ""; prev !== partial;) {
      prev = partial;
      partial = partial.replace(TRAILING_LINK, "").replace(/(?<!ed)\s+to \w+$/i, "");
    }
    const stub =
      partial
        .replace(/\(\d+\)|RESOLVED:?/g, " ")
        .trim()
        .split(/\s+/)
        .filter(Boolean).length < 4;
    if (head && (stub || (partial === before && !/\d|£|%/.test(partial)))) return `${head.replace(/[;.]$/, "")} \u2026`;
  }
  return `${head}${partial.replace(/[,;:]$/, "")} \u2026`;
}

const NOTING = /^(?:(?:and|or)\s+)?(?:it (?:was|is) (?:further )?noted that\b|.*\b(?:was|were) noted\.?$)/i;

/**
 * The years and quarters a noted paper is named by ("the audit completion report for 2024/25", "the Quarter 2
 * return"): its title, not a figure the meeting noted.
 */
const TITLE_PERIOD = /\b(?:(?:19|20)\d\d(?:[/-]\d{2,4})?|(?:Quarter|Q) [1-4])\b/g;

/** Whether a noted clause says a figure, a sum or a date of its own, beyond the period that names its paper. */
function saysAFigure(clause: string): boolean {
  return /\d|£|%/.test(clause.replace(TITLE_PERIOD, ""));
}
/** "the comments of the Committee", "its views": comments said without what they are on. */
const COMMENTS_ON_IT = /\b(?:comments|views|observations)\b(?! on\b)/i;
const DECIDES_TOO =
  /\b(?:approved|agreed|authori[sz]ed|designated|adopted|endorsed|refused|granted|deferred|instructed|referred|delegated authority)\b/i;

/**
 * A decision that goes on to approve, authorise or designate, said without what it only noted ("(1) the consultation
 * responses be noted; (2) the views of the Panel be noted; (3) the areas be designated …" -> "The areas were
 * designated …"): noting is how the meeting acknowledged the papers, not what it decided. A noted clause with a figure
 * or a date stays (the forecast overspend of £6.782m was noted), and so does a decision that only notes. The clauses'
 * numbers go with the gap unless another clause cites one ("recommendation 2").
 */
/**
 * "(4) the Chief Executive will publish a notice of the amounts set in a local newspaper within 21 days": the notice
 * the law requires once the Council Tax is set (the Local Government Finance Act 1992, section 38(2)), the same every
 * year; the amounts themselves are the decision.
 */
const TAX_NOTICE =
  /\bnotice of (?:the )?(?:amounts?|Council Tax)\b[^;]{0,80}\b(?:press|newspapers?)\b|\b(?:press|newspapers?)\b[^;]{0,40}\bnotice of (?:the )?(?:amounts?|Council Tax)\b/i;

/**
 * The clauses an appointing resolution carries every year beside its names (docs/summaries.md#long-minutes-round-twenty-five):
 * "(2) Members be appointed to those bodies as nominated by the groups" names no one, and "(4) the Director be
 * authorised to make changes to the membership of these bodies during the year on the nomination of the group
 * concerned" is the standing way seats change hands between meetings. The bodies, the seats and the Chairs are the
 * decision.
 */
const AS_NOMINATED =
  /^(?:(?:and|or)\s+)?Members (?:were|be) appointed to (?:those|these|the) (?:bodies|committees|panels)\b[^;\d£]* as nominated by the (?:political )?groups?\b[^;\d£]*$/i;
const IN_YEAR_CHANGES =
  /\bauthori[sz]ed to make (?:any )?changes to (?:the )?membership of\b[^;\d£]*\bnominat(?:ion|ed)\b[^;\d£]*$/i;

export function withoutNotings(text: string, recommends: boolean): string {
  if (recommends) return text;
  const ending = /[.]$/.test(text) ? "." : "";
  const clauses = topClauses(text.replace(/[.]$/, ""));
  const bare = (c: string) => c.replace(/^\(\d+\)\s+/, "");
  const dropped = clauses.filter(
    (c) =>
      (NOTING.test(bare(c)) && !DECIDES_TOO.test(bare(c)) && !saysAFigure(bare(c))) ||
      TAX_NOTICE.test(bare(c)) ||
      AS_NOMINATED.test(bare(c)) ||
      IN_YEAR_CHANGES.test(bare(c)),
  );
  const kept = clauses.filter((c) => !dropped.includes(c));
  if (dropped.length === 0 || kept.length === 0 || kept.every((c) => NOTING.test(bare(c)))) return text;
  // "(1) The draft budget was noted; (2) The comments of the Committee will be referred to Cabinet": the noting names
  // what the comments are on.
  if (kept.some((c) => COMMENTS_ON_IT.test(c))) return text;
  // The clause before the first kept one may have carried "That" or a heading-like lead: only clauses are dropped.
  const numbered = clauses.some((c) => /^\(\d+\)\s/.test(c));
  const cited = /\b(?:recommendation|resolution|clause)s? \(?\d/i.test(text);
  const out = kept.map((c, i) => {
    let clause = numbered && !cited ? bare(c) : c;
    if (i === 0) clause = clause.replace(/^(?:and|or)\s+/i, "");
    return i === 0
      ? clause.replace(/^([a-z])/, (l) => l.toUpperCase())
      : numbered && !cited && /^\(\d+\)\s/.test(c)
        ? lowerFirst(clause)
        : clause;
  });
  return `${out.join("; ")}${ending}`;
}

const AUTHORISED =
  /^(\(\d+\)\s+)?(and\s+)?((?:the|The) [^;]+?) (was|were) (authori[sz]ed|instructed|given delegated authority)(,[^;]*?,)?\s+(?=to\b)/;

/**
 * "(2) The Strategic Director for Adults was authorised to make changes to the tender; (3) The Strategic Director for
 * Adults was authorised to award the contract": the same officer named once, "(3) The same officer was also authorised
 * to award the contract" (a step
 * they must take first is kept when it differs from the clause before).
 */
export function sameOfficerOnce(text: string): string {
  const clauses = topClauses(text);
  let previous: { who: string; verb: string; step: string } | null = null;
  const out = clauses.map((c) => {
    const m = AUTHORISED.exec(c);
    if (!m) {
      previous = null;
      return c;
    }
    const [whole, number = "", and = "", who, was, verb, step = ""] = m;
    const same = previous && previous.who.toLowerCase() === who!.toLowerCase() && previous.verb === verb;
    const before = previous;
    previous = { who: who!, verb: verb!, step };
    if (!same) return c;
    const keepStep = step && step !== before!.step ? `${step.slice(1, -1).trim()}, ` : "";
    const last = c === clauses[clauses.length - 1];
    // A numbered clause stands on its own line on the meeting page: "(3) The same officer was also authorised to
    // award the contract", never the fragment "(3) also to award the contract". One that runs on says "and also to …".
    if (!number) return `${and || last ? "and " : ""}also ${keepStep}${c.slice(whole.length)}`;
    const subject = was === "were" ? "The same officers were" : "The same officer was";
    return `${number}${and ? "and " : ""}${subject} also ${verb} ${keepStep}${c.slice(whole.length)}`;
  });
  return out.join("; ");
}

/**
 * "… be granted, subject to the following conditions: (1) alcohol be sold only between 09:00 and 22:00; (2) …", "(3)
 * the following conditions be added to the licence: a refusals register be kept …; staff be trained …": the conditions
 * a licence or permission is to carry, ending the resolution, are rules for the future, not steps the meeting took.
 * They are said as printed ("alcohol be sold only …"), never turned round into "alcohol was sold only …"; the
 * resolution before them is read as any other.
 */
export const CONDITIONS_LAST = /^([^]*?\bconditions?\b[^;:()]{0,80}?:)\s*((?:\(1\)\s)[^]+|(?![^]*\(\d+\)\s)[^]+)$/i;

/** Conditions as printed, their "; and" between clauses tidied and a stop at the end. */
export function asPrinted(conditions: string): string {
  const text = conditions
    .replace(/;\s*(?:and|or)\s+(?=\(\d+\)|[a-z])/gi, "; ")
    .replace(/\s{2,}/g, " ")
    .trim()
    .replace(/[;,]$/, "");
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
