// What browsers, feed readers, search engines and link previews read from each page's <head>, on a real
// `next build` + `next start`: title, description, canonical address, Open Graph card, and the feeds a reader
// can discover, which must answer. The server runs with a PUBLIC_BASE_URL unlike the address it listens on, so
// the absolute URLs are shown to come from configuration read at run time, not from the build or the request.
import * as cheerio from "cheerio";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, startSite, type RunningSite } from "../helpers/next-server";
import { createTestPrisma, resetDatabase, testDatabaseUrl } from "../helpers/db";
import { seedHarrowSample, type HarrowSample, SAMPLE_NOW } from "../../kit/factories";
import { meetingPath } from "@/lib/urls";

const PUBLIC_BASE_URL = "http://digest.localhost:8080";
const prisma = createTestPrisma();
let site: RunningSite;
let sample: HarrowSample;

beforeAll(async () => {
  await resetDatabase(prisma);
  sample = await seedHarrowSample(prisma);
  await buildSite(testDatabaseUrl());
  // After the build (shared with other files), before the server: only this file's server sees it.
  process.env.PUBLIC_BASE_URL = PUBLIC_BASE_URL;
  site = await startSite(testDatabaseUrl(), { CLOCK_NOW: SAMPLE_NOW.toISOString() });
});

afterAll(async () => {
  await site?.stop();
  await prisma.$disconnect();
});

interface Head {
  title: string;
  description: string | undefined;
  canonical: string | undefined;
  og: Record<string, string | undefined>;
  twitterCard: string | undefined;
  robots: string | undefined;
  feeds: { type: string; href: string; title: string | undefined }[];
}

async function headOf(path: string): Promise<Head> {
  const response = await fetch(site.baseUrl + path);
  expect(response.status, path).toBe(200);
  const $ = cheerio.load(await response.text());
  const meta = (attr: "name" | "property", key: string) => $(`head meta[${attr}="${key}"]`).attr("content");
  const og = Object.fromEntries(
    ["title", "description", "url", "type", "site_name", "locale"].map((key) => [key, meta("property", `og:${key}`)]),
  );
  return {
    title: $("head title").text(),
    description: meta("name", "description"),
    canonical: $('head link[rel="canonical"]').attr("href"),
    og,
    twitterCard: meta("name", "twitter:card"),
    robots: meta("name", "robots"),
    feeds: $('head link[rel="alternate"]')
      .toArray()
      .map((el) => ({ type: $(el).attr("type") ?? "", href: $(el).attr("href") ?? "", title: $(el).attr("title") }))
      .filter((l) => l.type === "application/rss+xml" || l.type === "text/calendar"),
  };
}

/** The card and canonical every page carries, for a page whose canonical address is `path`. */
function expectCard(
  head: Head,
  card: { title: string; description: string; path: string; type: "website" | "article"; titleNamesSite?: boolean },
) {
  // The tab adds the site's name unless the title already says it; the card names the site in og:site_name.
  expect(head.title).toBe(card.titleNamesSite ? card.title : `${card.title} · Harrow Council digest`);
  expect(head.description).toBe(card.description);
  expect(head.canonical).toBe(PUBLIC_BASE_URL + card.path);
  expect(head.og).toEqual({
    title: card.title,
    description: card.description,
    url: PUBLIC_BASE_URL + card.path,
    type: card.type,
    site_name: "Harrow Council digest",
    locale: "en_GB",
  });
  expect(head.twitterCard).toBe("summary");
}

/** Each advertised feed is on PUBLIC_BASE_URL and answers there (fetched from the test server at the same path). */
async function expectFeedsAnswer(feeds: Head["feeds"]) {
  for (const feed of feeds) {
    const url = new URL(feed.href);
    expect(url.origin, feed.href).toBe(PUBLIC_BASE_URL);
    const response = await fetch(site.baseUrl + url.pathname);
    expect(response.status, feed.href).toBe(200);
    expect(response.headers.get("content-type"), feed.href).toContain(feed.type);
    await response.body?.cancel();
  }
}

describe("page metadata", () => {
  it("gives the home page its card and the council's summaries feed and calendar, at / and /harrow alike", async () => {
    for (const path of ["/", "/harrow"]) {
      const head = await headOf(path);
      expectCard(head, {
        title: "Harrow Council meetings, summarised",
        description:
          "Clear, faithful summaries of Harrow Council's committee meetings, with links to the official papers.",
        path: "/harrow",
        type: "website",
        titleNamesSite: true,
      });
      expect(head.feeds).toEqual([
        {
          type: "application/rss+xml",
          href: `${PUBLIC_BASE_URL}/harrow/feed.xml`,
          title: "Harrow Council: new meeting summaries",
        },
        {
          type: "text/calendar",
          href: `${PUBLIC_BASE_URL}/harrow/meetings.ics`,
          title: "Harrow Council: meetings calendar",
        },
      ]);
    }
    await expectFeedsAnswer((await headOf("/harrow")).feeds);
  });

  it("describes a meeting by its summary's first sentence and links its committee's feed and calendar", async () => {
    const path = "/harrow/meetings/73254-overview-and-scrutiny-committee-2025-07-08";
    const head = await headOf(path);
    expectCard(head, {
      title: "(Special - ILACS Report), Overview and Scrutiny Committee - Tuesday 8 July 2025 6.30 pm",
      description:
        "The Overview and Scrutiny Committee met to discuss the council's response to a recent ILACS report, which rated Harrow's children's services 'inadequate' overall.",
      path,
      type: "article",
    });
    const committee = `${PUBLIC_BASE_URL}/harrow/committees/276-overview-and-scrutiny-committee`;
    expect(head.feeds).toEqual([
      {
        type: "application/rss+xml",
        href: `${committee}/feed.xml`,
        title: "Overview and Scrutiny Committee: new summaries",
      },
      {
        type: "text/calendar",
        href: `${committee}/meetings.ics`,
        title: "Overview and Scrutiny Committee: meetings calendar",
      },
    ]);
    await expectFeedsAnswer(head.feeds);
  });

  it("describes a meeting without a summary by what the page holds", async () => {
    const { meeting } = sample.meetings.upcoming; // a Cabinet meeting five days from now
    const path = meetingPath({
      councilSlug: "harrow",
      externalId: meeting.externalId,
      committeeName: "Cabinet",
      startsAt: meeting.startsAt,
    });
    const head = await headOf(path);
    expect(head.og.type).toBe("article");
    expect(head.description).toMatch(
      /^Agenda, papers and decisions of Harrow Council's Cabinet meeting on \w+day \d{1,2} \w+ \d{4}\.$/,
    );
    expect(head.og.description).toBe(head.description);
    expect(head.canonical).toBe(PUBLIC_BASE_URL + path);
    expect(head.og.url).toBe(PUBLIC_BASE_URL + path);
    expect(head.feeds.map((f) => f.href)).toEqual([
      `${PUBLIC_BASE_URL}/harrow/committees/249-cabinet/feed.xml`,
      `${PUBLIC_BASE_URL}/harrow/committees/249-cabinet/meetings.ics`,
    ]);
  });

  it("links a committee's own feed and calendar", async () => {
    const path = "/harrow/committees/788-corporate-parenting-panel";
    const head = await headOf(path);
    expectCard(head, {
      title: "Corporate Parenting Panel",
      description: "Meetings, members and decisions of Harrow Council's Corporate Parenting Panel.",
      path,
      type: "website",
    });
    expect(head.feeds).toEqual([
      {
        type: "application/rss+xml",
        href: `${PUBLIC_BASE_URL}${path}/feed.xml`,
        title: "Corporate Parenting Panel: new summaries",
      },
      {
        type: "text/calendar",
        href: `${PUBLIC_BASE_URL}${path}/meetings.ics`,
        title: "Corporate Parenting Panel: meetings calendar",
      },
    ]);
    await expectFeedsAnswer(head.feeds);
  });

  it("links a topic's summaries feed", async () => {
    const path = "/harrow/topics/childrens-services";
    const head = await headOf(path);
    expectCard(head, {
      title: "Children's services",
      description: "Children's social care, children in care, care leavers, safeguarding and fostering.",
      path,
      type: "website",
    });
    expect(head.feeds).toEqual([
      {
        type: "application/rss+xml",
        href: `${PUBLIC_BASE_URL}${path}/feed.xml`,
        title: "Children's services: new summaries",
      },
    ]);
    await expectFeedsAnswer(head.feeds);
  });

  it("gives the indexes, a councillor and the weekly archive a canonical card, and keeps search out of indexes", async () => {
    const henson = "/harrow/people/1402-graham-henson";
    for (const path of ["/harrow/committees", "/harrow/topics", henson, "/harrow/weekly"]) {
      const head = await headOf(path);
      expect(head.canonical, path).toBe(PUBLIC_BASE_URL + path);
      expect(head.og.url, path).toBe(PUBLIC_BASE_URL + path);
      expect(head.og.type, path).toBe("website");
      expect(head.og.title, path).toBe(head.title.replace(" · Harrow Council digest", ""));
      expect(head.og.description, path).toBe(head.description);
      expect(head.description?.length, path).toBeGreaterThan(20);
      expect(head.robots, path).toBeUndefined();
    }
    const search = await headOf("/harrow/search?q=budget");
    expect(search.title).toBe("Search: budget · Harrow Council digest");
    expect(search.robots).toBe("noindex, follow");
    expect(search.canonical).toBe(`${PUBLIC_BASE_URL}/harrow/search`);
  });
});
