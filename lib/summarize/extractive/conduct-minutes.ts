// A standards committee's minutes (docs/summaries.md#a-standards-committees-minutes): the Monitoring Officer's report
// on complaints against councillors counts the complaints and says what became of them, and that outcome is the
// finding of the item, as an auditor's verdict is an audit committee's.
import { countPattern } from "../text/number-words";
import { upperFirst } from "../text/sentences";

/** A count in digits or in words ("12", "Two", "three"), before what became of the cases it counts. */
const COUNT = countPattern({ withOne: true });

/**
 * What became of a complaint or a case: no further action, resolved informally, referred for investigation, upheld
 * or not, a breach of the Code found or not.
 */
const DISPOSAL =
  /\b(?:(?:called for|calling for|required|requiring|needed|warranted) no further action|no further action (?:was|had been|would be) taken|resolved informally|referred (?:for|to) (?:an? )?(?:external |formal |independent )?investigat\w*|(?:were|was|had been) (?:not )?upheld|(?:found|finding of) (?:a |no )?breach(?:es)?)\b/i;

/**
 * Counted cases and what became of them ("12 of the complaints called for no further action", "Two complaints had
 * been referred for investigation"): a count within the clause before the disposal.
 */
export function isCaseOutcome(text: string): boolean {
  return text.split(/;\s+/).some((clause) => {
    const at = DISPOSAL.exec(clause)?.index;
    return (
      (at !== undefined && new RegExp(String.raw`\b${COUNT}\b`, "i").test(clause.slice(0, at))) ||
      DECIDED_COUNT.test(clause)
    );
  });
}

/**
 * "she had granted 9 dispensations", "had refused 4 applications": a count of cases decided under an officer's
 * delegated power, the outcome of the cases as a disposal is.
 */
const DECIDED_COUNT = new RegExp(
  String.raw`\b(?:granted|refused|approved|rejected|revoked|determined) ${COUNT} (?:[a-z]+ )?(?:dispensations|applications|requests|complaints|appeals|cases)\b`,
  "i",
);

/**
 * ", two by an apology from the councillor concerned and one by the councillor agreeing to attend further training":
 * how a count divides, told after it; the count and what became of the cases are the fact.
 */
const BREAKDOWN = new RegExp(
  String.raw`,\s+${COUNT} (?:by|of|from|through|after) [^,;.]*?(?:,? and ${COUNT} (?:by|of|from|through|after) [^,;.]*?)+(?=[;.]|$)|:\s+${COUNT} (?:to|by|for|of|from|in) [^;]*?\band ${COUNT} (?:to|by|for|of|from|in) [^;]*$`,
  "gi",
);

/**
 * "She had decided that …", "The Monitoring Officer had concluded that …" before the outcomes: who decided, which the
 * item's heading and report already say; the outcomes are the fact.
 */
const DECIDED_THAT =
  /^(?:He|She|They|The [A-Z][\w' ]{0,40}?Officer)\s+(?:had )?(?:decided|concluded|determined)(?:,[^,;]{1,60},)? that\s+(?=\S)/;

/**
 * "under the power delegated to her by the Constitution", "under delegated powers": by what authority the cases were
 * decided, which every such decision has; the count is the fact.
 */
const AUTHORITY =
  /,?\s+under (?:the |her |his |their |its )?(?:delegated )?powers? (?:delegated to (?:her|him|them|the [A-Z][\w ]{0,40}?Officer) )?(?:by|in|under) the Constitution\b|,?\s+under (?:her |his |their )?delegated powers?\b/gi;

/**
 * Counted outcomes in fewer words: the clauses that say what became of the cases, without the rest of the sentence
 * ("; the first investigation had been completed and …") or how each count divides.
 */
export function caseOutcomeInFewerWords(text: string): string {
  if (!isCaseOutcome(text)) return text;
  const clauses = upperFirst(text.replace(/[.\s]+$/, "").replace(DECIDED_THAT, "")).split(/;\s+/);
  const kept = clauses.filter((c) => isCaseOutcome(c));
  return `${kept.map((c) => c.replace(BREAKDOWN, "").replace(AUTHORITY, "")).join("; ")}.`;
}
