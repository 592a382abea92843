import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

/** Where the production server of the e2e run answers (globalSetup starts it). */
export const BASE_URL = `http://localhost:${process.env.E2E_PORT ?? "3107"}`;

const CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

let browser: Browser | undefined;

/** One Chromium per test file (Debian's /usr/bin/chromium, driven by playwright-core). */
export async function launchBrowser(): Promise<Browser> {
  browser ??= await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: CHROMIUM_ARGS });
  return browser;
}

export async function closeBrowser(): Promise<void> {
  await browser?.close();
  browser = undefined;
}

export type OpenedPage = { page: Page; context: BrowserContext; errors: string[]; close: () => Promise<void> };

/**
 * Opens `path` on the e2e server in a fresh context and collects every console error and page
 * error; `close()` fails the test if any was seen. Options: viewport width/height, colour scheme,
 * the HTTP status the page must answer with (200 unless given).
 */
export async function openPage(path: string, options: { width?: number; height?: number; colorScheme?: "light" | "dark"; status?: number } = {}): Promise<OpenedPage> {
  const b = await launchBrowser();
  const context = await b.newContext({ viewport: { width: options.width ?? 1280, height: options.height ?? 900 }, colorScheme: options.colorScheme ?? "light" });
  const page = await context.newPage();
  const errors: string[] = [];
  const url = `${BASE_URL}${path}`;
  page.on("console", (msg) => {
    // The browser reports an expected error status of the page itself as a failed load.
    const expectedStatus = options.status !== undefined && msg.location().url === url && msg.text().includes(`status of ${options.status}`);
    if (msg.type() === "error" && !expectedStatus) errors.push(`console: ${msg.text()}`);
  });
  page.on("pageerror", (err) => errors.push(`pageerror: ${err.message}`));
  page.on("dialog", (dialog) => {
    errors.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  const response = await page.goto(url, { waitUntil: "networkidle" });
  if (response?.status() !== (options.status ?? 200)) errors.push(`HTTP ${response?.status()} for ${path}, expected ${options.status ?? 200}`);
  return {
    page,
    context,
    errors,
    close: async () => {
      await context.close();
      if (errors.length > 0) throw new Error(`errors on ${path}:\n${errors.join("\n")}`);
    },
  };
}
