// A decision that notes an event by its noun ("the adoption of the Plan be noted") said as what happened.

/** The noun an event is named by, and the participle that says it happened. */
const EVENT_PARTICIPLE: Record<string, string> = {
  adoption: "adopted",
  approval: "approved",
  publication: "published",
  completion: "completed",
  award: "awarded",
  signing: "signed",
  confirmation: "confirmed",
  designation: "designated",
};

const NOTED_EVENT = new RegExp(
  String.raw`\b([Tt])he (${Object.keys(EVENT_PARTICIPLE).join("|")}) of ((?:the|a|an) [^;:()]+?) was noted(?=[;.]|\s*$)`,
  "g",
);

/**
 * "The adoption of the Harbour Quarter Design Code was noted": noting is all the body did, and what it noted is that
 * the thing had happened elsewhere. Said as that ("Noted that the Harbour Quarter Design Code had been adopted"), in the
 * same number of words, so the point says the event in the verb a reader looks for
 * (docs/summaries.md#the-conservation-areas-advisory-committee-second-round).
 */
export function notedEventTold(text: string): string {
  return text.replace(NOTED_EVENT, (_m, t: string, noun: string, what: string) => {
    const participle = EVENT_PARTICIPLE[noun.toLowerCase()]!;
    return `${t === "T" ? "Noted" : "noted"} that ${what} had been ${participle}`;
  });
}
