import { isPasswordHash } from "@/lib/edit/passwords";

/** An editor's name: what the audit log and review marks show. */
export const EDITOR_NAME = /^[a-z0-9][a-z0-9._-]{0,39}$/;

export class EditorsError extends Error {}

/**
 * The editors TRADECITE_EDITORS names: `name:hash` entries (hashes from `npm run editor-hash`)
 * separated by commas or line breaks. A malformed entry is an error, never silently an editor
 * less (or more).
 */
export function parseEditors(value: string | undefined): Map<string, string> {
  const editors = new Map<string, string>();
  for (const entry of (value ?? "").split(/[,\n]/).map((e) => e.trim()).filter(Boolean)) {
    const colon = entry.indexOf(":");
    const [name, hash] = colon < 0 ? [entry, ""] : [entry.slice(0, colon), entry.slice(colon + 1)];
    if (!EDITOR_NAME.test(name)) throw new EditorsError(`TRADECITE_EDITORS: "${name.slice(0, 40)}" is not an editor name (lower-case letters, digits, '.', '_' or '-', up to 40)`);
    if (!isPasswordHash(hash)) throw new EditorsError(`TRADECITE_EDITORS: the entry for "${name}" has no password hash of the form npm run editor-hash writes`);
    if (editors.has(name)) throw new EditorsError(`TRADECITE_EDITORS names "${name}" twice`);
    editors.set(name, hash);
  }
  return editors;
}

/** The editors an environment value names, or why it cannot be read; read again only when the value changes. */
export class EditorsFromEnvironment {
  private read?: { from: string | undefined; editors: Map<string, string> | EditorsError };

  of(value: string | undefined): Map<string, string> | EditorsError {
    if (!this.read || this.read.from !== value) {
      let editors: Map<string, string> | EditorsError;
      try {
        editors = parseEditors(value);
      } catch (e) {
        if (!(e instanceof EditorsError)) throw e;
        editors = e;
      }
      this.read = { from: value, editors };
    }
    return this.read.editors;
  }
}
