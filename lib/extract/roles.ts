import type { CountryMention } from "@/lib/extract/countries";
import type { Context, Parties, TradeMetric } from "@/lib/extract/types";
import type { CountryCode } from "@/lib/schema";

// "exports to countries of the European Union": the bloc's members are its destination too.
const MEMBERS_OF = String.raw`(?:the\s+)?(?:(?:countries|members|member\s+states|states|nations)\s+of\s+(?:the\s+)?)?$`;
const TO_BEFORE = new RegExp(String.raw`\b(?:to|into)\s+${MEMBERS_OF}`, "i");
const FROM_BEFORE = new RegExp(String.raw`\bfrom\s+${MEMBERS_OF}`, "i");

const NAME = String.raw`(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?`;
const JOINED_AFTER = new RegExp(String.raw`(?<!\baccording\s)\b(with|to|into|from)\s+${NAME}(?:\s*,\s*${NAME})*\s*(?:,|,?\s+and)\s+(?:the\s+)?$`, "u");

/** An institution whose country follows: "the State Customs Committee of", "the Ministry of Economy of", "the National Bank of". */
const SOURCE_OF = /\b(?:Committee|Office|Ministry(?:\s+of\s+[A-Z][a-z]+(?:\s+(?:and\s+)?[A-Z][a-z]+){0,3})?|Service|Bank|Bureau|Chamber(?:\s+of\s+Commerce(?:\s+and\s+Industry)?)?|Embassy|Agency|Administration|Department|Institute|Commission|Authority)\s+of\s+(?:the\s+)?$/;

/** Roles a country mention plays, read from the words just before and after it. */
export function roleOf(text: string, m: CountryMention): "dest" | "origin" | "with" | "owner" | "goods" | "between" | "plain" | "source" {
  const before = text.slice(Math.max(0, m.start - 30), m.start);
  const after = text.slice(m.end, m.end + 40);
  // "the Statistical Committee of Armenia shows that Iran exported …": who publishes, not who trades.
  if (SOURCE_OF.test(text.slice(Math.max(0, m.start - 60), m.start))) return "source";
  // "China, from which imports stood at …", "Italy, with which trade reached …": the relative names the role.
  const relative = /^\s*,\s*(from|to|with)\s+which\b/i.exec(after)?.[1]?.toLowerCase();
  if (relative) return relative === "from" ? "origin" : relative === "to" ? "dest" : "with";
  // "with Vietnam's exports to India": a possessive before a trade noun owns it, whatever precedes it.
  if (m.possessive && /^\s*(?:[\w-]+\s+){0,2}?(?:exports?|imports?|trade|surplus|deficit|balance|turnover|sales|purchases|shipments|supplies)\b/i.test(after)) return "owner";
  // "intra-EU27 trade": a country's trade with the rest of the bloc.
  if (/\bintra-$/i.test(before)) return "with";
  if (TO_BEFORE.test(before) && !/\baccording\s+to\s+(?:the\s+)?$/i.test(before)) return "dest";
  if (FROM_BEFORE.test(before)) return "origin";
  // "with Latvia reporting the widest trade gap": an absolute clause, whose country is its subject.
  if (/\bwith\s+(?:the\s+)?$/i.test(before) && /^\s+(?:reporting|having|showing|posting|recording|registering|seeing|running)\b/i.test(after)) return "plain";
  // "with Belarusian export exceeding USD 20 million": an adjective before a trade noun owns it.
  if (/\b(?:with|against)\s+(?:the\s+)?$/i.test(before) && !(m.form === "adjective" && /^\s*(?:exports?|imports?)\b/i.test(after))) return "with";
  // "with Kyrgyzstan and Germany", "to Poland, Lithuania and Latvia": a country joined to the one
  // after a preposition plays its role.
  const joined = m.form === "name" ? JOINED_AFTER.exec(text.slice(Math.max(0, m.start - 80), m.start))?.[1]?.toLowerCase() : undefined;
  if (joined) return joined === "with" ? "with" : joined === "from" ? "origin" : "dest";
  if (/\bbetween\s+(?:the\s+)?$/i.test(before) || (/\band\s+(?:the\s+)?$/i.test(before) && /\bbetween\b/i.test(before))) return "between";
  if (/\b(?:surplus|deficit|balance|negative|positive)\s+(?:\w+\s+){0,2}(?:for|of)\s+$/i.test(before) || /^\s*['’]s?\s+favou?r/.test(after) || /\bin\s+$/.test(before) && /^['’]s?\s+favou?r/.test(after)) return "owner";
  if (m.possessive) return "owner";
  // "the 36th-largest export destination for South Korea": whose market it is.
  if (/\b(?:destinations?|markets?)\s+for\s+(?:the\s+)?$/i.test(before)) return "owner";
  // "Lithuanian-Polish trade", "Sino-Russian": two sides joined by a hyphen are the pair.
  if (/^[-–][A-Z]/.test(after) || /[A-Za-z][-–]$/.test(before)) return "between";
  if (m.form === "adjective") {
    // "The Indian ministry put the worth of Iran’s exports to India at …": an institution's adjective says who publishes; it is the subject only when no country owns the flow.
    if (/^\s*(?:statistics?|statistical|customs|government|authorities|ministry|data|officials?)\b/i.test(after)) return "source";
    if (/^\s*(?:-|–)?\s*(?:exports?|exporters?|imports?|importers?|trade|turnover|firms|companies|producers|suppliers|farmers|traders|shippers|businesses|side|economy|business|sellers|buyers|manufacturers|enterprises)\b/i.test(after)) return "owner";
    if (/^\s+\w+/.test(after)) return "goods";
  }
  return "plain";
}

/**
 * "Chinese imports accounted for $5.36 billion" in an Uzbekistan story: a demonym before
 * "imports" names where the goods come from, unless it is the country the article reports on or
 * one of several countries whose own flows the sentence sets side by side.
 */
export function originOfImports(text: string, m: CountryMention, ctx: Context): "origin" | undefined {
  if (m.form !== "adjective" || !ctx.focus || ctx.focus === m.code || ctx.sideBySide?.has(m.code)) return undefined;
  return /^\s*imports\b/i.test(text.slice(m.end, m.end + 12)) ? "origin" : undefined;
}

/**
 * Decides who the figure is between and from whose side, per DESIGN.md's direction rules:
 * exports are the reporter's to the partner, imports the reporter's from the partner, a
 * balance is the reporter's.
 */
export function resolveParties(metric: TradeMetric, text: string, mentions: CountryMention[], ctx: Context, total: boolean, homePronoun: boolean, destination = false, source = false): Parties | undefined {
  // A publishing institution's country reaches here only as the clause's one country: it is the subject.
  // "Chilean imports from China": with an origin named, the adjective before "imports" is whose they are.
  const stated = mentions.map((m) => roleOf(text, m).replace("source", "plain"));
  const originNamed = stated.includes("origin");
  const roles = mentions.map((m, i) => ({ code: m.code, role: (originNamed ? undefined : originOfImports(text, m, ctx)) ?? stated[i]! }));
  const pick = (...wanted: string[]) => {
    for (const w of wanted) {
      const hit = roles.find((r) => r.role === w);
      if (hit) return hit.code;
    }
    return undefined;
  };
  // No country in view yet: a country's total ("The balance of foreign trade totalled …") is
  // the focus country's, the one the headline and the article name.
  const home = homePronoun ? (ctx.reporter ?? ctx.focus ?? ctx.articleFocus) : undefined;
  const other = (code: CountryCode | undefined): CountryCode | undefined => {
    if (!code) return undefined;
    const distinct = roles.map((r) => r.code).find((c) => c !== code);
    if (distinct) return distinct;
    if (total || !ctx.reporter) return "WLD";
    // A country outside the pair in view, with no partner named ("while Lithuanian exports
    // were worth …"), is stating its own total, never a trade with a country of that pair.
    if (ctx.reporter && ctx.partner) return code === ctx.reporter ? ctx.partner : code === ctx.partner ? ctx.reporter : "WLD";
    return undefined;
  };
  let reporter: CountryCode | undefined;
  let partner: CountryCode | undefined;
  if (metric === "exports" && destination) {
    // "Romania remained the main destination for Moldovan goods": the subject is the partner.
    partner = pick("plain", "dest");
    reporter = pick("owner", "goods", "origin") ?? home;
  } else if (metric === "exports") {
    // "The export of Belarusian goods": whose goods they are is whose exports.
    reporter = pick("owner", "origin", "plain", "goods") ?? home;
    partner = pick("dest", "with");
  } else if (metric === "imports" && source) {
    // "China remains the dominant source of imports, which grew … to $9.472 billion": the subject is the partner.
    partner = pick("plain", "origin");
    reporter = pick("owner", "dest") ?? home;
  } else if (metric === "imports") {
    // "Kazakhstan’s import to Azerbaijan amounted to $205 million": where imports go is who imports them; the owner named beside is where they come from.
    const into = mentions.find((m, i) => roles[i]!.role === "dest" && /\bimports?\s+(?:[\p{L}\d-]+\s+){0,2}?(?:to|into)\s+(?:the\s+)?$/iu.test(text.slice(Math.max(0, m.start - 40), m.start)))?.code;
    reporter = into ?? pick("owner", "dest", "plain") ?? home;
    partner = pick("origin", ...(into ? ["owner"] : []), "goods", "with");
  } else if (metric === "balance") {
    // The owner nearest the amount: "Lithuanian-Polish trade …, with Lithuania's deficit at …".
    // "The trade deficit between India and China": with no owner named, the balance is the side
    // the article reports on, else the first named.
    const between = roles.filter((r) => r.role === "between").map((r) => r.code);
    const side = between.length === 2 ? (between.find((c) => c === ctx.focus) ?? between[0]) : undefined;
    reporter = roles.filter((r) => r.role === "owner").pop()?.code ?? pick("plain") ?? side ?? home;
    partner = side ? between.find((c) => c !== reporter) : pick("with", "dest", "between");
  } else {
    const between = roles.filter((r) => r.role === "between").map((r) => r.code);
    if (between.length >= 2) [reporter, partner] = [between[between.length - 2], between[between.length - 1]];
    else {
      reporter = pick("owner", "plain", "between", "goods", "origin") ?? home;
      partner = roles.map((r) => r.code).find((c) => c !== reporter && roles.find((r) => r.code === c)?.role !== "owner") ?? roles.map((r) => r.code).find((c) => c !== reporter);
    }
  }
  if (reporter && partner === reporter) partner = undefined;
  if (reporter && !partner) partner = other(reporter);
  if (!reporter && partner) {
    // "Exports to the EU increased … reaching EUR 13 billion": from the pair in view, else the country the article is about.
    // … unless the text has just turned to another country's partners ("among China's major trading partners").
    reporter = ctx.partnersOwner && ctx.partnersOwner !== partner ? ctx.partnersOwner : ctx.reporter && ctx.reporter !== partner ? ctx.reporter : ctx.partner && ctx.partner !== partner && ctx.partner !== "WLD" ? ctx.partner : [ctx.focus, ctx.articleFocus].find((c) => c && c !== partner);
  }
  if (!reporter && !partner && ctx.reporter && ctx.partner) [reporter, partner] = [ctx.reporter, ctx.partner];
  if (!reporter || !partner || reporter === partner) return undefined;
  return { reporter, partner };
}
