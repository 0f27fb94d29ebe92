// A minute that lists what a review or a panel recommends ("She said that the review made seven recommendations, the
// main ones being: (1) that a youth hub be opened …; (2) …"): the list is what the item asks of the decision-maker,
// so its points weigh as a figure's sentence does, the first most (a review lists its main recommendation first).
// docs/summaries.md#an-overview-and-scrutiny-committees-minutes; a list of the changes a revised policy makes, alike
// (docs/summaries.md#a-licensing-committee-on-policy).

/** A lead that introduces a list of recommendations, not one that asks the meeting to decide ("is recommended to"). */
const RECOMMENDATIONS_LEAD =
  /\brecommendations\b(?![^:]*\b(?:below|were (?:agreed|approved|noted)))|\brecommended (?:that|the following)\b/i;
const ASKS_THE_MEETING = /\b(?:is|are) (?:recommended|asked|invited|requested) to\b/i;

/** What the list's first point gains; each later point gains less (half for the second, a third for the third…). */
const FIRST_RECOMMENDATION_BONUS = 2.5;

/** Whether a minute's list lead introduces the recommendations a review or panel made. */
export function leadsRecommendations(lead: string | null | undefined): boolean {
  return Boolean(lead) && RECOMMENDATIONS_LEAD.test(lead!) && !ASKS_THE_MEETING.test(lead!);
}

/**
 * A lead that introduces the changes a revised policy, strategy or draft makes ("The officer advised that the main
 * changes made to the draft in the light of the consultation were as follows:", "the revised policy made the following
 * changes:"): each point is a change the meeting adopts or recommends, what a resident wants of a policy's review
 * more than how its consultation ran.
 */
const CHANGES_LEAD =
  /\b(?:(?:main|key|principal|significant|proposed) )?changes\b[^:]{0,100}?\b(?:were|are|included|include)\b[^:]{0,20}:$|\bthe following (?:main |key |principal )?changes\b[^:]{0,60}:$/i;

/** Whether a minute's list lead introduces the changes a revised policy or draft makes. */
export function leadsChanges(lead: string | null | undefined): boolean {
  return Boolean(lead) && CHANGES_LEAD.test(lead!.replace(/:-$/, ":").trim());
}

/**
 * The bonus for the `place`-th point (0 first) of a list of recommendations under `lead`, or of a list of a policy's
 * changes, which weighs alike (the main change listed first); 0 under any other lead.
 */
export function recommendationBonus(lead: string | null | undefined, place: number): number {
  return leadsRecommendations(lead) || leadsChanges(lead) ? FIRST_RECOMMENDATION_BONUS / (place + 1) : 0;
}
