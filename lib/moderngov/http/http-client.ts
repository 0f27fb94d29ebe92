import { createHash } from "node:crypto";
import { readBodyCapped } from "./body-reader";
import { assertExpectedContent, isDeclaredTypeAccepted } from "./content-check";
import { FetchError } from "./fetch-errors";
import {
  httpClientOptionsSchema,
  resolveMaxBytes,
  type FetchRequest,
  type FetchResult,
  type HttpClientOptions,
  type HttpClientStats,
  type ResolvedHttpClientOptions,
} from "./fetch-options";
import { createHostThrottle } from "./host-throttle";
import { ERROR_PEEK_BYTES, readHttpError } from "./read-http-error";
import { ACCEPT_HEADERS, buildHeaders, formatLastModified, hasValidators } from "./request-headers";
import { retryFetch, type RetrySettings } from "./retry-policy";
import { createRobotsGate, type RobotsResponse } from "./robots";
import { sendRequest } from "./send-request";

// The polite fetcher every scraper request goes through (docs/moderngov.md#politeness): robots.txt first, an honest
// User-Agent, one request at a time per host with a gap, deadlines, bounded retries that respect Retry-After,
// conditional GETs, size caps, and a check that the body is what the caller asked for.

export { FetchError, isRetryableFetchError, type FetchErrorKind } from "./fetch-errors";
export {
  DEFAULT_USER_AGENT,
  httpClientOptionsSchema,
  type ExpectedContent,
  type FetchNotModified,
  type FetchOk,
  type FetchRequest,
  type FetchResult,
  type HttpClientOptions,
  type HttpClientStats,
  type Validators,
} from "./fetch-options";

export type HttpClient = {
  /** GETs url politely; throws FetchError (never requests a URL robots.txt disallows). */
  fetchResource(url: string, request: FetchRequest): Promise<FetchResult>;
  /** A snapshot of the running totals. */
  readStats(): HttpClientStats;
  readonly options: Readonly<ResolvedHttpClientOptions>;
};

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
// RFC 9309 §2.5: crawlers must parse at least 500 KiB of robots.txt; more is ignored.
const ROBOTS_MAX_BYTES = 500 * 1024;

type AttemptOutcome = { kind: "done"; result: FetchResult } | { kind: "redirect"; location: URL; written: string };

export function createHttpClient(input: HttpClientOptions = {}): HttpClient {
  const options = httpClientOptionsSchema.parse(input);
  const stats: HttpClientStats = {
    requests: 0,
    bytesDownloaded: 0,
    retries: 0,
    notModified: 0,
    robotsFetches: 0,
    robotsDenied: 0,
  };
  const throttle = createHostThrottle(options.minIntervalMs);
  const retrySettings: RetrySettings = {
    maxRetries: options.maxRetries,
    baseDelayMs: options.retryBaseDelayMs,
    maxDelayMs: options.retryMaxDelayMs,
    maxRetryAfterMs: options.maxRetryAfterMs,
  };
  const countBytes = (n: number) => (stats.bytesDownloaded += n);
  // Time spent per host (this client is one run's): once past hostBudgetMs, the host gets no more requests.
  const spentMs = new Map<string, number>();
  async function withinBudget<T>(url: URL, exchange: () => Promise<T>): Promise<T> {
    const budget = options.hostBudgetMs;
    const spent = spentMs.get(url.host) ?? 0;
    if (budget !== undefined && spent >= budget) {
      throw new FetchError(
        "budget",
        `Not requesting ${url.href}: this run's time budget for ${url.host} (${Math.round(budget / 1000)} s) is spent`,
        { url: url.href },
      );
    }
    const started = performance.now();
    try {
      return await exchange();
    } finally {
      spentMs.set(url.host, (spentMs.get(url.host) ?? 0) + (performance.now() - started));
    }
  }

  function retryPolitely<T>(url: URL, attempt: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    return retryFetch(() => throttle.runForHost(url.host, () => withinBudget(url, attempt), signal), retrySettings, {
      signal,
      onRetry(error, waitMs) {
        stats.retries++;
        // The server asked the whole host to back off, not just this URL.
        if (error.retryAfterMs !== undefined) throttle.deferHost(url.host, Date.now() + waitMs);
      },
    });
  }

  async function loadRobotsTxt(robotsUrl: string, guard?: FetchRequest["guard"]): Promise<RobotsResponse> {
    // RFC 9309 §2.3.1.2: follow (at least five) redirects for robots.txt; by hand, so each hop passes the guard.
    let url = new URL(robotsUrl);
    let written = robotsUrl;
    for (let hop = 0; ; hop++) {
      await guard?.(url, written);
      const outcome = await loadRobotsHop(url);
      if (outcome.kind === "done") return outcome.response;
      if (hop >= Math.max(5, options.maxRedirects)) {
        throw new FetchError("http", `${robotsUrl}: more than ${Math.max(5, options.maxRedirects)} redirects`, {
          url: robotsUrl,
        });
      }
      url = parseHttpUrl(outcome.location.href);
      written = outcome.written;
    }
  }

  function loadRobotsHop(
    url: URL,
  ): Promise<{ kind: "done"; response: RobotsResponse } | { kind: "redirect"; location: URL; written: string }> {
    return retryPolitely(url, () => {
      stats.requests++;
      stats.robotsFetches++;
      const headers = { "user-agent": options.userAgent, accept: ACCEPT_HEADERS.text };
      return sendRequest(url, { headers, redirect: "manual", timeoutMs: options.timeoutMs }, async (res, signal) => {
        const location = res.headers.get("location");
        if (REDIRECT_STATUSES.has(res.status) && location && URL.canParse(location, url)) {
          await res.body?.cancel().catch(() => undefined);
          return { kind: "redirect" as const, location: new URL(location, url), written: location };
        }
        if (res.status === 429 || res.status >= 500) throw await readHttpError(url, res, signal, countBytes);
        const body = await readBodyCapped(res, {
          url: url.href,
          maxBytes: ROBOTS_MAX_BYTES,
          stopAtLimit: true,
          onBytes: countBytes,
          signal,
        });
        return { kind: "done" as const, response: { status: res.status, text: body.toString("utf8") } };
      });
    });
  }

  const robots = createRobotsGate({
    userAgent: options.userAgent,
    unavailableTtlMs: options.robotsUnavailableTtlMs,
    loadRobotsTxt,
    onCrawlDelay: (host, ms) => throttle.setHostInterval(host, Math.min(ms, options.maxCrawlDelayMs)),
  });

  async function attemptOnce(url: URL, request: FetchRequest): Promise<AttemptOutcome> {
    stats.requests++;
    const headers = buildHeaders(options.userAgent, request.expect, request.validators);
    const sendOptions = { headers, redirect: "manual" as const, timeoutMs: options.timeoutMs, signal: request.signal };
    return sendRequest(url, sendOptions, async (res, signal): Promise<AttemptOutcome> => {
      const location = res.headers.get("location");
      if (REDIRECT_STATUSES.has(res.status) && location) {
        await res.body?.cancel().catch(() => undefined);
        if (!URL.canParse(location, url)) {
          throw new FetchError("http", `${url.href} redirected to an invalid URL: ${location}`, {
            url: url.href,
            status: res.status,
          });
        }
        return { kind: "redirect", location: new URL(location, url), written: location };
      }
      if (res.status === 304 && hasValidators(request.validators)) {
        await res.body?.cancel().catch(() => undefined);
        stats.notModified++;
        const sentLastModified = formatLastModified(request.validators?.lastModified);
        return {
          kind: "done",
          result: {
            status: "not-modified",
            url: url.href,
            etag: res.headers.get("etag") ?? request.validators?.etag ?? null,
            lastModified: res.headers.get("last-modified") ?? sentLastModified ?? null,
          },
        };
      }
      if (res.status < 200 || res.status >= 300) throw await readHttpError(url, res, signal, countBytes);

      const contentType = res.headers.get("content-type");
      if (!isDeclaredTypeAccepted(request.expect, contentType)) {
        // Peek before failing: a firewall block page deserves its own, clearer error.
        const peek = await readBodyCapped(res, {
          url: url.href,
          maxBytes: ERROR_PEEK_BYTES,
          stopAtLimit: true,
          onBytes: countBytes,
          signal,
        });
        assertExpectedContent(request.expect, contentType, peek, url.href, res.status);
      }
      const maxBytes = resolveMaxBytes(options, request);
      const body = await readBodyCapped(res, { url: url.href, maxBytes, onBytes: countBytes, signal });
      assertExpectedContent(request.expect, contentType, body, url.href, res.status);
      return {
        kind: "done",
        result: {
          status: "ok",
          url: url.href,
          body,
          contentType,
          etag: res.headers.get("etag"),
          lastModified: res.headers.get("last-modified"),
          sha256: createHash("sha256").update(body).digest("hex"),
        },
      };
    });
  }

  async function fetchResource(rawUrl: string, request: FetchRequest): Promise<FetchResult> {
    try {
      return await followRedirects(rawUrl, request);
    } catch (error) {
      // A cancel during a backoff or throttle wait rejects with the bare abort reason; keep errors typed.
      if (request.signal?.aborted && !(error instanceof FetchError)) {
        throw new FetchError("aborted", `${rawUrl}: request cancelled by the caller`, { url: rawUrl, cause: error });
      }
      throw error;
    }
  }

  async function followRedirects(rawUrl: string, request: FetchRequest): Promise<FetchResult> {
    let url = parseHttpUrl(rawUrl);
    let written = rawUrl;
    // Redirects are followed by hand so every hop is checked against the host guard and robots.txt, and
    // throttled for its host.
    for (let hop = 0; ; hop++) {
      await request.guard?.(url, written);
      try {
        await robots.assertAllowed(url, request.guard);
      } catch (error) {
        if (error instanceof FetchError && error.kind === "robots") stats.robotsDenied++;
        throw error;
      }
      const current = url;
      const outcome = await retryPolitely(current, () => attemptOnce(current, request), request.signal);
      if (outcome.kind === "done") return outcome.result;
      if (hop >= options.maxRedirects) {
        throw new FetchError("http", `${rawUrl}: more than ${options.maxRedirects} redirects`, { url: rawUrl });
      }
      url = parseHttpUrl(outcome.location.href);
      written = outcome.written;
    }
  }

  return { fetchResource, readStats: () => ({ ...stats }), options };
}

function parseHttpUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch (error) {
    throw new FetchError("invalid-url", `Not an absolute URL: ${raw}`, { url: raw, cause: error });
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new FetchError("invalid-url", `Only http(s) URLs can be fetched: ${raw}`, { url: raw });
  }
  url.hash = "";
  return url;
}
