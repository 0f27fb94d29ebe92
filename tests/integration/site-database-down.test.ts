// The built site with its database out of reach (a server that refuses connections): the API answers 503 in its
// documented error shape, the feeds 503 with Retry-After (a reader keeps its copy), and search shows its page
// saying search is unavailable, never an empty 500 or Next's error page.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, startSite, type RunningSite } from "../helpers/next-server";
import { testDatabaseUrl } from "../helpers/db";
import { textOf } from "../helpers/html-text";

const UNREACHABLE = "postgresql://digest:secret-password@127.0.0.1:1/harrow_digest";
let site: RunningSite;

beforeAll(async () => {
  await buildSite(testDatabaseUrl());
  site = await startSite(UNREACHABLE);
});

afterAll(async () => {
  await site?.stop();
});

const get = (path: string) => fetch(site.baseUrl + path, { redirect: "manual" });

describe("with the database down", () => {
  it("the API answers 503 with its error JSON, saying nothing of the database's address", async () => {
    for (const path of [
      "/api/v1/meetings",
      "/api/v1/meetings?council=harrow&order=asc",
      "/api/v1/meetings/harrow/73254",
    ]) {
      const response = await get(path);
      expect(response.status, path).toBe(503);
      expect(response.headers.get("content-type"), path).toMatch(/^application\/json/);
      expect(response.headers.get("retry-after"), path).toMatch(/^\d+$/);
      expect(response.headers.get("cache-control"), path).toBe("no-store");
      const text = await response.text();
      const body = JSON.parse(text) as { error: { status: number; code: string; message: string } };
      expect(body.error, path).toMatchObject({ status: 503, code: "unavailable" });
      expect(body.error.message, path).toMatch(/temporarily unavailable/);
      expect(text, path).not.toMatch(/127\.0\.0\.1|secret-password|prisma|invocation/i);
    }
    // What needs no database still works.
    expect((await get("/api/v1/meetings?bogus=1")).status).toBe(400);
    expect((await get("/api/v1/meetings/harrow/abc")).status).toBe(400);
    expect((await get("/api/v1")).status).toBe(200);
  });

  it("the feeds and calendars answer 503 with Retry-After", async () => {
    for (const path of [
      "/harrow/feed.xml",
      "/harrow/meetings.ics",
      "/harrow/topics/housing/feed.xml",
      "/harrow/committees/249-cabinet/feed.xml",
    ]) {
      const response = await get(path);
      expect(response.status, path).toBe(503);
      expect(response.headers.get("retry-after"), path).toMatch(/^\d+$/);
      expect(await response.text(), path).toMatch(/temporarily unavailable/);
    }
  });

  it("search shows its page, saying search is unavailable", async () => {
    const response = await get("/harrow/search?q=budget");
    expect(response.status).toBe(200);
    const text = textOf(await response.text());
    expect(text).toContain("Search meetings and papers");
    expect(text).toContain("Search is not available at the moment. Please try again shortly.");
  });
});
