import { request as httpRequest } from "node:http";
import { connect } from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { BASE_URL, closeBrowser, launchBrowser } from "./browser";

/** A request fetch() will not send (TRACE): its status, headers and body. */
function rawRequest(method: string, path: string): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(`${BASE_URL}${path}`, { method }, (response) => {
      let body = "";
      response.setEncoding("utf8").on("data", (chunk: string) => (body += chunk)).on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body }));
    });
    request.on("error", reject).end();
  });
}

/** The policy's directives by name. */
function directives(policy: string | null): Map<string, string[]> {
  return new Map((policy ?? "").split(";").map((d) => d.trim().split(/\s+/)).filter((d) => d[0]).map(([name, ...values]) => [name!, values]));
}

const SECURITY_HEADERS: Record<string, RegExp> = {
  "content-security-policy": /frame-ancestors 'none'/,
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

  it.each(["/", "/pairs/belarus/georgia", "/articles", "/figures/turnover-2014-e2405af5d8", "/no-such-page"])("lets only the scripts of %s that carry its own nonce run", async (path) => {
    const [first, second] = [await fetch(`${BASE_URL}${path}`), await fetch(`${BASE_URL}${path}`)];
    const script = directives(first.headers.get("content-security-policy")).get("script-src")!;
    expect(script).not.toContain("'unsafe-inline'");
    expect(script).not.toContain("'unsafe-eval'");
    const nonce = /^'nonce-([A-Za-z0-9+/=]{22,})'$/.exec(script.find((v) => v.startsWith("'nonce-")) ?? "")?.[1];
    expect(nonce).toBeDefined();
    expect(directives(second.headers.get("content-security-policy")).get("script-src")).not.toContain(`'nonce-${nonce}'`);
    const tags = (await first.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(tags.length).toBeGreaterThan(0);
    for (const tag of tags) expect(tag).toContain(`nonce="${nonce}"`);
  });

  it("gives the API a policy that loads nothing", async () => {
    expect(directives((await fetch(`${BASE_URL}/api/pairs`)).headers.get("content-security-policy")).get("default-src")).toEqual(["'none'"]);
  });

  it("in a browser, runs the page's own scripts and blocks one that lacks the nonce", async () => {
    const b = await launchBrowser();
    const context = await b.newContext();
    const page = await context.newPage();
    const violations: string[] = [];
    page.on("console", (message) => message.text().includes("Content Security Policy") && violations.push(message.text()));
    // The server's answer, headers and all, with an inline script slipped in before </body>.
    await page.route("**/pairs/belarus/georgia", async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace("</body>", "<script>document.documentElement.dataset.injected = 'ran'</script></body>");
      await route.fulfill({ response, body });
    });
    await page.goto(`${BASE_URL}/pairs/belarus/georgia`, { waitUntil: "networkidle" });
    expect(await page.evaluate(() => document.documentElement.dataset.injected ?? "blocked")).toBe("blocked");
    expect(violations.length).toBe(1);
    await page.click('[data-testid="figure-table"] tbody tr td:first-child');
    await page.waitForURL("**?figure=*");
    await context.close();
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

  it("answers TRACE with 405 and Allow, and the security headers, where Next cannot take it", async () => {
    const method = "TRACE";
    for (const [path, type] of [["/api/figures", "application/json"], ["/", "text/html"], ["/pairs/belarus/georgia", "text/html"]] as const) {
      const response = await rawRequest(method, path);
      expect(response.status, `${method} ${path}`).toBe(405);
      expect(response.headers.allow).toBe("GET, HEAD, OPTIONS");
      expect(response.headers["content-type"]).toContain(type);
      expect(response.headers["x-content-type-options"]).toBe("nosniff");
      expect(response.body).toContain(`the method ${method} is not allowed here`);
      expect(response.body).not.toMatch(/at \w+ \(|TypeError/);
    }
  });

  it("answers CONNECT with 405 and closes", async () => {
    const answer = await new Promise<string>((resolve, reject) => {
      const socket = connect(Number(new URL(BASE_URL).port), "localhost", () => socket.write("CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n"));
      let text = "";
      socket.setEncoding("utf8").on("data", (chunk: string) => (text += chunk)).on("end", () => resolve(text)).on("error", reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 405 /);
    expect(answer).toContain("allow: GET, HEAD, OPTIONS");
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

  afterAll(closeBrowser);
});
