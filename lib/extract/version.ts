/**
 * Recorded with every stored figure, so a figure says which extractor read it. Change it with
 * any change to what the extractor reads; `npm run reextract` then reports what changed.
 */
export const EXTRACTOR_VERSION = "2026-12-05.2";
