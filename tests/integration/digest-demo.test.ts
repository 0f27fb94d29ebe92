// The demo weekly digest npm start writes into the outbox: one message per week, however often it runs.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createOutboxTransport } from "@/lib/email/outbox-transport";
import { listOutboxMessages } from "@/lib/email/outbox";
import { SAMPLE_RECIPIENT, writeDemoDigest } from "@/lib/digest/write-demo-digest";
import { createTestPrisma, resetDatabase } from "../helpers/db";
import { seedDigestWeek, TEST_FROM, TEST_SETTINGS, WEEK } from "../../kit/digest-fixtures";

const prisma = createTestPrisma();
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "demo-outbox-"));

beforeAll(async () => {
  await resetDatabase(prisma);
  await seedDigestWeek(prisma);
});

afterAll(async () => {
  fs.rmSync(dir, { recursive: true, force: true });
  await prisma.$disconnect();
});

describe("the demo digest", () => {
  it("is written once per week into the outbox, then found there", async () => {
    const outbox = createOutboxTransport({ dir, from: TEST_FROM });
    const first = await writeDemoDigest(prisma, outbox, TEST_SETTINGS, "harrow", { week: WEEK, onceIn: dir });
    expect(first?.written).toBe(true);
    const again = await writeDemoDigest(prisma, outbox, TEST_SETTINGS, "harrow", { week: WEEK, onceIn: dir });
    expect(again).toMatchObject({ written: false, week: "2025-W43", subject: first!.subject });
    const messages = await listOutboxMessages(dir);
    expect(messages.filter((m) => m.to === SAMPLE_RECIPIENT)).toHaveLength(1);
    // Another week is another message.
    const next = await writeDemoDigest(prisma, outbox, TEST_SETTINGS, "harrow", {
      week: { year: 2025, week: 44 },
      onceIn: dir,
    });
    expect(next?.written).toBe(true);
    expect(await listOutboxMessages(dir)).toHaveLength(2);
  });

  it("without onceIn (npm run digest -- --demo) writes a new one each time", async () => {
    const other = fs.mkdtempSync(path.join(os.tmpdir(), "demo-outbox-"));
    try {
      const outbox = createOutboxTransport({ dir: other, from: TEST_FROM });
      await writeDemoDigest(prisma, outbox, TEST_SETTINGS, "harrow", { week: WEEK });
      await writeDemoDigest(prisma, outbox, TEST_SETTINGS, "harrow", { week: WEEK });
      expect(await listOutboxMessages(other)).toHaveLength(2);
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
  });
});
