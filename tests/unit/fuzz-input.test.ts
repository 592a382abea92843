import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { processArticle } from "@/lib/extract/pipeline";
import { randomSource } from "@/tests/unit/random";
import { loadArticles } from "../../scripts/article-input";

const root = join(import.meta.dirname, "..", "..");
const work = mkdtempSync(join(tmpdir(), "tradecite-fuzz-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const SENTENCE = "In 2014, trade turnover between Belarus and Georgia totalled USD 64.18 million, the ministry said.";
const CHARACTERS = [..."abcXYZ019 .,;:!?…-–—'\"“”()[]{}<>$€£₽¥%&#@*/\\|^~`=+_\n\t\r\u0000\u00A0\u200B\u202E\uFEFFàéкириллица中文😀\u0301"];
/** Pieces that have broken, hung or injected into readers of text before. */
const HOSTILE = [
  ".".repeat(20_000), "!?".repeat(5_000), "…".repeat(5_000), `$${"9".repeat(400)} million`, "9".repeat(2_000), "USD 1,".repeat(2_000),
  "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "[x](javascript:alert(1))", "}} @misc(evil, title={x})", "</ref><!-- ~~~~",
  "=cmd|' /C calc'!A0", "\u0000\u0000\u0000", "\r\r\r\n\n\n", "(".repeat(3_000), "\"".repeat(3_000), "Mr. Dr. U.S. Jan. ".repeat(500),
  "exports $1 million, ".repeat(3_000), "January-March 2023 ".repeat(1_000), "\uFEFF", "\u202Egninrael\u202C",
];
const FRONT_MATTERS = [
  "---\ntitle: [unclosed\n---\n", "---\ntitle: *nowhere\n---\n", "---\na: &a [x, x]\nb: [*a, *a, *a]\ntitle: *a\n---\n", "---\ntitle: t\ndate: 2020-13-45\n---\n",
  "---\ntitle: \n---\n", "---\n---\n", "---\ntitle: t\n", `---\n${"k: v\n".repeat(5_000)}title: t\n---\n`, "---\ntitle: !!js/function 'x'\n---\n", "---\ntitle: t\ndate: 1999-02-29\n---\n",
];

type Case = { name: string; file: string; bytes: number };

/** 1,000 bad or hostile article files, from fixed pieces and a seeded generator. */
function generateCases(seed: number, count: number): Case[] {
  const random = randomSource(seed);
  const pick = <T,>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  const noise = (length: number) => Array.from({ length }, () => pick(CHARACTERS)).join("");
  return Array.from({ length: count }, (_, i) => {
    const kind = i % 5;
    let content: string | Buffer;
    let ext = ".txt";
    if (kind === 0) content = Buffer.from(Array.from({ length: 1 + Math.floor(random() * 4_096) }, () => Math.floor(random() * 256)));
    else if (kind === 1) content = noise(1 + Math.floor(random() * 3_000));
    else if (kind === 2) content = `Trade news ${i}\n\n${SENTENCE} ${pick(HOSTILE)} ${noise(Math.floor(random() * 200))} ${SENTENCE}\n`;
    else if (kind === 3) content = `${pick(HOSTILE)}\n\n${pick(HOSTILE)}${SENTENCE}${pick(HOSTILE)}`;
    else {
      ext = random() < 0.5 ? ".md" : ".MD";
      content = `${pick(FRONT_MATTERS)}\n${random() < 0.5 ? SENTENCE : pick(HOSTILE)}\n`;
    }
    const file = join(work, `case-${i}${ext}`);
    writeFileSync(file, content);
    return { name: `case ${i} (kind ${kind}, ${content.length} bytes)`, file, bytes: content.length };
  });
}

describe("1,000 bad or hostile article files through the loader and the whole pipeline", () => {
  const cases = generateCases(20261201, 1_000);

  it.each(cases.map((c) => [c.name, c] as const))("%s: a clean refusal or a valid reading, in bounded time", (_, c) => {
    const started = performance.now();
    const loaded = loadArticles(c.file);
    if (!loaded.ok) {
      // A reason is one short phrase for an error line: no stack trace, no line break.
      expect(loaded.reason).toMatch(/^[^\n]{3,200}$/);
      expect(loaded.reason).not.toMatch(/\bat\s+\S+\s+\(/);
    } else {
      // processArticle validates its output with zod: a figure it could not validate would throw here.
      for (const a of loaded.articles) {
        const { figures, article } = processArticle({ id: a.id, ...a.meta, body: a.body });
        for (const f of figures) expect(article.body.slice(f.span[0], f.span[1]).length).toBeGreaterThan(0);
      }
    }
    // A hang guard, not a speed test: 2 s for each 100 KB, as the loader and the engine promise.
    expect(performance.now() - started).toBeLessThan(2_000 * Math.max(1, c.bytes / 100_000));
  });

  it("leaves the good file beside 50 bad ones reported by the extract CLI, and writes nothing beside them", () => {
    const before = readdirSync(work).length;
    const bad = cases.filter((_, i) => i % 20 === 0).map((c) => c.file);
    const good = join(work, "good.txt");
    writeFileSync(good, `Belarus and Georgia\n\n${SENTENCE}\n`);
    const r = spawnSync(process.execPath, [join(root, "node_modules", "tsx", "dist", "cli.mjs"), join(root, "scripts", "extract.ts"), "--json", ...bad, good], { cwd: root, encoding: "utf8", timeout: 120_000 });
    expect(r.stderr).not.toMatch(/\n\s+at /);
    const out = JSON.parse(r.stdout) as { file: string; figures: { value: number }[] }[];
    expect(out.find((o) => o.file === good)?.figures.map((f) => f.value)).toEqual([64180000]);
    expect(readdirSync(work).length).toBe(before + 1);
  });
});
