// "the Committee's response be agreed and submitted by the Chair before the consultation closes on 30 June 2026": two
// steps in one clause, the first taken at the meeting and the second still to come. Said "was agreed and submitted",
// the summary would tell a resident the response had gone, when it had only been agreed
// (docs/summaries.md#the-joint-health-scrutiny-committee-second-round).

/** A day as minutes print it, or a month and year: "30 June 2026", "June 2026". */
const DAY = String.raw`(?:\d{1,2}(?:st|nd|rd|th)? )?(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{4}`;

/**
 * "was agreed and submitted by the Chair before the consultation closes …", "were approved and sent to the Secretary of
 * State by 31 March 2027": a step the meeting took (group 1, 2), then one that sends the thing out (group 3) with a
 * time still ahead of the meeting: "before" a later event, or "by" a day. "was agreed and published" with no such time
 * is left as it was: it may well have been done at the meeting.
 */
const TAKEN_THEN_SENT = new RegExp(
  String.raw`\b(was|were) (agreed|approved|endorsed|adopted|finalised|signed) and (submitted|sent|published|circulated|forwarded|issued|returned)\b(?=((?: (?:by|to|on behalf of) (?:the )?[A-Z][\w'\u2019-]*(?: (?:of |for |and )?[A-Z][\w'\u2019-]*){0,5}){0,2}) (?:before (?:the|a|its|it|any)\b|by ${DAY}\b))`,
  "g",
);

/**
 * The second step of "was agreed and submitted … before …" said as still to come: "was agreed, to be submitted by the
 * Chair before the consultation closes on 30 June 2026". Anything else is returned as it was.
 */
export function secondStepLater(text: string): string {
  return text.replace(TAKEN_THEN_SENT, "$1 $2, to be $3");
}
