// The worker on pg-boss: the weekly digest is scheduled for Mondays 07:00 Europe/London, and a digest job sends
// the week's issue through the queue exactly as the CLI does.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadEnv } from "@/lib/env";
import { createSmtpTransport } from "@/lib/email/smtp-transport";
import { startWorker, type Worker } from "@/lib/jobs/start-worker";
import { WEEKLY_DIGEST_QUEUE } from "@/lib/jobs/weekly-digest-job";
import { DIGEST_CLEANUP_QUEUE } from "@/lib/jobs/cleanup-job";
import { createTestPrisma, resetDatabase, testDatabaseUrl } from "../helpers/db";
import { createSubscribers, seedDigestWeek, TEST_FROM, TEST_SETTINGS } from "../../kit/digest-fixtures";
import { startSmtpSink, type SmtpSink } from "../helpers/smtp-sink";
import { waitUntil } from "../../kit/wait";

const prisma = createTestPrisma();
let sink: SmtpSink;
let worker: Worker;
const logs: string[] = [];

beforeAll(async () => {
  await resetDatabase(prisma);
  await seedDigestWeek(prisma);
  await createSubscribers(prisma, ["one@example.org", "two@example.org"]);
  sink = await startSmtpSink();
  const env = loadEnv({
    NODE_ENV: "test",
    APP_SECRET: TEST_SETTINGS.secret,
    PUBLIC_BASE_URL: TEST_SETTINGS.siteUrl,
    LIST_ID: TEST_SETTINGS.listId,
  });
  worker = await startWorker({
    databaseUrl: testDatabaseUrl(),
    env,
    log: (line) => logs.push(line),
    transport: createSmtpTransport({ url: sink.url, from: TEST_FROM }),
  });
});

afterAll(async () => {
  await worker?.stop();
  await sink?.close();
  await prisma.$disconnect();
});

describe("the worker", () => {
  it("schedules the digest for Monday 07:00 London time and the clean-up daily", async () => {
    const schedules = await worker.boss.getSchedules();
    const digest = schedules.find((s) => s.name === WEEKLY_DIGEST_QUEUE) as unknown as Record<string, unknown>;
    expect(digest).toMatchObject({ cron: "0 7 * * 1", timezone: "Europe/London" });
    const cleanup = schedules.find((s) => s.name === DIGEST_CLEANUP_QUEUE) as unknown as Record<string, unknown>;
    expect(cleanup).toMatchObject({ timezone: "Europe/London" });
  });

  it("runs a digest job: one message per subscriber, recorded in the delivery rows", async () => {
    const jobId = await worker.boss.send(WEEKLY_DIGEST_QUEUE, { week: "2025-W43", council: "harrow" });
    expect(jobId).toBeTruthy();
    await sink.waitForMessages(2);
    const completed = (id: string) => async () =>
      (await worker.boss.getJobById(WEEKLY_DIGEST_QUEUE, id))?.state === "completed";
    await waitUntil(completed(jobId!), () => `the digest job to complete:\n${logs.join("\n")}`, 100);
    expect(sink.messages.map((m) => m.to).sort()).toEqual(["one@example.org", "two@example.org"]);
    expect(await prisma.delivery.count({ where: { status: "sent" } })).toBe(2);
    expect(logs.join("\n")).toMatch(/2025-W43: issue \d+/);

    // the same job again (a retry, or a second worker): nobody gets a second copy
    const again = await worker.boss.send(WEEKLY_DIGEST_QUEUE, { week: "2025-W43", council: "harrow" });
    await waitUntil(completed(again!), () => `the repeated digest job to complete:\n${logs.join("\n")}`, 100);
    expect(sink.messages).toHaveLength(2);
  });
});
