import robotsParser from "robots-parser";
import { FetchError } from "./fetch-errors";

// robots.txt gate, following RFC 9309: fetched once per origin (scheme, host, port) and cached for the run;
// 4xx means "no robots.txt" (allow all); 5xx or unreachable means "assume complete disallow" for a while,
// since a struggling server is exactly the one we should leave alone.

export type RobotsResponse = { status: number; text: string };

export type RobotsGateOptions = {
  /** Full User-Agent; robots-parser matches its product token (before the "/"). */
  userAgent: string;
  unavailableTtlMs: number;
  /** Fetches robots.txt (throttled, retried); returns any status, throws FetchError when unreachable. */
  loadRobotsTxt: (robotsUrl: string, guard?: (url: URL, raw?: string) => Promise<void>) => Promise<RobotsResponse>;
  /** Crawl-delay in ms for this origin's host, when robots.txt sets one for us. */
  onCrawlDelay?: (host: string, delayMs: number) => void;
};

type Robot = ReturnType<typeof robotsParser>;

type RobotsState =
  | { kind: "allow-all" }
  | { kind: "rules"; robot: Robot }
  | { kind: "unavailable"; until: number; reason: string; status?: number };

type CacheSlot = { promise: Promise<RobotsState>; state?: RobotsState };

export type RobotsGate = {
  /** Resolves if url may be fetched; otherwise throws FetchError "robots" or "robots-unavailable". */
  assertAllowed(url: URL, guard?: (url: URL, raw?: string) => Promise<void>): Promise<void>;
};

export function createRobotsGate(options: RobotsGateOptions): RobotsGate {
  // Concurrent first requests to one origin share a single robots.txt download.
  const cache = new Map<string, CacheSlot>();

  async function loadState(
    origin: string,
    host: string,
    guard?: (url: URL, raw?: string) => Promise<void>,
  ): Promise<RobotsState> {
    const robotsUrl = `${origin}/robots.txt`;
    try {
      const { status, text } = await options.loadRobotsTxt(robotsUrl, guard);
      if (status >= 200 && status < 300) {
        const robot = robotsParser(robotsUrl, text);
        const delaySeconds = robot.getCrawlDelay(options.userAgent);
        if (delaySeconds !== undefined && delaySeconds > 0) options.onCrawlDelay?.(host, delaySeconds * 1000);
        return { kind: "rules", robot };
      }
      if (status >= 400 && status < 500) return { kind: "allow-all" };
      return unavailable(`robots.txt answered HTTP ${status}`, status);
    } catch (error) {
      if (!(error instanceof FetchError)) throw error;
      return unavailable(error.message, error.status);
    }
  }

  function unavailable(reason: string, status?: number): RobotsState {
    return { kind: "unavailable", until: Date.now() + options.unavailableTtlMs, reason, status };
  }

  // Every caller awaits the same promise, so requests queued behind one robots.txt download resume in the
  // order they were made (the host throttle then serves them first come, first served).
  function getState(url: URL, guard?: (url: URL, raw?: string) => Promise<void>): Promise<RobotsState> {
    const slot = cache.get(url.origin);
    const expired = slot?.state?.kind === "unavailable" && Date.now() >= slot.state.until;
    if (slot && !expired) return slot.promise;
    const fresh: CacheSlot = { promise: loadState(url.origin, url.host, guard) };
    fresh.promise.then(
      (state) => (fresh.state = state),
      () => cache.delete(url.origin),
    );
    cache.set(url.origin, fresh);
    return fresh.promise;
  }

  return {
    async assertAllowed(url, guard) {
      const state = await getState(url, guard);
      if (state.kind === "allow-all") return;
      if (state.kind === "unavailable") {
        throw new FetchError(
          "robots-unavailable",
          `Not fetching ${url.href}: ${url.origin}/robots.txt is unavailable (${state.reason}); ` +
            `RFC 9309 says to treat the site as disallowed until robots.txt can be read`,
          { url: url.href, status: state.status },
        );
      }
      // robots-parser returns undefined for URLs of another origin; that cannot happen here, but be strict.
      if (state.robot.isAllowed(url.href, options.userAgent) !== true) {
        throw new FetchError("robots", `robots.txt of ${url.origin} disallows ${url.href} for our User-Agent`, {
          url: url.href,
        });
      }
    },
  };
}
