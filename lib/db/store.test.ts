import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { parseArticleFile } from "@/lib/ingest/article-file";
import { allPairFigures } from "@/lib/api/api-params";
import { CorpusError, openCorpusDatabase } from "@/lib/db/corpus-database";
import { DatabaseBusyError, openDatabase, type Database } from "@/lib/db/database";
import { corpusVersion, findStoredArticle, loadCorpus, lookupIssuedId, saveArticle } from "@/lib/db/store";
import { addEditorFigure, closeSession, loadReviewQueue, openSession, ReviewError, reviewFigure, sessionEditor } from "@/lib/db/reviews";
import { reextractArticles } from "@/lib/ingest/reextract";
import { EXTRACTOR_VERSION } from "@/lib/extract/version";
import { processArticle } from "@/lib/extract/pipeline";

const ROOT = join(import.meta.dirname, "..", "..");
const SEEDS = readdirSync(join(ROOT, "tests", "fixtures", "seeds", "articles")).filter((f) => f.endsWith(".md"));
const MINSK = "minsk-gains-political-weight-in-the-eyes-of-kremlin-as-mediator-of-russo-georgian-relations";
/** The ids the first release issued for the bundled corpus (its figure pages): they must keep working. */
const FIRST_RELEASE_IDS = ["turnover-2014-522cca2446", "share-2014-44d7b8df16", "turnover-2011-a8d5eb37cb", "balance-2011-cbed51c6b6", "d-exports-72ed010d", "d-imports-72ed010d"];

const dirs: string[] = [];
function dataDirWith(files: Record<string, string | Buffer> = {}, withSeeds = true): string {
  const dir = mkdtempSync(join(tmpdir(), "tradecite-db-"));
  dirs.push(dir);
  mkdirSync(join(dir, "articles"));
  if (withSeeds) for (const seed of SEEDS) cpSync(join(ROOT, "tests", "fixtures", "seeds", "articles", seed), join(dir, "articles", seed));
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, "articles", name), content);
  return dir;
}
afterAll(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** An article file's text run through the pipeline, ready to store. */
function storable(id: string, text: string) {
  const { meta, body } = parseArticleFile(text);
  return { ...processArticle({ id, ...meta, body }), rawText: text, language: "en" };
}

/** Every id a corpus hands out: its stated figures' and its derived figures'. */
async function issuedIds(db: Database): Promise<string[]> {
  const corpus = await loadCorpus(db);
  return allPairFigures(corpus.figures, null).map((f) => f.id);
}

/**
 * Opens a fresh database of each kind: PGlite in a temporary directory, and, when
 * TEST_DATABASE_URL names a PostgreSQL server (CI starts one), a new database on it.
 */
const servers: Array<[string, () => Promise<{ url?: string; drop: () => Promise<void> }>]> = [["PGlite", async () => ({ drop: async () => undefined })]];
const serverUrl = process.env.TEST_DATABASE_URL;
if (serverUrl) {
  servers.push([
    "PostgreSQL",
    async () => {
      const { default: pg } = await import("pg");
      const name = `tradecite_test_${process.pid}_${Math.floor(Math.random() * 1e9)}`;
      const admin = new pg.Client({ connectionString: serverUrl });
      await admin.connect();
      await admin.query(`create database ${name}`);
      await admin.end();
      const url = new URL(serverUrl);
      url.pathname = `/${name}`;
      return {
        url: url.toString(),
        drop: async () => {
          const again = new pg.Client({ connectionString: serverUrl });
          await again.connect();
          await again.query(`drop database if exists ${name} with (force)`);
          await again.end();
        },
      };
    },
  ]);
}

describe.each(servers)("the corpus database on %s", (_, createServer) => {
  let open: Database[] = [];
  let drops: Array<() => Promise<void>> = [];
  async function seeded(dir = dataDirWith()): Promise<Database> {
    const server = await createServer();
    drops.push(server.drop);
    const db = await openCorpusDatabase({ role: "cli", dataDir: dir, url: server.url });
    open.push(db);
    return db;
  }
  beforeAll(() => {
    open = [];
    drops = [];
  });
  afterEach(async () => {
    for (const db of open.splice(0)) await db.close();
    for (const drop of drops.splice(0)) await drop();
  });

  it("is seeded with the bundled articles on first use (the seeds): three articles, four figures, newest first", async () => {
    const db = await seeded();
    const { articles, figures } = await loadCorpus(db);
    expect(articles.map((a) => a.date)).toEqual(["2023-01-09", "2017-10-02", "2016-04-22"]);
    expect(figures.map((f) => [f.metric, f.period, f.value])).toEqual([
      ["turnover", "2014", 64180000],
      ["share", "2014", 0.1],
      ["turnover", "2011", 300000000],
      ["balance", "2011", -237100000],
    ]);
    const stored = await db.query<{ extractor_version: string }>("select distinct extractor_version from figures");
    expect(stored).toEqual([{ extractor_version: EXTRACTOR_VERSION }]);
  });

  it("keeps the first release's permalinks: each old id leads to a current figure of the same claim", async () => {
    const db = await seeded();
    const current = new Set(await issuedIds(db));
    for (const old of FIRST_RELEASE_IDS) {
      const issued = await lookupIssuedId(db, old);
      expect(issued.status, old).toBe("alias");
      if (issued.status === "alias") expect(current.has(issued.figureId), old).toBe(true);
    }
    const turnover = await lookupIssuedId(db, "turnover-2014-522cca2446");
    const figure = (await loadCorpus(db)).figures.find((f) => issued(turnover) === f.id);
    expect([figure?.metric, figure?.period, figure?.value]).toEqual(["turnover", "2014", 64180000]);
    expect(await lookupIssuedId(db, "turnover-2014-0000000000")).toEqual({ status: "unknown" });
  });

  it("stores the same article again as a no-op: nothing written, the version unchanged", async () => {
    const db = await seeded();
    const version = await corpusVersion(db);
    const text = readFileSync(join(ROOT, "tests", "fixtures", "seeds", "articles", `${MINSK}.md`), "utf8");
    const change = await saveArticle(db, storable(MINSK, text), EXTRACTOR_VERSION);
    expect(change.unchanged).toBe(true);
    expect(await corpusVersion(db)).toBe(version);
  });

  it("after an edit that adds “(Reuters)” to a sentence, every id issued before answers with the same claim", async () => {
    const db = await seeded();
    const before = await loadCorpus(db);
    const beforeIds = [...(await issuedIds(db)), ...FIRST_RELEASE_IDS];
    const claimOf = new Map(allPairFigures(before.figures, null).map((f) => [f.id, [f.metric, f.period, f.value].join("|")]));
    const text = readFileSync(join(ROOT, "tests", "fixtures", "seeds", "articles", `${MINSK}.md`), "utf8");
    const edited = text.replace("In 2014, it totalled", "(Reuters) In 2014, it totalled");
    expect(edited).not.toBe(text);
    const version = await corpusVersion(db);
    const change = await saveArticle(db, storable(MINSK, edited), EXTRACTOR_VERSION);
    expect(change.unchanged).toBe(false);
    expect(change.figures.aliased.length).toBeGreaterThan(0);
    expect(change.figures.withdrawn).toEqual([]);
    expect(await corpusVersion(db)).not.toBe(version);

    const after = await loadCorpus(db);
    const now = new Map(allPairFigures(after.figures, null).map((f) => [f.id, [f.metric, f.period, f.value].join("|")]));
    for (const id of beforeIds) {
      const target = now.has(id) ? id : issued(await lookupIssuedId(db, id));
      expect(now.has(target ?? ""), `${id} leads to a current figure`).toBe(true);
      const original = claimOf.get(id) ?? claimOf.get(issued(await lookupIssuedId(db, id)) ?? "");
      if (claimOf.has(id)) expect(now.get(target!), id).toBe(original);
    }
    expect((await findStoredArticle(db, MINSK))?.article.body).toContain("(Reuters) In 2014, it totalled");
  });

  it("withdraws a figure whose sentence is gone, keeping the sentence for its permalink; restored, it is current again", async () => {
    const db = await seeded();
    const text = readFileSync(join(ROOT, "tests", "fixtures", "seeds", "articles", `${MINSK}.md`), "utf8");
    const sentence = text.split(/(?<=\.)\s+/).find((s) => s.includes("USD 237.1 million"));
    expect(sentence).toBeDefined();
    const balance = (await loadCorpus(db)).figures.find((f) => f.metric === "balance")!;
    await saveArticle(db, storable(MINSK, text.replace(sentence!, "")), EXTRACTOR_VERSION);
    const gone = await lookupIssuedId(db, balance.id);
    expect(gone.status).toBe("withdrawn");
    if (gone.status === "withdrawn") {
      expect(gone.figure.sentenceText).toContain("deficit");
      expect(gone.figure.numberText).toMatch(/237\.1/);
      expect(gone.reason).toMatch(/no longer states/);
    }
    // The derived exports of 2011 came from that balance: its id is withdrawn too, and the first
    // release's id for it still leads there.
    const derived = issued(await lookupIssuedId(db, "d-exports-72ed010d"));
    expect((await lookupIssuedId(db, derived!)).status).toBe("withdrawn");
    await saveArticle(db, storable(MINSK, text), EXTRACTOR_VERSION);
    expect((await loadCorpus(db)).figures.map((f) => f.id)).toContain(balance.id);
    expect(await lookupIssuedId(db, "d-exports-72ed010d")).toMatchObject({ status: "alias" });
  });

  it("writes an article and its figures in one transaction: a failure leaves nothing behind", async () => {
    const db = await seeded();
    const version = await corpusVersion(db);
    const text = "---\ntitle: Twice the same figure\n---\nIn 2022, trade turnover between Armenia and Georgia totalled USD 1.2 billion.\n";
    const article = storable("twice-the-same-figure", text);
    // Two rows with one id cannot be inserted by one statement: the database refuses mid-write.
    const broken = { ...article, figures: [article.figures[0]!, article.figures[0]!] };
    await expect(saveArticle(db, broken, EXTRACTOR_VERSION)).rejects.toThrow();
    expect(await findStoredArticle(db, "twice-the-same-figure")).toBeUndefined();
    expect(await corpusVersion(db)).toBe(version);
  });

  it.each([
    ["a file name that is not a slug", { "Not A Slug.md": "---\ntitle: T\n---\nBody." }, "lowercase slug"],
    ["broken front matter", { "broken.md": "---\ntitle: [oops\n---\nBody." }, "front matter"],
    ["a binary file", { "binary.md": Buffer.from([0, 1, 2, 3]) }, "binary"],
  ])("refuses to seed from %s, naming the file", async (_, files, reason) => {
    const dir = dataDirWith(files as Record<string, string | Buffer>, false);
    const error = await seeded(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CorpusError);
    expect(String(error)).toMatch(new RegExp(`${Object.keys(files)[0]}.*${reason}`));
  });

  describe("reviews", () => {
    const idOf = async (db: Database, metric: string, period: string) => (await loadCorpus(db)).figures.find((f) => f.metric === metric && f.period === period)!.id;

    it("a correction is what readers see, with the extractor's reading kept beside it; derived figures follow it and keep their permalinks", async () => {
      const db = await seeded();
      const turnover = await idOf(db, "turnover", "2011");
      const derivedBefore = allPairFigures((await loadCorpus(db)).figures, null).filter((f) => f.derived).map((f) => f.id);
      const version = await corpusVersion(db);
      const corrected = await reviewFigure(db, turnover, "editor-a", { action: "correct", correction: { value: 298e6, qualifier: "exact" }, note: "Belstat's final figure" });
      expect(corrected).toMatchObject({ value: 298e6, qualifier: "exact", review: { state: "corrected", by: "editor-a", note: "Belstat's final figure", original: { value: 3e8, qualifier: "almost", metric: "turnover" } } });
      expect(await corpusVersion(db)).not.toBe(version);
      const after = allPairFigures((await loadCorpus(db)).figures, null);
      expect(after.find((f) => f.id === turnover)).toMatchObject({ value: 298e6, review: { state: "corrected" } });
      const exports2011 = after.find((f) => f.derived && f.metric === "exports" && f.period === "2011");
      expect(exports2011?.value).toBeCloseTo((298e6 - 237.1e6) / 2, 0);
      for (const id of derivedBefore) expect(after.some((f) => f.id === id) || (await lookupIssuedId(db, id)).status !== "unknown").toBe(true);
      expect(await db.query("select editor, action, subject from audit_log where action like 'figure.%'")).toEqual([{ editor: "editor-a", action: "figure.correct", subject: turnover }]);
    });

    it("a rejected figure leaves the corpus; its permalink says who rejected it and why", async () => {
      const db = await seeded();
      const balance = await idOf(db, "balance", "2011");
      expect(await reviewFigure(db, balance, "editor-b", { action: "reject", note: "the deficit is Georgia's, not Belarus's" })).toBeUndefined();
      expect((await loadCorpus(db)).figures.some((f) => f.id === balance)).toBe(false);
      const issued = await lookupIssuedId(db, balance);
      expect(issued).toMatchObject({ status: "withdrawn", figure: { value: -237100000, numberText: "USD 237.1 million" } });
      expect(issued.status === "withdrawn" && issued.reason).toMatch(/^rejected by editor-b on \d{4}-\d{2}-\d{2}: the deficit is Georgia's, not Belarus's$/);
    });

    it("the queue lists unreviewed figures lowest confidence first; a confirmed one leaves it and is marked", async () => {
      const db = await seeded();
      const queue = await loadReviewQueue(db, 10);
      expect(queue.total).toBe(4);
      expect(queue.figures.map((f) => f.confidence)).toEqual([...queue.figures.map((f) => f.confidence)].sort((a, b) => a - b));
      expect(queue.figures[0]).toHaveProperty("sentenceText");
      const first = queue.figures[0]!;
      expect(await reviewFigure(db, first.id, "editor-a", { action: "confirm" })).toMatchObject({ value: first.value, review: { state: "confirmed", original: null } });
      expect((await loadReviewQueue(db, 10)).figures.map((f) => f.id)).not.toContain(first.id);
    });

    it("refuses a review of a figure that is not current, and stores nothing", async () => {
      const db = await seeded();
      await expect(reviewFigure(db, "no-such-figure", "editor-a", { action: "confirm" })).rejects.toThrow(ReviewError);
      expect(await db.query("select count(*)::integer as n from reviews")).toEqual([{ n: 0 }]);
    });

    it("re-extraction keeps corrections, rejections and the figures editors added", async () => {
      const db = await seeded();
      const turnover = await idOf(db, "turnover", "2011");
      const balance = await idOf(db, "balance", "2011");
      await reviewFigure(db, turnover, "editor-a", { action: "correct", correction: { value: 298e6 } });
      await reviewFigure(db, balance, "editor-a", { action: "reject", note: "misread" });
      const added = await addEditorFigure(db, "editor-b", { articleId: MINSK, sentenceIndex: 8, numberText: "0.1%", reading: { metric: "share", reporter: "BLR", partner: "WLD", period: "2014", value: 0.1, currency: null, qualifier: "approx", kind: "actual" } });
      const reextracted = await reextractArticles(db);
      expect(reextracted.find((a) => a.id === MINSK)?.change).toMatchObject({ withdrawn: 0, aliased: 0 });
      const figures = (await loadCorpus(db)).figures;
      expect(figures.find((f) => f.id === turnover)).toMatchObject({ value: 298e6, review: { state: "corrected" } });
      expect(figures.some((f) => f.id === balance)).toBe(false);
      expect(figures.find((f) => f.id === added.id)).toMatchObject({ partner: "WLD", review: { state: "confirmed", by: "editor-b" } });
      await expect(addEditorFigure(db, "editor-b", { articleId: MINSK, sentenceIndex: 8, numberText: "no such number 42", reading: added })).rejects.toThrow(/is not in sentence 9/);
    });

    it("a confirmation after a correction keeps the correction; a rejected figure comes back when confirmed", async () => {
      const db = await seeded();
      const turnover = await idOf(db, "turnover", "2011");
      await reviewFigure(db, turnover, "editor-a", { action: "correct", correction: { value: 298e6, period: "2012" } });
      expect(await reviewFigure(db, turnover, "editor-b", { action: "confirm" })).toMatchObject({ value: 298e6, period: "2012", review: { state: "corrected", by: "editor-b", original: { value: 3e8, period: "2011" } } });
      await reviewFigure(db, turnover, "editor-b", { action: "reject" });
      expect((await loadCorpus(db)).figures.some((f) => f.id === turnover)).toBe(false);
      expect(await reviewFigure(db, turnover, "editor-a", { action: "confirm", note: "rejected by mistake" })).toMatchObject({ value: 298e6, review: { state: "corrected" } });
      expect((await loadCorpus(db)).figures.some((f) => f.id === turnover)).toBe(true);
    });

    it("a figure read anew loses its confirmation (back to the queue); an editor's figure follows its sentence when the text changes elsewhere", async () => {
      const db = await seeded();
      const text = readFileSync(join(ROOT, "tests", "fixtures", "seeds", "articles", `${MINSK}.md`), "utf8");
      const before = storable(MINSK, text).figures;
      const [turnover2014, balance] = [before.find((f) => f.metric === "turnover" && f.period === "2014")!, before.find((f) => f.metric === "balance")!];
      await reviewFigure(db, turnover2014.id, "editor-a", { action: "confirm" });
      await reviewFigure(db, balance.id, "editor-a", { action: "confirm" });
      const added = await addEditorFigure(db, "editor-b", { articleId: MINSK, sentenceIndex: balance.sentenceIndex, numberText: "USD 237.1 million", reading: { metric: "imports", reporter: "BLR", partner: "GEO", period: "2011", value: 237.1e6, currency: "USD", qualifier: "exact", kind: "actual" } });
      // A paragraph added at the top moves every sentence down, and the 2014 sentence is reworded.
      const edited = text.replace(/\n---\n\n/, "\n---\n\nA new opening paragraph about something else entirely.\n\n").replace("In 2014, it totalled", "In 2014, trade totalled");
      await saveArticle(db, storable(MINSK, edited), EXTRACTOR_VERSION);
      const figures = (await loadCorpus(db)).figures;
      const body = (await findStoredArticle(db, MINSK))!.article.body;
      const moved = figures.find((f) => f.id === added.id)!;
      expect(body.slice(moved.span[0], moved.span[1])).toBe("USD 237.1 million");
      expect(moved.sentenceIndex).toBe(added.sentenceIndex + 1);
      expect(figures.find((f) => f.id === balance.id)?.review).toMatchObject({ state: "confirmed" });
      const reworded = await lookupIssuedId(db, turnover2014.id);
      expect(reworded.status).toBe("alias");
      expect(figures.find((f) => reworded.status === "alias" && f.id === reworded.figureId)?.review).toBeUndefined();
    });

    it("keeps a session only as its token's hash, and ends it", async () => {
      const db = await seeded();
      const token = await openSession(db, "editor-a");
      expect(await sessionEditor(db, token)).toBe("editor-a");
      expect(JSON.stringify(await db.query("select * from editor_sessions"))).not.toContain(token);
      expect(await sessionEditor(db, token.replace(/.$/, (c) => (c === "A" ? "B" : "A")))).toBeUndefined();
      await closeSession(db, token);
      expect(await sessionEditor(db, token)).toBeUndefined();
    });
  });
});

/** The id an alias leads to. */
function issued(lookup: Awaited<ReturnType<typeof lookupIssuedId>>): string | undefined {
  return lookup.status === "alias" ? lookup.figureId : undefined;
}

describe("the embedded database's lock", () => {
  it("lets one process open a directory: a second opening says who holds it", async () => {
    const dir = join(dataDirWith({}, false), "db");
    const first = await openDatabase({ dir, role: "server", origin: "http://localhost:3999" });
    try {
      const second = await openDatabase({ dir, role: "cli" }).catch((e: unknown) => e);
      expect(second).toBeInstanceOf(DatabaseBusyError);
      expect((second as DatabaseBusyError).holder).toMatchObject({ pid: process.pid, role: "server", origin: "http://localhost:3999" });
      expect(String(second)).toMatch(/dashboard server \(pid \d+\) holds the database/);
    } finally {
      await first.close();
    }
    const again = await openDatabase({ dir, role: "cli" });
    await again.close();
  });

  it("takes over a lock left by a process that is gone", async () => {
    const dir = join(dataDirWith({}, false), "db");
    writeFileSync(`${dir}.lock`, JSON.stringify({ pid: 2 ** 22 + 12345, role: "cli" }));
    const db = await openDatabase({ dir, role: "cli" });
    await db.close();
  });
});
