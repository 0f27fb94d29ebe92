// "There was no other business." said beside something the item records (the next meeting's date): the absence of
// other business is no news once the line has something to say (docs/summaries.md#standing-lines-stop-36).

/** "There was no other business.", "No other business was raised.", "There were no items of urgent business." */
const NO_OTHER_BUSINESS =
  /^(?:there (?:was|were) no (?:other|urgent|further|any other) business|there (?:was|were) no items? of (?:other|urgent|further|any other) business|no (?:other|urgent|further|any other) business (?:was|were|had been) (?:raised|received|reported|notified|taken))\.?$/i;

/**
 * The minute without a paragraph that says there was no other business, when another paragraph is left; the minute
 * as it was when that paragraph is all it says (the empty minute keeps its own line).
 */
export function withoutNoOtherBusiness(minutes: string): string {
  const paragraphs = minutes.split(/\n\s*\n/).map((p) => p.trim());
  const kept = paragraphs.filter((p) => !NO_OTHER_BUSINESS.test(p));
  return kept.length && kept.length < paragraphs.length ? kept.join("\n\n") : minutes;
}
