// A decision's step to a group the account counted: "officers will write by 30 June 2026 to the businesses believed to
// be entitled to the relief that had not claimed it" after the officer's "around 290 businesses were entitled to the
// relief but had not claimed it" says how many ("to around 290 businesses believed …"): the resolution names the
// group, the account counts it, and a resident reading the decision alone would not know whether it is ten or a
// thousand (docs/summaries.md#the-business-consultative-panel-second-round).

/** "the businesses believed to be entitled …", "the households affected by …": a plural group, then what marks it. */
const GROUP =
  /\b(to|with|for|contact|inform|notify|visit) the ((?:[a-z]+ )?[a-z]{3,}s) ((?:believed|thought|identified|known|found|entitled|eligible|affected|who|that|which|whose)\b[^;.]{0,160})/g;

/** "around 290 businesses were entitled …": a count qualified as an estimate, then the same noun. */
const COUNTED = String.raw`\b(around|about|approximately|some|an estimated|nearly|almost) (\d{1,3}(?:,\d{3})*) `;

const STOP = new Set([
  "the",
  "that",
  "which",
  "who",
  "whose",
  "had",
  "have",
  "has",
  "been",
  "were",
  "was",
  "not",
  "but",
  "and",
  "for",
  "with",
  "from",
  "believed",
  "thought",
  "identified",
  "known",
  "found",
  "them",
  "their",
  "they",
  "its",
  "into",
  "this",
  "those",
]);

function contentWords(text: string): Set<string> {
  return new Set(
    text
      .toLowerCase()
      .split(/[^a-z]+/)
      .filter((w) => w.length > 3 && !STOP.has(w)),
  );
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * The decision with the account's count said before the group it names, where the account counts that group once,
 * as an estimate ("around 290 businesses"), in a sentence that shares at least two of the words that mark the group
 * in the decision ("entitled", "relief", "claimed"). A decision that already counts the group, a group counted twice
 * in the account, or a count in a sentence about something else is left as it was.
 */
export function withGroupCounted(decision: string, minutes: string): string {
  if (!decision || !minutes) return decision;
  return decision.replace(GROUP, (whole, verb: string, noun: string, marks: string) => {
    const head = noun.split(" ").pop()!;
    const counted = new RegExp(`${COUNTED}((?:[a-z-]+ ){0,2}?${escape(head)})\\b([^.;\\n]{0,200})`, "gi");
    const found = [...minutes.matchAll(counted)];
    if (found.length !== 1) return whole;
    const [, estimate, count, countedNoun, rest] = found[0]!;
    if (!countedNoun!.toLowerCase().endsWith(noun.toLowerCase().split(" ").pop()!)) return whole;
    const wanted = contentWords(marks);
    const shared = [...contentWords(rest!)].filter((w) => wanted.has(w));
    if (shared.length < 2) return whole;
    return `${verb} ${estimate!.toLowerCase()} ${count} ${noun} ${marks}`;
  });
}
