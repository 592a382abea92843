import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { resolveBaseUrl } from "@/lib/api/api-params";
import "./globals.css";

/**
 * Every page is made per request: its scripts carry that response's CSP nonce (the proxy sets
 * it; Next reads it from the request's policy). The corpus behind them is cached per write.
 */
export const dynamic = "force-dynamic";

/** The site's pages name their canonical URLs and preview images on the host that served them (or TRADECITE_PUBLIC_URL). */
export async function generateMetadata(): Promise<Metadata> {
  const base = resolveBaseUrl(process.env.TRADECITE_PUBLIC_URL, new Request("http://localhost/", { headers: await headers() }));
  return {
    metadataBase: new URL(`${base}/`),
    title: { default: "tradecite — bilateral trade figures with their sources", template: "%s — tradecite" },
    description: "Bilateral trade figures from news articles, charted, with every number linked to the sentence that states it.",
  };
}

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // An embeddable chart (/embed/…, for other sites' iframes) is drawn alone: no header, navigation or footer.
  if ((await headers()).get("x-tradecite-embed") === "1") {
    return (
      <html lang="en">
        <body className="font-sans antialiased">{children}</body>
      </html>
    );
  }
  return (
    <html lang="en">
      <body className="min-h-screen font-sans antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:bg-page focus:p-2">
          Skip to content
        </a>
        <header className="border-b border-line">
          <nav aria-label="Site" className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-3">
            <Link href="/" className="text-lg font-bold text-ink no-underline">
              tradecite
            </Link>
            <span className="text-sm text-muted">trade figures, each with its source sentence</span>
            <Link href="/compare" className="ml-auto text-sm">
              Compare pairs
            </Link>
          </nav>
        </header>
        <main id="main" className="mx-auto max-w-6xl px-4 py-6">
          {children}
        </main>
        <footer className="mx-auto max-w-6xl border-t border-line px-4 py-4 text-sm text-muted">
          Figures are extracted from the articles listed on the overview; every value links to the sentence that states it.
        </footer>
      </body>
    </html>
  );
}
