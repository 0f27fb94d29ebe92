// The one-line notes an item's section carries when there is nothing else to show (docs/summaries.md#summaries-and-topics-libsummarize):
// the overview tells them apart, an item whose minute is not out being "listed", one whose minute shows no outcome
// "discussed".

/** An item the meeting took whose minute is not published (yet). */
export const NO_MINUTES = "The minutes for this item have not been published.";

/**
 * An item the published minutes have no minute for while they cover others (the printed minutes stop early, or their
 * heading for it was not recognised): not "not published", which would be untrue.
 */
export const NOT_IN_MINUTES = "No minute for this item was found in the published minutes.";

/** An item whose published minute is there but records no outcome (the page broke off before it). */
export const NO_OUTCOME = "The published minute for this item records no decision.";
