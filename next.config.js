/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The corpus in data/ is read at build time by lib/corpus.ts; trace it into the server output.
  outputFileTracingIncludes: { "/**": ["./data/articles/**"] },
};

export default nextConfig;
