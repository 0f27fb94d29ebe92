// An advisory body's own advice, given at the meeting: "(2) the Forum advise the Portfolio Holder for Children's
// Services that the panel should meet fortnightly" is advice given, not a step still to come, and what it advises keeps
// its own words (docs/summaries.md#an-admissions-forums-minutes).
import { upperFirst } from "../../text/sentences";

/** The bodies that advise in their own name: a forum, panel, committee, board, conference, group or partnership. */
const ADVISING_BODY = String.raw`(?:Forum|Panel|Committee|Sub-Committee|Board|Conference|Group|Partnership)`;

const BODY_ADVISE = new RegExp(
  String.raw`(^|(?:^|[;:]\s*)\(\d+\)\s+|;\s+)(That,?\s+)?((?:the|The|this|This) (?:[A-Z][\w'\u2019-]* ){0,4}${ADVISING_BODY}) advise(?= (?:the |a |an )?[A-Z])`,
  "g",
);

/**
 * "the Forum advise the Portfolio Holder …" -> "the Forum advised the Portfolio Holder …": the advice was given. What
 * it advises keeps its own words ("… that the changes be published for consultation"): its "be" is marked (a word
 * joiner, removed at the end) so no later rule says it as done ("the changes were published").
 */
export function adviceGiven(text: string): string {
  return text
    .replace(
      BODY_ADVISE,
      (_m, before: string, that: string | undefined, body: string) =>
        `${before}${that || before === "" ? upperFirst(body) : body} advised`,
    )
    .replace(ADVISED_THAT_BE, (_m, before: string) => `${before}b\u2060e`);
}

const ADVISED_THAT_BE = new RegExp(
  String.raw`(\b${ADVISING_BODY} advised (?:the )?[A-Z][\w'\u2019 -]{0,60}? that\b[^;()]*?\b)be\b`,
  "g",
);

/**
 * "The Forum advised the Portfolio Holder for Children's Services that the fair access panel should meet fortnightly
 * …": whom the body advised and what, for the overview ("advised the Portfolio Holder for Children's Services that …").
 */
const ADVICE = new RegExp(
  String.raw`^(?:The|This) (?:[A-Z][\w'\u2019-]* ){0,4}${ADVISING_BODY} advised ((?:the )?[A-Z][\w'\u2019 -]{0,60}?) that (.+)$`,
);

export function advicePhrase(text: string): { verb: string; object: string } | null {
  const m = ADVICE.exec(text.trim().replace(/\.$/, ""));
  if (!m) return null;
  // Whom, by office ("the Portfolio Holder"), and what, without the dates it runs between ("… be published for
  // consultation"): the Decision line keeps both.
  const whom = m[1]!.replace(/^(the Portfolio Holder) for .+$/i, "$1");
  const what = m[2]!.replace(/,?\s+as set out in the report,?/g, "").replace(FROM_TO, "");
  return { verb: "advised", object: `${whom} that ${what}` };
}

/** "from 2 November to 14 December 2026" at the end of what is advised. */
const FROM_TO = /\s+(?:from|between) \d{1,2}(?: [A-Z][a-z]+)?(?: \d{4})? (?:to|and) \d{1,2} [A-Z][a-z]+(?: \d{4})?$/;
