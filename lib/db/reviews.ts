import { createHash, randomBytes } from "node:crypto";
import { z } from "zod";
import { figureReadingSchema, type Figure, type FigureReading } from "@/lib/schema";
import { figureId, figureText } from "@/lib/extract/figure-id";
import type { Database, Queryable } from "@/lib/db/database";
import { bumpVersion, currentFiguresWhere, extractedFigureById, findStoredArticle, pairPeriodsOf, reviewedFigureById, reviewedFiguresOfArticle, withDerivedReconciled } from "@/lib/db/store";
import { describeUnplaced, planBundledReviews, type BundledFigure } from "@/lib/edit/bundled-reviews";

/** An editor's verdict on a figure: confirmed as read, corrected (any of its reading's fields), or rejected. */
export const reviewInputSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("confirm"), note: z.string().max(2000).optional() }),
  z.object({ action: z.literal("correct"), correction: figureReadingSchema.partial().refine((c) => Object.keys(c).length > 0, "a correction changes at least one field"), note: z.string().max(2000).optional() }),
  z.object({ action: z.literal("reject"), note: z.string().max(2000).optional() }),
]);
export type ReviewInput = z.infer<typeof reviewInputSchema>;

export class ReviewError extends Error {}

/** Appends to the audit log: who did what to which article, figure or session. */
export async function recordAudit(tx: Queryable, editor: string, action: string, subject: string, detail: unknown = null): Promise<void> {
  await tx.query("insert into audit_log (editor, action, subject, detail) values ($1, $2, $3, $4)", [editor, action, subject, detail === null ? null : JSON.stringify(detail)]);
}

/**
 * Stores an editor's review of a current figure in one transaction, with its audit entry: what
 * readers see of the figure is then the reviewed reading: the newest correction, which a later
 * confirmation keeps (a rejected one leaves the charts and its permalink answers 410 with the
 * reason; a later confirmation or correction brings it back). The derived figures of every
 * pair-period it was, is or was read in keep their permalinks (withDerivedReconciled). The
 * article is locked first, as a re-ingest of it locks it. Returns the figure as readers now see
 * it (undefined once rejected).
 */
export async function reviewFigure(db: Database, figureId: string, editor: string, input: ReviewInput): Promise<Figure | undefined> {
  return db.transaction(async (tx) => {
    const [located] = await tx.query<{ article_id: string }>("select article_id from figures where id = $1 and status = 'current'", [figureId]);
    if (!located) throw new ReviewError(`no current figure '${figureId}'`);
    await tx.query("select 1 from articles where id = $1 for update", [located.article_id]);
    const before = (await reviewedFigureById(tx, figureId))!;
    const extracted = (await extractedFigureById(tx, figureId))!;
    const correction = input.action === "correct" ? input.correction : null;
    const after = correction ? figureReadingSchema.parse({ ...before, ...correction }) : before;
    if (after.reporter === after.partner) throw new ReviewError("a figure is between two different countries (or a country and the world)");
    await withDerivedReconciled(tx, pairPeriodsOf([before, extracted, { ...before, ...after }]), async () => {
      await tx.query("insert into reviews (figure_id, editor, action, correction, note) values ($1, $2, $3, $4, $5)", [figureId, editor, input.action, correction && JSON.stringify(correction), input.note?.trim() || null]);
      await recordAudit(tx, editor, `figure.${input.action}`, figureId, { ...(correction && { correction }), ...(input.note && { note: input.note }) });
    });
    await bumpVersion(tx);
    const [now] = await currentFiguresWhere(tx, "id = $1", [figureId]);
    return now;
  });
}

/** A figure an editor adds: its number as the sentence writes it (which occurrence, from 0, when it is there twice), and its reading. */
export const addedFigureSchema = z.object({
  articleId: z.string(),
  sentenceIndex: z.number().int().nonnegative(),
  numberText: z.string().min(1).max(200),
  occurrence: z.number().int().nonnegative().default(0),
  reading: figureReadingSchema,
  note: z.string().max(2000).optional(),
});
export type AddedFigure = z.input<typeof addedFigureSchema>;

/**
 * Stores a figure the extractor missed, as an editor read it from a number of a sentence (the
 * text must be in that sentence and hold a digit). It is reviewed (confirmed by that editor)
 * from the start, and the extractor's runs leave it alone. Returns it as readers see it.
 */
export async function addEditorFigure(db: Database, editor: string, input: AddedFigure): Promise<Figure> {
  const parsed = addedFigureSchema.safeParse(input);
  if (!parsed.success) throw new ReviewError(`${parsed.error.issues[0]?.path.join(".") || "the figure"}: ${parsed.error.issues[0]?.message ?? "invalid"}`);
  const added = parsed.data;
  return db.transaction(async (tx) => {
    await tx.query("select 1 from articles where id = $1 for update", [added.articleId]);
    const stored = await findStoredArticle(tx, added.articleId);
    if (!stored) throw new ReviewError(`no article '${added.articleId}'`);
    const { article } = stored;
    const sentence = article.sentences.find((s) => s.index === added.sentenceIndex);
    if (!sentence) throw new ReviewError(`the article has no sentence ${added.sentenceIndex + 1}`);
    if (!/\d|\b(?:thousand|million|billion|trillion)\b/i.test(added.numberText)) throw new ReviewError("the number holds no digit (nor a word such as “billion”)");
    const text = article.body.slice(sentence.start, sentence.end);
    let at = -1;
    for (let n = 0; n <= added.occurrence; n++) at = text.indexOf(added.numberText, at + 1);
    if (at < 0) throw new ReviewError(`“${added.numberText}” is not in sentence ${added.sentenceIndex + 1}${added.occurrence > 0 ? ` ${added.occurrence + 1} times` : ""}`);
    const span: [number, number] = [sentence.start + at, sentence.start + at + added.numberText.length];
    const reading: FigureReading = added.reading;
    if (reading.reporter === reading.partner) throw new ReviewError("a figure is between two different countries (or a country and the world)");
    const located = { articleId: article.id, sentenceIndex: sentence.index, span, ...reading };
    const id = figureId(located, article);
    if ((await tx.query("select 1 from figures where id = $1", [id])).length > 0) throw new ReviewError("that number is already a figure with this reading");
    const stating = figureText(located, article);
    await withDerivedReconciled(tx, pairPeriodsOf([{ ...located, id, confidence: 1 }]), async () => {
      await tx.query(
        `insert into figures (id, article_id, sentence_index, span_start, span_end, sentence_text, number_text, metric, reporter, partner, period, value, currency, qualifier, kind, confidence, extractor_version, added_by)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, 1, $16, $16)`,
        [id, article.id, sentence.index, span[0], span[1], stating.sentence, stating.number, reading.metric, reading.reporter, reading.partner, reading.period, reading.value, reading.currency, reading.qualifier, reading.kind, `editor:${editor}`],
      );
      await tx.query("insert into reviews (figure_id, editor, action, note) values ($1, $2, 'confirm', $3)", [id, editor, added.note?.trim() || "added by an editor"]);
      await recordAudit(tx, editor, "figure.add", id, { articleId: article.id, span, reading });
    });
    await bumpVersion(tx);
    const [figure] = await currentFiguresWhere(tx, "id = $1", [id]);
    return figure!;
  });
}

/** One figure waiting for review, with what an editor needs to judge it: its sentence, where its number stands in it, its article's title. */
export type QueuedFigure = Figure & { sentenceText: string; numberText: string; numberAt: number; articleTitle: string };

/** Where each figure's number starts within its sentence's text, and its article's title. */
async function placedInArticles(db: Queryable, figures: Array<Figure & { sentenceText: string; numberText: string }>): Promise<QueuedFigure[]> {
  const articleIds = [...new Set(figures.map((f) => f.articleId))];
  const titles = new Map((await db.query<{ id: string; title: string }>("select id, title from articles where id = any($1::text[])", [articleIds])).map((r) => [r.id, r.title]));
  const starts = new Map((await db.query<{ article_id: string; sentence_index: number; start_offset: number }>("select article_id, sentence_index, start_offset from sentences where article_id = any($1::text[])", [articleIds])).map((r) => [`${r.article_id}#${r.sentence_index}`, r.start_offset]));
  return figures.map((f) => ({ ...f, numberAt: f.span[0] - (starts.get(`${f.articleId}#${f.sentenceIndex}`) ?? f.span[0]), articleTitle: titles.get(f.articleId) ?? f.articleId }));
}

/** Current figures nobody has reviewed, lowest confidence first (then by article id and place in it), and how many there are. */
export async function loadReviewQueue(db: Queryable, limit: number): Promise<{ total: number; figures: QueuedFigure[] }> {
  const [count] = await db.query<{ n: number }>("select count(*)::integer as n from reviewed_figures where status = 'current' and review_state is null");
  const figures = await currentFiguresWhere(db, "review_state is null", [limit], "confidence, article_id, span_start, id limit $1");
  return { total: count?.n ?? 0, figures: await placedInArticles(db, figures) };
}

/** How long a sign-in lasts. */
export const SESSION_DAYS = 7;

const tokenHash = (token: string) => createHash("sha256").update(token).digest("hex");

/** Opens a session for `editor`: its token (for the cookie; only its hash is stored). */
export async function openSession(db: Database, editor: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.transaction(async (tx) => {
    await tx.query(`insert into editor_sessions (token_hash, editor, expires_at) values ($1, $2, now() + interval '${SESSION_DAYS} days')`, [tokenHash(token), editor]);
    await tx.query("delete from editor_sessions where expires_at < now()");
    await recordAudit(tx, editor, "session.open", editor);
  });
  return token;
}

/** The editor a session token belongs to, while it lasts. */
export async function sessionEditor(db: Queryable, token: string): Promise<string | undefined> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
  const [row] = await db.query<{ editor: string }>("select editor from editor_sessions where token_hash = $1 and expires_at > now()", [tokenHash(token)]);
  return row?.editor;
}

/** Ends a session (and says so in the audit log). */
export async function closeSession(db: Database, token: string): Promise<void> {
  await db.transaction(async (tx) => {
    const [ended] = await tx.query<{ editor: string }>("delete from editor_sessions where token_hash = $1 returning editor", [tokenHash(token)]);
    if (ended) await recordAudit(tx, ended.editor, "session.close", ended.editor);
  });
}

/** A review as the history of a figure lists it. */
export type ReviewRecord = { editor: string; action: "confirm" | "correct" | "reject"; correction: unknown; note: string | null; at: string };

/** A current figure with its sentence, article and every review of it, newest first; undefined when the id is no current figure's. A rejected one is given as it was read when it was rejected. */
export async function loadFigureForReview(db: Queryable, id: string): Promise<{ figure: QueuedFigure; rejected: boolean; history: ReviewRecord[] } | undefined> {
  const stated = await reviewedFigureById(db, id);
  if (!stated) return undefined;
  const [state] = await db.query<{ review_state: string | null }>("select review_state from reviewed_figures where id = $1", [id]);
  const rejected = state?.review_state === "rejected";
  const [figure] = await placedInArticles(db, [stated]);
  const history = (await db.query<{ editor: string; action: ReviewRecord["action"]; correction: unknown; note: string | null; created_at: string }>("select editor, action, correction, note, created_at from reviews where figure_id = $1 order by id desc", [id])).map((r) => ({ editor: r.editor, action: r.action, correction: r.correction, note: r.note, at: new Date(r.created_at).toISOString() }));
  return { figure: figure!, rejected, history };
}

/** An entry of the audit log. */
export type AuditEntry = { at: string; editor: string; action: string; subject: string; detail: unknown };

/** The newest entries of the audit log, newest first. */
export async function loadAuditLog(db: Queryable, limit: number): Promise<AuditEntry[]> {
  const rows = await db.query<{ created_at: string; editor: string; action: string; subject: string; detail: unknown }>("select created_at, editor, action, subject, detail from audit_log order by id desc limit $1", [limit]);
  return rows.map((r) => ({ at: new Date(r.created_at).toISOString(), editor: r.editor, action: r.action, subject: r.subject, detail: r.detail }));
}

/**
 * Carries out the bundled review of one stored article (planBundledReviews): each verdict and
 * each added figure is stored as that editor's review, with the note saying where the reading
 * came from. Idempotent: what was reviewed before is left as it is. Returns what it did, and
 * the bundled figures it could not place.
 */
export async function applyBundledReviews(db: Database, articleId: string, bundled: BundledFigure[], editor: string, note: string): Promise<{ reviewed: number; added: number; unplaced: string[] }> {
  const stored = await findStoredArticle(db, articleId);
  if (!stored) return { reviewed: 0, added: 0, unplaced: [`no article '${articleId}'`] };
  const figures = (await reviewedFiguresOfArticle(db, articleId)).map((f) => ({ ...f, reviewed: f.reviewState !== null, rejected: f.reviewState === "rejected" }));
  const plan = planBundledReviews(stored.article, figures, bundled);
  for (const id of plan.confirm) await reviewFigure(db, id, editor, { action: "confirm", note });
  for (const { figureId, correction } of plan.correct) await reviewFigure(db, figureId, editor, { action: "correct", correction, note });
  for (const id of plan.reject) await reviewFigure(db, id, editor, { action: "reject", note: `not a figure of the review: ${note}` });
  for (const added of plan.add) await addEditorFigure(db, editor, { articleId, ...added, note });
  return { reviewed: plan.confirm.length + plan.correct.length + plan.reject.length, added: plan.add.length, unplaced: plan.unplaced.map(describeUnplaced) };
}
