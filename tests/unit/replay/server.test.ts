import { createHash } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startReplayServer, type ReplayServer } from "@/lib/replay/server";
import {
  createTempSnapshot,
  MEETING_HTML,
  MEETING_LAST_MODIFIED,
  MEETING_URL,
  PDF_URL,
  type TempSnapshot,
} from "./temp-snapshot";

// The replay server is exercised with plain fetch over loopback: what it serves is what the scraper will see.

let snapshot: TempSnapshot;
let server: ReplayServer;

beforeAll(async () => {
  snapshot = await createTempSnapshot();
  server = await startReplayServer({ dir: snapshot.dir });
});
afterAll(async () => {
  await server.close();
  await snapshot.remove();
});
beforeEach(() => {
  server.setFaults([]);
  server.clearOverrides();
  server.requests.length = 0;
});

const get = (target: string, headers: Record<string, string> = {}) => fetch(server.baseUrl + target, { headers });

describe("replay server: serving the snapshot", () => {
  it("serves an entry with its content type, length and validators", async () => {
    const res = await get(MEETING_URL);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(res.headers.get("content-length")).toBe(String(Buffer.byteLength(MEETING_HTML)));
    const sha = createHash("sha256").update(MEETING_HTML).digest("hex");
    expect(res.headers.get("etag")).toBe(`"${sha}"`);
    expect(res.headers.get("last-modified")).toBe(new Date(MEETING_LAST_MODIFIED).toUTCString());
    expect(await res.text()).toBe(MEETING_HTML);
    expect(server.council.slug).toBe("harrow");
  });

  it("matches URLs the way ModernGov does: path case, query order and key case, + for spaces", async () => {
    const variants = [
      "/IELISTDOCUMENTS.aspx?Ver=4&mid=66101&cid=788",
      "/(S(1bwain55pptpzair2v30wdir))/ieListDocuments.aspx?CId=788&MId=66101&Ver=4",
      "/documents/s123/Corporate+Parenting+Report.pdf",
      "/documents/s123/corporate%20parenting%20report.PDF",
    ];
    for (const target of variants) expect((await get(target)).status, target).toBe(200);
  });

  it("answers unknown URLs with a 404 ModernGov-like error page", async () => {
    const res = await get("/ieListDocuments.aspx?CId=788&MId=1");
    expect(res.status).toBe(404);
    expect(res.headers.get("content-type")).toMatch(/text\/html/);
    expect(await res.text()).toContain('id="modgov"');
  });

  it("answers HEAD with headers only", async () => {
    const res = await fetch(server.baseUrl + PDF_URL, { method: "HEAD" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-length")).toBe(String(snapshot.pdf.length));
    expect(server.requests.at(-1)).toMatchObject({ method: "HEAD", status: 200, bytes: 0 });
  });

  it("answers conditional requests with 304 and logs them as conditional", async () => {
    const first = await get(PDF_URL);
    await first.arrayBuffer();
    const etag = first.headers.get("etag")!;
    const lastModified = first.headers.get("last-modified")!;

    expect((await get(PDF_URL, { "if-none-match": etag })).status).toBe(304);
    expect((await get(PDF_URL, { "if-none-match": `W/${etag}` })).status).toBe(304);
    expect((await get(PDF_URL, { "if-modified-since": lastModified })).status).toBe(304);
    // If-None-Match wins over If-Modified-Since (RFC 9110).
    expect((await get(PDF_URL, { "if-none-match": '"other"', "if-modified-since": lastModified })).status).toBe(200);

    const conditional = server.requests.filter((r) => r.conditional);
    expect(conditional.map((r) => r.status)).toEqual([304, 304, 304, 200]);
    expect(conditional.slice(0, 3).every((r) => r.bytes === 0)).toBe(true);
  });

  it("overrides change the content and, with it, the ETag and Last-Modified", async () => {
    const before = await get(MEETING_URL);
    await before.text();
    server.override(server.baseUrl + MEETING_URL, { body: "<html><div id='modgov'>changed</div></html>" });

    const after = await get(MEETING_URL, { "if-none-match": before.headers.get("etag")! });
    expect(after.status).toBe(200);
    expect(await after.text()).toContain("changed");
    expect(after.headers.get("etag")).not.toBe(before.headers.get("etag"));
    expect(after.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(Date.parse(after.headers.get("last-modified")!)).toBeGreaterThan(Date.parse(MEETING_LAST_MODIFIED));

    server.clearOverrides();
    expect((await get(MEETING_URL, { "if-none-match": before.headers.get("etag")! })).status).toBe(304);
  });
});

describe("replay server: fault injection", () => {
  it("sends a status with Retry-After for the first N matches, then the real content", async () => {
    server.setFaults([{ match: "ieListDocuments", status: 429, retryAfter: 7, times: 2 }]);
    const statuses: number[] = [];
    for (let i = 0; i < 3; i++) {
      const res = await get(MEETING_URL);
      await res.text();
      statuses.push(res.status);
      if (res.status === 429) expect(res.headers.get("retry-after")).toBe("7");
    }
    expect(statuses).toEqual([429, 429, 200]);
    expect(server.requests.map((r) => r.fault)).toEqual(["status", "status", undefined]);
  });

  it("matches faults by RegExp and by decoded substring", async () => {
    server.setFaults([
      { match: /\/documents\/s\d+\//, status: 503, times: 1 },
      { match: "Corporate Parenting", status: 500, times: 1 },
    ]);
    expect((await get(PDF_URL)).status).toBe(503);
    expect((await get(PDF_URL)).status).toBe(500);
    expect((await get(PDF_URL)).status).toBe(200);
  });

  it("serves a firewall block page with status 200", async () => {
    server.setFaults([{ match: PDF_URL, block: true }]);
    const res = await get(PDF_URL);
    expect(res.status).toBe(200);
    expect(await res.text()).toMatch(/The requested URL was rejected\. .*Your support ID is: \d+/s);
  });

  it("truncates: promises the full length, sends part, drops the connection", async () => {
    server.setFaults([{ match: PDF_URL, truncate: 1000, times: 1 }]);
    const res = await get(PDF_URL);
    expect(res.headers.get("content-length")).toBe(String(snapshot.pdf.length));
    await expect(res.arrayBuffer()).rejects.toThrow();
    expect(server.requests.at(-1)).toMatchObject({ status: 200, bytes: 1000, fault: "truncate" });
  });

  it("delays the answer, and logs a client that gave up as status 0", async () => {
    server.setFaults([{ match: MEETING_URL, delay: 2_000, times: 1 }]);
    await expect(fetch(server.baseUrl + MEETING_URL, { signal: AbortSignal.timeout(50) })).rejects.toThrow();
    await expect.poll(() => server.requests.at(-1)?.finishedAt).toBeGreaterThan(0);
    expect(server.requests.at(-1)).toMatchObject({ status: 0, fault: "delay" });
    expect((await get(MEETING_URL)).status).toBe(200);
  });

  it("records the User-Agent of each request", async () => {
    await get(MEETING_URL, { "user-agent": "HarrowCouncilDigest/0.1 (+https://example.org/about)" });
    expect(server.requests.at(-1)?.userAgent).toBe("HarrowCouncilDigest/0.1 (+https://example.org/about)");
  });
});
