// Typed failures of the polite HTTP client. Every error names the URL so a run record can say exactly what
// failed; `kind` lets callers decide (skip a document, stop a run, report a firewall block) without parsing text.

export type FetchErrorKind =
  | "invalid-url" // not an absolute http(s) URL
  | "robots" // robots.txt disallows the URL: it was never requested
  | "robots-unavailable" // robots.txt answered 5xx or was unreachable: RFC 9309 says treat as disallow-all for now
  | "timeout" // no complete response within timeoutMs (headers and body)
  | "network" // connection refused/reset, DNS failure, ...
  | "truncated" // the connection closed before Content-Length bytes arrived
  | "http" // an unexpected status (4xx other than 304, 5xx after retries, too many redirects)
  | "too-large" // body exceeds the size cap (by Content-Length or while streaming)
  | "content-type" // the server sent something other than what the caller expected (e.g. HTML for a PDF)
  | "blocked" // a firewall / bot-protection page was served instead of the content
  | "aborted" // the caller's AbortSignal fired
  | "off-site" // not one of the council's hosts (or a private / numeric-IP address): never requested
  | "budget"; // this run's time budget for the host is spent: not requested

export type FetchErrorDetails = {
  url: string;
  status?: number;
  /** Server-requested wait before retrying (ms), from Retry-After, when present. */
  retryAfterMs?: number;
  cause?: unknown;
};

export class FetchError extends Error {
  readonly kind: FetchErrorKind;
  readonly url: string;
  readonly status?: number;
  readonly retryAfterMs?: number;

  constructor(kind: FetchErrorKind, message: string, details: FetchErrorDetails) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.name = "FetchError";
    this.kind = kind;
    this.url = details.url;
    if (details.status !== undefined) this.status = details.status;
    if (details.retryAfterMs !== undefined) this.retryAfterMs = details.retryAfterMs;
  }
}

// 501 (Not Implemented) and 505 (HTTP Version Not Supported) will not change on a retry.
const NON_RETRYABLE_5XX = new Set([501, 505]);

/** Whether another attempt could plausibly succeed. Only transient conditions qualify. */
export function isRetryableFetchError(error: unknown): error is FetchError {
  if (!(error instanceof FetchError)) return false;
  switch (error.kind) {
    case "timeout":
    case "network":
    case "truncated":
      return true;
    case "http":
      if (error.status === undefined) return false;
      return error.status === 429 || (error.status >= 500 && !NON_RETRYABLE_5XX.has(error.status));
    default:
      return false;
  }
}
