/** Everything under this path is for signed-in editors only. */
export const EDIT_PREFIX = "/edit";
export const SIGN_IN_PATH = "/edit/sign-in";
/** The session cookie: HTTP-only, SameSite=Strict, sent only under EDIT_PREFIX, Secure outside localhost. */
export const SESSION_COOKIE = "tradecite_session";

export function isEditPath(pathname: string): boolean {
  return pathname === EDIT_PREFIX || pathname.startsWith(`${EDIT_PREFIX}/`);
}

/** Where to go after signing in: a path under EDIT_PREFIX, never another site. */
export function safeNextPath(next: unknown): string {
  return typeof next === "string" && isEditPath(next.split(/[?#]/)[0]!) && !next.startsWith("//") && !/[\\\s]/.test(next) ? next : EDIT_PREFIX;
}
