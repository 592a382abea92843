import { describe, expect, it } from "vitest";
import { chartFileName, chartSourceLine, composeChartSvg, escapeXml, wrapText } from "@/lib/export/chart-image";

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
    legend: [
      { label: "Turnover", color: "#1d4ed8" },
      { label: "Balance", color: "#7e22ce" },
    ],
    note: "Hollow, dashed points are derived; bars show the range of an approximate value.",
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
    const source = /<text id="chart-source"[^>]*>(.*?)<\/text>/.exec(svg)?.[1] ?? "";
    const lines = [...source.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((m) => m[1]);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(" ")).toBe(parts.sourceLine);
    expect(height).toBeGreaterThan(300 + lines.length * 16);
    expect(svg).toContain('<rect x="16" y="44" width="16" height="10" rx="2" fill="#1d4ed8"/><text x="38" y="54" font-size="12">Turnover</text>');
    expect(svg).toContain(">Balance</text>");
    expect(svg).toMatch(/<text id="chart-note"[^>]*><tspan[^>]*>Hollow, dashed points are derived;/);
  });

  it("wraps the legend to a new row when it would cross the right margin", () => {
    const legend = ["Turnover", "Exports", "Imports", "Balance"].map((label) => ({ label, color: "#000" }));
    const { svg } = composeChartSvg({ ...parts, width: 200, legend });
    const rows = new Set([...svg.matchAll(/<rect x="\d+(?:\.\d+)?" y="(\d+)" width="16"/g)].map((m) => m[1]));
    expect(rows.size).toBeGreaterThan(1);
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
