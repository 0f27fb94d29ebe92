// The run's verdict tells the truth: the required pages (committee list, meetings lists, meeting pages) and the
// documents decide it; optional pages (committee details, member profiles, attendance) and URLs robots.txt
// disallows are counted and reported apart. The command's exit code, the worker job's outcome and /api/health
// follow the verdict.
import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadEnv } from "@/lib/env";
import { createLogger } from "@/lib/log";
import { runScrapeJob } from "@/lib/jobs/scrape-job";
import type { PipelineDeps } from "@/lib/jobs/pipeline-deps";
import { checkHealth } from "@/lib/ops/check-health";
import type { ReplayServer } from "@/lib/replay/server";
import { SNAPSHOT_NOW, snapshotScrapeArgs } from "@/lib/ingest/scrape-snapshot";
import { createTestPrisma, testDatabaseUrl, startFromSnapshot } from "../helpers/db";
import { HARROW, scrapeReplay, startHarrowReplay } from "../helpers/replay";

// A first, clean run of the snapshot (tests/helpers/snapshot-db.ts): the two bad PDFs are recorded there, so later
// runs see them unchanged (304).
startFromSnapshot("scraped");
const prisma = createTestPrisma();
let replay: ReplayServer;
let robotsTxt: string;

beforeAll(async () => {
  replay = await startHarrowReplay();
  robotsTxt = await fetch(`${replay.baseUrl}/robots.txt`).then((r) => r.text());
});
beforeEach(() => {
  replay.setFaults([]);
  replay.clearOverrides();
});
afterAll(async () => {
  await replay?.close();
  await prisma.$disconnect();
});

/** Attendance pages gone (404), one committee's details failing (500), member profiles disallowed by robots.txt. */
function breakOptionalPages() {
  replay.override("/robots.txt", {
    body: `${robotsTxt}\nUser-agent: *\nDisallow: /mgUserInfo.aspx\n`,
    contentType: "text/plain",
  });
  replay.setFaults([
    { match: "mgMeetingAttendance.aspx", status: 404 },
    { match: "mgCommitteeDetails.aspx?ID=1001", status: 500 },
  ]);
}

function runCli(): Promise<{ code: number | null; stdout: string }> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", path.resolve("scripts/scrape.ts"), ...snapshotScrapeArgs(replay.baseUrl, { summarize: true })],
    {
      env: { ...process.env, DATABASE_URL: testDatabaseUrl(), CLOCK_NOW: SNAPSHOT_NOW.toISOString() },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  let stdout = "";
  child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
  child.stderr.resume();
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code, stdout })));
}

describe("the verdict of a scrape run", () => {
  it("succeeds when only optional pages fail or are disallowed, and counts them apart", async () => {
    breakOptionalPages();
    const logStart = replay.requests.length;
    const result = await scrapeReplay(prisma, replay, { maxRetries: 0 });
    expect(result.failureReason).toBeNull();
    expect(result.status).toBe("succeeded");
    expect(result.counters.pages.failed).toBe(0);
    expect(result.counters.optionalPages.failed).toBe(15 + 1); // 15 attendance pages, 1 committee's details
    expect(result.counters.robotsDenied).toBeGreaterThan(0);
    expect(new Set(result.errors.map((e) => e.scope))).toEqual(new Set(["optional", "robots"]));
    // Disallowed URLs are never requested.
    expect(replay.requests.slice(logStart).filter((r) => r.url.includes("mgUserInfo.aspx"))).toEqual([]);
    const stored = await prisma.scrapeError.groupBy({
      by: ["scope"],
      where: { runId: result.runId },
      _count: { _all: true },
    });
    expect(Object.fromEntries(stored.map((s) => [s.scope, s._count._all]))).toMatchObject({ optional: 16 });
    const run = await prisma.scrapeRun.findUniqueOrThrow({ where: { id: result.runId } });
    expect(run.status).toBe("succeeded");
  });

  it("is partial when a required page fails, and failed when every meeting page does", async () => {
    replay.setFaults([{ match: "MId=66101", status: 500 }]);
    const partial = await scrapeReplay(prisma, replay, { maxRetries: 0 });
    expect(partial.status).toBe("partial");
    expect(partial.errors.find((e) => e.url.includes("MId=66101"))?.scope).toBe("required");

    replay.setFaults([{ match: "ieListDocuments.aspx", status: 500 }]);
    const failed = await scrapeReplay(prisma, replay, { maxRetries: 0 });
    expect(failed.status).toBe("failed");
    expect(failed.failureReason).toMatch(/Every meeting page failed \(15 tried\)/);
  });

  it("fails when no meetings list can be read, and says a firewall blocked us when it did", async () => {
    // The web service (the second way in) is refused too.
    replay.setFaults([
      { match: "ieListMeetings.aspx", status: 503 },
      { match: "mgWebService.asmx", status: 503 },
    ]);
    const down = await scrapeReplay(prisma, replay, { maxRetries: 0 });
    expect(down.status).toBe("failed");
    expect(down.failureReason).toMatch(/No committee's meetings list could be read/);
    expect(down.failureReason).not.toMatch(/firewall/);

    replay.setFaults([
      { match: "ieListMeetings.aspx", block: true },
      { match: "mgWebService.asmx", status: 403 },
    ]);
    const blocked = await scrapeReplay(prisma, replay, { maxRetries: 0 });
    expect(blocked.status).toBe("failed");
    expect(blocked.failureReason).toMatch(/^Blocked by the council's firewall/);

    replay.setFaults([
      { match: "mgListCommittees.aspx", block: true },
      { match: "mgWebService.asmx", block: true },
    ]);
    const listBlocked = await scrapeReplay(prisma, replay, { maxRetries: 0 });
    expect(listBlocked.failureReason).toMatch(
      /^Blocked by the council's firewall: Could not read the council's committee list/,
    );
  });

  it("exits 0 and summarises when only optional pages fail; exits 1 when the run failed", async () => {
    breakOptionalPages();
    const ok = await runCli();
    expect(ok.stdout).toMatch(/Run #\d+: succeeded/);
    expect(ok.stdout).toMatch(/summaries: \d+ generated/);
    expect(ok.stdout).toMatch(/\(optional\) \[fetch:http\]/);
    expect(ok.code).toBe(0);

    replay.setFaults([{ match: "ieListDocuments.aspx", status: 500 }]);
    const bad = await runCli();
    expect(bad.stdout).toMatch(/Run #\d+: failed — Every meeting page failed/);
    expect(bad.stdout).not.toMatch(/summaries:/);
    expect(bad.code).toBe(1);
  });

  it("the worker's job completes and health counts the run when only optional pages fail; a failed run throws", async () => {
    const deps = { prisma, env: loadEnv({ SCRAPER_MIN_INTERVAL_MS: "0" }), llm: null } as unknown as PipelineDeps;
    const council = { ...HARROW, mirrorUrl: replay.baseUrl };
    const data = {
      council: "harrow",
      window: "full" as const,
      refreshCommittees: true,
      from: "2025-01-01",
      to: "2027-12-31",
      reason: "test",
    };
    const log = createLogger({ name: "test", level: "silent" });

    replay.setFaults([{ match: "ieListDocuments.aspx", status: 500 }]);
    await expect(runScrapeJob(deps, council, data, log)).rejects.toThrow(/failed: Every meeting page failed/);
    // Health looks at real finish times: measure against a moment just after the runs above.
    const thresholds = { maxScrapeAgeHours: 1, maxQueueWaitMinutes: 30 };
    await prisma.scrapeRun.updateMany({
      where: { status: { in: ["succeeded", "partial"] } },
      data: { finishedAt: new Date("2020-01-01T00:00:00Z") },
    });
    const stale = await checkHealth(prisma, [HARROW], thresholds);
    expect(stale.councils[0]?.stale).toBe(true);
    expect(stale.councils[0]?.lastRun?.status).toBe("failed");

    breakOptionalPages();
    const output = await runScrapeJob(deps, council, data, log);
    expect(output.status).toBe("succeeded");
    const healthy = await checkHealth(prisma, [HARROW], thresholds);
    expect(healthy.councils[0]).toMatchObject({ stale: false, lastRun: { status: "succeeded" } });
  });
});
