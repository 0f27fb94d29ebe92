import { FetchError, isRetryableFetchError } from "./fetch-errors";
import { setTimeout as sleep } from "node:timers/promises";

// A small own loop rather than p-retry: p-retry computes its delay from the attempt number only, so honouring a
// server's Retry-After would mean sleeping twice (ours, then its backoff). Here the wait is
// max(Retry-After, jittered exponential backoff), and a Retry-After beyond the cap ends the retries politely.

export type RetrySettings = {
  maxRetries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  maxRetryAfterMs: number;
};

export type RetryHooks = {
  /** Called before each wait, e.g. to count retries and to hold the whole host during a Retry-After. */
  onRetry?: (error: FetchError, waitMs: number, attempt: number) => void;
  signal?: AbortSignal;
};

export async function retryFetch<T>(
  attemptOnce: (attempt: number) => Promise<T>,
  settings: RetrySettings,
  hooks: RetryHooks = {},
): Promise<T> {
  let timeouts = 0;
  for (let attempt = 1; ; attempt++) {
    try {
      return await attemptOnce(attempt);
    } catch (error) {
      if (!isRetryableFetchError(error) || attempt > settings.maxRetries) throw error;
      // A server that answers slowly is retried once, not maxRetries times: each try can hold the run for a
      // whole timeout (a 1-byte/s server held it ~4 × 30 s per link).
      if (error.kind === "timeout" && ++timeouts > 1) throw error;
      const retryAfterMs = error.retryAfterMs;
      if (retryAfterMs !== undefined && retryAfterMs > settings.maxRetryAfterMs) {
        throw new FetchError(
          "http",
          `${error.message}; the server asked us to wait ${Math.ceil(retryAfterMs / 1000)} s, ` +
            `longer than the ${Math.ceil(settings.maxRetryAfterMs / 1000)} s we allow, so giving up`,
          { url: error.url, status: error.status, retryAfterMs, cause: error },
        );
      }
      const waitMs = Math.max(retryAfterMs ?? 0, computeBackoffMs(attempt, settings));
      hooks.onRetry?.(error, waitMs, attempt);
      await sleep(waitMs, undefined, { signal: hooks.signal });
    }
  }
}

/** Exponential backoff with "equal jitter": half fixed, half random, so parallel clients spread out. */
export function computeBackoffMs(attempt: number, settings: Pick<RetrySettings, "baseDelayMs" | "maxDelayMs">) {
  const ceiling = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + Math.random() * (ceiling / 2));
}

/** Retry-After is either delta-seconds or an HTTP date (RFC 9110 §10.2.3). Returns ms from now, or undefined. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (value === null) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}
