import { parseFeed } from "@rowanmanning/feed-parser";
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
    expect(
      first
        .find("category")
        .map((_, e) => $(e).text())
        .get(),
    ).toEqual(["Cabinet", "Budget and finance"]);
  });

  it("carries text in the description as escaped HTML, so a reader shows markup as text", () => {
    const html = $("item").first().find("description").text();
    expect(html).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; budget &amp; fees.");
    expect(html).not.toContain("<script>");
    expect(cheerio.load(html)("p").first().text()).toBe(
      'Cabinet approved the <script>alert("x")</script> budget & fees.',
    );
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

describe("titles, as a real feed parser and an HTML-rendering reader read them", () => {
  const hostile = [
    'Cabinet <script>alert("x")</script> & <img src=x onerror=alert(1)>',
    "Fees: 5 &lt; 6 &amp; &#60;b&#62; &copy 2026",
    "Children & Families Panel",
    "R&D <b>bold</b> > less",
  ];
  const feed = buildRssFeed({
    ...channel,
    title: `Harrow <b>Council</b> &amp; friends`,
    description: "Summaries <i>of</i> meetings & more",
    items: hostile.map((title, i) => ({
      ...channel.items[0]!,
      title,
      guid: `g${i}`,
      link: `https://digest.example.org/m/${i}`,
    })),
  });

  it("round-trip exactly through @rowanmanning/feed-parser, which decodes titles as HTML", () => {
    const parsed = parseFeed(feed);
    expect(parsed.title).toBe("Harrow <b>Council</b> &amp; friends");
    expect(parsed.description).toBe("Summaries <i>of</i> meetings & more");
    expect(parsed.items.map((item) => item.title)).toEqual(hostile);
  });

  it("never hand markup to a reader that renders the title as HTML", () => {
    const $ = cheerio.load(feed, { xml: true });
    for (const title of [
      $("channel > title").text(),
      $("channel > description").text(),
      ...$("item > title")
        .map((_, e) => $(e).text())
        .get(),
    ]) {
      expect(title, title).not.toMatch(/[<>]/);
      // Rendered as HTML, each title is its own text again: no element appears.
      const html = cheerio.load(`<p>${title}</p>`);
      expect(html("p").children().length, title).toBe(0);
    }
    expect(
      cheerio
        .load(`<p>${$("item > title").eq(0).text()}</p>`)("p")
        .text(),
    ).toBe(hostile[0]);
    expect(
      cheerio
        .load(`<p>${$("item > title").eq(1).text()}</p>`)("p")
        .text(),
    ).toBe(hostile[1]);
    // A lone ampersand is left alone, so plain-text readers show it plainly.
    expect($("item > title").eq(2).text()).toBe("Children & Families Panel");
  });
});

// What tests/unit/feeds/xml-writer.test.ts asserted of the hand-written XML writer, now asserted of the feed that the
// `feed` package writes: hostile text reads back unchanged, nothing injects markup, forbidden characters are dropped.
describe("the feed as an XML parser reads it", () => {
  const hostile = `Budget & "cuts" <b>now</b>\f]]> </title><injected/> ]]> twice`;
  const clean = hostile.replace("\f", "");
  const xml = buildRssFeed({
    ...channel,
    title: hostile,
    items: [
      {
        ...channel.items[0]!,
        title: hostile,
        paragraphs: [hostile, "page one\fpage two\u0000\uD800 ok \u{1F600}\t"],
        categories: [hostile],
      },
    ],
  });
  const $ = cheerio.load(xml, { xml: true });

  it("starts with the XML declaration and parses with nothing injected", () => {
    expect(xml.startsWith("<?xml")).toBe(true);
    expect($("injected")).toHaveLength(0);
    expect($("rss > channel")).toHaveLength(1);
    expect($("item")).toHaveLength(1);
  });

  it("reads every text back as it was written, less the characters XML forbids", () => {
    const parsed = parseFeed(xml);
    expect(parsed.title).toBe(clean);
    expect(parsed.items[0]!.title).toBe(clean);
    expect($("item > category").text()).toBe(clean);
    const paragraphs = cheerio
      .load($("item > description").text())("p")
      .map((_, e) => cheerio.load(e).text())
      .get();
    expect(paragraphs.slice(0, 2)).toEqual([clean, "page onepage two ok \u{1F600}\t"]);
  });

  it("keeps the self link's attributes intact", () => {
    const quoted = buildRssFeed({ ...channel, selfUrl: `https://digest.example.org/feed.xml?a=1&b="2"` });
    expect(cheerio.load(quoted, { xml: true })("channel > atom\\:link").attr("href")).toBe(
      "https://digest.example.org/feed.xml?a=1&b=%222%22",
    );
  });
});
