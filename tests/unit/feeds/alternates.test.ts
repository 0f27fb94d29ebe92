import { describe, expect, it } from "vitest";
import { feedAlternates } from "@/lib/feeds/alternates";
import { getEnv } from "@/lib/env";

// Absolute URLs on PUBLIC_BASE_URL (whatever it is set to where the tests run).
const site = getEnv().PUBLIC_BASE_URL.replace(/\/$/, "");

describe("feedAlternates", () => {
  it("links the site-wide feed and calendar", () => {
    expect(feedAlternates({ councilSlug: "harrow" })).toEqual({
      types: {
        "application/rss+xml": [{ url: `${site}/harrow/feed.xml`, title: "Harrow Council: new meeting summaries" }],
        "text/calendar": [{ url: `${site}/harrow/meetings.ics`, title: "Harrow Council: meetings calendar" }],
      },
    });
  });

  it("links a committee's feed and calendar at its canonical address", () => {
    const { types } = feedAlternates({
      councilSlug: "harrow",
      committee: { externalId: 788, name: "Corporate Parenting Panel" },
    });
    expect(types?.["application/rss+xml"]).toEqual([
      {
        url: `${site}/harrow/committees/788-corporate-parenting-panel/feed.xml`,
        title: "Corporate Parenting Panel: new summaries",
      },
    ]);
    expect(types?.["text/calendar"]).toEqual([
      {
        url: `${site}/harrow/committees/788-corporate-parenting-panel/meetings.ics`,
        title: "Corporate Parenting Panel: meetings calendar",
      },
    ]);
  });

  it("links a topic's feed", () => {
    const { types } = feedAlternates({ councilSlug: "harrow", topic: { slug: "housing", name: "Housing" } });
    expect(types).toEqual({
      "application/rss+xml": [{ url: `${site}/harrow/topics/housing/feed.xml`, title: "Housing: new summaries" }],
    });
  });
});
