import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { parseArticleFile } from "@/lib/ingest/article-file";
import { openCorpusDatabase } from "@/lib/db/corpus-database";
import { corpusVersion, loadCorpus } from "@/lib/db/store";
import { EXTRACTOR_VERSION } from "@/lib/extract/version";

const root = join(import.meta.dirname, "..", "..");
const tsx = join(root, "node_modules", "tsx", "dist", "cli.mjs");
const run = (script: string, args: string[], cwd = root, env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [tsx, join(root, "scripts", script), ...args], { cwd, encoding: "utf8", timeout: 60_000, env: { ...process.env, ...env } });

const work = mkdtempSync(join(tmpdir(), "tradecite-cli-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const file = (name: string, content: string | Buffer) => {
  const path = join(work, name);
  writeFileSync(path, content);
  return path;
};
const link = (name: string, to: string) => {
  const path = join(work, name);
  symlinkSync(to, path);
  return path;
};
const fifo = (name: string) => {
  const path = join(work, name);
  spawnSync("mkfifo", [path]);
  return path;
};
const aliasBomb = ["a", "b", "c", "d", "e", "f"].map((k, i, all) => `${k}: &${k} [${Array(9).fill(i ? `*${all[i - 1]}` : '"x"').join(", ")}]\n`).join("");
const seedRaw = join(root, "data", "raw", "000_030d030831b57284.txt");
type ExtractJson = { file: string; title: string; sentences: { index: number; text: string }[]; figures: { metric: string; value: number; sentenceIndex: number; span: [number, number] }[] }[];

describe("extract CLI", () => {
  it("stops quietly when its reader stops early ('extract … | head')", () => {
    const files = Array(300).fill(seedRaw).map((f) => JSON.stringify(f)).join(" ");
    const r = spawnSync("bash", ["-c", `${JSON.stringify(process.execPath)} ${JSON.stringify(tsx)} ${JSON.stringify(join(root, "scripts", "extract.ts"))} ${files} | head -c 1 > /dev/null; exit \${PIPESTATUS[0]}`], { cwd: root, encoding: "utf8", timeout: 60_000 });
    expect(r.stderr).not.toMatch(/EPIPE|Error/);
    expect(r.status).toBe(0);
  });

  it("prints one JSON array with the seed's four figures, sentences and spans", () => {
    const r = run("extract.ts", ["--json", seedRaw, join(root, "data", "raw", "003_46ef3c5490df1303.txt")]);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout) as ExtractJson;
    expect(out.map((o) => [o.file, o.figures.length])).toEqual([[seedRaw, 4], [join(root, "data", "raw", "003_46ef3c5490df1303.txt"), 0]]);
    const [turnover] = out[0]!.figures;
    expect(turnover).toMatchObject({ metric: "turnover", reporter: "BLR", partner: "GEO", period: "2014", value: 64180000, currency: "USD", qualifier: "exact", kind: "actual" });
    const sentence = out[0]!.sentences.find((s) => s.index === turnover!.sentenceIndex)!.text;
    expect(sentence.startsWith("In 2014, it totalled USD 64.18 million")).toBe(true);
    expect(sentence.slice(...turnover!.span)).toBe("USD 64.18 million");
    // Two figures (the turnover and its share) stand in that sentence; it is given once.
    expect(out[0]!.sentences.map((s) => s.index)).toEqual([...new Set(out[0]!.figures.map((f) => f.sentenceIndex))]);
  });

  it("bounds what one huge sentence yields: each sentence once, at most 50 of its amounts read", () => {
    const amounts = Array.from({ length: 3000 }, (_, i) => `exports $${i + 1} million`).join(", ");
    const r = run("extract.ts", ["--json", file("one-sentence.txt", `Belarus trade\n\nIn 2014 Belarus-Georgia trade: ${amounts}.\n`)]);
    expect(r.status).toBe(0);
    const [out] = JSON.parse(r.stdout) as ExtractJson;
    expect(out!.sentences).toHaveLength(1);
    expect(out!.figures.length).toBeGreaterThan(0);
    expect(out!.figures.length).toBeLessThanOrEqual(50);
    // The sentence alone is 70 KB: given once, the output stays within a few times its size.
    expect(r.stdout.length).toBeLessThan(4 * out!.sentences[0]!.text.length);
  });

  it("keeps a related article found in the same scraped file apart from the page's own figures", () => {
    const [seed] = JSON.parse(run("extract.ts", ["--json", seedRaw]).stdout) as { title: string; figures: unknown[]; related: { title: string; figures: unknown[] }[] }[];
    expect(seed!.title).toBe("Minsk gains political weight in the eyes of Kremlin as mediator of Russo-Georgian relations");
    expect(seed!.related).toEqual([{ title: "Belarusian and Ukrainian Defence Ministries entangle in confrontation spiral", sentences: [], figures: [] }]);
  });

  it("gives every figure a confidence in [0, 1]", () => {
    const [seed] = JSON.parse(run("extract.ts", ["--json", seedRaw]).stdout) as { figures: { confidence: number }[] }[];
    expect(seed!.figures.map((f) => f.confidence >= 0 && f.confidence <= 1)).toEqual([true, true, true, true]);
  });

  it("explains what decided each figure of the seed and why other amounts gave none", () => {
    const r = run("extract.ts", ["--explain", seedRaw, file("investment.txt", "Trade deal\n\nIn 2023, Belarus and Georgia signed contracts worth $40 million. Trade between Belarus and Georgia reached $70 million in 2023.\n")]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("“In 2014, it totalled [USD 64.18 million] or about");
    expect(r.stdout).toContain("metric:  turnover ('it'/'the figure' referring to an earlier sentence)");
    expect(r.stdout).toContain("parties: BLR → GEO");
    expect(r.stdout).toMatch(/period:\s+2014 \(the nearest period before it in its clause\)/);
    expect(r.stdout).toMatch(/figure:\s+turnover-2014-\w+, confidence 0\.\d\d from metric=turnover/);
    expect(r.stdout).toContain("[$40 million]");
    expect(r.stdout).toContain('no figure: money of another kind ("contracts" nearer than any trade word)');
    expect(r.stdout).toMatch(/\[\$70 million\][^\n]*\n\s+money:[^\n]*\n\s+metric:\s+turnover/);
  });

  it("refuses --json together with --explain", () => {
    const r = run("extract.ts", ["--json", "--explain", seedRaw]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("--json and --explain do not go together");
  });

  it("prints a readable table with each figure's sentence", () => {
    const r = run("extract.ts", [seedRaw]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain("4 figures");
    expect(r.stdout).toMatch(/2011\s+balance\s+BLR→GEO\s+−USD 237\.1 million/);
    expect(r.stdout).toContain("[USD 64.18 million]");
  });

  it.each([
    ["missing", () => join(work, "nope.txt"), "no such file"],
    ["empty", () => file("empty.txt", ""), "empty file"],
    ["blank", () => file("blank.txt", "  \n\n \n"), "empty file"],
    ["binary", () => file("binary.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02])), "binary file"],
    ["non-UTF-8", () => file("latin1.txt", Buffer.from("Trade with Turkey reached \xe9 $1 billion", "latin1")), "not valid UTF-8"],
    ["over 5 MB", () => file("huge.txt", "Trade news. ".repeat(500_000)), "too large"],
    ["a directory", () => work, "is a directory"],
    ["malformed front matter", () => file("bad.md", "---\ntitle: [unclosed\n---\nBody."), "front matter"],
    ["symlink to /dev/zero", () => link("zero.txt", "/dev/zero"), "not a regular file"],
    ["symlink to /dev/urandom", () => link("random.txt", "/dev/urandom"), "not a regular file"],
    ["named pipe", () => fifo("pipe.txt"), "not a regular file"],
    ["YAML alias bomb", () => file("bomb.md", `---\n${aliasBomb}title: *f\n---\n\nBody.`), "YAML aliases"],
    ["150 harmless aliases", () => file("aliases.md", `---\nx: &x a\nl: [${Array(150).fill("*x").join(", ")}]\ntitle: t\n---\n\nBody.`), "YAML aliases"],
    ["undefined alias", () => file("undefined.md", "---\ntitle: *nowhere\n---\n\nBody."), "front matter"],
    ["front matter of 40,000 keys", () => file("keys.md", `---\n${Array.from({ length: 40_000 }, (_, i) => `k${i}: v\n`).join("")}title: t\n---\n\nBody.`), "at most 16 KB"],
    ["impossible date", () => file("date.md", "---\ntitle: t\ndate: 2020-13-45\n---\n\nBody."), "calendar date"],
    ["raw text named .MD", () => file("UPPER.MD", readFileSync(seedRaw, "utf8")), "no YAML front matter"],
  ])("reports a %s file on one stderr line, still reports the others, exits 1", (_, make, reason) => {
    const bad = make();
    const r = run("extract.ts", ["--json", bad, seedRaw]);
    expect(r.status).toBe(1);
    const lines = r.stderr.split("\n").filter((l) => l.startsWith("extract:"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(bad);
    expect(lines[0]).toContain(reason);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(JSON.parse(r.stdout).map((o: { file: string }) => o.file)).toEqual([seedRaw]);
  });

  it("rejects unknown options and no files with usage and exit 2", () => {
    expect(run("extract.ts", ["--jsn", seedRaw]).status).toBe(2);
    expect(run("extract.ts", []).stderr).toContain("usage:");
  });
});

describe("ingest CLI", { timeout: 60_000 }, () => {
  const SEED_IDS = ["belarusian-and-ukrainian-defence-ministries-entangle-in-confrontation-spiral", "can-belarus-revive-its-multi-vector-foreign-policy", "minsk-gains-political-weight-in-the-eyes-of-kremlin-as-mediator-of-russo-georgian-relations"];
  const MINSK = SEED_IDS[2]!;
  /** A data directory of its own, with the bundled articles to seed from or without. */
  const dataDir = (withSeeds: boolean) => {
    const dir = mkdtempSync(join(work, "data-"));
    if (withSeeds) cpSync(join(root, "tests", "fixtures", "seeds", "articles"), join(dir, "articles"), { recursive: true });
    return dir;
  };
  const ingest = (dir: string, args: string[]) => run("ingest.ts", args, root, { TRADECITE_DATA_DIR: dir });
  /** What the data directory's database holds, read after the command has exited (and let go of it). */
  async function stored(dir: string) {
    const db = await openCorpusDatabase({ role: "cli", dataDir: dir });
    try {
      const corpus = await loadCorpus(db);
      return { ids: corpus.articles.map((a) => a.id).sort(), articles: corpus.articles, figures: corpus.figures, version: await corpusVersion(db), db };
    } finally {
      await db.close();
    }
  }

  it("stores the cleaned seed articles and their figures, as the bundled corpus has them", async () => {
    const dir = dataDir(false);
    const r = ingest(dir, [seedRaw, join(root, "data", "raw", "003_46ef3c5490df1303.txt")]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`${seedRaw} → ${MINSK} (“Minsk gains political weight in the eyes of Kremlin as mediator of Russo-Georgian relations”): new, 4 figures`);
    const { ids, articles, figures } = await stored(dir);
    expect(ids).toEqual(SEED_IDS);
    for (const article of articles) {
      const { meta, body } = parseArticleFile(readFileSync(join(root, "tests", "fixtures", "seeds", "articles", `${article.id}.md`), "utf8"));
      expect({ ...article, sentences: undefined }, article.id).toEqual({ id: article.id, ...meta, body, sentences: undefined });
    }
    expect(figures.map((f) => [f.metric, f.period, f.value])).toEqual([["turnover", "2014", 64180000], ["share", "2014", 0.1], ["turnover", "2011", 300000000], ["balance", "2011", -237100000]]);
  });

  it("changes nothing when the same file is ingested again", async () => {
    const dir = dataDir(true);
    expect(ingest(dir, [seedRaw]).status).toBe(0);
    const before = await stored(dir);
    const again = ingest(dir, [seedRaw]);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/: unchanged\n/);
    expect((await stored(dir)).version).toBe(before.version);
  });

  it("never replaces a stored article's text without --force, and reports what --force changed", async () => {
    const dir = dataDir(true);
    const changed = file("changed-seed.txt", readFileSync(seedRaw, "utf8").replaceAll("USD 64.18", "USD 99.99"));
    const before = await stored(dir);
    const refused = ingest(dir, [changed]);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain("--force");
    expect(refused.stderr).toContain("nothing stored");
    expect((await stored(dir)).version).toBe(before.version);
    const forced = ingest(dir, ["--force", changed]);
    expect(forced.status).toBe(0);
    expect(forced.stdout, forced.stdout).toMatch(/updated, 4 figures: .*withdrawn/);
    expect((await stored(dir)).figures.map((f) => f.value)).toContain(99990000);
  });

  it("keeps the URL a raw file states, and names the publisher from its domain", async () => {
    const dir = dataDir(false);
    const raw = file("with-url.txt", "Belarus and Georgia trade grows\nhttps://www.belta.by/economics/view/belarus-georgia-trade-12345-2015/\nMINSK, 3 March 2015 (BelTA) - In 2014, trade turnover between Belarus and Georgia totalled USD 64.18 million, the ministry said.\n");
    expect(ingest(dir, [raw]).status).toBe(0);
    const [article] = (await stored(dir)).articles;
    expect(article).toMatchObject({ id: "belarus-and-georgia-trade-grows", url: "https://www.belta.by/economics/view/belarus-georgia-trade-12345-2015/", publisher: "BelTA" });
    expect(article!.body).not.toContain("https://www.belta.by");
  });

  it("keeps corrected metadata when --force cleans the body again", async () => {
    const dir = dataDir(true);
    const db = await openCorpusDatabase({ role: "cli", dataDir: dir });
    await db.query("update articles set title = 'Minsk as mediator (corrected)', published_on = '2016-04-23' where id = $1", [MINSK]);
    await db.close();
    const changed = file("changed-seed-2.txt", readFileSync(seedRaw, "utf8").replaceAll("USD 64.18", "USD 99.99"));
    expect(ingest(dir, ["--force", changed]).status).toBe(0);
    const article = (await stored(dir)).articles.find((a) => a.id === MINSK);
    expect(article).toMatchObject({ title: "Minsk as mediator (corrected)", date: "2016-04-23" });
    expect(article!.body).toContain("USD 99.99 million");
  });

  it.each([
    ["missing", () => join(work, "gone.txt")],
    ["binary", () => file("bin2.txt", Buffer.from([0, 1, 2, 3]))],
    ["empty", () => file("empty2.txt", "")],
    ["already ingested", () => join(root, "tests", "fixtures", "seeds", "articles", "can-belarus-revive-its-multi-vector-foreign-policy.md")],
  ])("stores nothing when one file is %s", async (_, make) => {
    const dir = dataDir(false);
    const r = ingest(dir, [join(root, "data", "raw", "003_46ef3c5490df1303.txt"), make()]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("nothing stored");
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect((await stored(dir)).ids).toEqual([]);
  });

  it("says clearly that another command holds the database, and stores nothing", async () => {
    const dir = dataDir(false);
    // This test's own process stands for a command that is still running.
    writeFileSync(join(dir, "db.lock"), JSON.stringify({ pid: process.pid, role: "cli" }));
    const r = ingest(dir, [seedRaw]);
    expect(r.status).toBe(1);
    expect(r.stderr).toBe(`ingest: another command (pid ${process.pid}) is using the database; try again when it has finished\n`);
    rmSync(join(dir, "db.lock"));
    expect((await stored(dir)).ids).toEqual([]);
  });

  it.each([
    ["a directory under /proc", "/proc/tradecite-data"],
    ["a path through a file", () => join(file("plain.txt", "x"), "sub")],
  ])("refuses a data directory that is %s with one line and exit 1", (_, target) => {
    const r = ingest(typeof target === "string" ? target : target(), [seedRaw]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^ingest: .+\n$/);
  });

  it("refuses an unknown option with the usage and exit 2", () => {
    const r = ingest(dataDir(false), ["--out", "x", seedRaw]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("usage:");
  });
});

describe("reextract CLI", { timeout: 60_000 }, () => {
  const MINSK = "minsk-gains-political-weight-in-the-eyes-of-kremlin-as-mediator-of-russo-georgian-relations";
  const seededDir = () => {
    const dir = mkdtempSync(join(work, "reextract-"));
    cpSync(join(root, "tests", "fixtures", "seeds", "articles"), join(dir, "articles"), { recursive: true });
    return dir;
  };

  it("reports no change when the stored figures are what the extractor reads", () => {
    const dir = seededDir();
    const r = run("reextract.ts", [], root, { TRADECITE_DATA_DIR: dir });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`${MINSK}: no change`);
    expect(r.stdout).toMatch(/3 articles, 0 changed: 0 figures gained, 0 read anew, 0 under a new id, 0 withdrawn\n$/);
  });

  it("restores figures an older extractor read differently, or missed, keeping their ids", async () => {
    const dir = seededDir();
    const db = await openCorpusDatabase({ role: "cli", dataDir: dir });
    const [balance] = await db.query<{ id: string }>("select id from figures where metric = 'balance'");
    await db.query("update figures set value = 1, extractor_version = 'old' where id = $1", [balance!.id]);
    await db.query("delete from figures where metric = 'share'");
    await db.close();
    const r = run("reextract.ts", [], root, { TRADECITE_DATA_DIR: dir });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`${MINSK}: updated, 4 figures: 1 gained, 1 read anew`);
    expect(r.stdout).toMatch(/3 articles, 1 changed: 1 figures gained, 1 read anew, 0 under a new id, 0 withdrawn\n$/);
    const after = await openCorpusDatabase({ role: "cli", dataDir: dir });
    expect(await after.query("select value, extractor_version from figures where id = $1", [balance!.id])).toEqual([{ value: -237100000, extractor_version: EXTRACTOR_VERSION }]);
    await after.close();
  });

  it("refuses an unknown option with the usage and exit 2", () => {
    const r = run("reextract.ts", ["--all"], root, { TRADECITE_DATA_DIR: seededDir() });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("usage:");
  });
});

describe("score CLI: first-blind records and calibration", () => {
  const set = join(work, "blind-set");
  cpSync(join(root, "tests", "fixtures", "real", "batch-10"), set, { recursive: true });
  rmSync(join(set, "first-blind.json"), { force: true });

  it("records a set's first-blind figures with their reading features, once", () => {
    const first = run("score.ts", ["--record-blind", set]);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^blind-set: P \d\.\d{3} R \d\.\d{3}/m);
    const record = JSON.parse(readFileSync(join(set, "first-blind.json"), "utf8")) as { extractor: string; articles: { figures: { features: string[] }[] }[] };
    expect(record.extractor).toBe(EXTRACTOR_VERSION);
    const figures = record.articles.flatMap((a) => a.figures);
    expect(figures.length).toBeGreaterThan(20);
    expect(figures.every((f) => f.features.some((x) => x.startsWith("metric-from=")))).toBe(true);
    const again = run("score.ts", ["--record-blind", set]);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain("a first-blind record is never rewritten");
  });

  it("reports calibration per set", () => {
    const r = run("score.ts", ["--calibration", set]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^blind-set\s+figures\s+\d+\s+right\s+[\d.]+ %\s+ECE 0\.\d{3}/m);
  });

  it("refuses to rescale on a set with no first-blind record", () => {
    const r = run("train-confidence.ts", ["--fresh", join(root, "tests", "fixtures", "real", "batch-11"), set]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("no first-blind.json");
  });
});
