import { describe, expect, it } from "vitest";
import { computeBackoffMs, parseRetryAfter } from "@/lib/moderngov/http/retry-policy";
import { MEETING_URL } from "../replay/temp-snapshot";
import {
  catchFetchError,
  countRequests,
  createFastClient,
  findClosedPort,
  startInlineServer,
  setupReplayServer,
} from "./test-helpers";

// Retries: transient failures (timeouts, 429, 5xx, dropped connections) are retried a bounded number of times,
// permanent ones (other 4xx) never; the server's log shows how many requests were really made.

const ctx = setupReplayServer();

describe("http client: retries", () => {
  it("retries a timed-out request and succeeds when the server recovers", async () => {
    // The first answer comes long after the deadline; the deadline itself is generous, so that the retry's answer
    // arrives within it however busy the machine is.
    ctx.server.setFaults([{ match: "ieListDocuments", delay: 30_000, times: 1 }]);
    const client = createFastClient({ timeoutMs: 2_000 });
    const result = await client.fetchResource(ctx.server.baseUrl + MEETING_URL, { expect: "html" });
    expect(result.status).toBe("ok");
    expect(countRequests(ctx.server, "ieListDocuments")).toBe(2);
    expect(client.readStats().retries).toBe(1);
  });

  it("retries a timeout once only, whatever maxRetries allows, with a timeout error naming the URL", async () => {
    ctx.server.setFaults([{ match: "ieListDocuments", delay: 30_000 }]);
    const client = createFastClient({ timeoutMs: 1_500, maxRetries: 3 });
    const error = await catchFetchError(client.fetchResource(ctx.server.baseUrl + MEETING_URL, { expect: "html" }));
    expect(error.kind).toBe("timeout");
    expect(error.message).toContain(ctx.server.baseUrl + MEETING_URL);
    expect(countRequests(ctx.server, "ieListDocuments")).toBe(2);
  });

  it("stops requesting a host once this run's time budget for it is spent", async () => {
    ctx.server.setFaults([{ match: "ieListDocuments", delay: 300, times: 1 }]);
    const client = createFastClient({ timeoutMs: 5_000, hostBudgetMs: 200 });
    // The slow answer still arrives; it spends the budget.
    expect((await client.fetchResource(ctx.server.baseUrl + MEETING_URL, { expect: "html" })).status).toBe("ok");
    const error = await catchFetchError(
      client.fetchResource(ctx.server.baseUrl + MEETING_URL + "&again=1", { expect: "html" }),
    );
    expect(error.kind).toBe("budget");
    expect(error.message).toMatch(/time budget/);
    expect(countRequests(ctx.server, "again=1")).toBe(0);
    // Another client (the next run) starts with a fresh budget.
    expect(
      (
        await createFastClient({ hostBudgetMs: 200 }).fetchResource(ctx.server.baseUrl + MEETING_URL, {
          expect: "html",
        })
      ).status,
    ).toBe("ok");
  });

  it("times out a body that stalls after the headers", async () => {
    // The deadline covers the whole exchange, not only the time to the first byte.
    const stalling = await startInlineServer((req, res) => {
      if (req.url === "/robots.txt") return void res.writeHead(404).end();
      res.writeHead(200, { "content-type": "application/pdf", "content-length": 10_000 });
      res.write("%PDF-1.4\n"); // ...and nothing more
    });
    try {
      const client = createFastClient({ timeoutMs: 1_000, maxRetries: 0 });
      const error = await catchFetchError(client.fetchResource(`${stalling.baseUrl}/doc.pdf`, { expect: "pdf" }));
      expect(error.kind).toBe("timeout");
    } finally {
      await stalling.close();
    }
  });

  it("honours Retry-After on 429, then succeeds", async () => {
    ctx.server.setFaults([{ match: "ieListDocuments", status: 429, retryAfter: 1, times: 1 }]);
    const client = createFastClient();
    const result = await client.fetchResource(ctx.server.baseUrl + MEETING_URL, { expect: "html" });
    expect(result.status).toBe("ok");

    const [limited, retried] = ctx.server.requests.filter((r) => r.url === MEETING_URL);
    expect(limited?.status).toBe(429);
    expect(retried?.status).toBe(200);
    // The backoff alone would be milliseconds; waiting about a second proves Retry-After was used.
    expect(retried!.startedAt - limited!.finishedAt).toBeGreaterThanOrEqual(900);
  });

  it("does not wait out a Retry-After longer than its cap, and does not retry", async () => {
    ctx.server.setFaults([{ match: "ieListDocuments", status: 503, retryAfter: 3600 }]);
    const client = createFastClient({ maxRetryAfterMs: 5_000 });
    const error = await catchFetchError(client.fetchResource(ctx.server.baseUrl + MEETING_URL, { expect: "html" }));
    expect(error).toMatchObject({ kind: "http", status: 503, retryAfterMs: 3_600_000 });
    expect(error.message).toMatch(/asked us to wait 3600 s/);
    expect(countRequests(ctx.server, "ieListDocuments")).toBe(1);
  });

  it("retries 500 twice, then succeeds", async () => {
    ctx.server.setFaults([{ match: "ieListDocuments", status: 500, times: 2 }]);
    const client = createFastClient();
    const result = await client.fetchResource(ctx.server.baseUrl + MEETING_URL, { expect: "html" });
    expect(result.status).toBe("ok");
    expect(ctx.server.requests.filter((r) => r.url === MEETING_URL).map((r) => r.status)).toEqual([500, 500, 200]);
    expect(client.readStats().retries).toBe(2);
  });

  it("stops after maxRetries on a persistent 503", async () => {
    ctx.server.setFaults([{ match: "ieListDocuments", status: 503 }]);
    const client = createFastClient({ maxRetries: 2 });
    const error = await catchFetchError(client.fetchResource(ctx.server.baseUrl + MEETING_URL, { expect: "html" }));
    expect(error).toMatchObject({ kind: "http", status: 503 });
    expect(countRequests(ctx.server, "ieListDocuments")).toBe(3);
  });

  it("does not retry a 404", async () => {
    const client = createFastClient();
    const missing = ctx.server.baseUrl + "/ieListDocuments.aspx?CId=788&MId=1";
    const error = await catchFetchError(client.fetchResource(missing, { expect: "html" }));
    expect(error).toMatchObject({ kind: "http", status: 404, url: missing });
    expect(error.message).toContain("HTTP 404");
    expect(countRequests(ctx.server, "ieListDocuments")).toBe(1);
    expect(client.readStats().retries).toBe(0);
  });

  it("reports a network error for a host that is not listening", async () => {
    const client = createFastClient({ maxRetries: 1 });
    const port = await findClosedPort();
    const error = await catchFetchError(client.fetchResource(`http://127.0.0.1:${port}/page`, { expect: "html" }));
    // robots.txt is the first request, so the gate reports the host as unavailable.
    expect(error.kind).toBe("robots-unavailable");
    expect(error.message).toMatch(/ECONNREFUSED/);
  });

  it("stops waiting when the caller aborts", async () => {
    ctx.server.setFaults([{ match: "ieListDocuments", delay: 1_000 }]);
    const client = createFastClient();
    const controller = new AbortController();
    const pending = client.fetchResource(ctx.server.baseUrl + MEETING_URL, {
      expect: "html",
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 50);
    expect((await catchFetchError(pending)).kind).toBe("aborted");
  });

  it("stays typed when the caller aborts during a retry backoff", async () => {
    ctx.server.setFaults([{ match: "ieListDocuments", status: 503 }]);
    const client = createFastClient({ retryBaseDelayMs: 5_000, retryMaxDelayMs: 5_000 });
    const controller = new AbortController();
    const pending = client.fetchResource(ctx.server.baseUrl + MEETING_URL, {
      expect: "html",
      signal: controller.signal,
    });
    await expect.poll(() => countRequests(ctx.server, "ieListDocuments")).toBe(1);
    controller.abort();
    expect((await catchFetchError(pending)).kind).toBe("aborted");
  });
});

describe("retry policy", () => {
  it("parses Retry-After as seconds or as an HTTP date", () => {
    const now = Date.parse("2026-11-26T10:00:00Z");
    expect(parseRetryAfter("120", now)).toBe(120_000);
    expect(parseRetryAfter("Thu, 26 Nov 2026 10:00:30 GMT", now)).toBe(30_000);
    expect(parseRetryAfter("Thu, 26 Nov 2026 09:00:00 GMT", now)).toBe(0);
    expect(parseRetryAfter("soon", now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it("backs off exponentially with jitter, within the cap", () => {
    const settings = { baseDelayMs: 1_000, maxDelayMs: 5_000 };
    for (let i = 0; i < 50; i++) {
      const first = computeBackoffMs(1, settings);
      const third = computeBackoffMs(3, settings);
      expect(first).toBeGreaterThanOrEqual(500);
      expect(first).toBeLessThanOrEqual(1_000);
      expect(third).toBeGreaterThanOrEqual(2_000);
      expect(third).toBeLessThanOrEqual(4_000);
      expect(computeBackoffMs(10, settings)).toBeLessThanOrEqual(5_000);
    }
  });
});
