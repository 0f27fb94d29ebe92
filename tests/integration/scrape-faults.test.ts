// Faults a council site really produces, injected by the replay server: each is recorded against its meeting
// or document and the run goes on; transient ones are retried; a run killed mid-way is finished by the next.
import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { ReplayServer } from "@/lib/replay/server";
import { snapshotScrapeArgs } from "@/lib/ingest/scrape-snapshot";
import { createTestPrisma, resetDatabase, testDatabaseUrl } from "../helpers/db";
import { scrapeReplay, startHarrowReplay } from "../helpers/replay";

const prisma = createTestPrisma();
let replay: ReplayServer;

beforeAll(async () => {
  replay = await startHarrowReplay();
});
beforeEach(async () => {
  await resetDatabase(prisma);
  replay.setFaults([]);
});
afterAll(async () => {
  await replay?.close();
  await prisma.$disconnect();
});

const CPP_PAGE = "ieListDocuments.aspx?CId=788&MId=66101";
const MISSING_REPORT = "/s198812/";

describe("fault tolerance", () => {
  it("records a meeting page that keeps failing with 500 and carries on with the rest", async () => {
    replay.setFaults([{ match: CPP_PAGE, status: 500 }]);
    const result = await scrapeReplay(prisma, replay, { maxRetries: 2 });
    expect(result.status).toBe("partial");
    const error = result.errors.find((e) => e.url.includes("MId=66101"));
    expect(error?.kind).toBe("fetch:http");
    expect(error?.message).toMatch(/500/);
    const cpp = await prisma.meeting.findFirstOrThrow({ where: { externalId: 66101 } });
    expect(cpp).toMatchObject({ fetchStatus: "failed" });
    expect(cpp.fetchError).toMatch(/500/);
    expect(await prisma.meeting.count()).toBe(15);
    expect(await prisma.meeting.count({ where: { fetchStatus: "fetched" } })).toBe(14);
  });

  it("waits out a 429 with Retry-After and a passing 503, then succeeds", async () => {
    replay.setFaults([
      { match: "mgListCommittees", status: 429, retryAfter: 1, times: 1 },
      { match: CPP_PAGE, status: 503, times: 2 },
    ]);
    const logStart = replay.requests.length;
    const result = await scrapeReplay(prisma, replay, { maxRetries: 3 });
    expect(result.errors.filter((e) => !e.kind.startsWith("pdf:"))).toEqual([]);
    const log = replay.requests.slice(logStart);
    expect(log.filter((r) => r.url.includes("mgListCommittees")).map((r) => r.status)).toEqual([429, 200]);
    expect(log.filter((r) => r.url.includes("MId=66101")).map((r) => r.status)).toEqual([503, 503, 200]);
    expect((await prisma.meeting.findFirstOrThrow({ where: { externalId: 66101 } })).fetchStatus).toBe("fetched");
  });

  it("records a timeout, a truncated PDF and a firewall block page against their documents and meetings", async () => {
    replay.setFaults([
      { match: MISSING_REPORT, truncate: true },
      { match: "/s198813/", delay: 30_000 },
      { match: "ieListDocuments.aspx?CId=1280&MId=66079", block: true },
    ]);
    const result = await scrapeReplay(prisma, replay, { maxRetries: 1, timeoutMs: 5_000 }); // generous: only the slow paper may time out
    expect(result.status).toBe("partial");
    const kinds = Object.fromEntries(
      result.errors.map((e) => [
        e.url.includes(MISSING_REPORT)
          ? "truncated"
          : e.url.includes("/s198813/")
            ? "slow"
            : e.url.includes("MId=66079")
              ? "blocked"
              : e.kind,
        e.kind,
      ]),
    );
    expect(kinds).toMatchObject({ truncated: "fetch:truncated", slow: "fetch:timeout", blocked: "fetch:blocked" });
    const truncated = await prisma.document.findFirstOrThrow({ where: { url: { contains: MISSING_REPORT } } });
    expect(truncated).toMatchObject({ fetchStatus: "failed", text: null });
    // The next run, with the site healthy again, fetches what failed and nothing twice.
    replay.setFaults([]);
    const again = await scrapeReplay(prisma, replay);
    expect(again.errors.filter((e) => !e.kind.startsWith("pdf:"))).toEqual([]);
    expect((await prisma.document.findFirstOrThrow({ where: { url: { contains: MISSING_REPORT } } })).text).toMatch(
      /214/,
    );
    expect(await prisma.meeting.count({ where: { fetchStatus: "fetched" } })).toBe(15);
  });

  it("fails the run as a whole, saying why, when neither the committee list nor the web service can be read", async () => {
    replay.setFaults([
      { match: "mgListCommittees", status: 404 },
      { match: "mgWebService.asmx", status: 404 },
    ]);
    const result = await scrapeReplay(prisma, replay);
    expect(result.status).toBe("failed");
    expect(result.failureReason).toMatch(/committee list.*404.*web service.*404/);
  });

  it("finishes the work of a run killed mid-way, with no duplicates", async () => {
    const clean = await scrapeReplay(prisma, replay);
    const expected = {
      meetings: await prisma.meeting.count(),
      documents: await prisma.document.count(),
      items: await prisma.agendaItem.count(),
      people: await prisma.person.count(),
    };
    await resetDatabase(prisma);
    const logStart = replay.requests.length;
    // One process (node with tsx's loader), so that SIGKILL really kills the scraper and not just a wrapper.
    const child = spawn(
      process.execPath,
      [
        "--import",
        "tsx",
        path.resolve("scripts/scrape.ts"),
        ...snapshotScrapeArgs(replay.baseUrl, { minIntervalMs: 20 }),
      ],
      {
        env: { ...process.env, DATABASE_URL: testDatabaseUrl() },
        stdio: "ignore",
      },
    );
    const exited = new Promise((resolve) => child.on("exit", resolve));
    while (replay.requests.length - logStart < 80 && child.exitCode === null)
      await new Promise((r) => setTimeout(r, 20));
    child.kill("SIGKILL");
    await exited;
    const resumed = await scrapeReplay(prisma, replay);
    expect(resumed.status, resumed.failureReason ?? "").toBe(clean.status);
    expect({
      meetings: await prisma.meeting.count(),
      documents: await prisma.document.count(),
      items: await prisma.agendaItem.count(),
      people: await prisma.person.count(),
    }).toEqual(expected);
    const killed = await prisma.scrapeRun.findFirstOrThrow({
      where: { id: { lt: resumed.runId } },
      orderBy: { id: "desc" },
    });
    expect(killed.status).toBe("failed");
    expect(killed.failureReason).toMatch(/Interrupted/);
  });
});
