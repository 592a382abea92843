import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { editorOfSession } from "@/lib/corpus";
import { EditorsError, EditorsFromEnvironment } from "@/lib/edit/editors";
import { SESSION_COOKIE, SIGN_IN_PATH } from "@/lib/edit/paths";
import { SignInThrottle } from "@/lib/edit/sign-in-throttle";

type EditState = { editors: EditorsFromEnvironment; throttle: SignInThrottle };
const state: EditState = ((globalThis as { __tradeciteEdit?: EditState }).__tradeciteEdit ??= { editors: new EditorsFromEnvironment(), throttle: new SignInThrottle() });

/** The editors TRADECITE_EDITORS names (none when it is unset), or why it cannot be read. */
export function configuredEditors(): Map<string, string> | EditorsError {
  return state.editors.of(process.env.TRADECITE_EDITORS);
}

export function signInThrottle(): SignInThrottle {
  return state.throttle;
}

/** The signed-in editor of this request: a session that lasts, of an editor still configured. */
export async function currentEditor(): Promise<string | undefined> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!token) return undefined;
  const editor = await editorOfSession(token);
  const editors = configuredEditors();
  return editor && !(editors instanceof EditorsError) && editors.has(editor) ? editor : undefined;
}

/** The signed-in editor; without one, the sign-in page (which brings the editor back to `from`). */
export async function requireEditor(from: string): Promise<string> {
  const editor = await currentEditor();
  if (!editor) redirect(`${SIGN_IN_PATH}?next=${encodeURIComponent(from)}`);
  return editor;
}

/** Whether this request came over HTTPS (through a reverse proxy that says so: scripts/serve.mjs speaks plain HTTP). */
export async function requestIsSecure(): Promise<boolean> {
  return (await headers()).get("x-forwarded-proto") === "https";
}

/** Whether this request was made to this machine by its own name (localhost), where plain HTTP is safe enough to sign in over. */
export async function requestIsLocal(): Promise<boolean> {
  const h = await headers();
  const host = (h.get("x-forwarded-host") ?? h.get("host") ?? "").replace(/:\d+$/, "");
  return ["localhost", "127.0.0.1", "[::1]"].includes(host);
}

/**
 * The client's address: the socket's, as scripts/serve.mjs passes it on (it overwrites any the
 * client sends), or, with TRADECITE_TRUST_PROXY=1 behind a reverse proxy, the address that
 * proxy saw: the last X-Forwarded-For entry, the one it added (earlier ones the client wrote).
 */
export async function clientAddress(): Promise<string> {
  const h = await headers();
  const forwarded = process.env.TRADECITE_TRUST_PROXY === "1" ? h.get("x-forwarded-for")?.split(",").at(-1)?.trim() : undefined;
  return forwarded || h.get("x-tradecite-remote-address") || "unknown";
}
