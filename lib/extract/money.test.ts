import { describe, expect, it } from "vitest";
import { findMoneyMentions } from "@/lib/extract/money";

describe("findMoneyMentions", () => {
  it.each([
    ["In 2014, it totalled USD 64.18 million or about", "USD 64.18 million", 64180000, "USD"],
    // Nigerian copy's naira (real copy: gistsmate, batch-22 17).
    ["In the first quarter of 2025, Nigeria recorded N5.172 trillion surplus trade", "N5.172 trillion", 5.172e12, "NGN"],
    // A sum shown before the unit (real copy: factcheck.ge, batch-21 03).
    ["the trade turnover between the two countries amounted to USD 191 (141+50) million.", "USD 191 (141+50) million", 191e6, "USD"],
    // Numbers in words, as real copy writes them (batch-3 25, 28; batch-1 22).
    ["In 2014 the deficit stood at four billion euros", "four billion euros", 4e9, "EUR"],
    ["in the top 10 months this year exceeded one billion dollars", "one billion dollars", 1e9, "USD"],
    ["we have almost nine hundred million dollars", "nine hundred million dollars", 9e8, "USD"],
    ["amounted to slightly more than six million dollars", "six million dollars", 6e6, "USD"],
    ["some twenty-five million euros", "twenty-five million euros", 25e6, "EUR"],
    ["a billion dollars in trade", "a billion dollars", 1e9, "USD"],
    ["trade reached $1.5 bln.", "$1.5 bln", 1.5e9, "USD"],
    // "$US" as Russian and Australian copy writes it (batch-10 02).
    ["making up more than $US 15 billion.", "$US 15 billion", 15e9, "USD"],
    // Local currency signs of Saudi, Kenyan and South African copy (batch-8 07, 09, 27).
    ["The trade exchange between the two countries last year was to the tune of SR184.5 billion;", "SR184.5 billion", 184.5e9, "SAR"],
    ["Kenya’s imports from China grew 14.5 percent to Sh489 billion between", "Sh489 billion", 489e9, "KES"],
    ["South Africa imported R367.4bn worth of goods", "R367.4bn", 367.4e9, "ZAR"],
    ["a trade surplus worth 12 billion Kenyan shillings", "12 billion Kenyan shillings", 12e9, "KES"],
    ["to raise trade to $200m a year", "$200m", 2e8, "USD"],
    ["worth €3.2 billion", "€3.2 billion", 3.2e9, "EUR"],
    ["exports of $2,806,780 in May", "$2,806,780", 2806780, "USD"],
    ["only $112,000 of goods", "$112,000", 112000, "USD"],
    ["traded goods worth about 2.3 billion euros", "2.3 billion euros", 2.3e9, "EUR"],
    ["rose to RUB 35 billion", "RUB 35 billion", 3.5e10, "RUB"],
    ["reached 45.6 million dollars", "45.6 million dollars", 45.6e6, "USD"],
    ["1.2 billion US dollars", "1.2 billion US dollars", 1.2e9, "USD"],
    ["US$ 45.6m", "US$ 45.6m", 45.6e6, "USD"],
    ["EUR 0.54 bn, and", "EUR 0.54 bn", 5.4e8, "EUR"],
    ["a ferry worth 30 billion tenge", "30 billion tenge", 3e10, "KZT"],
    ["268.5 billion yuan", "268.5 billion yuan", 2.685e11, "CNY"],
    ["$61 mln.", "$61 mln", 6.1e7, "USD"],
    ["500 million USD", "500 million USD", 5e8, "USD"],
    ["USD1.2bn", "USD1.2bn", 1.2e9, "USD"],
    ["RUB 2.1 trillion", "RUB 2.1 trillion", 2.1e12, "RUB"],
    ["worth Rs 34,860 crore, officials said", "Rs 34,860 crore", 348.6e9, "INR"],
    ["rose to ₹34,500 crore in FY24", "₹34,500 crore", 345e9, "INR"],
    ["amounted to 1 billion 24 million US dollars", "1 billion 24 million US dollars", 1.024e9, "USD"],
    ["amounted to Br2.1 billion in", "Br2.1 billion", 2.1e9, "BYN"],
    ["imported goods worth $1.2-billion from Iran", "$1.2-billion", 1.2e9, "USD"],
    ["reached 4.12 billion US$ in the third quarter", "4.12 billion US$", 4.12e9, "USD"],
    ["Canada exported C$29.6 billion of goods", "C$29.6 billion", 29.6e9, "CAD"],
    // Translated copy, as real agency pages print it.
    ["Exports made up $3 billion 482 million (19.1% decrease", "$3 billion 482 million", 3.482e9, "USD"],
    ["and imports - $6 billion 840.4 million (7.0% increase)", "$6 billion 840.4 million", 6.8404e9, "USD"],
    ["reached 1 billion 86 million USD” Berdimuhamedov said", "1 billion 86 million USD", 1.086e9, "USD"],
    ["amounted to 1 billion dollar 477 million 4 thousand.", "1 billion dollar 477 million 4 thousand", 1.477004e9, "USD"],
    ["trade grew to 1.15billion dollars", "1.15billion dollars", 1.15e9, "USD"],
    ["imports from China reached $1787.9 million", "$1787.9 million", 1.7879e9, "USD"],
    ["turnover amounted to USD 1, 118 bln in", "USD 1, 118 bln", 1.118e9, "USD"],
    // A thousands comma with a stray space, shown by the decimal point after it (batch-9 27).
    ["reaching USD 12, 097.6 million.", "USD 12, 097.6 million", 12097.6e6, "USD"],
    ["exports made 739,386 mln dollars", "739,386 mln dollars", 739.386e6, "USD"],
    ["the volume of the import has been equal to 378 886 mln dollars", "378 886 mln dollars", 378.886e6, "USD"],
    ["Russia posted a trade surplus of 42. 5 billion dollars for the first two months of 2012", "42. 5 billion dollars", 42.5e9, "USD"],
    ["turnover amounting to 1 billion and 750 million USD", "1 billion and 750 million USD", 1.75e9, "USD"],
    ["and totalled $28 billion 557.million dollars.", "$28 billion 557.million dollars", 28.557e9, "USD"],
    ["trade turnover was $10 202.4 million", "$10 202.4 million", 10.2024e9, "USD"],
    ["turnover reached 2,500 million dollars", "2,500 million dollars", 2.5e9, "USD"],
    ["exports of 245 million lats", "245 million lats", 245e6, "LVL"],
    ["two-way trade totalled 304 billion Saudi riyals", "304 billion Saudi riyals", 304e9, "SAR"],
    ["imports of HUF 2.39 tln", "HUF 2.39 tln", 2.39e12, "HUF"],
    ["the trade gap narrowed to 2.25 billion leva", "2.25 billion leva", 2.25e9, "BGN"],
    ["imports worth 3.1 billion zlotys", "3.1 billion zlotys", 3.1e9, "PLN"],
    ["exports of Rs 1,200 crore", "Rs 1,200 crore", 12e9, "INR"],
    ["imports worth 12.5 billion Pakistani rupees", "12.5 billion Pakistani rupees", 12.5e9, "PKR"],
    ["trade with Hungary reached HUF 150 billion", "HUF 150 billion", 150e9, "HUF"],
    ["increased by 29.3% to $190,27 billion", "$190,27 billion", 190.27e9, "USD"],
    ["imports of Rs2,07,380.63 crore in April", "Rs2,07,380.63 crore", 2073806.3e6, "INR"],
    ["there was a trade of Rs 4,60,000 crore between the two countries", "Rs 4,60,000 crore", 4.6e12, "INR"],
    ["totaled $626,1 million", "$626,1 million", 626.1e6, "USD"],
    ["Exports expressed in USD amounted to 81213.0 mln", "81213.0 mln", 81213e6, "USD"],
    ["Exports expressed in EUR amounted to 72010.4 mln (increase by 5.6%)", "72010.4 mln", 72010.4e6, "EUR"],
    ["while in the previous year minus PLN 3072,8 mln", "PLN 3072,8 mln", 3072.8e6, "PLN"],
    // Ugandan shillings as Ugandan copy writes them (batch-13 06, 07).
    ["Exports to the country in the period under review stood at Ush1.5 trillion compared to", "Ush1.5 trillion", 1.5e12, "UGX"],
    ["the country exported goods worth $544.5m (Shs1.9trillion) to Kenya", "$544.5m", 544.5e6, "USD"],
    ["goods worth 2 trillion Ugandan shillings", "2 trillion Ugandan shillings", 2e12, "UGX"],
  ])("%s", (text, amount, value, currency) => {
    const [m] = findMoneyMentions(text);
    expect(m).toBeDefined();
    expect(text.slice(m!.start, m!.end)).toBe(amount);
    expect(m!.value).toBe(value);
    expect(m!.currency).toBe(currency);
  });

  it("reads 'Shs1.9trillion' in brackets as Ugandan shillings", () => {
    const text = "the country exported goods worth $544.5m (Shs1.9trillion) to Kenya";
    expect(findMoneyMentions(text).map((m) => [m.value, m.currency])).toEqual([[544.5e6, "USD"], [1.9e12, "UGX"]]);
  });

  it("reads '$1,080mln' as thousands where the article writes its decimals with a point (batch-13 10)", () => {
    const text = "Uzbekistan's exports to Kazakhstan reached $426.8mln, while imports from Kazakhstan amounted to $1,080mln.";
    expect(findMoneyMentions(text).map((m) => m.value)).toEqual([426.8e6, 1.08e9]);
    expect(findMoneyMentions("exports made 739,386 mln dollars").map((m) => m.value)).toEqual([739.386e6]);
  });

  it("reads no amount from number words without a unit and currency ('one of the two million')", () => {
    expect(findMoneyMentions("One of the two million visitors said four hundred people came")).toEqual([]);
  });

  it("reads no amount from a run of digits no double holds ('$999…9 million')", () => {
    expect(findMoneyMentions(`turnover reached $${"9".repeat(400)} million and $5 million`).map((m) => m.value)).toEqual([5e6]);
  });

  it("shares a currency named once between two amounts", () => {
    const text = "totalled 187.9 million and 288.5 million dollars, respectively";
    expect(findMoneyMentions(text).map((m) => [text.slice(m.start, m.end), m.value, m.currency])).toEqual([
      ["187.9 million", 187.9e6, "USD"],
      ["288.5 million dollars", 288.5e6, "USD"],
    ]);
  });

  it("marks '$3 billion-plus' as a lower bound", () => {
    expect(findMoneyMentions("a $3 billion-plus market")[0]).toMatchObject({ value: 3e9, plus: true });
  });

  it.each([
    ["numbers without a currency", "met eight times, a 28-point road map, 600 of almost 1,000 projects, around 10,000 troops in 2004"],
    ["percentages", "up 18.2% year-on-year, 0.1 percent"],
    ["a letter and digits that are no rand", "Windows Server 2012 R2, the R5 bus route, R&D spending, SR 520 bridge"],
    ["an 'N' before an amount in copy that never speaks of Nigeria", "the N5 billion series of the N1 million race"],
  ])("finds no money in %s", (_, text) => {
    expect(findMoneyMentions(text)).toEqual([]);
  });

  it.each([
    ["In June trade was $20.831 billion: China exported $11.28 billion and imported $9.551 worth of goods", "$9.551", 9.551e9],
    ["Trade with Kazakhstan was $550 million. China ranked second. It amounted to $726.8, up 23.7%", "$726.8", 726.8e6],
    // The unit of its own sentence, though an amount in the sentence before is as near (batch-2 18).
    ["Azerbaijan and Turkey signed the Preferential Trade Agreement on February 25 to bring their trade volume to $15bn.\n\nThe trade turnover with Azerbaijan’s southern neighbour Iran dropped to $179.2 in the reporting period, while the turnover with another OIC country Tunisia increased, reaching $174.9 million.", "$179.2", 179.2e6],
  ])("reads a missing unit from the amounts around it: %s", (text, amount, value) => {
    const m = findMoneyMentions(text).find((x) => text.slice(x.start, x.end) === amount);
    expect(m).toMatchObject({ value, unitFromContext: true });
  });

  it("takes the currency of the amount before a bare amount in a list", () => {
    const text = "trade with India jumped to $64.9 billion, with Turkey in third place (56.5 billion). China has a population of 1.4 billion.";
    const found = findMoneyMentions(text).map((m) => [text.slice(m.start, m.end), m.value, m.currency, m.unitFromContext]);
    expect(found).toEqual([
      ["$64.9 billion", 64.9e9, "USD", false],
      ["56.5 billion", 56.5e9, "USD", true],
    ]);
  });

  it("takes the currency of the amount before a bare amount it is compared with (real copy)", () => {
    const text = "EU27 exports to China rising to 78 billion euro in 2008 compared with 26 bn in 2000, reaching 169 bn in 2008. Exports of 5 million tonnes of grain.";
    const found = findMoneyMentions(text).map((m) => [text.slice(m.start, m.end), m.currency, m.unitFromContext]);
    expect(found).toEqual([
      ["78 billion euro", "EUR", false],
      ["26 bn", "EUR", true],
      ["169 bn", "EUR", true],
    ]);
  });

  it("does not take a following word as a one-letter multiplier", () => {
    const [m] = findMoneyMentions("costs $5 by 2025");
    expect(m?.value).toBe(5);
  });
});
