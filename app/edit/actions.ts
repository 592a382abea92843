"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { articleExists, corpusChanged, corpusDatabase } from "@/lib/corpus";
import { addEditorFigure, closeSession, openSession, recordAudit, reviewFigure, ReviewError, SESSION_DAYS, type ReviewInput } from "@/lib/db/reviews";
import { prepareSubmittedArticle, type SubmittedArticle } from "@/lib/edit/article-input";
import { clientAddress, configuredEditors, currentEditor, requestIsLocal, requestIsSecure, signInThrottle } from "@/app/edit/session";
import { EditorsError } from "@/lib/edit/editors";
import { verifyPassword, UNUSABLE_HASH } from "@/lib/edit/passwords";
import { EDIT_PREFIX, safeNextPath, SESSION_COOKIE } from "@/lib/edit/paths";
import { readingFromForm } from "@/lib/edit/reading-form";
import { articlePreviewOf, type ArticlePreview } from "@/lib/edit/article-preview";
import { ingestArticles } from "@/lib/ingest/ingest-articles";
import { MAX_INPUT_BYTES } from "@/lib/ingest/input";
import { slugify } from "@/lib/ingest/slug";
import { articleMetaSchema, slugSchema } from "@/lib/schema";

/** What an action refused, and what the form held, so that it comes back filled in (React resets a form after its action). */
export type ActionState = { error?: string; values?: Record<string, string> };

const READING_FIELDS = ["metric", "reporter", "partner", "period", "value", "currency", "qualifier", "kind", "note"];

/** A refusal that gives the form its reading fields and note back. */
function refusedWith(form: FormData, error: string): ActionState {
  return { error, values: Object.fromEntries(READING_FIELDS.map((name) => [name, text(form, name, 2000)])) };
}

const text = (form: FormData, name: string, max = 10_000) => {
  const value = form.get(name);
  return typeof value === "string" ? value.slice(0, max) : "";
};

/** The editor of this request, or the state that says the session is gone. */
async function editorOrRefusal(): Promise<string | ActionState> {
  return (await currentEditor()) ?? { error: "You are not signed in (or your session has ended): sign in again." };
}

/** What a failed sign-in says, and the name tried (the form keeps it). */
export type SignInState = ActionState & { name?: string };

export async function signIn(_: SignInState, form: FormData): Promise<SignInState> {
  const name = text(form, "name", 80).trim().toLowerCase();
  const password = text(form, "password", 1024);
  const editors = configuredEditors();
  if (editors instanceof EditorsError) return { error: `Signing in is not set up: ${editors.message}` };
  if (editors.size === 0) return { error: "No editors are set up on this server (TRADECITE_EDITORS; see the README)." };
  if (!(await requestIsSecure()) && !(await requestIsLocal())) return { error: "Signing in needs HTTPS: the session cookie is only sent over it.", name };
  const throttle = signInThrottle();
  const address = await clientAddress();
  const wait = throttle.waitMs(name, address);
  if (wait > 0) return { error: `Too many wrong passwords: try again in ${Math.ceil(wait / 1000)} s.`, name };
  if (!throttle.beginCheck()) return { error: "The server is busy checking other sign-ins: try again in a moment.", name };
  let matches: boolean;
  try {
    // Counted as a failure until it succeeds, so attempts made at once all count.
    throttle.failed(name, address);
    // An unknown name is checked against a hash too, so it answers no faster than a known one.
    matches = (await verifyPassword(password, editors.get(name) ?? UNUSABLE_HASH)) && editors.has(name);
  } finally {
    throttle.endCheck();
  }
  if (!matches) return { error: "That name and password do not match an editor's.", name };
  throttle.succeeded(name, address);
  const token = await openSession(await corpusDatabase(), name);
  (await cookies()).set(SESSION_COOKIE, token, { httpOnly: true, sameSite: "strict", secure: await requestIsSecure(), path: EDIT_PREFIX, maxAge: SESSION_DAYS * 86_400 });
  redirect(safeNextPath(text(form, "next", 2000)));
}

export async function signOut(): Promise<void> {
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value;
  if (token) await closeSession(await corpusDatabase(), token);
  jar.delete({ name: SESSION_COOKIE, path: EDIT_PREFIX });
  redirect("/");
}

/**
 * Confirms, corrects or rejects a figure (fields: figureId, verdict, note; for a correction the
 * reading's fields), then goes to `then` (the queue, or the figure's review page).
 */
export async function reviewFigureAction(_: ActionState, form: FormData): Promise<ActionState> {
  const editor = await editorOrRefusal();
  if (typeof editor !== "string") return editor;
  const figureId = text(form, "figureId", 200);
  const verdict = text(form, "verdict", 20);
  const note = text(form, "note", 2000).trim() || undefined;
  let input: ReviewInput;
  if (verdict === "confirm" || verdict === "reject") input = { action: verdict, note };
  else if (verdict === "correct") {
    const read = readingFromForm((name) => text(form, name, 200));
    if (!read.ok) return refusedWith(form, read.error);
    input = { action: "correct", correction: read.reading, note };
  } else return refusedWith(form, "choose confirm, correct or reject");
  try {
    await reviewFigure(await corpusDatabase(), figureId, editor, input);
  } catch (e) {
    if (e instanceof ReviewError) return refusedWith(form, e.message);
    throw e;
  }
  corpusChanged();
  redirect(safeNextPath(text(form, "then", 2000)));
}

/**
 * Adds a figure the extractor missed (fields: articleId, sentence (its number, from 1), number
 * (as the sentence writes it), occurrence (from 1), the reading's fields, note), then shows the
 * article's editing page again.
 */
export async function addFigureAction(_: ActionState, form: FormData): Promise<ActionState> {
  const editor = await editorOrRefusal();
  if (typeof editor !== "string") return editor;
  const articleId = text(form, "articleId", 200);
  if (!slugSchema.safeParse(articleId).success) return { error: "no such article" };
  const [sentence, occurrence] = [Number(text(form, "sentence", 12)), Number(text(form, "occurrence", 12) || "1")];
  if (!Number.isInteger(sentence) || sentence < 1 || !Number.isInteger(occurrence) || occurrence < 1) return refusedWith(form, "give the sentence's number and the number's occurrence (from 1)");
  const read = readingFromForm((name) => text(form, name, 200));
  if (!read.ok) return refusedWith(form, read.error);
  try {
    await addEditorFigure(await corpusDatabase(), editor, { articleId, sentenceIndex: sentence - 1, numberText: text(form, "number", 200).trim(), occurrence: occurrence - 1, reading: read.reading, note: text(form, "note", 2000).trim() || undefined });
  } catch (e) {
    if (e instanceof ReviewError) return refusedWith(form, e.message);
    throw e;
  }
  corpusChanged();
  redirect(`${EDIT_PREFIX}/articles/${articleId}?added=1`);
}

export type ArticleState = ActionState & { preview?: ArticlePreview; text?: string };

/** What an editor submitted: an uploaded `file`, or else the pasted `text`. */
async function submittedOf(form: FormData): Promise<SubmittedArticle | string> {
  const file = form.get("file");
  // With no file chosen, a browser still sends the field, as an empty File with no file name
  // (which reaches here as "" or "blob"); a chosen file, even an empty one, has its own name.
  if (file instanceof File && (file.size > 0 || /\.[a-z0-9]+$/i.test(file.name))) {
    if (file.size > MAX_INPUT_BYTES) return `${file.name.slice(0, 80)}: too large (${(file.size / 1048576).toFixed(1)} MB; the limit is 5 MB)`;
    return { kind: "file", name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
  }
  return { kind: "text", text: text(form, "text", MAX_INPUT_BYTES + 1) };
}

/**
 * Adding an article, in two steps of one form state: `intent=preview` cleans and reads a pasted
 * or uploaded article without storing anything (its text, figures and metadata to confirm);
 * `intent=save` stores a previewed one (its cleaned raw text, and the metadata as the editor
 * confirmed or edited it), refusing an article already stored under that title's id.
 */
export async function articleAction(previous: ArticleState, form: FormData): Promise<ArticleState> {
  const editor = await editorOrRefusal();
  if (typeof editor !== "string") return editor;
  if (text(form, "intent", 10) === "save") return saveArticle(editor, previous, form);
  const pasted = text(form, "text", MAX_INPUT_BYTES + 1);
  const submitted = await submittedOf(form);
  if (typeof submitted === "string") return { error: submitted, text: pasted };
  const prepared = prepareSubmittedArticle(submitted);
  if (!prepared.ok) return { error: prepared.reason, text: pasted };
  return { preview: articlePreviewOf(prepared), text: pasted };
}

async function saveArticle(editor: string, previous: ArticleState, form: FormData): Promise<ArticleState> {
  const prepared = prepareSubmittedArticle({ kind: "text", text: text(form, "rawText", MAX_INPUT_BYTES + 1) });
  if (!prepared.ok) return { ...previous, error: prepared.reason };
  const fields = Object.fromEntries(["title", "date", "author", "publisher", "url"].map((k) => [k, text(form, k, 2000).trim()]).filter(([, v]) => v !== ""));
  const read = articlePreviewOf(prepared);
  const preview = { ...read, meta: { ...read.meta, ...fields } };
  const meta = articleMetaSchema.safeParse({ ...fields, source: `added by ${editor}` });
  if (!meta.success) return { ...previous, preview, error: `${meta.error.issues[0]?.path.join(".")}: ${meta.error.issues[0]?.message}` };
  const id = slugify(meta.data.title) || "article";
  const db = await corpusDatabase();
  if (await articleExists(id)) return { ...previous, preview, error: `An article with this title is stored already (/articles/${id}): change the title to add this one beside it.` };
  const result = await ingestArticles(db, { articles: [{ file: `editor ${editor}`, id, meta: meta.data, body: prepared.cleaned.body, rawText: prepared.rawText }], force: false });
  if (!result.ok) return { ...previous, preview, error: result.errors.join("; ") };
  await recordAudit(db, editor, "article.add", id, { title: meta.data.title, figures: result.articles[0]?.figureCount ?? 0 });
  corpusChanged();
  redirect(`/articles/${id}`);
}
