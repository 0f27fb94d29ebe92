// One request at a time per host, with a quiet gap between them (docs/moderngov.md#politeness: one request at a time
// per host, at least a second between requests). The gap is measured from the END of the previous request, so a slow
// council server automatically gets fewer requests per second. Different hosts never wait for each other.
import { setTimeout as sleep } from "node:timers/promises";

type HostState = {
  /** Resolves when the current holder of the host releases it. */
  tail: Promise<void>;
  lastFinishedAt: number;
  /** Set by a 429/503 Retry-After: nobody talks to this host before then. */
  notBefore: number;
  intervalMs: number;
};

export type HostThrottle = {
  /** Runs task once this host is free and its gap has elapsed; holds the host until task settles. */
  runForHost<T>(host: string, task: () => Promise<T>, signal?: AbortSignal): Promise<T>;
  /** Keeps every request to host waiting until at least `until` (epoch ms). */
  deferHost(host: string, until: number): void;
  /** Raises this host's gap (e.g. from robots.txt Crawl-delay); never lowers it below the default. */
  setHostInterval(host: string, intervalMs: number): void;
};

export function createHostThrottle(defaultIntervalMs: number): HostThrottle {
  const hosts = new Map<string, HostState>();

  function getState(host: string): HostState {
    let state = hosts.get(host);
    if (!state) {
      state = { tail: Promise.resolve(), lastFinishedAt: 0, notBefore: 0, intervalMs: defaultIntervalMs };
      hosts.set(host, state);
    }
    return state;
  }

  async function runForHost<T>(host: string, task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    const state = getState(host);
    const previous = state.tail;
    let release!: () => void;
    state.tail = new Promise<void>((resolve) => (release = resolve));
    try {
      await previous;
      const readyAt = Math.max(state.lastFinishedAt + state.intervalMs, state.notBefore);
      // Rejects (AbortError) if the caller gives up while waiting; the client reports that as "aborted".
      await sleep(Math.max(0, readyAt - Date.now()), undefined, { signal });
      try {
        return await task();
      } finally {
        state.lastFinishedAt = Date.now();
      }
    } finally {
      release();
    }
  }

  return {
    runForHost,
    deferHost(host, until) {
      const state = getState(host);
      state.notBefore = Math.max(state.notBefore, until);
    },
    setHostInterval(host, intervalMs) {
      const state = getState(host);
      state.intervalMs = Math.max(defaultIntervalMs, intervalMs);
    },
  };
}
