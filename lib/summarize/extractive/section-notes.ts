// The one-line notes an item's section carries when there is nothing else to show (docs/summaries.md#summaries-and-topics-libsummarize):
// the overview tells them apart, an item whose minute is not out being "listed", one whose minute shows no outcome
// "discussed".

/** An item the meeting took whose minute is not published (yet). */
export const NO_MINUTES = "The minutes for this item have not been published.";

/** An item whose published minute is there but records no outcome (the page broke off before it). */
export const NO_OUTCOME = "The published minute for this item records no decision.";
