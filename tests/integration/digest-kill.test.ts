// A run killed in the middle of sending (SIGKILL: no clean-up of any kind) and started again: every recipient
// ends up with exactly one copy. The SMTP server takes the messages in flight at the moment of the kill in full
// and never answers (like a server that committed them just before the client died): the restarted run must not
// send those again, and must send all the others.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSmtpTransport } from "@/lib/email/smtp-transport";
import { UNCERTAIN } from "@/lib/digest/delivery-rows";
import { describeResult, sendWeeklyDigest } from "@/lib/digest/send-weekly-digest";
import { COUNCILS } from "@/lib/councils";
import { loadEnv } from "@/lib/env";
import { loadOpsStatus } from "@/lib/ops/load-ops-status";
import { renderOpsStatusHtml } from "@/lib/ops/render-ops-status";
import { createTestPrisma, resetDatabase, testDatabaseUrl } from "../helpers/db";
import { createSubscribers, seedDigestWeek, TEST_FROM, TEST_SETTINGS, WEEK } from "../../kit/digest-fixtures";
import { startSmtpSink, type SmtpSink } from "../helpers/smtp-sink";
import { waitUntil } from "../../kit/wait";

const prisma = createTestPrisma();
const RECIPIENTS = Array.from({ length: 60 }, (_, i) => `resident${String(i).padStart(2, "0")}@example.org`);
const KILL_AFTER = 20;
let sink: SmtpSink;

beforeAll(async () => {
  await resetDatabase(prisma);
  await seedDigestWeek(prisma);
  await createSubscribers(prisma, RECIPIENTS);
  sink = await startSmtpSink();
});

afterAll(async () => {
  await sink?.close();
  await prisma.$disconnect();
});

function startDigestRun(): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(process.execPath, ["--import", "tsx", path.resolve("scripts/digest.ts"), "--week", "2025-W43"], {
    env: {
      ...process.env,
      NODE_ENV: "test",
      DATABASE_URL: testDatabaseUrl(),
      SMTP_URL: `${sink.url}/?maxConnections=3`,
      APP_SECRET: TEST_SETTINGS.secret,
      PUBLIC_BASE_URL: TEST_SETTINGS.siteUrl,
      MAIL_FROM: TEST_FROM,
      LIST_ID: TEST_SETTINGS.listId,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (c) => (output += c));
  child.stderr?.on("data", (c) => (output += c));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

describe("a digest run killed mid-send", () => {
  it("restarts without a second copy for anyone and sends every remaining message", async () => {
    let stalled = 0;
    sink.script.onData = (_to, index) => {
      if (index < KILL_AFTER) return undefined;
      stalled++;
      return "stall";
    };
    const first = startDigestRun();
    await sink.waitForMessages(KILL_AFTER + 1);
    // Every delivery the run has marked as sending has reached the server and stalls there (the run's connections
    // are all held, so no new one starts): waited for, not timed, so a loaded machine cannot kill the run between a
    // row being marked and its message arriving.
    let sending = 0;
    await waitUntil(
      async () => {
        sending = await prisma.delivery.count({ where: { status: "sending" } });
        return stalled > 0 && sending === stalled;
      },
      () => `as many deliveries sending as stalled at the server (${sending} sending, ${stalled} stalled)`,
      50,
    );
    first.child.kill("SIGKILL");
    expect(await first.exited).toBeNull();
    const receivedBeforeKill = sink.messages.length;
    expect(stalled).toBeGreaterThan(0);
    expect(receivedBeforeKill).toBeLessThan(RECIPIENTS.length);

    const inFlight = await prisma.delivery.count({ where: { status: "sending" } });
    expect(inFlight).toBe(stalled); // exactly the messages the server holds, no more

    sink.script.onData = undefined;
    const second = startDigestRun();
    const code = await second.exited;
    expect(code, second.output()).toBe(0);
    expect(second.output()).toMatch(/still marked in flight/);

    for (const address of RECIPIENTS) expect(sink.countFor(address), address).toBe(1);
    expect(sink.messages).toHaveLength(RECIPIENTS.length);
    expect(await prisma.delivery.count({ where: { status: "sent" } })).toBe(RECIPIENTS.length - stalled);
    expect(await prisma.delivery.count({ where: { status: "pending" } })).toBe(0);

    // Once the lease has passed, the interrupted rows are settled as "uncertain" and still never re-sent.
    const transport = createSmtpTransport({ url: sink.url, from: TEST_FROM });
    const settled = await sendWeeklyDigest({
      prisma,
      transport,
      settings: TEST_SETTINGS,
      councilSlug: "harrow",
      week: WEEK,
      leaseMs: 0,
    });
    await transport.close();
    expect(settled.uncertain).toBe(stalled);
    // Counted apart from real failures: the server may well have delivered them.
    expect(settled.counts).toEqual({
      pending: 0,
      sending: 0,
      sent: RECIPIENTS.length - stalled,
      failed: 0,
      uncertain: stalled,
      skipped: 0,
    });
    expect(await prisma.delivery.findFirst({ where: { status: "failed" } })).toMatchObject({ lastError: UNCERTAIN });
    expect(describeResult(settled).join("\n")).toContain(
      `${RECIPIENTS.length - stalled} sent, 0 failed, ${stalled} uncertain`,
    );
    // And so the operator sees them, with one refusal by the server added as a real failure.
    const refused = await prisma.delivery.findFirstOrThrow({ where: { status: "sent" } });
    await prisma.delivery.update({
      where: { id: refused.id },
      data: { status: "failed", lastError: "550 mailbox unavailable" },
    });
    const ops = await loadOpsStatus(prisma, loadEnv({ NODE_ENV: "test" }), COUNCILS);
    expect(ops.digestIssues[0]!.deliveries).toEqual({
      pending: 0,
      sending: 0,
      sent: RECIPIENTS.length - stalled - 1,
      failed: 1,
      uncertain: stalled,
      skipped: 0,
    });
    const row = renderOpsStatusHtml(ops)
      .split("\n")
      .find((line) => line.startsWith(`<tr><td>${ops.digestIssues[0]!.id}</td>`));
    expect(row).toContain(`<td>${RECIPIENTS.length - stalled - 1}</td><td>1</td><td>${stalled}</td><td>0</td></tr>`);
    expect(sink.messages).toHaveLength(RECIPIENTS.length);
  });

  it("after Ctrl-C, never sends anyone a second copy and the next run sends the rest", async () => {
    await prisma.delivery.deleteMany();
    await prisma.digestIssue.deleteMany();
    sink.messages.length = 0;
    sink.script.onData = () => {
      const start = Date.now();
      while (Date.now() - start < 15); // a slow server, so that Ctrl-C lands mid-run
      return undefined;
    };
    const first = startDigestRun();
    await sink.waitForMessages(10);
    first.child.kill("SIGINT");
    expect(await first.exited).toBe(130);
    // at most the messages in flight are left "sending" (outcome unknown: never re-sent)
    const inFlight = await prisma.delivery.findMany({ where: { status: "sending" }, include: { subscriber: true } });
    expect(inFlight.length).toBeLessThanOrEqual(3);

    sink.script.onData = undefined;
    const second = startDigestRun();
    expect(await second.exited, second.output()).toBe(0);
    const uncertain = new Set(inFlight.map((d) => d.subscriber.email));
    for (const address of RECIPIENTS) {
      if (uncertain.has(address)) expect(sink.countFor(address), address).toBeLessThanOrEqual(1);
      else expect(sink.countFor(address), address).toBe(1);
    }
    expect(await prisma.delivery.count({ where: { status: "sent" } })).toBe(RECIPIENTS.length - inFlight.length);
  });
});
