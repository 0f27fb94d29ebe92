import * as cheerio from "cheerio";
import { describe, expect, it } from "vitest";
import { buildRssFeed, descriptionHtml, rfc822 } from "@/lib/feeds/rss";

const channel = {
  title: "Harrow Council – new meeting summaries",
  link: "https://digest.example.org/harrow",
  selfUrl: "https://digest.example.org/harrow/feed.xml",
  description: "Summaries of Harrow Council's meetings",
  fallbackDate: new Date("2026-11-26T12:00:00Z"),
  items: [
    {
      title: "Summary: Cabinet - Thursday 15 October 2026 6.30 pm",
      link: "https://digest.example.org/harrow/meetings/66391-cabinet-2026-10-15",
      guid: "https://digest.example.org/harrow/meetings/66391-cabinet-2026-10-15#summary-outcome",
      published: new Date("2026-10-16T09:00:00Z"),
      paragraphs: ['Cabinet approved the <script>alert("x")</script> budget & fees.'],
      categories: ["Cabinet", "Budget and finance"],
    },
    {
      title: "Preview: Planning Committee",
      link: "https://digest.example.org/harrow/meetings/66396-planning-committee-2026-12-02",
      guid: "https://digest.example.org/harrow/meetings/66396-planning-committee-2026-12-02#summary-preview",
      published: new Date("2026-11-20T09:00:00Z"),
      paragraphs: ["Two applications."],
      categories: [],
    },
  ],
};

describe("buildRssFeed", () => {
  const $ = cheerio.load(buildRssFeed(channel), { xml: true });

  it("is RSS 2.0 with a self link and the channel's details", () => {
    expect($("rss").attr("version")).toBe("2.0");
    expect($("channel > title").text()).toBe(channel.title);
    expect($("channel > link").text()).toBe(channel.link);
    expect($("channel > atom\\:link").attr("href")).toBe(channel.selfUrl);
    expect($("channel > atom\\:link").attr("rel")).toBe("self");
    // The newest item's date, so that an unchanged feed stays byte-identical.
    expect($("channel > lastBuildDate").text()).toBe("Fri, 20 Nov 2026 09:00:00 GMT");
  });

  it("writes each item with a stable guid, an RFC 822 date and categories", () => {
    const items = $("item");
    expect(items).toHaveLength(2);
    const first = items.first();
    expect(first.find("guid").text()).toBe(channel.items[0]!.guid);
    expect(first.find("guid").attr("isPermaLink")).toBe("false");
    expect(first.find("pubDate").text()).toBe("Fri, 16 Oct 2026 09:00:00 GMT");
    expect(first.find("category").map((_, e) => $(e).text()).get()).toEqual(["Cabinet", "Budget and finance"]);
  });

  it("carries text in the description as escaped HTML, so a reader shows markup as text", () => {
    const html = $("item").first().find("description").text();
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; budget &amp; fees.");
    expect(html).not.toContain("<script>");
    expect(cheerio.load(html)("p").first().text()).toBe('Cabinet approved the <script>alert("x")</script> budget & fees.');
  });

  it("falls back to the given date when there are no items", () => {
    const empty = cheerio.load(buildRssFeed({ ...channel, items: [] }), { xml: true });
    expect(empty("channel > lastBuildDate").text()).toBe(rfc822(channel.fallbackDate));
    expect(empty("item")).toHaveLength(0);
  });
});

describe("descriptionHtml", () => {
  it("escapes the link too", () => {
    expect(descriptionHtml(["a"], `https://x.example/?a=1&b="2"`, "Read")).toBe(
      `<p>a</p><p><a href="https://x.example/?a=1&amp;b=&quot;2&quot;">Read</a></p>`,
    );
  });
});
