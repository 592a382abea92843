import { afterAll, describe, expect, it } from "vitest";
import { BASE_URL, closeBrowser, openPage } from "./browser";

afterAll(closeBrowser);

describe("a country's page", () => {
  it("is reached from the overview and ranks Belarus's partners, each value linking to its figure", async () => {
    const { page, close } = await openPage("/");
    await page.click('[data-testid="country-list"] a[href="/countries/belarus"]');
    await page.waitForURL(`${BASE_URL}/countries/belarus`);
    expect(await page.textContent("h1")).toBe("Belarus's trade partners");
    const georgia = page.locator('[data-testid="partner-table"] tr[data-partner="GEO"]');
    expect(await georgia.locator('td[data-metric="turnover"]').textContent()).toBe("USD 64.18 million (2014)");
    expect(await georgia.locator('td[data-metric="balance"]').textContent()).toBe("−USD 237.1 million (2011)");
    expect(await georgia.locator('td[data-metric="exports"]').textContent()).toContain("(2011, derived)");
    await georgia.locator('td[data-metric="turnover"] a').click();
    await page.waitForURL(/\/pairs\/belarus\/georgia\?figure=turnover-2014-/);
    await close();
  });

  it("sorts by a column from its header, and turns the order round on a second click", async () => {
    const { page, close } = await openPage("/countries/belarus");
    expect(await page.getAttribute('th:has([data-column="turnover"])', "aria-sort")).toBe("descending");
    await page.click('[data-column="partner"]');
    await page.waitForURL(`${BASE_URL}/countries/belarus?sort=partner&order=asc`);
    expect(await page.getAttribute('th:has([data-column="partner"])', "aria-sort")).toBe("ascending");
    await page.click('[data-column="partner"]');
    await page.waitForURL(`${BASE_URL}/countries/belarus?sort=partner&order=desc`);
    expect(await page.getAttribute('th:has([data-column="partner"])', "aria-sort")).toBe("descending");
    expect(await page.locator('[data-testid="small-multiples"] li').count()).toBe(await page.locator('[data-testid="partner-table"] tbody tr').count());
    await close();
  });

  it.each(["/countries/atlantis", "/countries/zimbabwe", "/countries/__proto__"])("answers %s, a country with no partner in the corpus, with the not-found page", async (path) => {
    expect((await fetch(`${BASE_URL}${path}`)).status).toBe(404);
  });
});

describe("the overview's search", () => {
  const listed = async (path: string) => {
    const { page, close } = await openPage(path);
    const pairs = await page.locator('[data-testid="pair-list"] li a[href^="/pairs/"]').allTextContents();
    await close();
    return pairs;
  };

  it("finds Belarus by its own spelling, typed into the search", async () => {
    const { page, close } = await openPage("/");
    await page.fill('input[name="q"]', "Беларусь");
    await page.click('form[role="search"] button[type="submit"]');
    await page.waitForURL(`${BASE_URL}/?q=${encodeURIComponent("Беларусь")}&metric=&from=&to=`);
    const pairs = await page.locator('[data-testid="pair-list"] li a[href^="/pairs/"]').allTextContents();
    expect(pairs).toContain("Belarus – Georgia");
    expect(pairs.every((p) => p.includes("Belarus"))).toBe(true);
    expect(await page.textContent('[data-testid="pair-count"]')).toMatch(/^\d+ pairs? match\.$/);
    expect(await page.inputValue('input[name="q"]')).toBe("Беларусь");
    await close();
  });

  it("filters by a metric stated and by years", async () => {
    expect(await listed("/?metric=share")).toEqual(["Belarus – Georgia"]);
    expect(await listed("/?q=georgia&from=2012&to=2013")).toEqual(["Belarus – Georgia"]);
    expect(await listed("/?q=georgia&from=2015")).not.toContain("Belarus – Georgia");
    expect(await listed("/?q=atlantis")).toEqual([]);
  });
});

describe("sharing", () => {
  it.each(["/pairs/belarus/georgia", "/countries/belarus", "/figures/turnover-2014-e2405af5d8"])("%s names its canonical URL and an og:image that answers a PNG", async (path) => {
    const html = await (await fetch(`${BASE_URL}${path}?figure=x`)).text();
    expect(/<link rel="canonical" href="([^"]+)"/.exec(html)?.[1]).toBe(`${BASE_URL}${path}`);
    const image = /<meta property="og:image" content="([^"]+)"/.exec(html)?.[1];
    expect(image).toMatch(new RegExp(`^${BASE_URL}${path}/opengraph-image`));
    const response = await fetch(image!);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("image/png");
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(bytes.length).toBeGreaterThan(5000);
  });
});

describe("the embeddable chart", () => {
  it("draws the pair's chart alone, with its source line and no page chrome, and may be framed by any site", async () => {
    const response = await fetch(`${BASE_URL}/embed/pairs/belarus/georgia`);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-frame-options")).toBeNull();
    expect(response.headers.get("content-security-policy")).toContain("frame-ancestors *");
    expect((await fetch(`${BASE_URL}/pairs/belarus/georgia`)).headers.get("x-frame-options")).toBe("DENY");
    const { page, close } = await openPage("/embed/pairs/belarus/georgia");
    await page.locator('[data-testid="embed-chart"] [data-figure-id]').first().waitFor();
    expect(await page.locator("header, footer, nav").count()).toBe(0);
    expect(await page.textContent('[data-testid="source-line"]')).toMatch(/^Source: 1 news article \(.+\), read by tradecite\. Every figure with its sentence$/);
    expect(await page.getAttribute('[data-testid="source-line"] a', "href")).toBe("/pairs/belarus/georgia");
    await close();
  });

  it.each(["/embed/pairs/belarus/atlantis", "/embed/pairs/zimbabwe/belarus"])("answers %s with the not-found page", async (path) => {
    expect((await fetch(`${BASE_URL}${path}`)).status).toBe(404);
  });
});
