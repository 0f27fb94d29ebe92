import { describe, expect, it } from "vitest";
import { etagOf, feedNotFound, feedResponse } from "@/lib/feeds/feed-response";

describe("feedResponse", () => {
  const body = "<rss/>";

  it("answers with the body, its type, a cache lifetime and an ETag of the content", async () => {
    const response = feedResponse(new Request("http://x/feed.xml"), body, "application/rss+xml; charset=utf-8");
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(body);
    expect(response.headers.get("content-type")).toBe("application/rss+xml; charset=utf-8");
    expect(response.headers.get("cache-control")).toMatch(/max-age=\d+/);
    expect(response.headers.get("etag")).toBe(etagOf(body));
    expect(etagOf("<rss></rss>")).not.toBe(etagOf(body));
  });

  it("answers 304 without a body to a reader that already has this version", async () => {
    for (const tag of [etagOf(body), `W/${etagOf(body)}`, `"other", ${etagOf(body)}`, "*"]) {
      const response = feedResponse(
        new Request("http://x/feed.xml", { headers: { "If-None-Match": tag } }),
        body,
        "text/calendar",
      );
      expect(response.status).toBe(304);
      expect(await response.text()).toBe("");
    }
    expect(
      feedResponse(new Request("http://x/f", { headers: { "If-None-Match": '"stale"' } }), body, "text/calendar")
        .status,
    ).toBe(200);
  });
});

describe("feedNotFound", () => {
  it("is a plain-text 404", async () => {
    const response = feedNotFound("no such committee");
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toMatch(/^text\/plain/);
    expect(await response.text()).toMatch(/no such committee/);
  });
});
