// A matter raised by someone at the meeting and an officer's undertaking on it, said as one point: the undertaking
// alone ("Ms A undertook to ask the water company whether the works could be paused …") does not say which works
// (docs/summaries.md#a-business-consultative-panels-minutes).

const WHO = String.raw`(?:Mr|Mrs|Ms|Miss|Dr|Councillor|Cllr\.?) [A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+)?`;

/** "Mr A raised the water main works on Elm Road, which …": who raised what, to the first comma or the sentence's end. */
const RAISED = new RegExp(
  String.raw`^(${WHO} raised (?:the|a|an|concerns? (?:about|over)) [^,.;:()]{3,80}?)(?=[,.;:]|$)`,
);

/** "Ms B undertook to …", "The Town Centre Manager undertook that …": an undertaking given at the meeting. */
const UNDERTOOK = new RegExp(String.raw`^(?:${WHO}|The [A-Z][\w' -]{2,60}?) undertook (?:to|that)\b`);

/** The matter a sentence raises, or null ("Mr A raised the water main works on Elm Road"). */
export function raisedMatter(text: string): string | null {
  return RAISED.exec(text.trim())?.[1] ?? null;
}

/**
 * An undertaking said with the matter raised earlier in the same paragraph: "Mr A raised the water main works on Elm
 * Road; Ms B undertook to ask …". Any other sentence, or an undertaking with no matter raised before it, is as it was.
 */
export function withRaisedMatter(raised: string | null, text: string): string {
  if (!raised || !UNDERTOOK.test(text.trim())) return text;
  return `${raised}; ${text.trim().replace(/^The /, "the ")}`;
}
