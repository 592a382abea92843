import { describe, expect, it } from "vitest";
import { COUNTRIES, countryByCode, countryBySlug, type Country } from "@/lib/countries";
import { countryCodeSchema, slugSchema } from "@/lib/schema";

const aliasesOf = (country: Country) => [...country.names, ...country.adjectives, ...country.capitals];

/** Codes of the countries that list `alias` (case-insensitive) among their names, adjectives or capitals. */
const codesNaming = (alias: string) =>
  COUNTRIES.filter((country) => aliasesOf(country).some((a) => a.toLowerCase() === alias.toLowerCase())).map((c) => c.code);

const duplicates = (values: string[]) => values.filter((value, i) => values.indexOf(value) !== i);

describe("countryByCode and countryBySlug", () => {
  it.each([
    ["BLR", "belarus", "Belarus"],
    ["GEO", "georgia", "Georgia"],
    ["RUS", "russia", "Russia"],
    ["USA", "united-states", "United States"],
    ["GBR", "united-kingdom", "United Kingdom"],
    ["TUR", "turkey", "Turkey"],
    ["KOR", "south-korea", "South Korea"],
    ["MKD", "north-macedonia", "North Macedonia"],
    ["COD", "dr-congo", "DR Congo"],
    ["XKX", "kosovo", "Kosovo"],
    ["WLD", "world", "World"],
    ["EU", "eu", "European Union"],
  ])("%s ⇄ %s is %s", (code, slug, name) => {
    expect(countryByCode(code)?.slug).toBe(slug);
    expect(countryBySlug(slug)?.code).toBe(code);
    expect(countryByCode(code)?.name).toBe(name);
  });

  it.each(["xx", "blr", "XX", "", "BLR ", "__proto__", "constructor"])("countryByCode(%j) is undefined", (code) => {
    expect(countryByCode(code)).toBeUndefined();
  });

  it.each(["../etc", "Belarus", "BLR", "belarus/", "", "__proto__", "toString"])("countryBySlug(%j) is undefined", (slug) => {
    expect(countryBySlug(slug)).toBeUndefined();
  });
});

describe("COUNTRIES", () => {
  it("has unique codes that are ISO alpha-3, WLD or EU", () => {
    const codes = COUNTRIES.map((c) => c.code);
    expect(duplicates(codes)).toEqual([]);
    expect(codes.filter((code) => !countryCodeSchema.safeParse(code).success)).toEqual([]);
  });

  it("has unique lowercase kebab-case slugs", () => {
    const slugs = COUNTRIES.map((c) => c.slug);
    expect(duplicates(slugs)).toEqual([]);
    expect(slugs.filter((slug) => !slugSchema.safeParse(slug).success)).toEqual([]);
  });

  it("never gives one alias (case-insensitive) to two countries, nor twice to one", () => {
    const aliases = COUNTRIES.flatMap(aliasesOf).map((alias) => alias.toLowerCase());
    expect(duplicates(aliases)).toEqual([]);
  });

  it("lists each country's display name among its names, and no blank or padded alias", () => {
    expect(COUNTRIES.filter((c) => !c.names.includes(c.name)).map((c) => c.code)).toEqual([]);
    expect(COUNTRIES.flatMap(aliasesOf).filter((alias) => alias === "" || alias.trim() !== alias)).toEqual([]);
  });

  it.each([
    "ARM", "AZE", "BLR", "EST", "GEO", "KAZ", "KGZ", "LVA", "LTU", "MDA", "RUS", "TJK", "TKM", "UKR", "UZB",
    "ALB", "AND", "AUT", "BEL", "BIH", "BGR", "HRV", "CYP", "CZE", "DNK", "FIN", "FRA", "DEU", "GRC", "HUN",
    "ISL", "IRL", "ITA", "XKX", "LIE", "LUX", "MLT", "MCO", "MNE", "NLD", "MKD", "NOR", "POL", "PRT", "ROU",
    "SMR", "SRB", "SVK", "SVN", "ESP", "SWE", "CHE", "GBR", "VAT",
    "CHN", "MNG", "TUR", "IRN", "IND", "PAK", "USA", "CAN", "MEX", "BRA", "ARG", "JPN", "KOR", "PRK", "VNM",
    "THA", "IDN", "MYS", "SGP", "AUS", "ISR", "EGY", "SAU", "ARE", "QAT", "IRQ", "SYR", "AFG", "ZAF", "NGA",
  ])("covers %s", (code) => {
    expect(countryByCode(code)).toBeDefined();
  });

  it("gives the world and the EU no adjective, and the EU only Brussels", () => {
    expect(countryByCode("WLD")).toMatchObject({ names: expect.arrayContaining(["the world"]), adjectives: [], capitals: [] });
    expect(countryByCode("EU")).toMatchObject({ names: expect.arrayContaining(["European Union", "EU", "the EU"]), adjectives: [], capitals: ["Brussels"] });
  });
});

describe("aliases resolve to one country", () => {
  it.each([
    ["Belarus", "BLR"], ["Belarusian", "BLR"], ["Byelorussia", "BLR"], ["Minsk", "BLR"],
    ["Russia", "RUS"], ["Russian Federation", "RUS"], ["the Russian Federation", "RUS"], ["Kremlin", "RUS"], ["Moscow", "RUS"], ["Russo", "RUS"],
    ["Georgia", "GEO"], ["Georgian", "GEO"], ["Tbilisi", "GEO"],
    ["Türkiye", "TUR"], ["turkiye", "TUR"], ["Kyiv", "UKR"], ["Kiev", "UKR"], ["Chişinău", "MDA"], ["Chișinău", "MDA"], ["Chisinau", "MDA"],
    ["Kyrgyz Republic", "KGZ"], ["Nur-Sultan", "KAZ"], ["Azeri", "AZE"], ["Sino", "CHN"], ["PRC", "CHN"],
    ["U.S.", "USA"], ["America", "USA"], ["White House", "USA"], ["U.K.", "GBR"], ["Britain", "GBR"], ["Czechia", "CZE"],
    ["Republic of Korea", "KOR"], ["Korea", "KOR"], ["Macedonia", "MKD"], ["UAE", "ARE"], ["Emirati", "ARE"], ["Dutch", "NLD"],
    ["Democratic Republic of the Congo", "COD"], ["Republic of the Congo", "COG"],
    ["the world", "WLD"], ["the EU", "EU"], ["Brussels", "EU"],
  ])("%s → %s", (alias, code) => {
    expect(codesNaming(alias)).toEqual([code]);
  });

  it.each(["Congo", "Korean", "Congolese", "European", "Indo", "Anglo", "Almaty"])("%s names no country (ambiguous or not a capital)", (alias) => {
    expect(codesNaming(alias)).toEqual([]);
  });
});
