// A point that opens on "The school …", "The car park …" where the minute named the school or the car park only in an
// earlier sentence that the summary did not keep: a reader cannot tell which. The point is said with the name the
// minute last gave it before the point ("Kingsmead Heath Primary School had already improved …", "The St Ann's Road
// car park was used …"), the minute's own words. docs/summaries.md#read-as-a-resident-stop-35
import escapeStringRegexp from "escape-string-regexp";

/** Things a minute names and then calls by their kind: "the school", "the car park", "the library". */
const KINDS = [
  "school",
  "academy",
  "college",
  "car park",
  "library",
  "station",
  "hospital",
  "surgery",
  "depot",
  "estate",
  "recreation ground",
  "community centre",
  "leisure centre",
  "survey",
] as const;

/**
 * Kinds a minute names by what they are of, in lower case: "its resident survey", "the annual staff survey". Said with
 * those words, the point says which ("The resident survey results would be published …").
 */
const NAMED_IN_LOWER_CASE = new Set<string>(["survey"]);

/** Words before a kind that say which one only in the sentence they stand in ("the same survey", "the latest"). */
const NO_QUALIFIER = /^(?:same|first|last|latest|new|next|this|that|whole|entire|above|said|earlier|previous)$/;

/** "Speaker: The school had …", "The car park was …": the optional label, then the kind, then the rest. */
const OPENING = new RegExp(String.raw`^((?:[^:()]{1,80}: )?)The (${KINDS.join("|")}) (?=[a-z])`);

/** Words that open a sentence or a phrase before a name: "Since", "At", "The", "Councillor". */
const OPENING_WORDS =
  /^(?:(?:The|A|An|At|In|On|Since|By|For|From|To|Of|And|But|When|While|After|Before|As|If|That|This|Its|Their|Each|Every|Both|All|Some|Many|Most|Members|Officers|Councillor|Cllr|Mr|Mrs|Ms|Dr) )+/;

/** The words of the point after its opening that place it in the minute: at least this many. */
const PLACE_WORDS = 5;

/**
 * The name the minute gave the thing of this kind last before `at`: "Kingsmead Heath Primary School", "the St Ann's
 * Road car park". One to four capitalised words before the kind (the kind's own case as the minute has it); null when
 * the minute names none before the point.
 */
function lastNamed(minutes: string, kind: string, at: number): string | null {
  const before = minutes.slice(0, at);
  const named = new RegExp(
    String.raw`(\bthe )?((?:(?:St\.?|[A-Z][\w'\u2019-]*) ){1,4})(${kind.replace(/^./, (c) => `[${c}${c.toUpperCase()}]`)})\b(?![\w-])`,
    "g",
  );
  let last: RegExpExecArray | null = null;
  for (const m of before.matchAll(named)) last = m;
  if (!last && NAMED_IN_LOWER_CASE.has(kind)) return lastNamedInLowerCase(before, kind);
  if (!last) return null;
  // "Since Kingsmead School …", "The Elm Park library": a sentence's opening word is no part of the name.
  const opening = OPENING_WORDS.exec(last[2]!)?.[0] ?? "";
  const name = last[2]!.slice(opening.length).trim();
  // "the Council's school improvement team": whose, not which.
  if (!name || /['\u2019]s$/.test(name)) return null;
  return `${last[1] || /^the\b/i.test(opening) ? "The " : ""}${name} ${last[3]}`;
}

/**
 * "the results of its resident survey" before "The survey results would be published …": the words that say which
 * survey, one or two in lower case after "its", "their" or "the", said with the kind ("The resident survey"); null
 * when the minute gives none before the point (docs/summaries.md#read-as-a-resident-stop-36).
 */
function lastNamedInLowerCase(before: string, kind: string): string | null {
  const named = new RegExp(
    String.raw`\b(?:its|their|the|the Council['’]s) ((?:[a-z][\w-]* ){1,2})${kind}\b(?![\w-])`,
    "g",
  );
  let last: RegExpExecArray | null = null;
  for (const m of before.matchAll(named)) last = m;
  const words = last?.[1]!.trim().split(" ") ?? [];
  if (!last || words.some((w) => NO_QUALIFIER.test(w) || /^(?:of|for|and|or|to|in|on|by|with)$/.test(w))) return null;
  return `The ${words.join(" ")} ${kind}`;
}

/**
 * Where a point that opens on `opening` (its second group the word it opens on) stands in the minute: the point's words
 * after the opening, and the offset of the opening word followed by the first PLACE_WORDS of them; null when the point
 * is too short to place or is not found.
 */
function foundInMinutes(text: string, opening: RegExpExecArray, minutes: string): { rest: string; at: number } | null {
  const rest = text.slice(opening[0].length);
  const place = rest.split(/\s+/).slice(0, PLACE_WORDS);
  if (place.length < PLACE_WORDS) return null;
  const at = minutes.search(new RegExp(`\\b${opening[2]} ${place.map(escapeStringRegexp).join("\\s+")}`, "i"));
  return at < 0 ? null : { rest, at };
}

/**
 * `text` said with the name of the thing it calls by its kind, when the minute names it earlier; the text as it was
 * otherwise (the name already in it, no earlier name, the point not found in the minute).
 */
export function withNamedReferent(text: string, minutes: string): string {
  const m = OPENING.exec(text);
  if (!m) return text;
  const found = foundInMinutes(text, m, minutes);
  if (!found) return text;
  const { rest, at } = found;
  const name = lastNamed(minutes, m[2]!, at);
  if (!name) return text;
  return `${m[1]}${name} ${rest}`;
}

/** Each point of a section said with the name of what it calls by its kind (withNamedReferent). */
export function withNamedReferents<T extends { text: string }>(bullets: T[], minutes: string | null): T[] {
  if (!minutes) return bullets;
  return bullets.map((b) => {
    const text = withCountedReferent(withNamedReferent(b.text, minutes), minutes);
    return text === b.text ? b : { ...b, text };
  });
}

/** "Speaker: Each was paid …", "Both had served …", "They would be …": a point that opens on whom it does not name. */
const NO_REFERENT =
  /^((?:[^:()]{1,80}: )?)(Each|Both|They) (?=(?:was|were|had|would|could|received|is|are|has|have)\b)/;

/** Words that never stand before the people or things a sentence counts ("how directors", "all members"). */
const NOT_A_QUALIFIER =
  /^(?:how|why|whether|when|where|what|which|who|that|the|a|an|all|any|some|many|most|if|and|or|of|to|for|by|with|on|in|at|asked|said|were|was|had|two|three|four|five|six|seven|eight|nine|ten|both|these|those|its|their|our|other)$/i;

/**
 * The people or things the sentence before the point counts, as the subject of its verb: "asked how independent
 * directors were paid" -> "independent directors". One lower-case qualifier at most; null when there is none.
 */
function pluralBefore(before: string): string | null {
  const sentences = before.trim().split(/(?<=[.!?])\s+(?=[A-Z])/);
  // The point opens its own sentence ("… were chosen. They had …"), or is the end of one ("… responded that each …").
  const sentence = (/[.!?]$/.test(before.trim()) ? sentences.at(-1) : sentences.at(-2)) ?? "";
  let last: RegExpExecArray | null = null;
  for (const m of sentence.matchAll(/\b(?:([a-z][\w-]*) )?([a-z]{3,}[^s\W]s) (?:were|had|would|could|are|have)\b/g))
    last = m;
  if (!last) return null;
  const qualifier = last[1] && !NOT_A_QUALIFIER.test(last[1]) ? `${last[1]} ` : "";
  return `${qualifier}${last[2]}`;
}

/** "directors" -> "director", "authorities" -> "authority". */
const singular = (plural: string) => plural.replace(/ies$/, "y").replace(/s$/, "");

/**
 * "Mr A: Each was paid £9,000 a year by the company", kept without the sentence before it ("Councillor B asked how
 * independent directors were paid"): the point names whom it means, in the fewest words ("Each independent director
 * was paid …", "Both independent directors …", "The independent directors were …"); the text as it was when the
 * minute's sentence before names no one (docs/summaries.md#sentences-that-read-wrong-stop-40).
 */
export function withCountedReferent(text: string, minutes: string): string {
  const m = NO_REFERENT.exec(text);
  if (!m) return text;
  const found = foundInMinutes(text, m, minutes);
  if (!found) return text;
  const { rest, at } = found;
  // The point's own sentence, from its start, then the one before it.
  const before = minutes.slice(0, at).replace(/\s+/g, " ");
  const own = /[.!?]\s*$/.test(before) ? "" : (before.split(/(?<=[.!?])\s+(?=[A-Z])/).at(-1) ?? "");
  if (/\b[a-z]{3,}[^s\W]s\b/.test(own.replace(/^[A-Z][^ ]* [A-Z][^ ]* /, ""))) return text;
  const plural = pluralBefore(before);
  if (!plural) return text;
  const named = m[2] === "Each" ? `Each ${singular(plural)}` : m[2] === "Both" ? `Both ${plural}` : `The ${plural}`;
  return `${m[1]}${named} ${rest}`;
}
