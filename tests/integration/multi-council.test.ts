// A second council is one configuration entry and works end to end: the bundled Brent snapshot is scraped and
// summarised beside Harrow's, its pages are served under /brent, it gets its own weekly digest issue, and a
// subscriber can follow a topic across both councils while "everything" stays with the council they chose.
// Also the health check through a real `next start`.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureDigestIssue } from "@/lib/digest/ensure-digest-issue";
import { enqueueDeliveries } from "@/lib/digest/enqueue-deliveries";
import { scrapeBundledSnapshots } from "@/lib/ingest/scrape-snapshot";
import { summarizeAfterScrape } from "@/lib/summarize/store/summarize-after-scrape";
import { createTestPrisma, resetDatabase, testDatabaseUrl } from "../helpers/db";
import { buildSite, startSite, type RunningSite } from "../helpers/next-server";
import { resetJobQueue } from "../helpers/workers";

const prisma = createTestPrisma();
const W42 = { year: 2026, week: 42 };
let site: RunningSite;

beforeAll(async () => {
  await resetDatabase(prisma);
  await resetJobQueue(prisma);
  const results = await scrapeBundledSnapshots(prisma);
  expect(results.map((r) => [r.council.slug, r.result.status])).toEqual([
    ["harrow", "partial"], // the snapshot's corrupt and scanned PDFs are recorded errors
    ["brent", "succeeded"],
  ]);
  for (const { result } of results) await summarizeAfterScrape(prisma, result.changedMeetingIds, null);
  buildSite(testDatabaseUrl());
  site = await startSite(testDatabaseUrl());
}, 300_000);

afterAll(async () => {
  await site?.stop();
  await prisma.$disconnect();
});

const get = (path: string) => fetch(site.baseUrl + path, { redirect: "manual" });

describe("a second council", () => {
  it("is imported and summarised from its own snapshot", async () => {
    const brent = await prisma.council.findUniqueOrThrow({ where: { slug: "brent" }, include: { _count: { select: { committees: true, meetings: true } } } });
    expect(brent).toMatchObject({ name: "Brent Council", baseUrl: "https://democracy.brent.gov.uk", _count: { committees: 2, meetings: 4 } });
    expect(await prisma.document.count({ where: { councilId: brent.id, text: { not: null } } })).toBe(3);
    expect(await prisma.meeting.count({ where: { councilId: brent.id, summary: null } })).toBe(0);
  });

  it("has its pages under its own slug, and Harrow keeps its own", async () => {
    const home = await get("/brent");
    expect(home.status).toBe(200);
    expect(await home.text()).toContain("Brent Council meetings, summarised");
    const meeting = await get("/brent/meetings/8201-cabinet-2026-10-12");
    expect(meeting.status).toBe(200);
    const html = await meeting.text();
    expect(html).toContain("Housing Repairs Improvement Plan");
    expect(html).toContain("https://democracy.brent.gov.uk/ieListDocuments.aspx?CId=130&amp;MId=8201&amp;Ver=4");
    expect((await get("/brent/committees/132-planning-committee")).status).toBe(200);
    expect((await get("/harrow/meetings/8201-cabinet-2026-10-12")).status).toBe(404);
    expect(await (await get("/")).text()).toContain("Harrow Council meetings, summarised");
  });

  it("gets its own weekly issue; topics are followed across councils, 'everything' stays with the chosen council", async () => {
    const harrowIssue = (await ensureDigestIssue(prisma, "harrow", W42))!;
    const brentIssue = (await ensureDigestIssue(prisma, "brent", W42))!;
    expect(brentIssue.content.council).toEqual({ slug: "brent", name: "Brent Council" });
    const topicsOf = (issue: typeof harrowIssue) => new Set(issue.content.meetings.flatMap((m) => m.topics));
    const shared = [...topicsOf(harrowIssue)].find((t) => topicsOf(brentIssue).has(t));
    const brentOnly = [...topicsOf(brentIssue)].find((t) => !topicsOf(harrowIssue).has(t));
    if (!shared) throw new Error("expected a topic tagged in both councils' week");

    const subscribers = {
      harrowAll: { scope: "all" },
      bothAll: { scope: "all", councils: ["harrow", "brent"] },
      sharedTopic: { scope: "selected", topics: [shared] },
      brentTopic: { scope: "selected", topics: [brentOnly ?? shared] as string[] },
    };
    for (const [name, preferences] of Object.entries(subscribers)) {
      await prisma.subscriber.create({ data: { email: `${name.toLowerCase()}@example.org`, status: "confirmed", preferences } });
    }
    for (const issue of [harrowIssue, brentIssue]) await enqueueDeliveries(prisma, issue);
    const rows = await prisma.delivery.findMany({ include: { subscriber: true, issue: { include: { council: true } } } });
    const gets = (email: string) =>
      rows
        .filter((r) => r.subscriber.email === email && r.status === "pending")
        .map((r) => r.issue.council.slug)
        .sort();
    expect(gets("harrowall@example.org")).toEqual(["harrow"]);
    expect(gets("bothall@example.org")).toEqual(["brent", "harrow"]);
    expect(gets("sharedtopic@example.org")).toEqual(["brent", "harrow"]);
    if (brentOnly) expect(gets("brenttopic@example.org")).toEqual(["brent"]);
  });

  it("reports health over HTTP: 200 with both councils fresh, and the ops page disabled without OPS_SECRET", async () => {
    const health = await get("/api/health");
    const body = (await health.json()) as { ok: boolean; councils: { slug: string; stale: boolean }[]; database: { ok: boolean } };
    expect(health.status, JSON.stringify(body)).toBe(200);
    expect(health.headers.get("cache-control")).toBe("no-store");
    expect(body.database.ok).toBe(true);
    expect(body.councils.map((c) => [c.slug, c.stale])).toEqual([
      ["harrow", false],
      ["brent", false],
    ]);
    expect((await get("/api/health?check=database")).status).toBe(200);
    const ops = await get("/ops/status");
    expect(ops.status).toBe(404);
    expect(await ops.text()).toMatch(/disabled: set OPS_SECRET/);

    // a council whose last successful scrape is too old turns the check red
    await prisma.scrapeRun.updateMany({ where: { council: { slug: "brent" } }, data: { finishedAt: new Date(Date.now() - 48 * 3600_000) } });
    const stale = await get("/api/health");
    expect(stale.status).toBe(503);
    expect(((await stale.json()) as { councils: { slug: string; stale: boolean }[] }).councils.find((c) => c.slug === "brent")?.stale).toBe(true);
  });
});
