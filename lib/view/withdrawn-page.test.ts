import { describe, expect, it } from "vitest";
import { withdrawnFigurePage } from "@/lib/view/withdrawn-page";

const figure = {
  metric: "turnover" as const, reporter: "BLR", partner: "GEO", period: "2014", value: 64180000, currency: "USD", qualifier: "exact" as const,
  numberText: "USD 64.18 million", sentenceText: "In 2014, it totalled USD 64.18 million.", articleId: "minsk-gains", articleTitle: "Minsk gains",
};

describe("withdrawnFigurePage", () => {
  it("says what the figure read, marks its number in its sentence and gives the reason", () => {
    const page = withdrawnFigurePage({ status: "withdrawn", reason: "the article no longer states it", figure });
    expect(page).toContain("<strong>Turnover, Belarus – Georgia, 2014, USD 64.18 million</strong>");
    expect(page).toContain("<blockquote>In 2014, it totalled <mark>USD 64.18 million</mark>.</blockquote>");
    expect(page).toContain("Why: the article no longer states it.");
    expect(page).toContain('<a href="/articles/minsk-gains">Minsk gains</a>');
  });

  it("shows hostile article text as text", () => {
    const page = withdrawnFigurePage({
      status: "withdrawn",
      reason: "<img src=x onerror=alert(1)>",
      figure: { ...figure, sentenceText: `Traders wrote <script>alert(1)</script> and "USD 64.18 million".`, articleTitle: `</title><script>alert(2)</script>`, articleId: `x"><script>` },
    });
    expect(page).not.toMatch(/<script|<img|onerror=alert\(1\)>/);
    expect(page).toContain("&#60;script&#62;alert(1)&#60;/script&#62;");
    expect(page).toContain('href="/articles/x%22%3E%3Cscript%3E"');
  });

  it("says a derived figure's reading without a sentence", () => {
    const page = withdrawnFigurePage({ status: "withdrawn", reason: "its inputs changed", figure: { ...figure, value: null, currency: null, qualifier: null, numberText: "", sentenceText: "", articleId: "", articleTitle: null } });
    expect(page).toContain("<strong>Turnover, Belarus – Georgia, 2014</strong>");
    expect(page).not.toContain("<blockquote>");
    expect(page).not.toContain("/articles/");
  });
});
