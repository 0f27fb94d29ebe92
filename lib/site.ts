// Site-wide constants that are not configuration: names and promises shown to readers.

export const SITE_NAME = "Harrow Council digest";


/** The subscribe box's promise, e.g. "You'll receive weekly summaries about Harrow Council every week." */
export function subscribePromise(councilName: string): string {
  return `You'll receive weekly summaries about ${councilName} every week.`;
}

/** How far ahead the home page looks for upcoming meetings. */
export const UPCOMING_DAYS = 14;
