import { figureText } from "@/lib/extract/figure-id";
import { reconcileFigures, type Reconciliation, type TextedFigure } from "@/lib/ingest/reconcile";
import { articleSchema, figureSchema, type Article, type CountryCode, type Figure } from "@/lib/schema";
import { pairFiguresFor } from "@/lib/series/series";
import type { Database, Queryable, Row } from "@/lib/db/database";

export type Corpus = { articles: Article[]; figures: Figure[] };

/** An article ready to store: run through the pipeline, with the file it came from. */
export type ArticleToStore = { article: Article; figures: Figure[]; rawText: string; language: string };

/** What storing an article changed: nothing (the same article again), or its figures reconciled with the ones stored before. */
export type StoredArticleChange = { articleId: string; created: boolean; unchanged: boolean; figures: Reconciliation; derivedAliased: number; derivedWithdrawn: number };

/** What a withdrawn figure said, and where (a derived one has no sentence or article: those are ""). */
export type WithdrawnFigure = Pick<Figure, "metric" | "reporter" | "partner" | "period"> & { value: number | null; currency: string | null; qualifier: Figure["qualifier"] | null; numberText: string; sentenceText: string; articleId: string; articleTitle: string | null };

/** An id once issued that is no longer a current figure's: where it leads now, or why it is gone. */
export type IssuedId =
  | { status: "alias"; figureId: string; reason: string }
  | { status: "withdrawn"; reason: string; figure: WithdrawnFigure }
  | { status: "unknown" };

const FIGURE_COLUMNS = "id, article_id, sentence_index, span_start, span_end, sentence_text, number_text, metric, reporter, partner, period, value, currency, qualifier, kind, confidence";
/** What the reviewed_figures view adds: the newest review of each figure (migration 002). */
const REVIEW_COLUMNS = "review_state, reviewed_by, reviewed_at, review_note, original_reading";

function figureFromRow(r: Row): TextedFigure {
  const review =
    r.review_state === "confirmed" || r.review_state === "corrected"
      ? { state: r.review_state, by: r.reviewed_by, at: new Date(r.reviewed_at as string).toISOString(), note: r.review_note ?? null, original: r.original_reading ?? null }
      : undefined;
  const figure = figureSchema.parse({
    id: r.id, articleId: r.article_id, sentenceIndex: r.sentence_index, span: [r.span_start, r.span_end], metric: r.metric, reporter: r.reporter, partner: r.partner,
    period: r.period, value: r.value, currency: r.currency, qualifier: r.qualifier, kind: r.kind, confidence: r.confidence, ...(review && { review }),
  });
  return { ...figure, sentenceText: String(r.sentence_text), numberText: String(r.number_text) };
}

/** Inserts rows in batches (one statement per batch): `values` gives each row's parameters. */
export async function insertRows(tx: Queryable, head: string, rows: unknown[][], tail = ""): Promise<void> {
  const width = rows[0]?.length ?? 0;
  const perBatch = Math.max(1, Math.floor(30_000 / Math.max(1, width)));
  for (let i = 0; i < rows.length; i += perBatch) {
    const batch = rows.slice(i, i + perBatch);
    const placeholders = batch.map((_, r) => `(${Array.from({ length: width }, (_, c) => `$${r * width + c + 1}`).join(", ")})`).join(", ");
    await tx.query(`${head} values ${placeholders} ${tail}`, batch.flat());
  }
}

/** Current figures as readers see them: reviewed readings in place of the extractor's, rejected ones left out; in article order unless `order` says otherwise. */
export async function currentFiguresWhere(tx: Queryable, where: string, params: unknown[], order = "article_id, span_start, id"): Promise<TextedFigure[]> {
  return (await tx.query(`select ${FIGURE_COLUMNS}, ${REVIEW_COLUMNS} from visible_figures where ${where} order by ${order}`, params)).map(figureFromRow);
}

/** A current figure as its newest reviews make it, rejected or not. */
export async function reviewedFigureById(tx: Queryable, id: string): Promise<TextedFigure | undefined> {
  return (await tx.query(`select ${FIGURE_COLUMNS}, ${REVIEW_COLUMNS} from reviewed_figures where id = $1 and status = 'current'`, [id])).map(figureFromRow)[0];
}

/** An article's current figures as their newest reviews make them, rejected ones too, each with its review state (null when nobody has reviewed it). */
export async function reviewedFiguresOfArticle(tx: Queryable, articleId: string): Promise<Array<TextedFigure & { reviewState: string | null }>> {
  const rows = await tx.query(`select ${FIGURE_COLUMNS}, ${REVIEW_COLUMNS} from reviewed_figures where article_id = $1 and status = 'current' order by span_start, id`, [articleId]);
  return rows.map((r) => ({ ...figureFromRow(r), reviewState: (r.review_state as string | null) ?? null }));
}

/** A figure as the extractor read it, whatever its review says. */
export async function extractedFigureById(tx: Queryable, id: string): Promise<TextedFigure | undefined> {
  return (await tx.query(`select ${FIGURE_COLUMNS} from figures where id = $1`, [id])).map(figureFromRow)[0];
}

/** An article's current figures as the extractor read them (rejected ones too, not those editors added): what a new reading of it is reconciled with. */
async function extractedFiguresOf(tx: Queryable, articleId: string): Promise<TextedFigure[]> {
  return (await tx.query(`select ${FIGURE_COLUMNS} from figures where status = 'current' and added_by is null and article_id = $1 order by span_start, id`, [articleId])).map(figureFromRow);
}

/**
 * The derived figures of the pair-periods named, keyed by id (each pair seen from its
 * alphabetically first country, as permalinks resolve them). Derivation joins figures of one
 * pair, period and currency only, so these are all the derived figures a write to them can change.
 */
async function derivedOf(tx: Queryable, groups: Array<[CountryCode, CountryCode, string]>) {
  const derived = new Map<string, { metric: string; reporter: string; partner: string; period: string; kind: string }>();
  for (const [a, b, period] of groups) {
    const stated = await currentFiguresWhere(tx, "((reporter = $1 and partner = $2) or (reporter = $2 and partner = $1)) and period = $3", [a, b, period]);
    for (const f of pairFiguresFor(stated, a, b)) if (f.derived) derived.set(f.id, f);
  }
  return derived;
}

const claimOfDerived = (f: { metric: string; reporter: string; partner: string; period: string; kind: string }) => [f.metric, f.reporter, f.partner, f.period, f.kind].join("|");

export async function bumpVersion(tx: Queryable): Promise<void> {
  await tx.query("update corpus_state set value = (value::integer + 1)::text where key = 'version'");
}

/** Counts writes: a cache of the corpus is fresh while this is unchanged. */
export async function corpusVersion(db: Queryable): Promise<string> {
  const [row] = await db.query<{ value: string }>("select value from corpus_state where key = 'version'");
  return row?.value ?? "0";
}

/** The stored article of an id, as ingested (for re-ingesting it with its edited metadata kept). */
export async function findStoredArticle(db: Queryable, id: string): Promise<{ article: Article; rawText: string; language: string } | undefined> {
  const [row] = await db.query("select * from articles where id = $1", [id]);
  if (!row) return undefined;
  const sentences = await db.query("select * from sentences where article_id = $1 order by sentence_index", [id]);
  return { article: articleFromRows(row, sentences), rawText: String(row.raw_text), language: String(row.language) };
}

/** A nullable text column as an optional field. */
const optional = (v: unknown) => (v === null || v === undefined ? undefined : String(v));

function articleFromRows(row: Row, sentences: Row[]): Article {
  return articleSchema.parse({
    id: row.id, title: row.title, date: optional(row.published_on), author: optional(row.author), publisher: optional(row.publisher), url: optional(row.url), source: optional(row.source),
    body: row.body, sentences: sentences.map((s) => ({ index: s.sentence_index, start: s.start_offset, end: s.end_offset, paragraph: s.paragraph })),
  });
}

/**
 * Stores an article and its figures in one transaction. The same article again changes
 * nothing. Otherwise its figures are reconciled with the ones stored before (reconcileFigures):
 * kept ids are updated, vanished ids aliased or withdrawn, and the derived figures of the pairs
 * it touches likewise, so no id once issued is lost.
 */
export async function saveArticle(db: Database, input: ArticleToStore, extractorVersion: string): Promise<StoredArticleChange> {
  const { article, figures, rawText, language } = input;
  const after: TextedFigure[] = figures.map((f) => {
    const text = figureText(f, article);
    return { ...f, sentenceText: text.sentence, numberText: text.number };
  });
  return db.transaction(async (tx) => {
    const [existing] = await tx.query<{ raw_text: string; body: string; title: string; published_on: string | null; author: string | null; publisher: string | null; url: string | null; source: string | null }>(
      "select raw_text, body, title, published_on, author, publisher, url, source from articles where id = $1 for update",
      [article.id],
    );
    const before = await extractedFiguresOf(tx, article.id);
    // A figure an editor added keeps the editor's reading even if the extractor now reads its number.
    const added = new Set((await tx.query<{ id: string }>("select id from figures where article_id = $1 and added_by is not null", [article.id])).map((r) => r.id));
    const meta = [article.title, article.date ?? null, article.author ?? null, article.publisher ?? null, article.url ?? null, article.source ?? null];
    const sameArticle = existing && existing.raw_text === rawText && existing.body === article.body && JSON.stringify([existing.title, existing.published_on, existing.author, existing.publisher, existing.url, existing.source]) === JSON.stringify(meta);
    const reconciliation = reconcileFigures(before, after.filter((f) => !added.has(f.id)));
    const figuresSame = reconciliation.gained.length + reconciliation.changed.length + reconciliation.aliased.length + reconciliation.withdrawn.length === 0;
    if (sameArticle && figuresSame) return { articleId: article.id, created: false, unchanged: true, figures: reconciliation, derivedAliased: 0, derivedWithdrawn: 0 };

    const groups = pairPeriodsOf([...before, ...after, ...(await currentFiguresWhere(tx, "article_id = $1", [article.id]))]);
    const derived = await withDerivedReconciled(tx, groups, async () => {
      const addedPlaces = await addedFigurePlaces(tx, article.id);
      await tx.query(
        `insert into articles (id, title, published_on, author, publisher, url, source, language, raw_text, body) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         on conflict (id) do update set title = excluded.title, published_on = excluded.published_on, author = excluded.author, publisher = excluded.publisher, url = excluded.url,
           source = excluded.source, language = excluded.language, raw_text = excluded.raw_text, body = excluded.body, updated_at = now()`,
        [article.id, ...meta, language, rawText, article.body],
      );
      await tx.query("delete from sentences where article_id = $1", [article.id]);
      await insertRows(tx, "insert into sentences (article_id, sentence_index, start_offset, end_offset, paragraph)", article.sentences.map((s) => [article.id, s.index, s.start, s.end, s.paragraph]));
      await insertRows(
        tx,
        `insert into figures (${FIGURE_COLUMNS}, extractor_version)`,
        after.filter((f) => !added.has(f.id)).map((f) => [f.id, f.articleId, f.sentenceIndex, f.span[0], f.span[1], f.sentenceText, f.numberText, f.metric, f.reporter, f.partner, f.period, f.value, f.currency, f.qualifier, f.kind, f.confidence, extractorVersion]),
        `on conflict (id) do update set article_id = excluded.article_id, sentence_index = excluded.sentence_index, span_start = excluded.span_start, span_end = excluded.span_end,
           sentence_text = excluded.sentence_text, number_text = excluded.number_text, metric = excluded.metric, reporter = excluded.reporter, partner = excluded.partner,
           period = excluded.period, value = excluded.value, currency = excluded.currency, qualifier = excluded.qualifier, kind = excluded.kind, confidence = excluded.confidence,
           extractor_version = excluded.extractor_version, status = 'current', withdrawn_reason = null, updated_at = now()`,
      );
      // An id that is a figure's own again is no longer an alias.
      if (after.length > 0) await tx.query("delete from figure_aliases where old_id = any($1::text[])", [after.map((f) => f.id)]);
      for (const { oldId, newId, reason } of reconciliation.aliased) await addAlias(tx, oldId, newId, reason);
      for (const { oldId, newId } of reconciliation.aliased) await tx.query("update reviews set figure_id = $2 where figure_id = $1", [oldId, newId]);
      // A confirmation vouched for a reading: a figure read anew goes back to the queue (a
      // correction or a rejection stands, being the editor's own reading or verdict).
      const readAnew = [...reconciliation.changed.map((c) => c.after.id), ...reconciliation.aliased.map((a) => a.newId)];
      if (readAnew.length > 0) await tx.query("delete from reviews where action = 'confirm' and figure_id = any($1::text[])", [readAnew]);
      await relocateAddedFigures(tx, article, addedPlaces);
      if (reconciliation.aliased.length > 0) await tx.query("delete from figures where id = any($1::text[])", [reconciliation.aliased.map((a) => a.oldId)]);
      for (const { figure, reason } of reconciliation.withdrawn) await tx.query("update figures set status = 'withdrawn', withdrawn_reason = $2, updated_at = now() where id = $1", [figure.id, reason]);
    });
    await bumpVersion(tx);
    return { articleId: article.id, created: !existing, unchanged: false, figures: reconciliation, ...derived };
  });
}

/** Where each figure an editor added to an article stands: its sentence's text and its number's offset in it. */
type AddedPlace = { id: string; sentenceText: string; offset: number; length: number };

async function addedFigurePlaces(tx: Queryable, articleId: string): Promise<AddedPlace[]> {
  const rows = await tx.query<{ id: string; sentence_text: string; number_text: string; span_start: number; sentence_start: number }>(
    `select f.id, f.sentence_text, f.number_text, f.span_start, s.start_offset as sentence_start from figures f
       join sentences s on s.article_id = f.article_id and s.sentence_index = f.sentence_index
     where f.article_id = $1 and f.added_by is not null and f.status = 'current'`,
    [articleId],
  );
  return rows.map((r) => ({ id: r.id, sentenceText: r.sentence_text, offset: r.span_start - r.sentence_start, length: r.number_text.length }));
}

/**
 * The figures editors added to an article, placed in its text as stored now: each follows its
 * sentence, found again by its text (the number keeps its offset in it); one whose sentence is
 * gone is withdrawn.
 */
async function relocateAddedFigures(tx: Queryable, article: Article, places: AddedPlace[]): Promise<void> {
  for (const place of places) {
    const sentence = article.sentences.find((s) => article.body.slice(s.start, s.end) === place.sentenceText);
    if (!sentence) {
      await tx.query("update figures set status = 'withdrawn', withdrawn_reason = $2, updated_at = now() where id = $1", [place.id, "the sentence an editor read it from is no longer in the article"]);
      continue;
    }
    const start = sentence.start + place.offset;
    await tx.query("update figures set sentence_index = $2, span_start = $3, span_end = $4, updated_at = now() where id = $1", [place.id, sentence.index, start, start + place.length]);
  }
}

/** The pair-periods of `figures` (each pair alphabetically first code first), sorted. */
export function pairPeriodsOf(figures: Figure[]): Array<[CountryCode, CountryCode, string]> {
  const keys = new Set(figures.map((f) => [...[f.reporter, f.partner].sort(), f.period].join("|")));
  return [...keys].sort().map((k) => k.split("|") as [CountryCode, CountryCode, string]);
}

/**
 * Runs `write`, then keeps the permalinks of the derived figures of `groups` (the pair-periods
 * the write can change): a derived figure gone whose claim another now makes is aliased to it,
 * any other is withdrawn; derived_figures then lists those of today.
 */
export async function withDerivedReconciled(tx: Queryable, groups: Array<[CountryCode, CountryCode, string]>, write: () => Promise<void>): Promise<{ derivedAliased: number; derivedWithdrawn: number }> {
  const derivedBefore = await derivedOf(tx, groups);
  await write();
  const derivedAfter = await derivedOf(tx, groups);
  const afterByClaim = new Map([...derivedAfter].map(([id, f]) => [claimOfDerived(f), id]));
  let derivedAliased = 0;
  let derivedWithdrawn = 0;
  for (const [id, f] of derivedBefore) {
    if (derivedAfter.has(id)) continue;
    const successor = afterByClaim.get(claimOfDerived(f));
    if (successor) {
      await addAlias(tx, id, successor, "computed again from the figures it was derived from, as they read now");
      derivedAliased++;
    } else {
      await tx.query(
        `insert into withdrawn_derived (id, metric, reporter, partner, period, reason) values ($1, $2, $3, $4, $5, $6) on conflict (id) do update set reason = excluded.reason`,
        [id, f.metric, f.reporter, f.partner, f.period, "the stated figures it was computed from no longer give it"],
      );
      derivedWithdrawn++;
    }
  }
  if (derivedAfter.size > 0) await tx.query("delete from withdrawn_derived where id = any($1::text[])", [[...derivedAfter.keys()]]);
  for (const [a, b, period] of groups) await tx.query("delete from derived_figures where pair_a = $1 and pair_b = $2 and period = $3", [a, b, period]);
  await insertRows(tx, "insert into derived_figures (id, pair_a, pair_b, period)", [...derivedAfter].map(([id, f]) => [id, ...[f.reporter, f.partner].sort(), f.period]), "on conflict (id) do nothing");
  return { derivedAliased, derivedWithdrawn };
}

/** Points `oldId` at `newId`, and every alias that pointed at `oldId` too, so a lookup takes one step. */
export async function addAlias(tx: Queryable, oldId: string, newId: string, reason: string): Promise<void> {
  if (oldId === newId) return;
  await tx.query("insert into figure_aliases (old_id, figure_id, reason) values ($1, $2, $3) on conflict (old_id) do update set figure_id = excluded.figure_id, reason = excluded.reason", [oldId, newId, reason]);
  await tx.query("update figure_aliases set figure_id = $2 where figure_id = $1", [oldId, newId]);
}

async function articlesWhere(db: Queryable, where: string, params: unknown[]): Promise<Article[]> {
  const rows = await db.query(`select * from articles where ${where} order by coalesce(published_on, '') desc, id`, params);
  if (rows.length === 0) return [];
  const sentenceRows = await db.query("select * from sentences where article_id = any($1::text[]) order by article_id, sentence_index", [rows.map((r) => r.id)]);
  const sentencesOf = new Map<string, Row[]>();
  for (const s of sentenceRows) sentencesOf.set(String(s.article_id), [...(sentencesOf.get(String(s.article_id)) ?? []), s]);
  return rows.map((r) => articleFromRows(r, sentencesOf.get(String(r.id)) ?? []));
}

/** Figures in corpus order: their articles' (newest first, then id), then where they stand. */
function inCorpusOrder(articles: Article[], figures: Figure[]): Figure[] {
  const order = new Map(articles.map((a, i) => [a.id, i]));
  return figures.sort((a, b) => order.get(a.articleId)! - order.get(b.articleId)! || a.span[0] - b.span[0] || a.id.localeCompare(b.id));
}

const stripTexts = (f: TextedFigure): Figure => figureSchema.parse(f);

/** Every article with its sentences, and every current figure: newest article first, then by id. */
export async function loadCorpus(db: Queryable): Promise<Corpus> {
  const articles = await articlesWhere(db, "true", []);
  return { articles, figures: inCorpusOrder(articles, (await currentFiguresWhere(db, "true", [])).map(stripTexts)) };
}

/** One pair's stated figures (both directions) and the articles that state them: all a pair's page, CSV or figure needs. */
export async function loadPair(db: Queryable, a: CountryCode, b: CountryCode): Promise<Corpus> {
  const figures = (await currentFiguresWhere(db, "((reporter = $1 and partner = $2) or (reporter = $2 and partner = $1))", [a, b])).map(stripTexts);
  const articles = figures.length ? await articlesWhere(db, "id = any($1::text[])", [[...new Set(figures.map((f) => f.articleId))]]) : [];
  return { articles, figures: inCorpusOrder(articles, figures) };
}

/** One article and its current figures. */
export async function loadArticle(db: Queryable, id: string): Promise<{ article: Article; figures: Figure[] } | undefined> {
  const [article] = await articlesWhere(db, "id = $1", [id]);
  if (!article) return undefined;
  return { article, figures: inCorpusOrder([article], (await currentFiguresWhere(db, "article_id = $1", [id])).map(stripTexts)) };
}

/** A pair as the pair list holds it (alphabetically first code first): its figure count, articles, the metrics stated and the years its periods reach. */
export type PairListing = { a: CountryCode; b: CountryCode; figureCount: number; articleIds: string[]; metrics: string[]; firstYear: number; lastYear: number };

/** Every pair with figures, most figures first. */
export async function loadPairList(db: Queryable): Promise<PairListing[]> {
  const rows = await db.query<{ a: string; b: string; figure_count: number; article_ids: string[]; metrics: string[]; first_year: string; last_year: string }>(
    `select least(reporter collate "C", partner collate "C") as a, greatest(reporter collate "C", partner collate "C") as b, count(*)::integer as figure_count,
       array_agg(distinct article_id order by article_id) as article_ids, array_agg(distinct metric order by metric) as metrics,
       min(left(period, 4)) as first_year, max(left(split_part(period, '/', 2) || period, 4)) as last_year
     from visible_figures group by 1, 2`,
  );
  return rows
    .map((r) => ({ a: r.a, b: r.b, figureCount: r.figure_count, articleIds: r.article_ids, metrics: r.metrics, firstYear: Number(r.first_year), lastYear: Number(r.last_year) }))
    .sort((x, y) => y.figureCount - x.figureCount || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
}

/** Every current turnover stated as an actual figure: what the overview's sparklines and latest values are made of. */
export async function loadActualTurnover(db: Queryable): Promise<Figure[]> {
  return (await currentFiguresWhere(db, "metric = 'turnover' and kind = 'actual'", [])).map(stripTexts);
}

/** The pair a figure's id belongs to, stated or derived, if it is a current figure's. */
export async function findPairOfFigure(db: Queryable, id: string): Promise<[CountryCode, CountryCode] | undefined> {
  const [stated] = await db.query<{ reporter: string; partner: string }>("select reporter, partner from visible_figures where id = $1", [id]);
  if (stated) return [stated.reporter, stated.partner].sort() as [CountryCode, CountryCode];
  const [derived] = await db.query<{ pair_a: string; pair_b: string }>("select pair_a, pair_b from derived_figures where id = $1", [id]);
  return derived ? [derived.pair_a, derived.pair_b] : undefined;
}

/** An article as lists show it. */
export type ArticleSummary = Pick<Article, "id" | "title" | "publisher" | "date" | "author" | "url"> & { figureCount: number };

/** A page of the articles as lists show them, newest first, and how many there are. */
export async function loadArticleList(db: Queryable, offset: number, limit: number): Promise<{ total: number; articles: ArticleSummary[] }> {
  const [count] = await db.query<{ n: number }>("select count(*)::integer as n from articles");
  const rows = await db.query(
    `select a.id, a.title, a.publisher, a.author, a.url, a.published_on, (select count(*)::integer from visible_figures f where f.article_id = a.id) as figure_count
     from articles a order by coalesce(a.published_on, '') desc, a.id offset $1 limit $2`,
    [offset, limit],
  );
  return {
    total: count?.n ?? 0,
    articles: rows.map((r) => ({ id: String(r.id), title: String(r.title), publisher: optional(r.publisher), author: optional(r.author), url: optional(r.url), date: optional(r.published_on), figureCount: Number(r.figure_count) })),
  };
}

/** Where an id that is not a current figure's leads: an alias, a withdrawn figure, or nothing ever issued. */
export async function lookupIssuedId(db: Queryable, id: string): Promise<IssuedId> {
  const [alias] = await db.query<{ figure_id: string; reason: string }>("select figure_id, reason from figure_aliases where old_id = $1", [id]);
  if (alias) return { status: "alias", figureId: alias.figure_id, reason: alias.reason };
  const [gone] = await db.query(
    `select f.*, a.title from reviewed_figures f left join articles a on a.id = f.article_id where f.id = $1 and (f.status = 'withdrawn' or f.review_state = 'rejected')`,
    [id],
  );
  if (gone) {
    const rejected = gone.status === "current";
    return {
      status: "withdrawn",
      reason: rejected ? `rejected by ${gone.reviewed_by} on ${new Date(gone.reviewed_at as string).toISOString().slice(0, 10)}${gone.review_note ? `: ${gone.review_note}` : ""}` : String(gone.withdrawn_reason),
      figure: { ...figureFromRow(gone), value: Number(gone.value), numberText: String(gone.number_text), sentenceText: String(gone.sentence_text), articleTitle: gone.title === null ? null : String(gone.title) },
    };
  }
  const [derived] = await db.query("select * from withdrawn_derived where id = $1", [id]);
  if (derived) {
    const { metric, reporter, partner, period } = figureSchema.pick({ metric: true, reporter: true, partner: true, period: true }).parse(derived);
    return { status: "withdrawn", reason: String(derived.reason), figure: { metric, reporter, partner, period, value: null, currency: null, qualifier: null, numberText: "", sentenceText: "", articleId: "", articleTitle: null } };
  }
  return { status: "unknown" };
}

/** The ids of every stored article. */
export async function listArticleIds(db: Queryable): Promise<string[]> {
  return (await db.query<{ id: string }>("select id from articles order by id")).map((r) => r.id);
}
