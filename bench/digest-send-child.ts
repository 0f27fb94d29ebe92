// One measured sender process for bench/digest-send.ts (run by it, not by hand). Prints one JSON line:
// { mode, sent, seconds, peakRssMb, liveHeapMb } (live heap: after a forced GC at the end, i.e. what is retained).
//   --mode ours: sendWeeklyDigest (issue, delivery rows, claims, retries: the real thing)
//   --mode bare: a plain nodemailer loop over the same subscribers, rendering and sending the same messages
import { parseArgs } from "node:util";
import nodemailer from "nodemailer";
import { createPrismaClient } from "@/lib/db";
import { buildDigestMessage } from "@/lib/digest/build-digest-message";
import { ensureDigestIssue } from "@/lib/digest/ensure-digest-issue";
import { DEFAULT_PREFERENCES } from "@/lib/subscriptions/preferences";
import { sendWeeklyDigest } from "@/lib/digest/send-weekly-digest";
import { createSmtpTransport } from "@/lib/email/smtp-transport";
import { TEST_FROM, TEST_SETTINGS, WEEK } from "../kit/digest-fixtures";

const { values } = parseArgs({
  options: {
    mode: { type: "string" },
    db: { type: "string" },
    smtp: { type: "string" },
    connections: { type: "string", default: "5" },
  },
});
const connections = Number(values.connections);
let peakRss = 0;
const sample = () => (peakRss = Math.max(peakRss, process.memoryUsage().rss));
const sampler = setInterval(sample, 10);
const prisma = createPrismaClient(values.db!, { max: connections + 3 });

async function ours(): Promise<number> {
  const transport = createSmtpTransport({ url: values.smtp!, from: TEST_FROM, maxConnections: connections });
  const result = await sendWeeklyDigest({
    prisma,
    transport,
    settings: TEST_SETTINGS,
    councilSlug: "harrow",
    week: WEEK,
  });
  await transport.close();
  if (result.aborted) throw new Error(result.aborted);
  return result.run?.sent ?? 0;
}

async function bare(): Promise<number> {
  const issue = (await ensureDigestIssue(prisma, "harrow", WEEK))!;
  const subscribers = await prisma.subscriber.findMany({
    where: { status: "confirmed" },
    select: { id: true, email: true, linkVersion: true },
    orderBy: { id: "asc" },
  });
  const transporter = nodemailer.createTransport({
    url: values.smtp!,
    pool: true,
    maxConnections: connections,
    maxMessages: 100,
  });
  let next = 0;
  let sent = 0;
  async function lane() {
    while (next < subscribers.length) {
      const s = subscribers[next++]!;
      const message = buildDigestMessage(issue.content, { ...s, preferences: DEFAULT_PREFERENCES }, TEST_SETTINGS)!;
      await transporter.sendMail({ from: TEST_FROM, ...message });
      sent++;
    }
  }
  await Promise.all(Array.from({ length: connections }, lane));
  transporter.close();
  return sent;
}

const started = performance.now();
const sent = values.mode === "bare" ? await bare() : await ours();
const seconds = (performance.now() - started) / 1000;
sample();
clearInterval(sampler);
await prisma.$disconnect();
(globalThis as { gc?: () => void }).gc?.();
const liveHeapMb = process.memoryUsage().heapUsed / 2 ** 20;
process.stdout.write(
  `${JSON.stringify({ mode: values.mode, sent, seconds, peakRssMb: peakRss / 2 ** 20, liveHeapMb })}\n`,
);
process.exit(0);
