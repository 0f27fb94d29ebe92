import { LEADING_CONNECTIVE } from "../text/connectives";
import { countWords, upperFirst } from "../text/sentences";
import { withoutListsLead } from "./procedure-sentences";

// A sentence of the minutes tidied before it is weighed, saying the same in plainer or fewer words: pointers into the
// report and a list's "; and" gone, a lead into RESOLVED said whole, a call-in hearing's formulas shortened, a long
// sentence cut at a clause.

/**
 * "Having noted the report's confidential appendices and the points Councillor Greek made, Cabinet" leads into the
 * RESOLVED that follows it in the minutes; on its own it stops mid-sentence. Said whole: "Before deciding, Cabinet
 * noted the report's confidential appendices and the points Councillor Greek made." (build-sections keeps it only
 * when it names someone or a figure the decision does not).
 */
export function beforeDeciding(text: string): string {
  const m =
    /^Having (noted|received|considered|heard|read|taken into account|had regard to)\s+(.+?),\s+((?:the )?[A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*){0,4})$/.exec(
      text,
    );
  if (!m) return text;
  const verb = m[1] === "taken into account" ? "took into account" : m[1] === "had regard to" ? "had regard to" : m[1];
  return `Before deciding, ${m[3]} ${verb} ${m[2]!.replace(/\s*\((?:see )?(?:appendix|annex) [\w.]+\)/gi, "")}.`;
}

/** Whether a sentence is the lead into a decision said whole by beforeDeciding. */
export const BEFORE_DECIDING = /^Before deciding, /;

/**
 * A call-in hearing's minute in fewer words, nothing lost: "The Sub-Committee took the papers on a call-in notice from
 * more than 150 residents against …" is "Call-in notice from more than 150 residents against …" (the body taking its
 * own papers says nothing), and "The representative then set out the reasons for the call-in, questioning:" before
 * the points is "The representative questioned:".
 */
export function plainerCallIn(text: string): string {
  return (
    text
      .replace(
        /^The (?:[A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*){0,3}) (?:took|considered|received|had before it)(?: the papers (?:on|for|relating to))? (?:a|the) (?:call-in|call in) notice\b/,
        "Call-in notice",
      )
      // "Call-in notice signed by six Members of the Council against Cabinet's decision of …": said as a sentence, who
      // called in which decision ("Six Members of the Council called in Cabinet's decision of …").
      .replace(
        /^Call-in notice (?:signed by|from) ([^,;]{3,80}?) against ((?:the )?[A-Z][^,;]{0,90}?['\u2019]s? decision\b)/,
        (_m, who: string, what: string) => `${upperFirst(who)} called in ${what}`,
      )
      .replace(
        /^((?:The|Their|His|Her) [a-z' ]{3,40}?|[A-Z][\w.'\u2019-]*(?: [A-Z][\w.'\u2019-]*){0,3}) (?:then )?(?:set out|outlined|gave|explained) (?:the|their|his|her) (?:reasons|grounds) for (?:the|this) call-in,? (questioning|asking|arguing|stressing|stating)(?: that)?:$/,
        (_m, who: string, how: string) => `${who} ${CALL_IN_SAID[how]}:`,
      )
  );
}

const CALL_IN_SAID: Record<string, string> = {
  questioning: "questioned",
  asking: "asked",
  arguing: "argued",
  stressing: "stressed",
  stating: "stated",
};

/** ", so Cabinet had to decide whether …" closing a sentence. */
const DECISION_WAS_DUE =
  /,\s*(?:and )?so (?:that )?(?:Cabinet|(?:the )?Council|the (?:Committee|Sub-Committee|Panel|Board|Portfolio Holder)|Members) (?:had|needed|was required|were required|was asked|were asked) to (?:decide|consider|determine|choose) (?:whether|between|if)\b[^.;:]*(?=\.?$)/;

export function tidy(raw: string): string {
  let text = raw
    .replace(/\s+/g, " ")
    // "(paragraph 2.10)", "(see paragraphs 2.13 and 2.14)": a pointer into the report, for the clerk, not the reader.
    .replace(/\s*\((?:see )?(?:paragraph|para|section)s? [\d.]+(?:(?:,| and| to|-)\s*[\d.]+)*\)/gi, "")
    .trim()
    // A list item read on its own ends as a sentence, not with the list's "; and".
    .replace(/\s*;\s*(?:and|or)?$/i, ".")
    // "PROPOSAL: the proposal was for a variation of condition 2 …": the planning minute's label, in plain words.
    .replace(/^PROPOSAL:\s*(?:the proposal (?:was|is) (?:for )?)?(?=\S)/, "Proposal: ")
    // An older minute's recommendation to Council speaks of "Your Committee": the meeting, in the reader's words.
    .replace(/^Your (Committee|Sub-Committee|Panel|Forum|Board)\b/, "The $1");
  // A decision's reason "…, which ended on 27 March 2022, so Cabinet had to decide whether to remove the schemes or
  // make them permanent": that a decision was due is what the Decision beside it shows. (Elsewhere, a report before
  // the meeting, it says what is to be decided, and stays.)
  if (/^Reason: /.test(text)) text = text.replace(DECISION_WAS_DUE, "");
  text = withoutListsLead(plainerCallIn(beforeDeciding(text)));
  if (LEADING_CONNECTIVE.test(text)) {
    text = text.replace(LEADING_CONNECTIVE, "");
    text = upperFirst(text);
  }
  if (countWords(text) > 60) {
    // Long sentences are cut at a clause boundary, never mid-clause, so the kept part still reads true.
    const clauses = text.split(/;\s+/);
    let kept = clauses[0]!;
    for (const c of clauses.slice(1)) {
      if (countWords(`${kept}; ${c}`) > 45) break;
      kept = `${kept}; ${c}`;
    }
    text = countWords(kept) > 70 ? "" : kept === text ? kept : `${kept.replace(/[,;:]$/, "")}.`;
  }
  return text;
}
