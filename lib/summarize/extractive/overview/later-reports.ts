// Overview phrases for what a committee asked for or passed on, in the shapes a Corporate Parenting Panel's
// resolutions take (docs/summaries.md#long-minutes-whole-meetings-printed-minutes): a report back at a named meeting,
// and a recommendation to Cabinet or Council to do something other than approve or note.
import type { OutcomePhrase } from "./outcome-phrase";

const MONTH_YEAR = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}`;
const DATE = String.raw`\d{1,2} (?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}`;

/**
 * "The Director of Children's Services will report to the Panel's meeting on 16 March 2026 on the progress made with
 * initial health assessments, including …" -> asked for "a report on initial health assessments" (when is the
 * Decision line's); "A further report on the improvement plan, including …, will be submitted
 * to the Panel's meeting on 22 June 2026" -> asked for "a further report on the improvement plan".
 */
export function reportAskedFor(clause: string): OutcomePhrase | null {
  // "Officers and the Independent Adviser will report to the Committee's meeting in June 2026 on …": officers too.
  const officer = new RegExp(
    String.raw`^(?:(?:The|An?) [^,;:]+?|Officers(?: and [^,;:]+?)?) (?:will|to) report (?:back )?to (?:the |its )?[^;]{0,40}?meeting (?:on (${DATE})|in ${MONTH_YEAR}) on ([^,;]+)`,
  ).exec(clause);
  if (officer) return { verb: "asked for", object: `a report on ${topic(officer[2]!.replace(/\.$/, ""))}` };
  const paper = new RegExp(
    String.raw`^((?:An?|The) (?:further |progress |final |update )?(?:report|update|review) on [^,;]+?)(?:,[^;]*?,)? (?:(?:is|are) )?(?:to|will) be (?:submitted|presented|brought|reported) (?:back )?to (?:the |its )?[^;]{0,40}?meeting(?: on (${DATE})| in ${MONTH_YEAR})?\b`,
  ).exec(clause);
  // "… will be submitted to the next meeting": a report asked for all the same, when is the Decision line's
  // (docs/summaries.md#a-joint-committees-minutes).
  if (paper)
    return {
      verb: "asked for",
      object: lowerFirst(paper[1]!.replace(/ on (.+)$/, (_m, t: string) => ` on ${topic(t)}`)),
    };
  return nextReportShows(clause);
}

/**
 * "The next report on administration performance will show the age of the oldest open cases" -> asked for "the next
 * report on administration performance to show the age of the oldest open cases": what the body wants its next
 * report to tell it, a request for further work rather than a decision on the item's title
 * (docs/summaries.md#overviews-read-as-a-resident-stop-37). Null for any other clause.
 */
export function nextReportShows(clause: string): OutcomePhrase | null {
  const m =
    /^The (next|further) (report|update) on ([^,;]+?) (?:will|should|is to) (show|include|set out|give) ([^;,]+?)\.?$/.exec(
      clause.trim(),
    );
  return m ? { verb: "asked for", object: `the ${m[1]} ${m[2]} on ${m[3]} to ${m[4]} ${m[5]}` } : null;
}

/**
 * "Cabinet was recommended to extend the council tax exemption for care leavers aged 18 to 25 to those living outside
 * the borough, from 1 April 2026" -> recommended "that Cabinet extend the council tax exemption for care leavers aged
 * 18 to 25 to those living outside the borough" (from when is the Decision line's). Approvals and notings are
 * outcome-phrase.ts's own shape.
 */
export function recommendedToDo(clause: string): OutcomePhrase | null {
  const m =
    /^(Council|Cabinet|The Council|The Cabinet) (?:to be|be|was|were) recommended to (?!approve\b|agree\b|adopt\b|endorse\b|note\b)([a-z]+) ([^;]+?)(?:,? (?:from|with effect from|by) \d{1,2} \w+ \d{4})?\.?$/.exec(
      clause,
    );
  if (!m) return null;
  return { verb: "recommended", object: `that ${m[1]!.replace(/^The /, "")} ${m[2]} ${m[3]!.replace(/,\s*$/, "")}` };
}

/** What a report is on, not how far it has got: "the progress made with initial health assessments" -> "initial …". */
const topic = (text: string): string =>
  text
    .trim()
    .replace(/^(?:the )?progress (?:made )?(?:with|on|in) (?:the )?(?=\w)/i, (m) => (/ the $/i.test(m) ? "the " : ""));

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
