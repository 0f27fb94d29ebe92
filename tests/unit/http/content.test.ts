import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { MEETING_HTML, MEETING_URL, PDF_URL, XML_URL } from "../replay/temp-snapshot";
import { catchFetchError, countRequests, createFastClient, startInlineServer, setupReplayServer } from "./test-helpers";

// What comes back: the right bytes with their validators and hash, a 304 instead of a re-download, and a
// typed error instead of a half-downloaded, oversized, or wrong (blocked, HTML-for-PDF) body.

const ctx = setupReplayServer();

describe("http client: successful downloads", () => {
  it("returns the body with its final URL, content type, validators and SHA-256", async () => {
    const client = createFastClient();
    const result = await client.fetchResource(ctx.server.baseUrl + PDF_URL, { expect: "pdf" });
    if (result.status !== "ok") throw new Error("expected ok");
    expect(result.url).toBe(ctx.server.baseUrl + PDF_URL);
    expect(result.body.equals(ctx.snapshot.pdf)).toBe(true);
    expect(result.contentType).toBe("application/pdf");
    expect(result.etag).toMatch(/^"[0-9a-f]{64}"$/);
    expect(result.lastModified).toBe(new Date("2026-11-19T12:00:00.000Z").toUTCString());
    expect(result.sha256).toBe(createHash("sha256").update(ctx.snapshot.pdf).digest("hex"));
    expect(client.readStats()).toMatchObject({ requests: 2, robotsFetches: 1, retries: 0 });
    expect(client.readStats().bytesDownloaded).toBeGreaterThanOrEqual(ctx.snapshot.pdf.length);
  });
});

describe("http client: conditional requests", () => {
  it("sends the validators and returns not-modified, without a body, on 304", async () => {
    const client = createFastClient();
    const first = await client.fetchResource(ctx.server.baseUrl + PDF_URL, { expect: "pdf" });
    if (first.status !== "ok") throw new Error("expected ok");
    const bytesAfterFirst = client.readStats().bytesDownloaded;

    const second = await client.fetchResource(ctx.server.baseUrl + PDF_URL, {
      expect: "pdf",
      validators: { etag: first.etag, lastModified: first.lastModified },
    });
    expect(second).toEqual({
      status: "not-modified",
      url: ctx.server.baseUrl + PDF_URL,
      etag: first.etag,
      lastModified: first.lastModified,
    });
    // The re-run downloaded no PDF bytes: the server answered 304 to a conditional request.
    expect(ctx.server.requests.at(-1)).toMatchObject({ url: PDF_URL, status: 304, bytes: 0, conditional: true });
    expect(client.readStats()).toMatchObject({ notModified: 1, bytesDownloaded: bytesAfterFirst });
  });

  it("uses If-Modified-Since alone when only Last-Modified is known", async () => {
    const client = createFastClient();
    const result = await client.fetchResource(ctx.server.baseUrl + MEETING_URL, {
      expect: "html",
      validators: { lastModified: new Date("2026-11-21T00:00:00Z") },
    });
    expect(result.status).toBe("not-modified");
  });

  it("downloads again when the page changed: new body, new ETag", async () => {
    const client = createFastClient();
    const first = await client.fetchResource(ctx.server.baseUrl + MEETING_URL, { expect: "html" });
    if (first.status !== "ok") throw new Error("expected ok");
    ctx.server.override(MEETING_URL, {
      body: MEETING_HTML.replace("Apologies for absence", "Declarations of interest"),
    });

    const second = await client.fetchResource(ctx.server.baseUrl + MEETING_URL, {
      expect: "html",
      validators: { etag: first.etag, lastModified: first.lastModified },
    });
    if (second.status !== "ok") throw new Error("expected the changed page to be downloaded");
    expect(second.body.toString()).toContain("Declarations of interest");
    expect(second.etag).not.toBe(first.etag);
    expect(second.sha256).not.toBe(first.sha256);
  });
});

describe("http client: broken and oversized bodies", () => {
  it("reports a truncated download after retrying it", async () => {
    ctx.server.setFaults([{ match: "/documents/", truncate: true }]);
    const client = createFastClient({ maxRetries: 1 });
    const error = await catchFetchError(client.fetchResource(ctx.server.baseUrl + PDF_URL, { expect: "pdf" }));
    expect(error.kind).toBe("truncated");
    expect(error.message).toContain(ctx.server.baseUrl + PDF_URL);
    expect(countRequests(ctx.server, "/documents/")).toBe(2);
  });

  it("recovers from a single truncated download", async () => {
    ctx.server.setFaults([{ match: "/documents/", truncate: true, times: 1 }]);
    const result = await createFastClient().fetchResource(ctx.server.baseUrl + PDF_URL, { expect: "pdf" });
    expect(result.status === "ok" && result.body.equals(ctx.snapshot.pdf)).toBe(true);
  });

  it("refuses a body whose Content-Length exceeds the cap, without downloading it", async () => {
    const client = createFastClient({ maxPdfBytes: 1_000 });
    const error = await catchFetchError(client.fetchResource(ctx.server.baseUrl + PDF_URL, { expect: "pdf" }));
    expect(error.kind).toBe("too-large");
    expect(error.message).toMatch(/over the 1000 B cap/);
    expect(countRequests(ctx.server, "/documents/")).toBe(1); // not retried
  });

  it("aborts a streamed body once it passes the cap", async () => {
    const chunked = await startInlineServer((req, res) => {
      if (req.url === "/robots.txt") return void res.writeHead(404).end();
      res.writeHead(200, { "content-type": "text/html" }); // no Content-Length: chunked
      for (let i = 0; i < 20; i++) res.write("<p>" + "x".repeat(1_000) + "</p>");
      res.end();
    });
    try {
      const client = createFastClient({ maxPageBytes: 5_000 });
      const error = await catchFetchError(client.fetchResource(`${chunked.baseUrl}/big`, { expect: "html" }));
      expect(error.kind).toBe("too-large");
      expect(error.message).toMatch(/exceeded the 4\.9 KB cap while downloading/);
    } finally {
      await chunked.close();
    }
  });
});

describe("http client: content checks", () => {
  it("reports a firewall block page served where a PDF was expected", async () => {
    ctx.server.setFaults([{ match: "/documents/", block: true }]);
    const error = await catchFetchError(
      createFastClient().fetchResource(ctx.server.baseUrl + PDF_URL, { expect: "pdf" }),
    );
    expect(error).toMatchObject({ kind: "blocked", status: 200, url: ctx.server.baseUrl + PDF_URL });
    expect(error.message).toMatch(/block page/);
  });

  it("reports a block page even where HTML was expected (status 200 would otherwise pass)", async () => {
    ctx.server.setFaults([{ match: "ieListDocuments", block: true }]);
    const error = await catchFetchError(
      createFastClient().fetchResource(ctx.server.baseUrl + MEETING_URL, { expect: "html" }),
    );
    expect(error.kind).toBe("blocked");
  });

  it("rejects an HTML page where a PDF was expected, by Content-Type", async () => {
    const error = await catchFetchError(
      createFastClient().fetchResource(ctx.server.baseUrl + MEETING_URL, { expect: "pdf" }),
    );
    expect(error.kind).toBe("content-type");
    expect(error.message).toMatch(/expected pdf but the server sent text\/html/);
  });

  it("rejects a non-PDF body served as application/pdf, by sniffing %PDF-", async () => {
    ctx.server.override(PDF_URL, { body: "<html><body>Please log in</body></html>", contentType: "application/pdf" });
    const error = await catchFetchError(
      createFastClient().fetchResource(ctx.server.baseUrl + PDF_URL, { expect: "pdf" }),
    );
    expect(error.kind).toBe("content-type");
    expect(error.message).toMatch(/does not start with %PDF-/);
  });

  it("rejects an HTML page served where XML was expected", async () => {
    ctx.server.override(XML_URL, { body: "<!DOCTYPE html><html><body>Error</body></html>", contentType: "text/xml" });
    const error = await catchFetchError(
      createFastClient().fetchResource(ctx.server.baseUrl + XML_URL, { expect: "xml" }),
    );
    expect(error.kind).toBe("content-type");
  });
});
