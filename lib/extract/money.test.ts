import { describe, expect, it } from "vitest";
import { findMoneyMentions } from "@/lib/extract/money";

describe("findMoneyMentions", () => {
  it.each([
    ["In 2014, it totalled USD 64.18 million or about", "USD 64.18 million", 64180000, "USD"],
    ["trade reached $1.5 bln.", "$1.5 bln", 1.5e9, "USD"],
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
  ])("%s", (text, amount, value, currency) => {
    const [m] = findMoneyMentions(text);
    expect(m).toBeDefined();
    expect(text.slice(m!.start, m!.end)).toBe(amount);
    expect(m!.value).toBe(value);
    expect(m!.currency).toBe(currency);
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
  ])("finds no money in %s", (_, text) => {
    expect(findMoneyMentions(text)).toEqual([]);
  });

  it("does not take a following word as a one-letter multiplier", () => {
    const [m] = findMoneyMentions("costs $5 by 2025");
    expect(m?.value).toBe(5);
  });
});
