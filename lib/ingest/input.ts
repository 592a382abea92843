/** The largest article file the tools accept. */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

/** Why a file of `bytes` bytes is refused, when it is over the limit. */
export function tooLargeReason(bytes: number): string | undefined {
  return bytes > MAX_INPUT_BYTES ? `too large (${(bytes / 1048576).toFixed(1)} MB; the limit is 5 MB)` : undefined;
}

export type DecodedInput = { ok: true; text: string } | { ok: false; reason: string };

/**
 * Checks an article file's bytes before anything parses them: not empty, not over 5 MB, not
 * binary (NUL bytes), valid UTF-8. The reason is a short phrase for an error line.
 */
export function decodeArticleBytes(bytes: Uint8Array): DecodedInput {
  const tooLarge = tooLargeReason(bytes.length);
  if (tooLarge) return { ok: false, reason: tooLarge };
  if (bytes.includes(0)) return { ok: false, reason: "binary file (contains NUL bytes), not article text" };
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: "not valid UTF-8 text" };
  }
  if (text.replace(/^\uFEFF/, "").trim().length === 0) return { ok: false, reason: "empty file" };
  return { ok: true, text };
}
