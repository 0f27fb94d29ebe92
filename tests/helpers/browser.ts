// Real headless Chromium (Debian's package) driven by playwright-core, for end-to-end tests. Playwright cannot
// download browsers here, so the system Chromium is used; without it the e2e tests skip and say why.
import fs from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";

export const CHROMIUM_PATH = "/usr/bin/chromium";
export const hasChromium = fs.existsSync(CHROMIUM_PATH);
export const SCREENSHOT_DIR = path.resolve("test-results/e2e");

/**
 * Chromium, whose pages wait for what they are asked to wait for (a navigation, an element, a URL) with no time
 * limit of their own: Playwright's default of 30 s is a guess at the machine's speed, which a loaded machine
 * outruns; the test's own stop for a hang (vitest.config.ts) ends a wait that never ends. Every context made with
 * browser.newContext() gets that default (the tests make their pages in contexts).
 */
export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
    ],
  });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.setDefaultTimeout(0);
    context.setDefaultNavigationTimeout(0);
    return context;
  };
  return browser;
}

/** Keeps a full-page screenshot as a test artifact (test-results/e2e/<name>.png). */
export async function keepScreenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
}
