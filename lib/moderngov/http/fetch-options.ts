import { z } from "zod";

// Configuration and public types of the polite HTTP client. Config is always passed in (lib/env.ts is the only
// reader of process.env); defaults follow docs/moderngov.md#politeness: ≤ 1 request/s/host, 30 s timeout, ≤ 3 retries.

export const DEFAULT_USER_AGENT = "HarrowCouncilDigest/0.1 (+https://example.org/about; civic meeting digest)";

const MB = 1024 * 1024;

export const httpClientOptionsSchema = z.object({
  /** Sent on every request; keep a product token and a contact URL so council IT can reach us. */
  userAgent: z.string().min(1).default(DEFAULT_USER_AGENT),
  /** Minimum gap between the end of one request and the start of the next to the same host. 0 disables. */
  minIntervalMs: z.number().int().min(0).default(1000),
  /** Per attempt, covering connection, headers and the whole body. */
  timeoutMs: z.number().int().positive().default(30_000),
  /** Extra attempts after the first, on 429, 5xx, timeouts and network errors. */
  maxRetries: z.number().int().min(0).default(3),
  /** First backoff step; doubles per retry, with jitter, up to retryMaxDelayMs. */
  retryBaseDelayMs: z.number().int().min(0).default(1000),
  retryMaxDelayMs: z.number().int().min(0).default(30_000),
  /** A Retry-After longer than this is not waited out: the request fails instead of hogging the run. */
  maxRetryAfterMs: z.number().int().min(0).default(120_000),
  /** Size caps by expectation; a request can override with its own maxBytes. */
  maxPageBytes: z
    .number()
    .int()
    .positive()
    .default(5 * MB),
  maxPdfBytes: z
    .number()
    .int()
    .positive()
    .default(50 * MB),
  maxRedirects: z.number().int().min(0).default(5),
  /** Crawl-delay from robots.txt is honoured when larger than minIntervalMs, but never beyond this. */
  maxCrawlDelayMs: z.number().int().min(0).default(30_000),
  /**
   * Time one client (one scrape run) may spend talking to one host, all requests together; once spent, further
   * requests to that host fail at once with kind "budget". Unset: no budget.
   */
  hostBudgetMs: z.number().int().positive().optional(),
  /** How long an unavailable robots.txt keeps the host closed before we ask again. */
  robotsUnavailableTtlMs: z
    .number()
    .int()
    .min(0)
    .default(10 * 60_000),
});

export type HttpClientOptions = z.input<typeof httpClientOptionsSchema>;
export type ResolvedHttpClientOptions = z.output<typeof httpClientOptionsSchema>;

export type ExpectedContent = "html" | "pdf" | "xml" | "text";

/** Validators from a previous download of the same URL, for a conditional GET. */
export type Validators = {
  etag?: string | null;
  /** The Last-Modified header as received (HTTP date), or a Date. */
  lastModified?: string | Date | null;
};

export type FetchRequest = {
  expect: ExpectedContent;
  validators?: Validators;
  /** Overrides the client's cap for this request. */
  maxBytes?: number;
  /** Cancels the request (and any pending retry wait); surfaces as FetchError kind "aborted". */
  signal?: AbortSignal;
  /**
   * Checks every URL before it is requested: the first, each redirect hop, and robots.txt and its redirects.
   * Throws (FetchError "off-site") to refuse. lib/moderngov/http/host-policy.ts builds one from the council's hosts.
   */
  guard?: (url: URL, raw?: string) => Promise<void>;
};

export type FetchOk = {
  status: "ok";
  /** Final URL after redirects. */
  url: string;
  body: Buffer;
  contentType: string | null;
  etag: string | null;
  lastModified: string | null;
  /** Hex SHA-256 of body, for idempotent ingest and change detection. */
  sha256: string;
};

export type FetchNotModified = {
  status: "not-modified";
  url: string;
  /** Validators to keep: the 304's own if it sent any, else the ones we sent. */
  etag: string | null;
  lastModified: string | null;
};

export type FetchResult = FetchOk | FetchNotModified;

/** Running totals for the run record and benchmarks. */
export type HttpClientStats = {
  /** HTTP requests actually sent, including robots.txt, redirects hops and retries. */
  requests: number;
  /** Body bytes received (after content decoding), including bodies of failed attempts. */
  bytesDownloaded: number;
  retries: number;
  notModified: number;
  robotsFetches: number;
  /** URLs refused by robots.txt (never requested). */
  robotsDenied: number;
};

export function resolveMaxBytes(options: ResolvedHttpClientOptions, request: FetchRequest): number {
  if (request.maxBytes !== undefined) return request.maxBytes;
  return request.expect === "pdf" ? options.maxPdfBytes : options.maxPageBytes;
}
