// The daily cleanup keeps the JobRun table from growing for ever: finished runs older than the retention go, runs
// still marked running and recent runs stay.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JOB_RUN_RETENTION_DAYS, pruneJobRuns } from "@/lib/jobs/track-job-run";
import { createTestPrisma, resetDatabase } from "../helpers/db";

const prisma = createTestPrisma();
const now = new Date("2026-11-26T12:00:00Z");
const daysAgo = (days: number) => new Date(now.getTime() - days * 24 * 60 * 60 * 1000);

beforeAll(async () => {
  await resetDatabase(prisma);
});

afterAll(async () => {
  await prisma.$disconnect();
});

describe("pruneJobRuns", () => {
  it("deletes finished runs past the retention, and nothing else", async () => {
    const run = (jobId: string, status: "running" | "succeeded" | "failed" | "abandoned", startedAt: Date) =>
      prisma.jobRun.create({
        data: { jobId, queue: "scrape-harrow", councilSlug: "harrow", attempt: 0, worker: "test:1", status, startedAt },
      });
    await run("old-succeeded", "succeeded", daysAgo(JOB_RUN_RETENTION_DAYS + 1));
    await run("old-failed", "failed", daysAgo(JOB_RUN_RETENTION_DAYS + 30));
    await run("old-abandoned", "abandoned", daysAgo(400));
    await run("old-running", "running", daysAgo(JOB_RUN_RETENTION_DAYS + 1));
    await run("recent-succeeded", "succeeded", daysAgo(JOB_RUN_RETENTION_DAYS - 1));

    expect(await pruneJobRuns(prisma, now)).toBe(3);
    const left = await prisma.jobRun.findMany({ orderBy: { jobId: "asc" }, select: { jobId: true } });
    expect(left.map((r) => r.jobId)).toEqual(["old-running", "recent-succeeded"]);
    expect(await pruneJobRuns(prisma, now)).toBe(0);
  });
});
