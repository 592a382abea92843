import { parse as parseBibtex } from "@retorquere/bibtex-parser";
import { describe, expect, it } from "vitest";
import {
  escapeWikiParameter,
  formatBibtex,
  formatCitations,
  formatCslJson,
  formatPlainCitation,
  formatRis,
  formatWikipediaCitation,
  type CitationInput,
} from "@/lib/export/cite";
import { draftCitation } from "@/lib/export/citation-draft";

const SENTENCE = "In 2014, it totalled USD 64.18 million or about 0.1% of the total foreign trade turnover with balance deficit for Belarus.";
const PERMALINK = "https://tradecite.example/figures/f-2014-turnover";
const NAMES = { BLR: "Belarus", GEO: "Georgia" };

const input: CitationInput = {
  id: "f-2014-turnover",
  metric: "turnover",
  period: "2014",
  value: 64180000,
  currency: "USD",
  qualifier: "exact",
  kind: "actual",
  derived: false,
  reporterName: "Belarus",
  partnerName: "Georgia",
  sentence: SENTENCE,
  article: {
    title: "Minsk gains political weight in the eyes of Kremlin as mediator of Russo-Georgian relations",
    publisher: "Belarus Security Blog",
    date: "2016-04-22",
    url: "https://example.org/news/minsk",
  },
  permalink: PERMALINK,
  accessed: "2024-05-01",
};
const FRAGMENT_URL =
  "https://example.org/news/minsk#:~:text=In%202014%2C%20it%20totalled%20USD%2064.18%20million%20or%20about%200.1%25%20of%20the%20total%20foreign%20trade%20turnover%20with%20balance%20deficit%20for%20Belarus.";

describe("an article with no URL", () => {
  const offline: CitationInput = { ...input, article: { ...input.article, url: undefined } };

  it("is cited without a URL of its own: the permalink never stands in for the article's", () => {
    const bibtex = parseBibtex(formatBibtex(offline));
    expect(bibtex.entries[0]?.fields.url).toBeUndefined();
    expect(bibtex.entries[0]?.fields.note).toContain(PERMALINK);
    const [csl] = JSON.parse(formatCslJson(offline)) as Array<Record<string, unknown>>;
    expect(csl).not.toHaveProperty("URL");
    expect(csl?.note).toContain(`Permalink: ${PERMALINK}`);
    const ris = formatRis(offline);
    expect(ris).not.toMatch(/^UR {2}-/m);
    expect(ris).toMatch(new RegExp(`^N1 {2}- .*Permalink: ${PERMALINK}`, "m"));
    expect(formatWikipediaCitation(offline)).not.toMatch(/\|url=/);
    expect(formatPlainCitation(offline)).toContain(`Via tradecite: ${PERMALINK}`);
  });

  it("with a URL, gives the article's (at the sentence) as its URL and the permalink apart", () => {
    expect(parseBibtex(formatBibtex(input)).entries[0]?.fields.url).toBe(FRAGMENT_URL);
    expect((JSON.parse(formatCslJson(input)) as Array<Record<string, unknown>>)[0]?.URL).toBe(FRAGMENT_URL);
    expect(formatRis(input)).toContain(`UR  - ${FRAGMENT_URL}\r\n`);
  });
});

describe("formatPlainCitation", () => {
  it("names value, pair, metric and period, quotes the sentence, names the article and links sentence and permalink", () => {
    expect(formatPlainCitation(input)).toBe(
      [
        "Belarus–Georgia trade turnover, 2014: USD 64.18 million.",
        `“${SENTENCE}”`,
        `“Minsk gains political weight in the eyes of Kremlin as mediator of Russo-Georgian relations”, Belarus Security Blog, 22 April 2016. ${FRAGMENT_URL}`,
        `Via tradecite: ${PERMALINK} (accessed 1 May 2024)`,
      ].join("\n"),
    );
  });

  it("keeps every part on its line, whatever line breaks the author or publisher hold", () => {
    const text = formatPlainCitation({ ...input, article: { ...input.article, author: "Ann\nLee", publisher: "Daily\r\nNews" } });
    expect(text.split("\n")).toHaveLength(4);
    expect(text).toContain("Ann Lee, “Minsk");
    expect(text).toContain("Daily News, 22 April 2016");
  });

  it("omits the sentence link when the article has no URL and marks derived figures", () => {
    const text = formatPlainCitation({ ...input, metric: "exports", derived: true, article: { title: "T" }, accessed: undefined });
    expect(text).toContain("Belarus's exports to Georgia, 2014: USD 64.18 million (derived by tradecite");
    expect(text).not.toContain("#:~:text=");
    expect(text).toContain(`Via tradecite: ${PERMALINK}`);
  });
});

describe("formatBibtex", () => {
  it("writes an @article with escaped title and the quote in note", () => {
    const bib = formatBibtex({ ...input, article: { ...input.article, title: "Trade & 50% of {GDP} #1_x" } });
    expect(bib).toMatch(/^@article\{f-2014-turnover,\n/);
    expect(bib).toContain("  title = {{Trade \\& 50\\% of \\textbraceleft{}GDP\\textbraceright{} \\#1\\_x}},");
    expect(bib).toContain("  journal = {Belarus Security Blog},");
    expect(bib).toContain("  date = {2016-04-22},");
    expect(bib).toContain(`  url = {${FRAGMENT_URL}},`);
    expect(bib).toContain("In 2014, it totalled USD 64.18 million or about 0.1\\% of the total");
    expect(bib).toContain(`\\url{${PERMALINK}}`);
    expect(bib.endsWith("\n}")).toBe(true);
  });

  // Titles, authors, sentences and URLs built to break out of a field: each output must read,
  // in a real BibTeX parser, as exactly one entry whose fields hold the text as given.
  const hostile = [
    "Trade } @misc(evil, title={injected}) {",
    "}} @misc{injected, title = {x}} {{",
    "A\\B & C % D # E _ F ^ G ~ H $ { unclosed",
    "close } } } and open { { {",
    "quote \"} @comment{ and `` '' and \\url{x}",
    "line\nbreak\r\nand\ttab",
  ];
  it.each(hostile.flatMap((text) => [["title", text], ["author", text], ["publisher", text], ["sentence", text], ["url", text]]))("reads back as one entry with %s %j intact in a real BibTeX parser", (field, text) => {
    const article = { ...input.article, ...(field === "url" ? { url: `https://example.org/${text}` } : field !== "sentence" ? { [field]: text } : {}) };
    const bib = formatBibtex({ ...input, sentence: field === "sentence" ? text : input.sentence, article });
    const parsed = parseBibtex(bib);
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries.map((e) => e.key)).toEqual([input.id]);
    const fields = parsed.entries[0]!.fields as Record<string, unknown>;
    const asGiven = text.replace(/\s+/g, " ").trim();
    if (field === "title") expect(fields.title).toBe(asGiven);
    if (field === "author") expect(JSON.stringify(fields.author)).toContain(asGiven.split(" ")[0]!.replace(/[\\{}]/g, "").slice(0, 1));
    if (field === "publisher") expect(fields.journal).toBe(asGiven);
    if (field === "sentence") expect(String(fields.note)).toContain(asGiven);
    if (field === "url") expect(String(fields.url)).not.toMatch(/[{}\s]/);
  });
});

describe("formatCslJson", () => {
  it("is one article-newspaper item with issued date parts and the quote", () => {
    const [item] = JSON.parse(formatCslJson(input));
    expect(item).toMatchObject({
      id: "f-2014-turnover",
      type: "article-newspaper",
      title: input.article.title,
      "container-title": "Belarus Security Blog",
      issued: { "date-parts": [[2016, 4, 22]] },
      accessed: { "date-parts": [[2024, 5, 1]] },
      URL: FRAGMENT_URL,
    });
    expect(item.note).toContain(`“${SENTENCE}”`);
    expect(item.note).toContain(PERMALINK);
  });
});

describe("formatRis", () => {
  it("writes TY NEWS … ER with CRLF lines and no line break inside a field", () => {
    const ris = formatRis({ ...input, sentence: "Trade\nrose." });
    const lines = ris.split("\r\n");
    expect(lines[0]).toBe("TY  - NEWS");
    expect(lines).toContain("DA  - 2016/04/22");
    expect(lines).toContain(`UR  - https://example.org/news/minsk#:~:text=Trade%20rose.`);
    expect(lines.find((l) => l.startsWith("N1  - "))).toContain("“Trade rose.”");
    expect(lines.at(-2)).toBe("ER  -");
    expect(ris.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
  });
});

describe("formatWikipediaCitation", () => {
  it.each([
    ["a|b", "a{{!}}b"],
    ["x}}y", "x&#125;&#125;y"],
    ["{{tpl}}", "&#123;&#123;tpl&#125;&#125;"],
    ["[[link]]", "&#91;&#91;link&#93;&#93;"],
    ["line\nbreak", "line break"],
    ["<!-- hidden", "&#60;!-- hidden"],
    ["x</ref><ref>y", "x&#60;/ref>&#60;ref>y"],
    ["signed ~~~~", "signed &#126;&#126;&#126;&#126;"],
    ["#:~:text=a", "#:~:text=a"],
  ])("escapes %j", (raw, escaped) => {
    expect(escapeWikiParameter(raw)).toBe(escaped);
  });

  it("writes {{cite news}} with quote=, url= to the sentence, work and date", () => {
    expect(formatWikipediaCitation(input)).toBe(
      `{{cite news |title=${input.article.title} |url=${FRAGMENT_URL} |work=Belarus Security Blog |date=2016-04-22 |access-date=2024-05-01 |quote=${SENTENCE}}}`,
    );
  });

  it("cannot be closed early by a sentence holding | or }}", () => {
    const wiki = formatWikipediaCitation({ ...input, sentence: "A | B }} C {{D" });
    expect(wiki).toContain("|quote=A {{!}} B &#125;&#125; C &#123;&#123;D}}");
    expect(wiki.indexOf("}}")).toBe(wiki.indexOf("{{!}}") + 3);
    expect(wiki.lastIndexOf("}}")).toBe(wiki.length - 2);
  });
});

describe("formatCitations", () => {
  it("gives every format, each holding the sentence", () => {
    const all = formatCitations(input);
    expect(Object.keys(all)).toEqual(["text", "bibtex", "csl-json", "ris", "wikipedia"]);
    for (const text of Object.values(all)) expect(text).toContain("USD 64.18 million or about 0.1");
  });
});

describe("draftCitation", () => {
  const excerpt = (sentence: string, number: string) => {
    const at = sentence.indexOf(number);
    return { articleId: "a", title: "T", date: "2016-04-22", author: "A. Author", publisher: "P", url: null, sentenceIndex: 4, before: "", lead: sentence.slice(0, at), number, tail: sentence.slice(at + number.length), after: "" };
  };
  const sentence2011 = "Trade peaked in 2011 reaching almost USD 300 million with a deficit (USD 237.1 million).";
  const excerpts = { t: excerpt(sentence2011, "USD 300 million"), b: excerpt(sentence2011, "USD 237.1 million") };
  const figure: Parameters<typeof draftCitation>[0] = { id: "t", reporter: "BLR", partner: "GEO", metric: "turnover", period: "2011", value: 3e8, currency: "USD", qualifier: "almost", kind: "actual", derived: false, derivedFrom: [] };

  it("quotes a stated figure's sentence, names the countries and links /figures/<id>", () => {
    expect(draftCitation(figure, excerpts, NAMES)).toMatchObject({ reporterName: "Belarus", partnerName: "Georgia", sentence: sentence2011, article: { title: "T", author: "A. Author", publisher: "P", date: "2016-04-22" }, permalinkPath: "/figures/t" });
  });

  it("says 'almost' of an amount the sentence says it falls short of", () => {
    const draft = draftCitation(figure, excerpts, NAMES)!;
    const citation = formatPlainCitation({ ...draft, permalink: `https://tradecite.example${draft.permalinkPath}` });
    expect(citation).toContain("2011: almost USD 300 million");
  });

  it("quotes a derived figure's source sentence once when both inputs share it", () => {
    const derived = { ...figure, id: "d-exports-1", metric: "exports" as const, derived: true, derivedFrom: ["t", "b"] };
    expect(draftCitation(derived, excerpts, NAMES)?.sentence).toBe(sentence2011);
  });

  it("is undefined without an excerpt", () => {
    expect(draftCitation({ ...figure, id: "missing" }, excerpts, NAMES)).toBeUndefined();
  });
});

describe("a source in Russian", () => {
  const russian: CitationInput = {
    ...input,
    id: "turnover-2011-ru",
    period: "2011",
    value: 1e9,
    qualifier: "more_than",
    partnerName: "Lithuania",
    sentence: "Товарооборот между Беларусью и Литвой в 2011 году составил более $1 млрд.",
    article: { title: "Товарооборот между Беларусью и Литвой в 2011 году составил более $1 млрд.", publisher: "belarus.kz", date: "2012-02-10", url: "https://belarus.kz/news/2012/02/10" },
  };

  it("quotes the sentence as written and says its language in BibTeX, CSL-JSON, RIS and {{cite news}}", () => {
    const [entry] = parseBibtex(formatBibtex(russian)).entries;
    expect(entry?.fields.title).toBe(russian.article.title);
    expect(formatBibtex(russian)).toContain("  language = {ru}");
    expect(JSON.parse(formatCslJson(russian))[0]).toMatchObject({ language: "ru", title: russian.article.title });
    expect(formatRis(russian)).toContain("LA  - ru\r\n");
    expect(formatWikipediaCitation(russian)).toContain("|language=ru");
    expect(formatPlainCitation(russian)).toContain("“Товарооборот между Беларусью и Литвой в 2011 году составил более $1 млрд.”");
    expect(formatBibtex(input)).not.toContain("language");
  });

  it("links the sentence with its Cyrillic percent-encoded as UTF-8 in the text fragment", () => {
    const url = JSON.parse(formatCslJson(russian))[0].URL as string;
    expect(url).toBe(`https://belarus.kz/news/2012/02/10#:~:text=${encodeURIComponent(russian.sentence).replace(/-/g, "%2D")}`);
    expect(url).toContain("#:~:text=%D0%A2%D0%BE%D0%B2%D0%B0%D1%80%D0%BE%D0%BE%D0%B1%D0%BE%D1%80%D0%BE%D1%82");
    expect(decodeURIComponent(url.split("#:~:text=")[1]!)).toBe(russian.sentence);
  });
});
