import { readFileSync } from "node:fs";
import { join } from "node:path";
import Papa from "papaparse";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { BASE_URL, closeBrowser, launchBrowser, openPage } from "./browser";

/** A realistic agency item on a pair no other test article touches. */
const PASTED = `Uzbekistan and Turkey expand trade

May 12, 2023

TASHKENT, May 12. Trade turnover between Uzbekistan and Turkey amounted to USD 3.1 billion in 2022, the State Statistics Committee reported on Friday. Uzbekistan's exports to Turkey reached USD 1.4 billion, while imports from Turkey stood at USD 1.7 billion.

Officials recalled that a decade ago the tally had been nearer 1.2 billion, a level both sides now call modest. The sides aim to bring trade to USD 5 billion by 2025.
`;
const PASTED_ID = "uzbekistan-and-turkey-expand-trade";

/** The saved news page of the unit tests (navigation, scripts, an <img onerror>, markup written as text), moved to a pair of its own. */
const SAVED_PAGE = readFileSync(join(process.cwd(), "tests", "fixtures", "edit", "saved-news-page.html"), "utf8")
  .replace(/Belarusian/g, "Latvian")
  .replace(/Belarus/g, "Latvia")
  .replace(/Georgia/g, "Lithuania")
  .replace(/MINSK/g, "RIGA")
  .replace(/Tbilisi/g, "Vilnius");
const SAVED_PAGE_ID = "latvia-and-lithuania-step-up-trade";

type PairFigure = { id: string; metric: string; period: string; value: number; kind: string; review: { state: string; by: string; at: string; original: { value: number } | null } | null };
const pairFigures = async (from: string, to: string): Promise<PairFigure[]> => ((await (await fetch(`${BASE_URL}/api/pairs/${from}/${to}`)).json()) as { figures: PairFigure[] }).figures;

let context: BrowserContext;
let page: Page;
const dialogs: string[] = [];

async function signIn(target: Page, password = inject("editor").password): Promise<void> {
  await target.goto(`${BASE_URL}/edit`, { waitUntil: "networkidle" });
  await target.waitForURL("**/edit/sign-in?next=%2Fedit");
  await target.fill('input[name="name"]', inject("editor").name);
  await target.fill('input[name="password"]', password);
  await target.click('button[type="submit"]');
}

beforeAll(async () => {
  context = await (await launchBrowser()).newContext();
  page = await context.newPage();
  page.on("dialog", (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await signIn(page);
  await page.waitForURL(`${BASE_URL}/edit`);
});

afterAll(async () => {
  await context?.close();
  await closeBrowser();
});

describe("an editor", () => {
  it("signs in with an HTTP-only, SameSite=Strict session cookie kept to /edit", async () => {
    expect(await page.textContent("nav[aria-label=Editing]")).toContain(`Signed in as ${inject("editor").name}`);
    const [cookie] = await context.cookies();
    expect(cookie).toMatchObject({ name: "tradecite_session", httpOnly: true, sameSite: "Strict", path: "/edit" });
  });

  it("pastes an article, sees its figures in the preview, saves it, and finds it on the overview with no rebuild", async () => {
    await page.goto(`${BASE_URL}/edit/articles/new`, { waitUntil: "networkidle" });
    await page.fill('textarea[name="text"]', PASTED);
    await page.click('button:has-text("Preview")');
    const figures = page.locator('[data-testid="preview-figures"] li');
    await figures.first().waitFor();
    expect(await figures.allTextContents()).toEqual([
      expect.stringMatching(/^USD 3\.1 billion: Turnover, Uzbekistan – Turkey, 2022: USD 3\.1 billion\. .*confidence \d\.\d\d/),
      expect.stringContaining("Exports, Uzbekistan – Turkey, 2022: USD 1.4 billion"),
      expect.stringContaining("Imports, Uzbekistan – Turkey, 2022: USD 1.7 billion"),
      expect.stringContaining("Turnover (target), Uzbekistan – Turkey, 2025: USD 5 billion"),
    ]);
    expect(await page.locator('[data-testid="preview-text"] mark').allTextContents()).toEqual(["USD 3.1 billion", "USD 1.4 billion", "USD 1.7 billion", "USD 5 billion"]);
    expect(await page.inputValue('input[name="title"]')).toBe("Uzbekistan and Turkey expand trade");
    expect(await page.inputValue('input[name="date"]')).toBe("2023-05-12");
    await page.fill('input[name="publisher"]', "Tashkent Times");
    await page.click('button:has-text("Save the article")');
    await page.waitForURL(`${BASE_URL}/articles/${PASTED_ID}`);
    expect(await page.textContent("h1")).toBe("Uzbekistan and Turkey expand trade");
    const overview = await (await fetch(`${BASE_URL}/`)).text();
    expect(overview).toContain("/pairs/turkey/uzbekistan");
    expect(overview).toContain("Uzbekistan and Turkey expand trade");
  });

  it("corrects one figure and rejects another: the pair page, its CSV, the API and the citation show the correction, marked reviewed; the rejected permalink answers 410 with the reason", async () => {
    const before = await pairFigures("uzbekistan", "turkey");
    const turnover = before.find((f) => f.metric === "turnover" && f.period === "2022" && f.kind === "actual")!;
    const imports = before.find((f) => f.metric === "imports" && f.period === "2022")!;

    await page.goto(`${BASE_URL}/edit/figures/${turnover.id}`, { waitUntil: "networkidle" });
    await page.fill('input[name="value"]', "3.2 billion");
    await page.fill('textarea[name="note"]', "the committee's revised figure");
    await page.click('button[value="correct"]');
    await page.waitForURL(`${BASE_URL}/edit`);

    await page.goto(`${BASE_URL}/edit/figures/${imports.id}`, { waitUntil: "networkidle" });
    await page.fill('textarea[name="note"]', "these are Turkey's imports, misread");
    await page.click('button[value="reject"]');
    await page.waitForURL(`${BASE_URL}/edit`);

    const after = await pairFigures("uzbekistan", "turkey");
    const corrected = after.find((f) => f.id === turnover.id)!;
    expect(corrected).toMatchObject({ value: 3.2e9, review: { state: "corrected", by: inject("editor").name, original: { value: 3.1e9 } } });
    expect(Date.now() - Date.parse(corrected.review!.at)).toBeLessThan(5 * 60_000);
    expect(after.some((f) => f.id === imports.id)).toBe(false);

    const gone = await fetch(`${BASE_URL}/figures/${imports.id}`);
    expect(gone.status).toBe(410);
    expect(await gone.text()).toContain(`rejected by ${inject("editor").name}`);
    const goneApi = await fetch(`${BASE_URL}/api/figures/${imports.id}`);
    expect(goneApi.status).toBe(410);
    expect(((await goneApi.json()) as { error: string }).error).toContain("these are Turkey's imports, misread");

    const csv = Papa.parse<Record<string, string>>((await (await fetch(`${BASE_URL}/api/pairs/uzbekistan/turkey/figures.csv`)).text()).replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true }).data;
    const row = csv.find((r) => r.metric === "turnover" && r.period_start === "2022-01-01")!;
    expect(row).toMatchObject({ value: "3200000000", review_state: "corrected", reviewed_by: inject("editor").name });
    expect(row.reviewed_at).toBe(corrected.review!.at);
    expect(JSON.parse(row.original_reading!)).toMatchObject({ metric: "turnover", value: 3.1e9, reporter: "UZB", partner: "TUR" });
    expect(csv.some((r) => r.metric === "imports" && r.period_start === "2022-01-01" && r.derived === "false")).toBe(false);

    const { page: reader, close } = await openPage(`/pairs/uzbekistan/turkey?figure=${turnover.id}`);
    const panel = reader.locator(`[data-testid="source-panel"][data-figure-id="${turnover.id}"]`);
    expect(await panel.locator('[data-testid="figure-review"]').textContent()).toMatch(new RegExp(`^Reviewed: corrected by ${inject("editor").name} on .* The extractor read it as turnover 2022: USD 3\\.1 billion\\.`));
    await panel.getByRole("button", { name: /^Cite/ }).click();
    const plain = await reader.locator("dialog textarea").first().inputValue();
    expect(plain).toContain(`2022: USD 3.2 billion (corrected by ${inject("editor").name}, `);
    await close();
  });

  it("confirms the figure in focus with the c key in the queue, and moves with j and k", async () => {
    const target = (await pairFigures("uzbekistan", "turkey")).find((f) => f.metric === "exports" && f.period === "2022")!;
    await page.goto(`${BASE_URL}/edit`, { waitUntil: "networkidle" });
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute("data-figure-id"));
    const ids = await page.locator("li[data-figure-id]").evaluateAll((items) => items.map((li) => li.getAttribute("data-figure-id")));
    expect(ids.length).toBeGreaterThan(1);
    // The first figure has the focus as the queue opens.
    expect(await focused()).toBe(ids[0]);
    await page.keyboard.press("j");
    expect(await focused()).toBe(ids[1]);
    await page.keyboard.press("k");
    expect(await focused()).toBe(ids[0]);
    const item = page.locator(`li[data-figure-id="${target.id}"]`);
    await item.focus();
    await page.keyboard.press("c");
    await item.waitFor({ state: "detached" });
    expect((await pairFigures("uzbekistan", "turkey")).find((f) => f.id === target.id)?.review?.state).toBe("confirmed");
  });

  it("adds a figure the extractor missed by selecting its number in the sentence", async () => {
    await page.goto(`${BASE_URL}/edit/articles/${PASTED_ID}`, { waitUntil: "networkidle" });
    // Select "1.2 billion" in the text as a reader would, with the mouse.
    const box = await page.evaluate(() => {
      const sentence = [...document.querySelectorAll<HTMLElement>("[data-sentence]")].find((s) => s.textContent!.includes("nearer 1.2 billion"))!;
      const walker = document.createTreeWalker(sentence, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = node.textContent!.indexOf("1.2 billion");
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + "1.2 billion".length);
        const r = range.getBoundingClientRect();
        return { x: r.left, y: r.top + r.height / 2, width: r.width };
      }
      return null;
    });
    expect(box).not.toBeNull();
    await page.mouse.move(box!.x + 1, box!.y);
    await page.mouse.down();
    await page.mouse.move(box!.x + box!.width - 1, box!.y, { steps: 5 });
    await page.mouse.up();
    expect(await page.inputValue('input[name="number"]')).toBe("1.2 billion");
    expect(await page.inputValue('input[name="value"]')).toBe("1.2 billion");
    await page.fill('input[name="period"]', "2013");
    await page.selectOption('select[name="reporter"]', "UZB");
    await page.selectOption('select[name="partner"]', "TUR");
    await page.selectOption('select[name="qualifier"]', "approx");
    await page.click('button:has-text("Add the figure")');
    await page.waitForURL(`${BASE_URL}/edit/articles/${PASTED_ID}?added=1`);
    const added = (await pairFigures("uzbekistan", "turkey")).find((f) => f.period === "2013");
    expect(added).toMatchObject({ metric: "turnover", value: 1.2e9, review: { state: "confirmed", by: inject("editor").name } });
    const reader = await (await fetch(`${BASE_URL}/articles/${PASTED_ID}`)).text();
    expect(reader).toContain(`data-figure-id="${added!.id}"`);
  });

  it("uploads a saved news page: the article text is extracted, no script of the page runs, markup shows as text", async () => {
    await page.goto(`${BASE_URL}/edit/articles/new`, { waitUntil: "networkidle" });
    await page.setInputFiles('input[name="file"]', { name: "latvia-lithuania.html", mimeType: "text/html", buffer: Buffer.from(SAVED_PAGE) });
    await page.click('button:has-text("Preview")');
    await page.locator('[data-testid="article-preview"]').waitFor();
    const text = await page.textContent('[data-testid="preview-text"]');
    expect(text).toContain("Trade turnover between Latvia and Lithuania reached USD 64.18 million in 2022");
    expect(text).toContain("<b>USD 16 million</b>");
    expect(text).not.toMatch(/Subscribe to our newsletter|Home \||All rights reserved/);
    expect(await page.inputValue('input[name="author"]')).toBe("Anna Petrova");
    expect(await page.inputValue('input[name="url"]')).toBe("https://news.example.org/2023/belarus-georgia");
    await page.click('button:has-text("Save the article")');
    await page.waitForURL(`${BASE_URL}/articles/${SAVED_PAGE_ID}`);
    expect(await page.evaluate(() => [(window as { pwned?: boolean }).pwned ?? null, document.body.dataset.ran ?? null, document.querySelectorAll("main img, main b").length])).toEqual([null, null, 0]);
    expect(await page.textContent("main")).toContain("<b>USD 16 million</b>");
    expect(dialogs).toEqual([]);
  });

  it("sees every change of this session in the audit log, newest first", async () => {
    await page.goto(`${BASE_URL}/edit/audit`, { waitUntil: "networkidle" });
    const rows = await page.locator('[data-testid="audit-log"] tbody tr').allTextContents();
    const mine = rows.filter((r) => r.includes(inject("editor").name));
    expect(mine.some((r) => r.includes(`added the article ${PASTED_ID}`))).toBe(true);
    expect(mine.some((r) => r.includes("corrected") && r.includes('"value":3200000000'))).toBe(true);
    expect(mine.some((r) => r.includes("rejected") && r.includes("misread"))).toBe(true);
    expect(mine.some((r) => r.includes("added the figure"))).toBe(true);
    expect(mine.at(-1)).toContain("signed in");
  });

  it.each([
    ["an empty file", "empty.txt", Buffer.alloc(0), /^empty\.txt: empty file$/],
    ["a binary file", "photo.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), /binary/],
    ["text that is not UTF-8", "latin1.txt", Buffer.from("Trade turnover reached \xe9 100 million", "latin1"), /not valid UTF-8/],
    ["a page with no article", "empty.html", Buffer.from("<html><body><nav>Home | News</nav><script>alert(1)</script></body></html>"), /no article text/],
    ["another kind of file", "report.pdf", Buffer.from("%PDF-1.4"), /\.txt file or a saved \.html page/],
  ])("refuses %s with a clear message and stores nothing", async (_, name, buffer, message) => {
    const before = await (await fetch(`${BASE_URL}/api/figures`)).text();
    await page.goto(`${BASE_URL}/edit/articles/new`, { waitUntil: "networkidle" });
    await page.setInputFiles('input[name="file"]', { name, mimeType: "application/octet-stream", buffer });
    await page.click('button:has-text("Preview")');
    expect(await page.locator('p[role="alert"]').textContent()).toMatch(message);
    expect(await page.locator('[data-testid="article-preview"]').count()).toBe(0);
    expect(await (await fetch(`${BASE_URL}/api/figures`)).text()).toBe(before);
  });
});

describe("anyone who is not a signed-in editor", () => {
  const paths = () => ["/edit", "/edit/articles/new", `/edit/articles/${PASTED_ID}`, "/edit/figures/turnover-2014-e2405af5d8", "/edit/audit"];
  const corpusNow = async () => JSON.stringify(((await (await fetch(`${BASE_URL}/api/figures`)).json()) as { figures: unknown[] }).figures);
  let session = "";
  let serverAction = "";

  beforeAll(async () => {
    session = (await context.cookies()).find((c) => c.name === "tradecite_session")!.value;
    // A real Server Action's id, read from an editing page's scripts: forged requests use it.
    await page.goto(`${BASE_URL}/edit/articles/new`, { waitUntil: "networkidle" });
    const requests: string[] = [];
    page.on("request", (r) => r.headers()["next-action"] && requests.push(r.headers()["next-action"]!));
    await page.click('button:has-text("Preview")');
    await page.waitForTimeout(1500);
    serverAction = requests[0] ?? "";
    expect(serverAction).toMatch(/^[0-9a-f]{20,}$/);
  });

  it("is sent to sign in by every editing page, with or without a forged session cookie", async () => {
    for (const path of paths()) {
      for (const cookie of [undefined, "tradecite_session=forged-token-forged-token-forged-token-forge", `tradecite_session=${session}x`]) {
        const response = await fetch(`${BASE_URL}${path}`, { redirect: "manual", headers: cookie ? { cookie } : {} });
        expect(response.status, `${path} with ${cookie ?? "no cookie"}`).toBe(303);
        expect(new URL(response.headers.get("location")!, BASE_URL).href).toBe(`${BASE_URL}/edit/sign-in?next=${encodeURIComponent(path)}`);
      }
    }
  });

  it("is refused (403) every editing action, forged cookie or none, and a signed-in one without this site's Origin; nothing changes", async () => {
    const before = await corpusNow();
    const action = (cookie: string | undefined, origin: string | undefined) =>
      ({
        method: "POST",
        redirect: "manual",
        headers: { "next-action": serverAction, "content-type": "text/plain;charset=UTF-8", ...(cookie && { cookie }), ...(origin && { origin }) },
        body: JSON.stringify([{}, "$K1"]),
      }) as RequestInit;
    for (const path of paths()) {
      const refusals = [
        action(undefined, BASE_URL),
        action("tradecite_session=forged-token-forged-token-forged-token-forge", BASE_URL),
        action(`tradecite_session=${session}`, undefined),
        action(`tradecite_session=${session}`, "https://evil.example"),
      ];
      for (const request of refusals) expect((await fetch(`${BASE_URL}${path}`, request)).status, `${path} ${JSON.stringify(request.headers)}`).toBe(403);
      expect((await fetch(`${BASE_URL}${path}`, { method: "PUT" })).status).toBe(405);
    }
    expect(await corpusNow()).toBe(before);
  });

  it("waits longer and longer after wrong passwords in a row", async () => {
    const other = await (await launchBrowser()).newContext();
    const tab = await other.newPage();
    await tab.goto(`${BASE_URL}/edit/sign-in`, { waitUntil: "networkidle" });
    await tab.fill('input[name="name"]', "nobody");
    const answers: string[] = [];
    const waits: number[] = [];
    while (answers.length < 10 && waits.length < 20) {
      await tab.fill('input[name="password"]', "not the password at all");
      await Promise.all([tab.waitForResponse((r) => r.request().method() === "POST"), tab.click('button[type="submit"]')]);
      await tab.waitForTimeout(100);
      const answer = (await tab.locator("#sign-in-error").textContent()) ?? "";
      const wait = /try again in (\d+) s/.exec(answer);
      if (wait) {
        waits.push(Number(wait[1]));
        await tab.waitForTimeout(Number(wait[1]) * 1000);
      } else answers.push(answer);
    }
    expect(answers).toEqual(Array(10).fill("That name and password do not match an editor's."));
    // The first four answer at once; then each answer waits as long as the one before, or longer.
    expect(waits.length).toBeGreaterThanOrEqual(5);
    expect(waits).toEqual([...waits].sort((a, b) => a - b));
    expect(waits.at(-1)).toBeGreaterThanOrEqual(4);
    await other.close();
  }, 90_000);
});
