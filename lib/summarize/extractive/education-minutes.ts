// An education consultative forum's minutes (docs/summaries.md#an-education-consultative-forums-minutes): a
// consultation on term dates or a school's change is reported as the share of those who answered that preferred one
// option ("Seventy-one per cent of those who responded had preferred Option A"), which is its result, as the shares
// for and against are a parking consultation's.

/** A share in figures ("71%") or in words, as minutes spell out a number that opens a sentence ("Seventy-one per cent"). */
const SHARE = String.raw`(?:\d+(?:\.\d+)?%|\d+(?:\.\d+)? per cent|[A-Za-z]+(?:-[a-z]+)? per cent)`;

/** Those who answered: respondents, those who responded, the parents who replied, the responses. */
const ANSWERED = String.raw`(?:(?:the )?respondents|(?:the )?responses|those (?:who|that) (?:responded|replied|answered|took part)|the [a-z]+(?: [a-z]+)? (?:who|that) (?:responded|replied|answered|took part))`;

/** What they preferred: one option over others, or a proposal they supported. */
const PREFERRED = String.raw`(?:had |have |has )?(?:preferred|favoured|supported|chose|chosen|backed|agreed with|were in favour of|was in favour of)\b`;

const PREFERENCE_SHARE = new RegExp(String.raw`\b${SHARE} of ${ANSWERED},? ${PREFERRED}`, "i");

/**
 * "… and 198 had replied, 91% of them in favour of the change", "240 responses were received, 64% of them supporting
 * …": the count of those who answered first, then the share of them that supported the proposal.
 */
const SHARE_OF_THEM = new RegExp(
  String.raw`\b(?:responded|replied|answered|took part|responses? (?:had been |have been |were |was )?received)\b[^.;]{0,40}?,\s*${SHARE} of them,? (?:(?:were |being )?in favour\b|supporting\b|preferring\b|backing\b|${PREFERRED})`,
  "i",
);

/**
 * "Seventy-one per cent of those who responded had preferred Option A", "58% of respondents supported the later
 * start": a consultation's result, the share of those who answered that preferred one option; picked before the
 * detail of who answered when a minute is held to words.
 */
export function isPreferenceShare(text: string): boolean {
  return PREFERENCE_SHARE.test(text) || SHARE_OF_THEM.test(text);
}
