// The overview paragraph is built only from the meeting's own title, date and agenda titles, plus its decisions'
// own words (a decision's first clause turned round: "The Fly-tipping Strategy was approved" -> "approved the
// Fly-tipping Strategy"): it states nothing that the sources do not. Its parts live in ./overview/: the titles it
// names (titles.ts), a decision as a verb and its object (outcome-phrase.ts), the key point (key-point.ts), the
// overview of a held meeting (outcome-overview.ts) and of one before, cancelled or without papers (other-overviews.ts).
export { bodyName, distinctTitles, listTitles, questionedWhom, shortHeading } from "./overview/titles";
export { outcomePhrase, outcomeVerb, type OutcomePhrase } from "./overview/outcome-phrase";
export { callInPhrase } from "./overview/call-in-motion";
export { fitFinding, keyDecision, keyFinding } from "./overview/key-point";
export { questionsTaken, writeOutcomeOverview } from "./overview/outcome-overview";
export { writeCancelledOverview, writeEmptyOverview, writePreviewOverview } from "./overview/other-overviews";
