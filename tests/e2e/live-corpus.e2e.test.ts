import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, inject, it } from "vitest";
import { BASE_URL, closeBrowser, openPage } from "./browser";

afterAll(closeBrowser);

/** The ingest CLI as a user runs it, against the running server's data directory. */
function ingest(name: string, text: string, ...options: string[]): string {
  const file = join(inject("corpusDir"), name);
  writeFileSync(file, text);
  const result = spawnSync("npx", ["tsx", "scripts/ingest.ts", ...options, file], { encoding: "utf8", env: { ...process.env, TRADECITE_DATA_DIR: inject("corpusDir") } });
  expect(result.stderr).toBe("");
  expect(result.status).toBe(0);
  return result.stdout;
}

const head = (path: string) => fetch(`${BASE_URL}${path}`, { redirect: "manual" });

const MOLDOVA = (sentence: string) => `Moldova and Romania: trade in 2022

April 4, 2023

${sentence} The figures were published on Tuesday.
`;
const STATED = "In 2022, trade turnover between Moldova and Romania reached USD 3.25 billion, the National Bureau of Statistics said.";

describe("the corpus while the server runs", () => {
  it("keeps the first release's permalinks: 308 to the figure of the same claim, which answers 200", async () => {
    for (const prefix of ["/figures/", "/api/figures/"]) {
      const old = await head(`${prefix}turnover-2014-522cca2446`);
      expect(old.status).toBe(308);
      expect(new URL(old.headers.get("location")!, BASE_URL).pathname).toBe(`${prefix}turnover-2014-e2405af5d8`);
    }
    const record = (await (await fetch(`${BASE_URL}/api/figures/turnover-2014-522cca2446`)).json()) as { value: number; period: string };
    expect(record).toMatchObject({ value: 64180000, period: "2014" });
  });

  it("shows an article ingested into the running server on the overview and its pair page, with no rebuild", async () => {
    const csvBefore = await (await fetch(`${BASE_URL}/api/figures.csv`)).text();
    expect(csvBefore).not.toContain("MDA,ROU");
    expect(ingest("moldova-romania.txt", MOLDOVA(STATED))).toMatch(/→ moldova-and-romania-trade-in-2022 .*: new, 1 figure/);
    const { page, close } = await openPage("/");
    const link = page.getByRole("link", { name: "Moldova – Romania" });
    await link.waitFor({ timeout: 5000 });
    await link.click();
    await page.waitForURL(/\/pairs\/moldova\/romania$/);
    await page.getByRole("heading", { name: "Moldova – Romania trade" }).waitFor();
    expect(await page.locator("table").innerText()).toContain("USD 3.25 billion");
    await close();
    // The whole corpus's exports are made again for the new version, gzipped or not.
    for (const encoding of ["gzip", "identity"]) {
      const csv = await fetch(`${BASE_URL}/api/figures.csv`, { headers: { "accept-encoding": encoding } });
      expect(await csv.text()).toContain("MDA,ROU,turnover,2022-01-01,2022-12-31,year,3250000000");
      const json = (await (await fetch(`${BASE_URL}/api/figures`, { headers: { "accept-encoding": encoding } })).json()) as { articles: Array<{ id: string }> };
      expect(json.articles.map((a) => a.id)).toContain("moldova-and-romania-trade-in-2022");
    }
  });

  it("after “(Reuters)” is added to the sentence, the figure's permalink leads to the same claim; when the number goes, it answers 410 with the sentence", async () => {
    const before = (await (await fetch(`${BASE_URL}/api/pairs/moldova/romania`)).json()) as { figures: Array<{ id: string; value: number }> };
    const [figure] = before.figures;
    expect(figure?.value).toBe(3.25e9);

    expect(ingest("moldova-romania-2.txt", MOLDOVA(`(Reuters) ${STATED}`), "--force")).toMatch(/1 under a new id/);
    const moved = await head(`/figures/${figure!.id}`);
    expect(moved.status).toBe(308);
    const page = await fetch(new URL(moved.headers.get("location")!, BASE_URL));
    expect(page.status).toBe(200);
    expect(await page.text()).toContain("USD 3.25 billion");

    expect(ingest("moldova-romania-3.txt", MOLDOVA(STATED.replace("USD 3.25 billion", "USD 3.5 billion")), "--force")).toMatch(/1 withdrawn/);
    const gone = await fetch(`${BASE_URL}/figures/${figure!.id}`);
    expect(gone.status).toBe(410);
    const html = await gone.text();
    expect(html).toContain("This figure was withdrawn");
    expect(html).toContain("<mark>USD 3.25 billion</mark>");
    const api = await fetch(`${BASE_URL}/api/figures/${figure!.id}`);
    expect(api.status).toBe(410);
    expect(((await api.json()) as { withdrawn: { sentenceText: string } }).withdrawn.sentenceText).toContain("(Reuters) In 2022");
  });

  it("refuses an ingest request without the token the database's lock file holds", async () => {
    const response = await fetch(`${BASE_URL}/api/ingest`, { method: "POST", headers: { authorization: "Bearer forged", "content-type": "application/json" }, body: "{}" });
    expect(response.status).toBe(401);
    expect((await fetch(`${BASE_URL}/api/ingest`)).status).toBe(405);
  });
});
