import { describe, expect, it } from "vitest";
import { chartFileName, chartSourceLine, composeChartSvg, escapeXml, wrapText } from "@/lib/chart-image";

describe("chartSourceLine", () => {
  it("names each article once with publisher and date", () => {
    const minsk = { title: "Minsk gains political weight", publisher: "Belarus Security Blog", date: "2016-04-22" };
    expect(chartSourceLine([minsk, minsk])).toBe("Source: “Minsk gains political weight”, Belarus Security Blog, 22 April 2016");
    expect(chartSourceLine([minsk, { title: "Other", publisher: null, date: null }])).toBe(
      "Sources: “Minsk gains political weight”, Belarus Security Blog, 22 April 2016; “Other”",
    );
  });
});

describe("wrapText", () => {
  it.each([
    ["one two three four", 9, ["one two", "three", "four"]],
    ["short", 40, ["short"]],
    ["a verylongwordindeed b", 5, ["a", "verylongwordindeed", "b"]],
    ["  spaced\n out ", 40, ["spaced out"]],
  ])("%j at %i", (text, max, lines) => {
    expect(wrapText(text, max)).toEqual(lines);
  });
});

describe("composeChartSvg", () => {
  const parts = {
    chartMarkup: '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><circle cx="1" cy="1" r="1" fill="#1d4ed8"/></svg>',
    width: 400,
    height: 300,
    title: "Belarus – Georgia trade <&>",
    sourceLine: "Source: “Minsk gains political weight in the eyes of Kremlin as mediator of Russo-Georgian relations”, Belarus Security Blog, 22 April 2016",
    colors: { background: "#ffffff", ink: "#1a1f2b", muted: "#4b5563" },
    fontFamily: 'system-ui, "Segoe UI"',
  };

  it("is well-formed and holds the title, the chart and the wrapped source line", () => {
    const { svg, height } = composeChartSvg(parts);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="400" height="\d+"/);
    expect(svg).toContain(parts.chartMarkup);
    expect(svg).toContain(">Belarus – Georgia trade &#60;&#38;&#62;</text>");
    expect(svg).toContain('font-family="system-ui, &#34;Segoe UI&#34;"');
    const lines = [...svg.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(" ")).toBe(parts.sourceLine);
    expect(height).toBeGreaterThan(300 + lines.length * 16);
  });
});

describe("escapeXml and chartFileName", () => {
  it("escapes markup characters", () => {
    expect(escapeXml(`a<b>&"c'`)).toBe("a&#60;b&#62;&#38;&#34;c&#39;");
  });
  it("names the pair", () => {
    expect(chartFileName("belarus", "georgia", "png")).toBe("belarus-georgia-trade-chart.png");
  });
});
