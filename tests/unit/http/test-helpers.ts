import { createServer, type RequestListener } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach } from "vitest";
import { createHttpClient, FetchError, type HttpClientOptions } from "@/lib/moderngov/http/http-client";
import { startReplayServer, type ReplayServer } from "@/lib/replay/server";
import { createTempSnapshot, type TempSnapshot } from "../replay/temp-snapshot";

// Shared set-up for the HTTP client tests: a replay server over a temp snapshot, and clients tuned for speed
// (no spacing, millisecond backoff) unless a test is about exactly those settings.

export const TEST_USER_AGENT = "HarrowCouncilDigest/0.1 (+https://example.org/about; tests)";

export function createFastClient(overrides: HttpClientOptions = {}) {
  return createHttpClient({
    userAgent: TEST_USER_AGENT,
    minIntervalMs: 0,
    timeoutMs: 2_000,
    retryBaseDelayMs: 5,
    retryMaxDelayMs: 20,
    ...overrides,
  });
}

/** Starts one replay server per test file; faults, overrides and the request log are reset before each test. */
export function setupReplayServer(options: { robots?: boolean } = {}) {
  const state = {} as { server: ReplayServer; snapshot: TempSnapshot };
  beforeAll(async () => {
    state.snapshot = await createTempSnapshot(options);
    state.server = await startReplayServer({ dir: state.snapshot.dir });
  });
  afterAll(async () => {
    await state.server.close();
    await state.snapshot.remove();
  });
  beforeEach(() => {
    state.server.setFaults([]);
    state.server.clearOverrides();
    state.server.requests.length = 0;
  });
  return state;
}

export async function catchFetchError(promise: Promise<unknown>): Promise<FetchError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof FetchError) return error;
    throw error;
  }
  throw new Error("expected a FetchError, but the request succeeded");
}

export function countRequests(server: ReplayServer, fragment: string): number {
  return server.requests.filter((r) => r.url.includes(fragment)).length;
}

/** A bespoke loopback server for behaviour the replay server does not stage (redirects, stalls, chunking). */
export async function startInlineServer(handler: RequestListener) {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A loopback port with nothing listening (bound, then released). */
export async function findClosedPort(): Promise<number> {
  const { baseUrl, close } = await startInlineServer(() => undefined);
  await close();
  return Number(new URL(baseUrl).port);
}
