import { telling } from "./answer-value";

// A consultation offered options and the meeting chose one: how many of those who answered preferred that option is
// what the decision rests on, and comes before how long the consultation ran or how many answered it
// (docs/summaries.md#long-minutes-round-twenty-four).

/** An option named by its label: "Option B", "option 2". */
const OPTION = /\b[Oo]ption ([A-Z]|\d{1,2})\b/g;

/** A count or share preferring, supporting or choosing something. */
const PREFERRED = /\b(?:preferred|favoured|favored|supported|chose|backed|voted for)\b/;

/** What being the count of those who preferred the option decided is worth beyond a point's score, held to words. */
export const PREFERRED_OPTION_BONUS = 1;

/** The labels of the options a text names ("B", "2"). */
function optionsNamed(text: string): string[] {
  return [...text.matchAll(OPTION)].map((m) => m[1]!.toUpperCase());
}

/**
 * Whether a sentence gives, in digits, how many preferred the option the decision takes ("Thirty-one of the 48
 * schools, 65%, had preferred Option 2, …" beside "That the formula be set as Option 2"): the first option it names
 * is one the decision names, and it says a figure. Others it names after it ("…, nine Option 1") are the rest of the
 * count.
 */
export function prefersDecidedOption(sentence: string, decision: string | null): boolean {
  // An option's own label ("Option 2") is no figure of how many preferred it.
  if (!decision || !PREFERRED.test(sentence) || telling(sentence.replace(OPTION, " ")).length === 0) return false;
  const first = optionsNamed(sentence)[0];
  return first !== undefined && optionsNamed(decision).includes(first);
}
