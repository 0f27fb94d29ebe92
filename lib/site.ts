// Site-wide constants that are not configuration: names and promises shown to readers.

/** The site's own name, for pages that belong to no one council (sign-up, reports); it covers several councils. */
export const SITE_NAME = "Council meetings digest";

/** What a council's pages call the site: "Harrow Council digest", "Brent Council digest". */
export function councilSiteName(councilName: string): string {
  return `${councilName} digest`;
}

/**
 * The subscribe box's promise, e.g. "You'll receive a weekly email about Harrow Council's meetings: what was decided
 * and what is coming up." (The published digests' "weekly summaries … every week" said weekly twice.)
 */
export function subscribePromise(councilName: string): string {
  return `You'll receive a weekly email about ${councilName}'s meetings: what was decided and what is coming up.`;
}

/** How far ahead the home page looks for upcoming meetings. */
export const UPCOMING_DAYS = 14;
