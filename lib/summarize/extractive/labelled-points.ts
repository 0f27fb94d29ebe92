// A speaker's points read as a resident reads them (docs/summaries.md#read-as-a-resident-stop-34): once a point is
// labelled with who spoke ("Portfolio Holder: …"), a later "He said that …" in it only repeats the label, and a
// speech's opening remark that names nothing ("Leader: The year had been dominated by the Council's finances.") tells a
// resident nothing the points after it do not.
import { speakerAsSubject } from "./questions-answers";
import { speakerLabel } from "./speaker-labels";

/** "He said that", "She added that": a further sentence of the labelled speaker's. */
const SAID_AGAIN = /(?<=[.!?] )(?:He|She|They) (?:said|added|explained|stated|reported|confirmed) that,? ([a-z0-9£])/g;
/** Someone else named in a point, whom a "He" or "She" after it might mean. */
const ANOTHER_PERSON = /\b(?:Mr|Mrs|Ms|Miss|Dr|Councill?or|Cllr)\.? [A-Z]/;

/**
 * "Portfolio Holder: 1,240 people had responded. He said that a one-hour stay would cost £1.80." -> "Portfolio Holder:
 * 1,240 people had responded. A one-hour stay would cost £1.80.": the label says who spoke; "Dr Lee: She had visited 12
 * schools." is "Dr Lee had visited 12 schools.", the speaker its subject. A point without a label, or one naming
 * another person the pronoun might mean, is as it was.
 */
export function withoutSaidAgain(text: string): string {
  const label = speakerLabel(text);
  if (!label || ANOTHER_PERSON.test(text.slice(label.said.length))) return text;
  // A label with an aside ("Team Leader (Ms Clore): …") keeps it: the aside says who the post is.
  const own = label.aside ? null : speakerAsSubject(label.post, text.slice(label.said.length));
  return (own ?? text).replace(SAID_AGAIN, (_, first: string) => first.toUpperCase());
}

/** Bodies and offices a remark may name and still name nothing of note. */
const PLAIN_NAMES =
  /^(?:Council|Cabinet|Committee|Panel|Board|Forum|Sub-Committee|Members|Administration)(?:'s)?[.,;]?$/;
/** A number said in words, a commitment, or an outcome: a remark with one of these says something. */
const SAYS_SOMETHING =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|half|third|quarter|would|will|should|must|could|might|agreed|approved|refused|granted|rejected|asked|requested|promised|undertook|no|none|not|never)\b/i;
/** A remark longer than this is more than an opening. */
const REMARK_WORDS = 12;

/**
 * A speaker's point that names nothing: one short sentence with no figure, date, name, commitment or outcome
 * ("Leader: The year had been dominated by the Council's finances.").
 */
export function isEmptyRemark(text: string): boolean {
  const label = speakerLabel(text);
  if (!label) return false;
  const body = text.slice(label.said.length).trim();
  const words = body.split(/\s+/);
  if (!body || words.length > REMARK_WORDS || /\d/.test(body) || /[.!?;:] \S/.test(body)) return false;
  if (SAYS_SOMETHING.test(body)) return false;
  return words.slice(1).every((w) => !/^[A-Z]/.test(w) || PLAIN_NAMES.test(w));
}

/**
 * A section's points with each speaker's "He said that" said once, and without a speaker's empty remark where at
 * least two other points stay. Bullets are changed in place; the section's list is filtered.
 */
export function plainerLabelledPoints<T extends { text: string }>(sections: { bullets: T[] }[]): void {
  for (const s of sections) {
    for (const b of s.bullets) b.text = withoutSaidAgain(b.text);
    const empty = s.bullets.filter((b) => isEmptyRemark(b.text));
    if (empty.length && s.bullets.length - empty.length >= 2) s.bullets = s.bullets.filter((b) => !empty.includes(b));
  }
}
