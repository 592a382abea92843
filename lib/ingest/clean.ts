import type { ArticleMeta } from "@/lib/schema";
import { findDateInText, parseDateText } from "@/lib/dates";
import { isTableRow } from "@/lib/extract/tables";

/** One article recovered from a raw scraped file: its metadata and its cleaned body. */
export type CleanedArticle = { meta: ArticleMeta; body: string };

const MAX_TITLE_LENGTH = 200;

/** Lines that are site furniture, never article text. */
const JUNK_LINE =
  /^(?:category status:.*|[.:;,·•|–—-]|recent trends|share( this)?( article)?|share on \w+|tweet|e-?mail|print|copy link|tags?:.*|read (?:also|more):?.*|see also:?.*|advertisement|subscribe.*|sign (?:up|in).*|log ?in|register|menu|search|home|follow us.*|related(?: articles| news)?:?|comments?(?: \(\d+\))?|back to top|.*all rights reserved.*|(?:©|\(c\)|copyright)\s.*)$/i;
/** Navigation and breadcrumbs: "Home | News | Economy", "Home › Business › Trade". */
const NAV_LINE = /^[^.!?]{0,60}(?:\s[|»›>/]\s[^.!?|»›>]{0,40}){2,}$/;
/** Cookie banners are prose, but never the article's. */
const COOKIE_LINE = /\bcookies?\b/i;
/** Photo captions and credits: "Photo by … on Unsplash", "Фото: RFRM", "(Photo: Reuters)". */
const CAPTION_LINE = /^(?:\(?(?:photo|фото|image|picture|credit|source: ?photo)\b[^\n]*|.*\bphoto(?:graph)? (?:by|courtesy of|credit)\b.*|.*\b(?:unsplash|getty images|shutterstock)\.?\)?)$/i;
/** Blocks that start a list of other articles: everything after them belongs to those articles. */
const RELATED_MARKER = /^(?:similar|related|more|other|recommended|latest|popular) (?:articles|news|stories|posts)$/i;
/** "Read also" alone on a line heads a list of teasers for other articles, down to the next blank line. */
const TEASER_MARKER = /^(?:read|see) (?:also|more)$/i;
const ABOUT_MARKER = /^about(?: the author)?$/i;
const SITE_LINE = /^(?:https?:\/\/)?(?:www\.)?([a-z0-9-]+)\.[a-z.]{2,}\/?$/i;
/** The page's address on a line of its own: "https://www.belta.by/economics/view/…", "Source: https://…". */
const URL_LINE = /^(?:(?:source|url|link|original|read\s+more\s+at)\s*:\s*)?(https?:\/\/[^\s<>"]+)$/i;

/** The URL a line states, when it is a well-formed http(s) address. */
function urlOfLine(line: string): string | undefined {
  const m = line.length <= 2_000 ? URL_LINE.exec(line) : null;
  if (!m) return undefined;
  try {
    const url = new URL(m[1]!);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}
const BYLINE = /^[Bb]y:?\s+([A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){1,3})$/u;
const STANDFIRST_AUTHOR = /,?\s+(?:writes|reports|says)\s+([A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){1,3})\.$/u;

/**
 * Normalises scraped text: Unix line ends, NFC, no-break and odd spaces to plain spaces,
 * trailing spaces trimmed. Everything later works on this form.
 */
export function normalizeText(raw: string): string {
  return raw
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .normalize("NFC")
    .replace(/[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g, " ")
    .replace(/[\u200B-\u200D\u2060]/g, "")
    .replace(/[ \t]+$/gm, "");
}

/** Splits text into blocks separated by blank lines; each block is a list of trimmed lines. */
function toBlocks(text: string): string[][] {
  return text
    .split(/\n\s*\n/)
    .map((block) => unwrapLines(block.split("\n").map((l) => l.trim()).filter((l) => l.length > 0)))
    .filter((lines) => lines.length > 0);
}

/** Words no sentence or headline ends on: a line ending in one goes on in the next. */
const DANGLING_WORD = /(?:^|\s)(?:between|of|the|a|an|and|or|to|in|with|from|by|for|at|on|than|its|their|между|и|в|во|с|со|на|по|за|из|от|до|к)$/iu;

/**
 * Wire copy hard-wrapped at a fixed width ("rose to $474.7" / "million, or 177.2 billion drams",
 * "trade turnover between" / "Tajikistan and China") is one paragraph: a long line that does not
 * end a sentence continues on the next line when that line starts in lower case, with a digit or
 * an opening bracket, or when the line ends on a word that cannot end one.
 */
function unwrapLines(lines: string[]): string[] {
  const out: string[] = [];
  const rows = lines.map(isTableRow);
  for (const [k, line] of lines.entries()) {
    const last = out[out.length - 1];
    const continues = (l: string) => !/[.!?:;"”]$/.test(l) && (/^[\p{Ll}\d($€£]/u.test(line) || DANGLING_WORD.test(l));
    // A table's rows and its header are lines of their own, however long.
    if (last !== undefined && last.length >= 40 && continues(last) && !rows[k] && !rows[k - 1] && !rows[k + 1]) out[out.length - 1] = `${last} ${line}`;
    else out.push(line);
  }
  return out;
}

/** Joins a decimal the page broke across paragraphs ("amounted to $4.9 billion, $2." / "6 billion of which were exports"). */
function joinSplitDecimals(blocks: string[][]): string[][] {
  const out: string[][] = [];
  for (const block of blocks) {
    const previous = out[out.length - 1];
    const last = previous?.[previous.length - 1];
    if (previous && last && /\d\.$/.test(last) && /^\d+\s?(?:billion|million|trillion|thousand|bn|mn|mln|bln|млрд|млн)\b/iu.test(block[0]!)) {
      previous[previous.length - 1] = last + block[0]!;
      previous.push(...block.slice(1));
    } else out.push([...block]);
  }
  return out;
}

/** Joins a drop cap split from its word ("D" / "espite being…" → "Despite being…"). */
function joinDropCaps(blocks: string[][]): string[][] {
  const out: string[][] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    const cap = block[block.length - 1]!;
    const rest = blocks[i + 1];
    if (/^\p{Lu}$/u.test(cap) && rest && /^\p{Ll}/u.test(rest[0]!)) {
      if (block.length > 1) out.push(block.slice(0, -1));
      out.push([cap + rest[0]!, ...rest.slice(1)]);
      i++;
    } else out.push(block);
  }
  return out;
}

/**
 * A line of running text: a sentence that ends as one, or — where the page was cut off
 * mid-sentence — a long line, or one holding a whole sentence before the cut.
 */
const isProse = (line: string) => {
  const words = line.split(/\s+/).length;
  if (/[.!?…"”’)]$/.test(line)) return words >= 6;
  return words >= 20 || (words >= 10 && /[.!?]["”’)]?\s+["“‘(]?\p{Lu}/u.test(line));
};
/** A headline: one short line, not ending in a full stop, most of its longer words capitalised. */
const isHeadline = (line: string) => {
  if (line.length > MAX_TITLE_LENGTH || /[.,;:]$/.test(line) || !/^[\p{Lu}\d"“‘']/u.test(line)) return false;
  const words = line.split(/\s+/).filter((w) => /^[\p{L}"“‘']{4,}/u.test(w));
  return words.filter((w) => /^["“‘']?\p{Lu}/u.test(w)).length * 2 > words.length;
};
/** What two copies of a paragraph share: letters and digits, case and spacing ignored. */
const key = (text: string) => text.toLowerCase().replace(/[^a-z0-9\u00c0-\uffff]+/g, "");

/** The most lines above a table's rows that can be its header and caption. */
const TABLE_CAPTION_LINES = 3;

/**
 * The statistical tables of a block, each kept whole as one paragraph, line by line: its run of
 * rows ("Export (FOB) 3 797.0 3 340.7 …"), the short lines right above (the header, a caption
 * with the unit) and, when the table opens its block, a short caption block just before it
 * ("Million USD"). Outside a table such lines are furniture; inside one they are the figures.
 */
function tablesIn(lines: string[], before: string[] | undefined): { from: number; to: number; text: string }[] {
  const out: { from: number; to: number; text: string }[] = [];
  const short = (l: string) => l.length <= 120 && !isProse(l);
  const rows = lines.map(isTableRow);
  for (let i = 0; i < lines.length; i++) {
    if (!rows[i] || !rows[i + 1]) continue;
    let to = i;
    while (to < lines.length && rows[to]) to++;
    let from = i;
    // The caption never reaches back into the table before it.
    while (from > 0 && i - from < TABLE_CAPTION_LINES && short(lines[from - 1]!) && !rows[from - 1]) from--;
    const caption = from === 0 && before && before.length <= 2 && before.every(short) ? before : [];
    out.push({ from, to, text: [...caption, ...lines.slice(from, to)].join("\n") });
    i = to - 1;
  }
  return out;
}

const TIME_OF_DAY = /\b(?:[01]?\d|2[0-3]):[0-5]\d\b/;

const DATE_STAMP = /^\s*date (\d{4}-\d{2}-\d{2})(?:\s+|$)/;

type Header = { title?: string; date?: string; author?: string; publisher?: string; url?: string };

/**
 * Cleans one segment (a main article or one related article) into metadata and body
 * paragraphs. `siteNames` are domain labels seen anywhere in the raw file.
 */
function cleanSegment(blocks: string[][], siteLabels: string[], fullText: string): CleanedArticle | null {
  const header: Header = {};
  const paragraphs: { text: string; afterHeader: boolean }[] = [];
  let headerSeenAt = -1;
  // A site's clock ("Пятница, 22 ноября 2024") can stand above the article's own stamp, which
  // carries its time ("12 ноября 2023, 21:18"): an archive's stamp or a timed date before the
  // body settles the date; an untimed one holds only until one of them comes.
  let dateSettled = false;
  let inAbout = false;
  const titleCandidates: { text: string; blockIndex: number }[] = [];
  const chooseTitle = () => {
    if (header.title || titleCandidates.length === 0) return;
    const headline = titleCandidates.reduce((a, b) => (b.text.length > a.text.length ? b : a));
    header.title = headline.text;
    headerSeenAt = Math.max(headerSeenAt, headline.blockIndex);
  };

  blocks.forEach((lines, blockIndex) => {
    const prose: string[] = [];
    const tables = tablesIn(lines, blocks[blockIndex - 1]);
    for (let i = 0; i < lines.length; i++) {
      const table = tables.find((t) => t.from <= i && i < t.to);
      if (table) {
        if (table.from === i) prose.push(table.text);
        continue;
      }
      let line = lines[i]!;
      // A page archive's stamp before the text: "date 2022-10-23 The volume of commerce …".
      const stamp = DATE_STAMP.exec(line);
      if (stamp) {
        const stamped = parseDateText(stamp[1]!);
        if (stamped && !header.date) {
          header.date = stamped.iso;
          dateSettled = true;
        }
        line = line.slice(stamp[0].length);
        if (!line) continue;
      }
      if (line.length <= 20 && ABOUT_MARKER.test(line)) {
        // Author box: "About" / name / ":" / bio lines until the block ends.
        inAbout = true;
        const name = lines.slice(i + 1).find((l) => !JUNK_LINE.test(l));
        if (name && name.split(/\s+/).length <= 4) header.author ??= name;
        break;
      }
      // Furniture and captions are short lines; testing long paragraphs would only cost time.
      if (line.length <= 200 && (JUNK_LINE.test(line) || CAPTION_LINE.test(line) || NAV_LINE.test(line))) continue;
      if (line.length <= 400 && COOKIE_LINE.test(line)) continue;
      // A date line, or a short dateline such as "Budapest, March 12, 2024" or "Kazinform, 17 January 2024 15:20".
      const date = line.length <= 40 ? parseDateText(line) : undefined;
      const dateline = !date && line.length <= 90 && !isProse(line) ? findDateInText(line) : undefined;
      if (date ?? dateline) {
        const timed = TIME_OF_DAY.test(line);
        if (!header.date || (timed && !dateSettled && !prose.some(isProse) && !paragraphs.some((p) => isProse(p.text)))) {
          header.date = (date ?? dateline)!.iso;
          dateSettled = timed;
        }
        headerSeenAt = blockIndex;
        continue;
      }
      if (line.length <= 80 && SITE_LINE.test(line)) continue;
      // The page's address, kept as the article's URL (the first one stated), not as body text.
      const url = urlOfLine(line);
      if (url) {
        header.url ??= url;
        continue;
      }
      const byline = line.length <= 60 ? BYLINE.exec(line) : null;
      if (byline) {
        header.author ??= byline[1];
        continue;
      }
      prose.push(line);
    }
    if (inAbout) {
      // An author box ends at the first blank line; its bio is never body text.
      if (blockIndex > 0 && !ABOUT_MARKER.test(lines[0]!) && lines.every((l) => !ABOUT_MARKER.test(l))) inAbout = false;
      else return;
    }
    for (const text of prose) {
      if (tables.some((t) => t.text === text)) {
        chooseTitle();
        paragraphs.push({ text, afterHeader: headerSeenAt >= 0 });
        continue;
      }
      if (!isProse(text) || (!header.title && lines.length === 1 && isHeadline(text))) {
        // A short non-sentence line: a title candidate if none yet, else a tagline or caption.
        // Before the first paragraph, the longest candidate is the headline ("TASS" and
        // "Russian News Agency" are the site's); after it, the first one is (a page that
        // repeats its body before the headline).
        // A table row or bullet scraped as a line ("Exports: $1.2 billion (+5.3%)", "- Россия - 2,9 миллиарда;"), or the line
        // that introduces them ("Trade in 2023:"), is content once a headline or a paragraph has been seen.
        const labelled = /^[-•*–—]\s|(?::|\s[–—-])\s*[-−+]?[$€£₽¥₸₴₺₹₾\d]|:$/.test(text);
        const tableRow = labelled && /\d/.test(text) && (/[$€£₽¥₸₴₺₹₾]|\b(?:USD|EUR|RUB|CNY|billion|million|bln|mln|bn)\b|(?<![\p{L}])(?:млрд|млн|трлн|миллиард|миллион|долл|руб)/iu.test(text) || text.endsWith(":")) && text.split(/\s+/).length >= 2;
        const headlineSeen = Boolean(header.title) || titleCandidates.length > 0;
        // A sentence that introduces a list ("Торговля между Молдовой и Украиной формально свободная, но фактически асимметричная:") is the body's.
        // (Not a byline: "By Rufiz Hafizoglu - Trend:" has no word of running text.)
        const introduction = text.endsWith(":") && text.split(/\s+/).length >= 5 && /^[\p{Lu}"“«]/u.test(text) && (text.match(/(?:^|\s)\p{Ll}/gu) ?? []).length >= 2;
        // … and so is an item of a list it introduced ("Romania (28.5% of total exports);"), never a headline.
        const listItem = text.endsWith(";") && paragraphs.length > 0;
        // … and so is the page's last line, cut off mid-sentence ("… 95,2 млн долларов, а отрицательное").
        // (A sentence's start that states something, not a link's "To leave a comment, log in or register".)
        const words = text.split(/\s+/).length;
        const cutEnd = paragraphs.length > 0 && blockIndex === blocks.length - 1 && text === prose[prose.length - 1] && words >= 8 && (words >= 14 || /\d/.test(text)) && /^[\p{Lu}"“«]/u.test(text);
        if ((tableRow && (headlineSeen || paragraphs.length > 0)) || introduction || listItem || cutEnd) {
          chooseTitle();
          paragraphs.push({ text, afterHeader: headerSeenAt >= 0 });
        } else if (!header.title && !text.endsWith(":") && text.length <= MAX_TITLE_LENGTH && /\p{L}/u.test(text) && /^[\p{Lu}\d"“‘']/u.test(text)) {
          if (paragraphs.length === 0) titleCandidates.push({ text, blockIndex });
          // The last line of a page cut off mid-sentence is the body's end, not a headline after it.
          else if (blockIndex === blocks.length - 1 && text === prose[prose.length - 1]) paragraphs.push({ text, afterHeader: headerSeenAt >= 0 });
          else {
            header.title = text;
            headerSeenAt = blockIndex;
          }
        }
        continue;
      }
      chooseTitle();
      paragraphs.push({ text, afterHeader: headerSeenAt >= 0 });
    }
  });

  // The body scraped twice: keep one copy of each paragraph, preferring the copy laid out after
  // the article's own header (title/date) when the file repeats the body on both sides of it.
  const keys = paragraphs.map((p) => key(p.text));
  const firstIndex = new Map<string, number>();
  const lastIndex = new Map<string, number>();
  keys.forEach((k, i) => {
    if (!firstIndex.has(k)) firstIndex.set(k, i);
    lastIndex.set(k, i);
  });
  const body = paragraphs
    .filter((_, i) => {
      const k = keys[i]!;
      const keepLast = paragraphs[lastIndex.get(k)!]!.afterHeader && !paragraphs[firstIndex.get(k)!]!.afterHeader;
      return i === (keepLast ? lastIndex.get(k) : firstIndex.get(k));
    })
    .map((p) => p.text);
  if (body.length === 0) return null;
  // No headline in the file: name the article by the start of its first sentence.
  header.title ??= body[0]!.split(/(?<=[.!?])\s/)[0]!.slice(0, 120);

  // A dateline opening the first paragraph: "Belgrade, 9 February 2024 — Serbia has …".
  header.date ??= findDateInText(body[0]!.slice(0, 60))?.iso;
  const standfirstAuthor = body.map((p) => STANDFIRST_AUTHOR.exec(p)?.[1]).find(Boolean);
  header.author ??= standfirstAuthor;
  header.publisher ??= publisherFromSite(siteLabels, fullText);
  const meta: ArticleMeta = { title: header.title };
  if (header.date) meta.date = header.date;
  if (header.author) meta.author = header.author;
  if (header.publisher) meta.publisher = header.publisher;
  if (header.url) meta.url = header.url;
  return { meta, body: body.join("\n\n") };
}

/**
 * Names the publisher from a bare site line ("www.diplomaticourier.com") by finding the
 * capitalised phrase in the text that spells the domain ("Diplomatic Courier"); doubled
 * letters are folded because domains often drop one ("diplomaticourier").
 */
function publisherFromSite(siteLabels: string[], text: string): string | undefined {
  const fold = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "").replace(/(.)\1+/g, "$1");
  for (const label of siteLabels) {
    const target = fold(label);
    for (const m of text.matchAll(/\b[A-Z][\w'’&-]*(?:\s+(?:of\s+|the\s+|&\s+)?[A-Z][\w'’&-]*){0,4}/g)) {
      const words = m[0].split(/\s+/);
      for (let n = words.length; n >= 1; n--) {
        for (let s = 0; s + n <= words.length; s++) {
          const phrase = words.slice(s, s + n).join(" ");
          if (fold(phrase) === target) return phrase;
        }
      }
    }
  }
  return undefined;
}

/**
 * Cleans a raw scraped article (DESIGN.md, "The seeds and what they teach"): one copy of the
 * body, drop caps joined, captions, taglines, author boxes and site furniture removed, and the
 * title, date, author and publisher recovered where the text states them. A "Similar articles"
 * block becomes articles of their own, after the main one, never part of it.
 * Deterministic: the same raw text always yields the same articles.
 */
export function cleanRawArticle(raw: string): CleanedArticle[] {
  const text = normalizeText(raw);
  const blocks = joinSplitDecimals(joinDropCaps(toBlocks(text)));
  // The site's name as its domain spells it ("belta" of www.belta.by), from a bare site line or a URL line.
  const siteLabels = blocks.flat().flatMap((l) => {
    const m = SITE_LINE.exec(l);
    if (m?.[1]) return [m[1]];
    const url = urlOfLine(l);
    const host = url ? new URL(url).hostname.replace(/^www\./, "").split(".") : [];
    return host.length >= 2 ? [host[host.length - 2]!] : [];
  });

  const segments: string[][][] = [[]];
  for (const block of blocks) {
    // "Related news" may stand in its own block or follow the tags: it starts the next segment.
    const marker = block.findIndex((line) => RELATED_MARKER.test(line));
    const teasers = block.findIndex((line) => TEASER_MARKER.test(line));
    const own = block.slice(0, [marker, teasers].filter((i) => i >= 0).sort((a, b) => a - b)[0] ?? block.length);
    if (own.length) segments[segments.length - 1]!.push(own);
    if (marker >= 0 && (teasers < 0 || marker < teasers)) segments.push(block.length > marker + 1 ? [block.slice(marker + 1)] : []);
  }
  return segments.flatMap((segment) => {
    const article = cleanSegment(segment, siteLabels, text);
    return article ? [article] : [];
  });
}
