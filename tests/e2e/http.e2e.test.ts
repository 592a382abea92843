import { describe, expect, it } from "vitest";
import { BASE_URL } from "./browser";

const SECURITY_HEADERS: Record<string, RegExp> = {
  "content-security-policy": /frame-ancestors 'none'.*object-src 'none'/,
  "x-frame-options": /^DENY$/,
  "x-content-type-options": /^nosniff$/,
  "referrer-policy": /^strict-origin-when-cross-origin$/,
  "permissions-policy": /camera=\(\)/,
};

describe("HTTP on the production server", () => {
  it.each(["/", "/pairs/belarus/georgia", "/api/pairs", "/api/figures.csv", "/api/figures/nope", "/no-such-page"])("sends the security headers with %s", async (path) => {
    const response = await fetch(`${BASE_URL}${path}`);
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(response.headers.get(name), `${name} on ${path}`).toMatch(value);
  });

  it("sends them with static files too", async () => {
    const html = await (await fetch(`${BASE_URL}/`)).text();
    const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)![1]!;
    const response = await fetch(`${BASE_URL}${script}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it.each([
    ["/", "text/html"],
    ["/api/pairs/belarus/georgia", "application/json"],
    ["/api/figures", "application/json"],
    ["/api/openapi.json", "application/json"],
    ["/api/figures.csv", "text/csv"],
    ["/api/pairs/belarus/georgia/figures.csv", "text/csv"],
  ])("gzips %s for a client that accepts it", async (path, type) => {
    const response = await fetch(`${BASE_URL}${path}`, { headers: { "accept-encoding": "gzip" } });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-encoding")).toBe("gzip");
    expect(response.headers.get("content-type")).toContain(type);
    expect((await response.text()).length).toBeGreaterThan(1000);
  });

  it.each(["/api/figures.csv?metrics=bogus", "/api/pairs/belarus/atlantis/figures.csv", "/api/pairs/belarus/georgia/figures.csv?side=russia"])("answers a bad CSV request %s with a JSON error", async (path) => {
    const response = await fetch(`${BASE_URL}${path}`);
    expect([400, 404]).toContain(response.status);
    expect(response.headers.get("content-type")).toContain("application/json");
    expect(await response.json()).toHaveProperty("error");
  });

  it.each(["__proto__", "constructor", "belarus", "nowhere"])("shows a figure from its reporter's side for ?side=%s", async (side) => {
    const response = await fetch(`${BASE_URL}/figures/turnover-2014-e2405af5d8?side=${side}`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain("Belarus – Georgia turnover 2014");
  });

  it("lets any site read the API (CORS), not the pages", async () => {
    expect((await fetch(`${BASE_URL}/api/pairs`)).headers.get("access-control-allow-origin")).toBe("*");
    expect((await fetch(`${BASE_URL}/`)).headers.get("access-control-allow-origin")).toBeNull();
  });

  it("adds HSTS only when the request came over HTTPS", async () => {
    expect((await fetch(`${BASE_URL}/`)).headers.get("strict-transport-security")).toBeNull();
    expect((await fetch(`${BASE_URL}/`, { headers: { "x-forwarded-proto": "https" } })).headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
  });

  it.each(["POST", "PUT", "DELETE", "PATCH"])("answers %s with 405 and Allow, JSON on the API and a page elsewhere", async (method) => {
    for (const path of ["/api/figures", "/api/pairs/belarus/georgia/figures.csv"]) {
      const response = await fetch(`${BASE_URL}${path}`, { method, body: method === "DELETE" ? undefined : "x=1" });
      expect(response.status, `${method} ${path}`).toBe(405);
      expect(response.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
      expect(await response.json()).toEqual({ error: `the method ${method} is not allowed here; this site only reads`, parameter: "method" });
    }
    for (const path of ["/", "/pairs/belarus/georgia"]) {
      const response = await fetch(`${BASE_URL}${path}`, { method, body: method === "DELETE" ? undefined : "x=1" });
      expect(response.status, `${method} ${path}`).toBe(405);
      expect(response.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
      expect(response.headers.get("content-type")).toMatch(/^text\/html/);
      expect(await response.text()).toContain("<h1>Not allowed</h1>");
    }
  });
});
