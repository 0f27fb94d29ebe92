// A second council is one configuration entry and works end to end: the bundled Brent snapshot is scraped and
// summarised beside Harrow's, its pages are served under /brent, it gets its own weekly digest issue, and a
// subscriber can follow a topic across both councils while "everything" stays with the council they chose.
// Also the health check through a real `next start`.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureDigestIssue } from "@/lib/digest/ensure-digest-issue";
import { enqueueDeliveries } from "@/lib/digest/enqueue-deliveries";
import { scrapeBundledSnapshots } from "@/lib/ingest/scrape-snapshot";
import { summarizeAfterScrape } from "@/lib/summarize/store/summarize-after-scrape";
import { COUNCILS } from "@/lib/councils";
import { getEnv } from "@/lib/env";
import { respondOpsStatus } from "@/lib/ops/respond-ops-status";
import { createTestPrisma, resetDatabase, testDatabaseUrl } from "../helpers/db";
import { buildSite, startSite, type RunningSite } from "../helpers/next-server";
import { resetJobQueue } from "../../kit/workers";

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
  await buildSite(testDatabaseUrl());
  site = await startSite(testDatabaseUrl());
});

afterAll(async () => {
  await site?.stop();
  await prisma.$disconnect();
});

const get = (path: string) => fetch(site.baseUrl + path, { redirect: "manual" });

describe("a second council", () => {
  it("is imported and summarised from its own snapshot", async () => {
    const brent = await prisma.council.findUniqueOrThrow({
      where: { slug: "brent" },
      include: { _count: { select: { committees: true, meetings: true } } },
    });
    expect(brent).toMatchObject({
      name: "Brent Council",
      baseUrl: "https://democracy.brent.gov.uk",
      _count: { committees: 2, meetings: 4 },
    });
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
      await prisma.subscriber.create({
        data: { email: `${name.toLowerCase()}@example.org`, status: "confirmed", preferences },
      });
    }
    for (const issue of [harrowIssue, brentIssue]) await enqueueDeliveries(prisma, issue);
    const rows = await prisma.delivery.findMany({
      include: { subscriber: true, issue: { include: { council: true } } },
    });
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
    const body = (await health.json()) as {
      status: string;
      checks: { database: string; queue: string; councils: Record<string, string> };
    };
    expect(health.status, JSON.stringify(body)).toBe(200);
    expect(health.headers.get("cache-control")).toBe("no-store");
    expect(body).toEqual({
      status: "ok",
      checks: { database: "ok", queue: "ok", councils: { harrow: "ok", brent: "ok" } },
    });
    expect((await get("/api/health?check=database")).status).toBe(200);
    const ops = await get("/ops/status");
    expect(ops.status).toBe(404);
    expect(await ops.text()).toMatch(/disabled: set OPS_SECRET/);

    // a council whose last successful scrape is too old turns the check red
    await prisma.scrapeRun.updateMany({
      where: { council: { slug: "brent" } },
      data: { finishedAt: new Date(Date.now() - 48 * 3600_000) },
    });
    const stale = await get("/api/health");
    expect(stale.status).toBe(503);
    expect(((await stale.json()) as { checks: { councils: Record<string, string> } }).checks.councils).toEqual({
      harrow: "ok",
      brent: "degraded",
    });
  });

  it("says only ok or degraded on /api/health, never why: a failed run's error text is for /ops/status", async () => {
    const brent = await prisma.council.findUniqueOrThrow({ where: { slug: "brent" } });
    const leak =
      "Invalid `prisma.meeting.upsert()` invocation in\n/srv/app/lib/ingest/upsert.ts:42:7\n\n  41 const row = await prisma.meeting.upsert(";
    await prisma.scrapeRun.create({
      data: {
        councilId: brent.id,
        status: "failed",
        windowFrom: new Date("2026-10-01"),
        windowTo: new Date("2026-12-01"),
        startedAt: new Date(),
        finishedAt: new Date(),
        failureReason: leak,
      },
    });
    for (const path of ["/api/health", "/api/health?check=database"]) {
      const response = await get(path);
      const text = await response.text();
      expect(text, path).not.toMatch(/prisma|upsert|\/srv\/|lib\/|ageHours|lastRun|failureReason|thresholds|Z"/);
      const leaves = (value: unknown): unknown[] =>
        value !== null && typeof value === "object" ? Object.values(value).flatMap(leaves) : [value];
      const values = leaves(JSON.parse(text));
      expect(values.length, path).toBeGreaterThan(1);
      expect(
        values.filter((v) => v !== "ok" && v !== "degraded"),
        path,
      ).toEqual([]);
    }
    // The operator still sees the whole story, behind the secret.
    const secret = "an-ops-secret-for-this-test";
    const env = { ...getEnv(), OPS_SECRET: secret };
    const page = await respondOpsStatus(
      new Request("http://localhost/ops/status", {
        headers: { authorization: `Basic ${Buffer.from(`ops:${secret}`).toString("base64")}` },
      }),
      { env, prisma: () => prisma, councils: COUNCILS },
    );
    expect(await page.text()).toContain("/srv/app/lib/ingest/upsert.ts:42:7");
  });
});
