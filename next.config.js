/**
 * Sent with every response, static files included. The proxy replaces the
 * Content-Security-Policy of pages (scripts by a nonce per request) and of the API; this one is
 * for the files it does not see.
 */
export const SECURITY_HEADERS = [
  { key: "Content-Security-Policy", value: "default-src 'self'; frame-ancestors 'none'; base-uri 'self'; object-src 'none'; form-action 'self'" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // The browser tests build into a directory of their own (TRADECITE_DIST_DIR=.next-e2e).
  distDir: process.env.TRADECITE_DIST_DIR || ".next",
  poweredByHeader: false,
  // An editor's upload of a saved page (at most 5 MB, lib/ingest/input.ts) goes to a Server Action.
  experimental: { serverActions: { bodySizeLimit: "6mb" } },
  // PGlite loads its WebAssembly and data files from its own package at run time.
  serverExternalPackages: ["@electric-sql/pglite", "pg"],
  // Read at run time: the migrations, and the bundled corpus the database is seeded from.
  outputFileTracingIncludes: { "/**": ["./lib/db/migrations/**", "./data/articles/**"] },
  async headers() {
    return [
      { source: "/:path*", headers: SECURITY_HEADERS.filter((h) => h.key !== "X-Frame-Options") },
      // Every page but the embeddable charts (/embed/…, made for other sites' iframes) refuses to be framed.
      { source: "/:path((?!embed/).*)", headers: SECURITY_HEADERS.filter((h) => h.key === "X-Frame-Options") },
      // The read API is public: any site may fetch it.
      { source: "/api/:path*", headers: [{ key: "Access-Control-Allow-Origin", value: "*" }] },
    ];
  },
};

export default nextConfig;
