import { describe, expect, it } from "vitest";
import { startReplayServer } from "@/lib/replay/server";
import { createTempSnapshot, MEETING_URL, PDF_URL, RSS_URL, XML_URL } from "../replay/temp-snapshot";
import {
  catchFetchError,
  countRequests,
  createFastClient,
  startInlineServer,
  TEST_USER_AGENT,
  setupReplayServer,
} from "./test-helpers";

// Politeness: robots.txt is obeyed before any request, we say who we are, and one host never sees two of our
// requests at once. Spacing is asserted from the server's own log with generous lower bounds only.

const ctx = setupReplayServer();

describe("http client: robots.txt", () => {
  it("never requests a URL robots.txt disallows, and fetches robots.txt once per host", async () => {
    const client = createFastClient();
    await client.fetchResource(ctx.server.baseUrl + MEETING_URL, { expect: "html" });
    const error = await catchFetchError(client.fetchResource(ctx.server.baseUrl + RSS_URL, { expect: "xml" }));

    expect(error.kind).toBe("robots");
    expect(error.url).toBe(ctx.server.baseUrl + RSS_URL);
    expect(error.message).toContain("disallows");
    expect(countRequests(ctx.server, "mgRss")).toBe(0);
    expect(countRequests(ctx.server, "/robots.txt")).toBe(1);
    expect(client.readStats()).toMatchObject({ robotsFetches: 1, robotsDenied: 1 });
  });

  it("treats a 404 robots.txt as allow-all", async () => {
    ctx.server.setFaults([{ match: "/robots.txt", status: 404 }]);
    const result = await createFastClient().fetchResource(ctx.server.baseUrl + RSS_URL, { expect: "xml" });
    expect(result.status).toBe("ok");
  });

  it("treats a failing robots.txt (5xx) as disallow-all and says so", async () => {
    ctx.server.setFaults([{ match: "/robots.txt", status: 503 }]);
    const client = createFastClient({ maxRetries: 1 });
    const error = await catchFetchError(client.fetchResource(ctx.server.baseUrl + MEETING_URL, { expect: "html" }));

    expect(error.kind).toBe("robots-unavailable");
    expect(error.message).toMatch(/robots\.txt is unavailable.*503/);
    expect(countRequests(ctx.server, "ieListDocuments")).toBe(0);
    // Cached for a while: a second URL does not hammer the failing robots.txt again.
    await catchFetchError(client.fetchResource(ctx.server.baseUrl + PDF_URL, { expect: "pdf" }));
    expect(countRequests(ctx.server, "/robots.txt")).toBe(2); // first attempt + one retry, then cached
  });

  it("asks again for an unavailable robots.txt once its retry window has passed", async () => {
    ctx.server.setFaults([{ match: "/robots.txt", status: 500, times: 1 }]);
    const client = createFastClient({ maxRetries: 0, robotsUnavailableTtlMs: 0 });
    expect(
      (await catchFetchError(client.fetchResource(ctx.server.baseUrl + MEETING_URL, { expect: "html" }))).kind,
    ).toBe("robots-unavailable");
    const result = await client.fetchResource(ctx.server.baseUrl + MEETING_URL, { expect: "html" });
    expect(result.status).toBe("ok");
  });
});

describe("http client: identification", () => {
  it("sends its User-Agent on robots.txt and content requests", async () => {
    await createFastClient().fetchResource(ctx.server.baseUrl + MEETING_URL, { expect: "html" });
    expect(ctx.server.requests.map((r) => r.userAgent)).toEqual([TEST_USER_AGENT, TEST_USER_AGENT]);
  });

  it("defaults to an honest User-Agent with a contact URL", () => {
    expect(createFastClient({ userAgent: undefined }).options.userAgent).toMatch(
      /^HarrowCouncilDigest\/[\d.]+ \(\+https?:\/\//,
    );
  });
});

describe("http client: one request at a time per host", () => {
  it("never overlaps requests to a host, and leaves the configured gap between them", async () => {
    const gapMs = 100;
    ctx.server.setFaults([{ match: "ieListDocuments", delay: 100, times: 1 }]);
    const client = createFastClient({ minIntervalMs: gapMs });
    const base = ctx.server.baseUrl;
    await Promise.all([
      client.fetchResource(base + MEETING_URL, { expect: "html" }),
      client.fetchResource(base + PDF_URL, { expect: "pdf" }),
      client.fetchResource(base + XML_URL, { expect: "xml" }),
    ]);

    const log = ctx.server.requests;
    expect(log.map((r) => r.url)).toEqual(["/robots.txt", MEETING_URL, PDF_URL, XML_URL]);
    for (let i = 1; i < log.length; i++) {
      // Lower bounds only, with slack for timer rounding: a slow machine can only make the gap longer.
      expect(log[i]!.startedAt).toBeGreaterThanOrEqual(log[i - 1]!.finishedAt + gapMs - 25);
    }
  });

  it("stretches the gap to the Crawl-delay robots.txt asks for", async () => {
    const hits: Array<{ url: string; at: number }> = [];
    const server = await startInlineServer((req, res) => {
      hits.push({ url: req.url ?? "", at: Date.now() });
      if (req.url === "/robots.txt") return void res.writeHead(200).end("User-agent: *\nCrawl-delay: 0.2\n");
      res.writeHead(200, { "content-type": "text/html" }).end("<html></html>");
    });
    try {
      const client = createFastClient({ minIntervalMs: 0 });
      await Promise.all(["/a", "/b"].map((p) => client.fetchResource(server.baseUrl + p, { expect: "html" })));
      const [, first, second] = hits;
      expect(second!.at - first!.at).toBeGreaterThanOrEqual(200 - 25);
    } finally {
      await server.close();
    }
  });

  it("does not make one host wait for another", async () => {
    const other = await createTempSnapshot();
    const slow = await startReplayServer({ dir: other.dir });
    try {
      // long enough that even a loaded machine serves the fast host first (under the 2 s client timeout)
      slow.setFaults([{ match: "ieListDocuments", delay: 1500 }]);
      const client = createFastClient({ minIntervalMs: 150 });
      const slowDone = Promise.all([
        client.fetchResource(slow.baseUrl + MEETING_URL, { expect: "html" }),
        client.fetchResource(slow.baseUrl + PDF_URL, { expect: "pdf" }),
      ]);
      await client.fetchResource(ctx.server.baseUrl + MEETING_URL, { expect: "html" });
      // The fast host was served while the slow host was still busy with its first request.
      expect(slow.requests.find((r) => r.url === MEETING_URL)?.finishedAt ?? 0).toBe(0);
      await slowDone;
    } finally {
      await slow.close();
      await other.remove();
    }
  });
});

describe("http client: redirects", () => {
  it("follows redirects by hand, checks robots.txt for each hop and reports the final URL", async () => {
    const hits: string[] = [];
    const server = await startInlineServer((req, res) => {
      hits.push(req.url ?? "");
      const redirectTo = (location: string) => void res.writeHead(302, { location }).end();
      if (req.url === "/robots.txt") {
        return void res.writeHead(200, { "content-type": "text/plain" }).end("User-agent: *\nDisallow: /private/\n");
      }
      if (req.url === "/old") return redirectTo("/new");
      if (req.url === "/sneaky") return redirectTo("/private/page");
      if (req.url === "/loop") return redirectTo("/loop");
      res.writeHead(200, { "content-type": "text/html" }).end("<html><body>new</body></html>");
    });
    try {
      const base = server.baseUrl;
      const client = createFastClient({ maxRedirects: 3 });
      const result = await client.fetchResource(`${base}/old`, { expect: "html" });
      expect(result).toMatchObject({ status: "ok", url: `${base}/new` });

      expect((await catchFetchError(client.fetchResource(`${base}/sneaky`, { expect: "html" }))).kind).toBe("robots");
      expect(hits).not.toContain("/private/page");

      const loop = await catchFetchError(client.fetchResource(`${base}/loop`, { expect: "html" }));
      expect(loop.message).toMatch(/more than 3 redirects/);
    } finally {
      await server.close();
    }
  });

  it("rejects non-http URLs without a request", async () => {
    const error = await catchFetchError(createFastClient().fetchResource("file:///etc/passwd", { expect: "text" }));
    expect(error.kind).toBe("invalid-url");
  });
});
