/**
 * A page's policy: scripts run only with this response's nonce (Next puts it on its own
 * scripts, read from the request's policy) or when loaded by such a script ('strict-dynamic').
 * Styles may be inline, since the chart library positions its elements with style attributes.
 * Images may be data: or blob: URLs: the chart's PNG and SVG downloads are drawn through them.
 * React needs eval in development only. Only an embeddable page (`framable`) may be framed.
 */
export function pageContentSecurityPolicy(nonce: string, development = false, framable = false): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    // An embeddable chart may be framed by any site; every other page by none.
    framable ? "frame-ancestors *" : "frame-ancestors 'none'",
    "base-uri 'self'",
    "object-src 'none'",
    "form-action 'self'",
  ].join("; ");
}

/** The API answers data, never a document to run: nothing in it may load or be framed. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** A fresh nonce: 128 random bits, base64. */
export function makeNonce(): string {
  return Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
}
