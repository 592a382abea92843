import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { htmlToRawText, prepareSubmittedArticle } from "@/lib/edit/article-input";
import { EditorsError, EditorsFromEnvironment, parseEditors } from "@/lib/edit/editors";
import { hashPassword, isPasswordHash, UNUSABLE_HASH, verifyPassword } from "@/lib/edit/passwords";
import { safeNextPath } from "@/lib/edit/paths";
import { parseEditorAmount, readingFromForm } from "@/lib/edit/reading-form";
import { FREE_FAILURES, MAX_CHECKS, MAX_WAIT_MS, SignInThrottle } from "@/lib/edit/sign-in-throttle";

const PAGE = readFileSync(join(import.meta.dirname, "..", "..", "tests", "fixtures", "edit", "saved-news-page.html"), "utf8");

describe("editors' passwords", () => {
  it("verifies the password a hash was made from, and no other", async () => {
    const hash = await hashPassword("correct horse battery staple");
    expect(isPasswordHash(hash)).toBe(true);
    expect(hash).not.toContain("correct");
    expect(await verifyPassword("correct horse battery staple", hash)).toBe(true);
    expect(await verifyPassword("correct horse battery stapl", hash)).toBe(false);
    expect(await verifyPassword("anything", UNUSABLE_HASH)).toBe(false);
    expect(await verifyPassword("x", "plain-text-password")).toBe(false);
  });

  it("reads TRADECITE_EDITORS and refuses a malformed entry with a reason", async () => {
    const hash = await hashPassword("another long password");
    expect([...parseEditors(`alice:${hash}, bob:${hash}\n`).keys()]).toEqual(["alice", "bob"]);
    expect(parseEditors(undefined).size).toBe(0);
    expect(() => parseEditors("alice:secret")).toThrow(EditorsError);
    expect(() => parseEditors(`Alice Smith:${hash}`)).toThrow(/not an editor name/);
    expect(() => parseEditors(`alice:${hash},alice:${hash}`)).toThrow(/twice/);
  });
});

describe("EditorsFromEnvironment", () => {
  it("gives no editors when the variable is unset or empty, a reason when it is malformed, and reads it again when it changes", async () => {
    const fromEnvironment = new EditorsFromEnvironment();
    expect(fromEnvironment.of(undefined)).toEqual(new Map());
    expect(fromEnvironment.of(undefined)).toEqual(new Map());
    expect(fromEnvironment.of("")).toEqual(new Map());
    expect(fromEnvironment.of("alice:secret")).toBeInstanceOf(EditorsError);
    const hash = await hashPassword("a long enough password");
    expect([...(fromEnvironment.of(`alice:${hash}`) as Map<string, string>).keys()]).toEqual(["alice"]);
  });
});

describe("SignInThrottle", () => {
  it("lets the first wrong passwords through at once, then doubles the wait after each, per name and per address", () => {
    const throttle = new SignInThrottle();
    const waits: number[] = [];
    for (let i = 0; i < 11; i++) {
      waits.push(throttle.waitMs("alice", "10.0.0.1", 1000));
      throttle.failed("alice", "10.0.0.1", 1000);
    }
    expect(waits.slice(0, FREE_FAILURES)).toEqual(Array(FREE_FAILURES).fill(0));
    expect(waits[FREE_FAILURES + 1]).toBe(2 * waits[FREE_FAILURES]!);
    expect(Math.max(...waits)).toBe(MAX_WAIT_MS);
    // Another name from the same address waits too; the same name from elsewhere too.
    expect(throttle.waitMs("bob", "10.0.0.1", 1000)).toBe(MAX_WAIT_MS);
    expect(throttle.waitMs("alice", "10.0.0.2", 1000)).toBe(MAX_WAIT_MS);
    // The wait runs from the last failure.
    expect(throttle.waitMs("bob", "10.0.0.1", 1000 + MAX_WAIT_MS)).toBe(0);
    throttle.succeeded("alice", "10.0.0.2");
    expect(throttle.waitMs("alice", "10.0.0.2", 1000)).toBe(0);
    // Counts are forgotten after a quarter of an hour.
    expect(throttle.waitMs("bob", "10.0.0.1", 1000 + 16 * 60_000)).toBe(0);
  });
});

describe("SignInThrottle's password checks", () => {
  it("lets MAX_CHECKS run at once and refuses more until one ends", () => {
    const throttle = new SignInThrottle();
    for (let i = 0; i < MAX_CHECKS; i++) expect(throttle.beginCheck()).toBe(true);
    expect(throttle.beginCheck()).toBe(false);
    throttle.endCheck();
    expect(throttle.beginCheck()).toBe(true);
  });

  it("takes back an address's counted failure when the password was right", () => {
    const throttle = new SignInThrottle();
    for (let i = 0; i < 20; i++) {
      throttle.failed(`editor-${i}`, "10.0.0.9", 1000);
      throttle.succeeded(`editor-${i}`, "10.0.0.9");
    }
    expect(throttle.waitMs("someone", "10.0.0.9", 1000)).toBe(0);
  });
});

describe("safeNextPath", () => {
  it.each([
    ["/edit/figures/x", "/edit/figures/x"],
    ["/edit?x=1", "/edit?x=1"],
    ["https://evil.example/edit", "/edit"],
    ["//evil.example/edit", "/edit"],
    ["/\\evil.example", "/edit"],
    ["/pairs/belarus/georgia", "/edit"],
    [undefined, "/edit"],
  ])("%s → %s", (next, expected) => expect(safeNextPath(next)).toBe(expected));
});

describe("an editor's reading", () => {
  it.each([
    ["64180000", 64180000],
    ["64,180,000", 64180000],
    ["64.18 million", 64180000],
    ["1.2bn", 1.2e9],
    ["−237.1 million", -237100000],
    ["about 5", undefined],
    ["1e400", undefined],
    ["", undefined],
  ])("reads %j as %s", (text, value) => expect(parseEditorAmount(text)).toBe(value));

  const form = (fields: Record<string, string>) => (name: string) => ({ metric: "turnover", reporter: "BLR", partner: "GEO", period: "2014", value: "64.18 million", currency: "usd", qualifier: "exact", kind: "actual", ...fields })[name] ?? "";

  it("gives a valid reading, or says what is wrong", () => {
    expect(readingFromForm(form({}))).toEqual({ ok: true, reading: { metric: "turnover", reporter: "BLR", partner: "GEO", period: "2014", value: 64180000, currency: "USD", qualifier: "exact", kind: "actual" } });
    expect(readingFromForm(form({ partner: "BLR" }))).toMatchObject({ ok: false, error: expect.stringMatching(/same country/) });
    expect(readingFromForm(form({ reporter: "XXX" }))).toMatchObject({ ok: false, error: expect.stringMatching(/not a country code/) });
    expect(readingFromForm(form({ period: "2014-13/2014-14" }))).toMatchObject({ ok: false, error: expect.stringMatching(/^period:/) });
    expect(readingFromForm(form({ metric: "share" }))).toMatchObject({ ok: false, error: expect.stringMatching(/share has no currency/) });
    expect(readingFromForm(form({ value: "lots" }))).toMatchObject({ ok: false, error: expect.stringMatching(/not an amount/) });
  });
});

describe("an article an editor submits", () => {
  it("reads a saved news page's article with Readability: no navigation, script or markup, metadata recovered", () => {
    const raw = htmlToRawText(PAGE)!;
    expect(raw).toContain("Trade turnover between Belarus and Georgia reached USD 64.18 million in 2022");
    expect(raw).not.toMatch(/alert|window\.|onerror|Subscribe to our newsletter|Home \|/);
    const prepared = prepareSubmittedArticle({ kind: "file", name: "belarus-georgia.html", bytes: new TextEncoder().encode(PAGE) });
    expect(prepared).toMatchObject({ ok: true, fromHtml: true, id: "belarus-and-georgia-step-up-trade", cleaned: { meta: { title: "Belarus and Georgia step up trade", date: "2023-03-05", author: "Anna Petrova", url: "https://news.example.org/2023/belarus-georgia" } } });
    // Markup written as text in the page stays text.
    expect(prepared.ok && prepared.cleaned.body).toContain("<b>USD 16 million</b>");
  });

  it.each([
    [{ kind: "text" as const, text: "   \n " }, /empty/],
    [{ kind: "file" as const, name: "page.pdf", bytes: new Uint8Array([1, 2]) }, /\.txt file or a saved \.html page/],
    [{ kind: "file" as const, name: "a.txt", bytes: new Uint8Array([0x41, 0, 0x42]) }, /binary/],
    [{ kind: "file" as const, name: "a.txt", bytes: new Uint8Array([0xff, 0xfe, 0x41]) }, /UTF-8/],
    [{ kind: "file" as const, name: "a.txt", bytes: new Uint8Array(5 * 1024 * 1024 + 1).fill(0x41) }, /too large/],
    [{ kind: "file" as const, name: "empty.html", bytes: new TextEncoder().encode("<html><body><nav>Home</nav><script>x()</script></body></html>") }, /no article text/],
  ])("refuses %#: with a reason", (submitted, reason) => {
    const prepared = prepareSubmittedArticle(submitted);
    expect(prepared.ok).toBe(false);
    expect(!prepared.ok && prepared.reason).toMatch(reason);
  });
});
