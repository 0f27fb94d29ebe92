// End to end in real headless Chromium: the site built and served by `next start`, over the Harrow snapshot
// scraped and summarised into the test database. Screenshots are kept in test-results/e2e/.
import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hasChromium, keepScreenshot, launchBrowser } from "../helpers/browser";
import { createTestPrisma, testDatabaseUrl, startFromSnapshot } from "../helpers/db";
import { buildSite, startSite, type RunningSite } from "../helpers/next-server";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createOutboxTransport } from "@/lib/email/outbox-transport";
import { writeDemoDigest } from "@/lib/digest/write-demo-digest";
import { TEST_SETTINGS } from "../../kit/digest-fixtures";

if (!hasChromium) {
  console.warn(
    "e2e: Chromium is not installed at /usr/bin/chromium, so the browser tests are skipped (apt-get install chromium).",
  );
}

// The snapshot scraped and summarised as of its own day (tests/helpers/snapshot-db.ts).
if (hasChromium) startFromSnapshot("summarised");
const prisma = createTestPrisma();
let site: RunningSite;
let browser: Browser;
let context: BrowserContext;
// The site's outbox (OUTBOX_DIR) for this run: a temporary folder, never the project's own outbox/.
const outboxDir = fs.mkdtempSync(path.join(os.tmpdir(), "e2e-outbox-"));

beforeAll(async () => {
  if (!hasChromium) return;
  // startSite passes this process's environment on to `next start`.
  process.env.OUTBOX_DIR = outboxDir;
  await writeDemoDigest(
    prisma,
    createOutboxTransport({ dir: outboxDir, from: "Digest <digest@example.org>" }),
    TEST_SETTINGS,
    "harrow",
  );
  await buildSite(testDatabaseUrl());
  site = await startSite(testDatabaseUrl());
  browser = await launchBrowser();
  context = await browser.newContext();
});

afterAll(async () => {
  await browser?.close();
  await site?.stop();
  delete process.env.OUTBOX_DIR;
  fs.rmSync(outboxDir, { recursive: true, force: true });
  await prisma.$disconnect();
});

async function open(path: string): Promise<Page> {
  const page = await context.newPage();
  const response = await page.goto(site.baseUrl + path);
  expect(response?.status(), path).toBe(200);
  return page;
}

async function expectNoSeriousAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
}

/** Each page on a 390 px phone: it answers 200, nothing scrolls sideways, axe finds nothing serious; a screenshot kept. */
async function walkOnPhone(paths: string[]): Promise<void> {
  const phone = await browser.newContext({ viewport: { width: 390, height: 844 } });
  try {
    for (const path of paths) {
      const page = await phone.newPage();
      const response = await page.goto(site.baseUrl + path);
      expect(response?.status(), path).toBe(200);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
      await expectNoSeriousAxeViolations(page);
      await keepScreenshot(page, `390px${path.replace(/[/?=&%.]+/g, "-")}`);
      await page.close();
    }
  } finally {
    await phone.close();
  }
}

describe.skipIf(!hasChromium)("the site in a real browser", () => {
  it("home: what the site is, the coming and recent meetings, the subscribe box", async () => {
    const page = await open("/");
    await expect(page.locator("h1").first().textContent()).resolves.toMatch(/Harrow/);
    await expect(
      page
        .getByText(
          "You'll receive a weekly email about Harrow Council's meetings: what was decided and what is coming up.",
        )
        .count(),
    ).resolves.toBeGreaterThan(0);
    await expect(page.getByRole("link", { name: /Corporate Parenting Panel/ }).count()).resolves.toBeGreaterThan(0);
    await keepScreenshot(page, "home");
    await expectNoSeriousAxeViolations(page);
    // Keyboard: the first Tab lands on the skip link, visibly focused.
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el ? { text: el.textContent, outline: getComputedStyle(el).outlineStyle } : null;
    });
    expect(focused?.text).toMatch(/Skip to/);
    expect(focused?.outline).not.toBe("none");
    await page.close();
  });

  it("a meeting page: title, official links, summary, attendees and grouped documents", async () => {
    const home = await open("/harrow/committees");
    await home
      .getByRole("link", { name: /Corporate Parenting Panel/ })
      .first()
      .click();
    await home
      .getByRole("link", { name: /23 October 2025/ })
      .first()
      .click();
    const page = home;
    await expect(page.locator("h1").textContent()).resolves.toContain(
      "Corporate Parenting Panel - Thursday 23 October 2025 6.00 pm",
    );
    const official = page.getByRole("link", { name: "View on council website" });
    await expect(official.getAttribute("href")).resolves.toBe(
      "https://moderngov.harrow.gov.uk/ieListDocuments.aspx?CId=788&MId=66101&Ver=4",
    );
    await expect(page.getByText(/machine-generated/i).count()).resolves.toBeGreaterThan(0);
    await expect(page.getByText(/214/).count()).resolves.toBeGreaterThan(0);
    for (const group of ["Agenda", "Reports Pack", "Minutes", "Additional Documents"]) {
      await expect(page.getByRole("heading", { name: group, exact: true }).count(), group).resolves.toBe(1);
    }
    await keepScreenshot(page, "meeting");
    await expectNoSeriousAxeViolations(page);
    await page.close();
  });

  it("has no serious or critical accessibility issues on the other page types", async () => {
    const person = await prisma.person.findFirstOrThrow({
      where: { externalId: { not: null }, attendances: { some: {} } },
    });
    const paths = [
      "/harrow/committees",
      "/harrow/committees/788",
      "/harrow/topics",
      "/harrow/topics/childrens-services",
      `/harrow/people/${person.externalId}`,
      "/harrow/weekly",
    ];
    for (const path of paths) {
      const page = await open(path);
      await expectNoSeriousAxeViolations(page);
      await keepScreenshot(page, path.replace(/^\/harrow\/?/, "").replace(/\//g, "-") || "council");
      await page.close();
    }
  });

  it("reads without JavaScript and fits a 360 px screen", async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
    try {
      const page = await noJs.newPage();
      // Without its slug the address redirects to the canonical one.
      const response = await page.goto(site.baseUrl + "/harrow/meetings/66062");
      expect(response?.status()).toBe(200);
      await expect(page.locator("h1").textContent()).resolves.toMatch(
        /Overview and Scrutiny Committee - Tuesday 8 July 2025/,
      );
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await keepScreenshot(page, "meeting-360px-no-js");
    } finally {
      await noJs.close();
    }
  });

  it("new and changed pages fit a 390 px phone and have no serious accessibility issues", async () => {
    const person = await prisma.person.findFirstOrThrow({ where: { externalId: { not: null }, ward: { not: null } } });
    const paths = [
      "/harrow/meetings",
      "/harrow/meetings?committee=276&status=held",
      "/harrow/people",
      `/harrow/people?ward=${encodeURIComponent(person.ward!)}`,
      "/harrow/meetings/66399",
      "/harrow/meetings/66411",
      "/harrow/people/4401",
      "/harrow/committees/788",
      "/harrow/search?q=foster+carers",
      "/report?page=%2Fharrow%2Fmeetings%2F66101",
      "/dev/outbox",
      "/brent",
    ];
    await walkOnPhone(paths);
    // Twelve pages with axe each: about 20 s alone, past 60 s when the machine is busy with other work.
  });

  it("an item's history, the forward plan and a meeting with history links and a recorded vote fit a 390 px phone, with no serious accessibility issues", async () => {
    await walkOnPhone([
      "/harrow/issues/105210-corporate-parenting-strategy-2026-2029",
      "/harrow/forward-plan",
      "/harrow/meetings/66392-cabinet-2026-11-19",
      "/harrow/people/4406-farida-qureshi",
    ]);
  });

  it("cancelled and moved meetings: a clean heading and one status line", async () => {
    const cancelled = await open("/harrow/meetings/66399");
    await expect(cancelled.locator("h1").textContent()).resolves.toBe(
      "Governance, Audit, Risk Management and Standards Committee - Tuesday 10 November 2026 6.30 pm",
    );
    await expect(cancelled.getByText("This meeting was cancelled.", { exact: true }).count()).resolves.toBe(1);
    await expect(cancelled.getByText(/CANCELLED|Expected \(/).count()).resolves.toBe(0);
    await expect(cancelled.getByRole("heading", { name: "Topics" }).count()).resolves.toBe(0);
    await cancelled.close();
    const moved = await open("/harrow/meetings/66411");
    await expect(moved.locator("h1").textContent()).resolves.toBe(
      "Governance, Audit, Risk Management and Standards Committee - Tuesday 2 February 2027 6.30 pm",
    );
    await expect(
      moved.getByText(/This meeting was moved from 26 January 2027 to Tuesday 2 February 2027\./).count(),
    ).resolves.toBe(1);
    await moved.close();
  });

  it("a councillor's posts from their profile show on their page and beside attendance", async () => {
    const person = await open("/harrow/people/4401");
    await expect(
      person.getByText("Leader of the Council and Portfolio Holder for Strategy").count(),
    ).resolves.toBeGreaterThan(0);
    await person.close();
    const attended = await prisma.attendance.findFirstOrThrow({
      where: { person: { externalId: 4401 }, meeting: { status: { not: "cancelled" } } },
      include: { meeting: true },
    });
    const meeting = await open(`/harrow/meetings/${attended.meeting.externalId}`);
    await expect(
      meeting
        .locator("#attendees-heading + *")
        .getByText(/Leader of the Council and Portfolio Holder for Strategy/)
        .count(),
    ).resolves.toBeGreaterThan(0);
    await meeting.close();
  });

  it("finds councillors by ward, and meetings by committee", async () => {
    const page = await open("/harrow/people");
    const ward = await page.locator("#people-ward option").nth(1).getAttribute("value");
    await page.locator("#people-ward").selectOption(ward!);
    await page.getByRole("button", { name: "Show councillors" }).click();
    await page.waitForURL(/ward=/);
    await expect(page.getByRole("heading", { name: new RegExp(`Councillors for ${ward}`) }).count()).resolves.toBe(1);
    await page.close();
    const meetings = await open("/harrow/meetings");
    await meetings.locator("#meetings-committee").selectOption("788");
    await meetings.getByRole("button", { name: "Show meetings" }).click();
    await meetings.waitForURL(/committee=788/);
    const titles = await meetings.locator("#results-heading ~ ul a").allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.every((t) => t.startsWith("Corporate Parenting Panel"))).toBe(true);
    await meetings.close();
  });

  it("the local outbox shows the demo digest, its HTML and its source", async () => {
    const page = await open("/dev/outbox");
    const link = page.locator("main li a").first();
    const href = await link.getAttribute("href");
    expect(href).toMatch(/^\/dev\/outbox\/\d{8}T\d{9}Z-[0-9a-f]{8}$/);
    const html = await context.request.get(site.baseUrl + href);
    expect(html.status()).toBe(200);
    expect(html.headers()["content-security-policy"]).toContain("sandbox");
    const source = await context.request.get(`${site.baseUrl}${href}/source`);
    expect(await source.text()).toMatch(/^List-Unsubscribe:/m);
    await page.close();
  });

  it("a search with no paper holding every word offers the looser one", async () => {
    const page = await open("/harrow/search?q=foster+carers");
    await expect(page.getByText(/No result has both words; \d+ ha(s|ve) either/).count()).resolves.toBe(1);
    await page.getByRole("link", { name: "search for foster OR carers" }).click();
    await page.waitForURL(/OR/);
    await expect(page.locator("mark").count()).resolves.toBeGreaterThan(0);
    await page.close();
  });

  it("search finds a meeting by the words of its papers", async () => {
    const page = await open("/harrow/search");
    await page.getByRole("searchbox").first().fill('"children in care" missing');
    await page.keyboard.press("Enter");
    await page.waitForURL(/q=/);
    await expect(page.getByRole("link", { name: /Corporate Parenting Panel/ }).count()).resolves.toBeGreaterThan(0);
    await expect(page.locator("mark").count()).resolves.toBeGreaterThan(0);
    await keepScreenshot(page, "search");
    await expectNoSeriousAxeViolations(page);
    await page.close();
  });

  it("serves a feed of new summaries", async () => {
    const response = await context.request.get(site.baseUrl + "/harrow/feed.xml");
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toMatch(/xml/);
    expect(await response.text()).toMatch(/Corporate Parenting Panel/);
  });

  it("subscribing gives the same neutral answer for any address", async () => {
    const page = await open("/");
    await page.getByLabel(/email/i).first().fill("resident@example.org");
    await page
      .getByRole("button", { name: /subscribe/i })
      .first()
      .click();
    await expect(
      page
        .getByText(/check your inbox|confirm/i)
        .first()
        .waitFor(), // no time limit of its own (tests/helpers/browser.ts): the test's stop ends a hang
    ).resolves.toBeUndefined();
    await keepScreenshot(page, "subscribed");
    await page.close();
  });
});
