// A matter reported to a regulator: a breach, an incident or a complaint that the body's officers referred to the
// regulator outside the council that oversees such matters (docs/summaries.md#long-minutes-round-thirty-one).

/**
 * "It had been reported to the Information Commissioner's Office as a data breach", "The incident was reported to
 * the Health and Safety Executive": a matter the minutes say was referred to a named regulator. What was done about
 * a breach is its outcome, as an auditor's verdict is an audit's, so a point saying it is worth its words without a
 * figure. Only a referral made: "would be reported to the Regulator" (a warning) and "was not reported" say none.
 */
const REPORTED_TO_REGULATOR =
  /\b(?:had been|has been|have been|was|were) (?:formally )?(?:reported|referred|notified) to the (?:Information Commissioner(?:'s|\u2019s)? Office|Information Commissioner|Pensions Regulator|Health and Safety Executive|(?:Local Government and Social Care |Housing )?Ombudsman|Care Quality Commission|Charity Commission|Regulator of Social Housing|Financial Conduct Authority)\b/i;

export const reportedToRegulator = (text: string): boolean => REPORTED_TO_REGULATOR.test(text);

/**
 * A referral said to its regulator, held to words: "It had been reported to the Information Commissioner's Office as
 * a data breach, which had closed the case without further action; it was not a matter for the Pensions Regulator."
 * is "It had been reported to the Information Commissioner's Office as a data breach." What the regulator then did,
 * after ", which", and a further clause after a semicolon or ", and it (the, this)", go. Any other sentence is
 * returned as it is.
 */
export function toItsReferral(text: string): string {
  const m = REPORTED_TO_REGULATOR.exec(text);
  if (!m) return text;
  const from = m.index + m[0].length;
  const rest = text.slice(from);
  const cut = /,\s+which\b|;\s|,\s+and\s+(?:it|the|this)\b/.exec(rest);
  return cut ? `${text.slice(0, from)}${rest.slice(0, cut.index)}.` : text;
}
