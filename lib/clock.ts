// "Now" for every decision about past and future (upcoming meetings, previews, the digest's week): the real clock,
// unless CLOCK_NOW fixes it (the offline demo shows its snapshot as of the day it was taken). Timestamps of what
// happened (fetchedAt, createdAt) always use the real clock.
import { getEnv } from "./env";

/** "Now", from the given configuration (a job's own `deps.env`) or else the process's. */
export function clockNow(env: { CLOCK_NOW?: string | undefined } = getEnv()): Date {
  const fixed = env.CLOCK_NOW;
  return fixed ? new Date(fixed) : new Date();
}
