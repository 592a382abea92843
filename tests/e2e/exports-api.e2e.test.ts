import { describe, expect, it } from "vitest";
import { BASE_URL } from "./browser";

/** Path segments as they travel on the wire: malformed percent-encodings, traversal, NUL, unicode, SQL-ish, very long, empty-ish. */
const BAD_SEGMENTS = [
  "%E0%A4%A", "%FF", "%", "%zz", "%C0%AF", "%00", "..%2F..%2Fetc%2Fpasswd", "%2F", "%20", "%0A", "Belarus", "BELARUS", "bel%C3%A1rus",
  "%D0%B1%D0%B5%D0%BB%D0%B0%D1%80%D1%83%D1%81%D1%8C", "%F0%9F%98%80", "42", "-1", "a--b", "-", "%27%20OR%201%3D1%20--", "%3Cscript%3E", "x".repeat(3000), "atlantis",
];
const BAD_QUERY_VALUES = ["", "%", "%E0%A4%A", "%FF", "gdp", "turnover,", "TURNOVER", "turnover%00", "x".repeat(3000), "%27%3B%20DROP%20TABLE%20figures"];

async function expectJsonError(path: string) {
  const response = await fetch(`${BASE_URL}${path}`);
  expect([400, 404], `${response.status} for ${path.slice(0, 80)}`).toContain(response.status);
  expect(response.headers.get("content-type"), path.slice(0, 80)).toMatch(/^application\/json/);
  const body = await response.json();
  expect(Object.keys(body).sort()).toEqual(["error", "parameter"]);
}

describe("the JSON and CSV routes on the production server", () => {
  it("answer bad path segments with a JSON 400/404, never a 500 or an HTML page", async () => {
    for (const bad of BAD_SEGMENTS) {
      for (const path of [`/api/pairs/${bad}/georgia`, `/api/pairs/belarus/${bad}`, `/api/pairs/${bad}/georgia/figures.csv`, `/api/pairs/belarus/${bad}/figures.csv`, `/api/figures/${bad}`, `/api/${bad}`]) {
        await expectJsonError(path);
      }
    }
  });

  it("answer bad metrics and side values with a JSON 400", async () => {
    for (const bad of BAD_QUERY_VALUES) {
      for (const path of [`/api/figures?metrics=${bad}`, `/api/figures.csv?metrics=${bad}`, `/api/pairs/belarus/georgia?metrics=${bad}`, `/api/pairs/belarus/georgia/figures.csv?side=${bad}`]) {
        await expectJsonError(path);
      }
    }
  });

  it("answer pages with bad addresses with a 400 or 404 page, never a 500", async () => {
    for (const bad of BAD_SEGMENTS) {
      for (const path of [`/pairs/${bad}/georgia`, `/pairs/belarus/${bad}`, `/articles/${bad}`, `/figures/${bad}`, `/${bad}`]) {
        const response = await fetch(`${BASE_URL}${path}`);
        expect([400, 404], `${response.status} for ${path.slice(0, 80)}`).toContain(response.status);
        expect(response.headers.get("content-type"), path.slice(0, 80)).toMatch(/^text\/html/);
      }
    }
  });

  it("answer good requests: the pair JSON, the pair CSV and one figure", async () => {
    const pair = await (await fetch(`${BASE_URL}/api/pairs/belarus/georgia?metrics=turnover`)).json();
    expect(pair.figures.map((f: { period: string; value: number }) => [f.period, f.value])).toEqual([
      ["2011", 300000000],
      ["2014", 64180000],
    ]);
    const figure = await (await fetch(pair.figures[1].url.replace("/figures/", "/api/figures/"))).json();
    expect(figure.sources[0].statedAs).toBe("USD 64.18 million");
    const csv = await fetch(`${BASE_URL}/api/pairs/belarus/georgia/figures.csv`);
    expect(csv.headers.get("content-disposition")).toBe('attachment; filename="belarus-georgia-trade-figures.csv"');
  });
});
