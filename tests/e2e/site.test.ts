// End to end in real headless Chromium: the site built and served by `next start`, over the Harrow snapshot
// scraped and summarised into the test database. Screenshots are kept in test-results/e2e/.
import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { summarizeMeetings } from "@/lib/summarize/store/summarize-meetings";
import { hasChromium, keepScreenshot, launchBrowser } from "../helpers/browser";
import { createTestPrisma, resetDatabase, testDatabaseUrl } from "../helpers/db";
import { buildSite, startSite, type RunningSite } from "../helpers/next-server";
import { scrapeReplay, startHarrowReplay } from "../helpers/replay";

if (!hasChromium) {
  console.warn("e2e: Chromium is not installed at /usr/bin/chromium, so the browser tests are skipped (apt-get install chromium).");
}

const prisma = createTestPrisma();
let site: RunningSite;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  if (!hasChromium) return;
  await resetDatabase(prisma);
  const replay = await startHarrowReplay();
  try {
    await scrapeReplay(prisma, replay);
  } finally {
    await replay.close();
  }
  await summarizeMeetings(prisma);
  buildSite(testDatabaseUrl());
  site = await startSite(testDatabaseUrl());
  browser = await launchBrowser();
  context = await browser.newContext();
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await site?.stop();
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

describe.skipIf(!hasChromium)("the site in a real browser", () => {
  it("home: what the site is, the coming and recent meetings, the subscribe box", async () => {
    const page = await open("/");
    await expect(page.locator("h1").first().textContent()).resolves.toMatch(/Harrow/);
    await expect(page.getByText("You'll receive weekly summaries about Harrow Council every week.").count()).resolves.toBeGreaterThan(0);
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
    await home.getByRole("link", { name: /Corporate Parenting Panel/ }).first().click();
    await home.getByRole("link", { name: /23 October 2025/ }).first().click();
    const page = home;
    await expect(page.locator("h1").textContent()).resolves.toContain("Corporate Parenting Panel - Thursday 23 October 2025 6.00 pm");
    const official = page.getByRole("link", { name: "View on council website" });
    await expect(official.getAttribute("href")).resolves.toBe("https://moderngov.harrow.gov.uk/ieListDocuments.aspx?CId=788&MId=66101&Ver=4");
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
    const person = await prisma.person.findFirstOrThrow({ where: { externalId: { not: null }, attendances: { some: {} } } });
    const paths = ["/harrow/committees", "/harrow/committees/788", "/harrow/topics", "/harrow/topics/childrens-services", `/harrow/people/${person.externalId}`, "/harrow/weekly"];
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
      await expect(page.locator("h1").textContent()).resolves.toMatch(/Overview and Scrutiny Committee - Tuesday 8 July 2025/);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await keepScreenshot(page, "meeting-360px-no-js");
    } finally {
      await noJs.close();
    }
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
    await page.getByRole("button", { name: /subscribe/i }).first().click();
    await expect(page.getByText(/check your inbox|confirm/i).first().waitFor({ timeout: 15_000 })).resolves.toBeUndefined();
    await keepScreenshot(page, "subscribed");
    await page.close();
  });
});
