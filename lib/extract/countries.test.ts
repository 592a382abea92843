import { describe, expect, it } from "vitest";
import { findCountryMentions } from "@/lib/extract/countries";

describe("findCountryMentions", () => {
  it.each<[string, string[]]>([
    ["followed by the Netherlands2 (41 bn or 16%), the United Kingdom (33 bn or 13%)", ["NLD", "GBR"]],
    ["Belarus’ exports to Georgia's neighbours", ["BLR", "GEO"]],
    ["the Russian Federation and the Republic of Belarus", ["RUS", "BLR"]],
    ["the G7 and EU27 members, and the US", ["EU", "USA"]],
    ["Belarus1234 is a product code", []],
    ["These statistics include trade data with Botswana, Eswatini, Lesotho and Namibia (BELN).", ["BWA", "SWZ", "LSO", "NAM"]],
    ["Papua New Guinea, Equatorial Guinea, Guinea-Bissau and Guinea", ["PNG", "GNQ", "GNB", "GIN"]],
    ["the Dominican Republic and Dominican exporters", ["DOM", "DOM"]],
    // A currency's name is no country (real copy: moldovalive, batch-21 08; psa.gov.ph, batch-15 20).
    ["exports totaled 3,277.6 million US dollars to the US", ["USA"]],
    ["FOB Value (in Million US Dollars)", []],
  ])("%s", (text, codes) => {
    expect(findCountryMentions(text).map((m) => m.code)).toEqual(codes);
  });
});
