import type { Metadata, Viewport } from "next";
import Link from "next/link";
import "@fontsource-variable/inter";
import "./globals.css";
import { DEFAULT_COUNCIL_SLUG } from "@/lib/councils";
import { getEnv } from "@/lib/env";
import { SITE_NAME } from "@/lib/site";
import { SEARCH_PATH, committeesPath, topicsPath, weeklyPath } from "@/lib/urls";

// A function rather than a constant so that metadataBase follows PUBLIC_BASE_URL where the server runs, not where
// it was built. Pages give relative canonical and og:url paths (app/_lib/page-metadata.ts); this makes them absolute.
export function generateMetadata(): Metadata {
  return {
    metadataBase: new URL(getEnv().PUBLIC_BASE_URL),
    title: { default: "Harrow Council meetings, summarised", template: `%s · ${SITE_NAME}` },
    description:
      "Clear, faithful summaries of Harrow Council's committee meetings, with links to the official papers.",
    icons: { icon: "/icon.svg" },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

const NAV = [
  { href: committeesPath(DEFAULT_COUNCIL_SLUG), label: "Committees" },
  { href: topicsPath(DEFAULT_COUNCIL_SLUG), label: "Topics" },
  { href: weeklyPath(DEFAULT_COUNCIL_SLUG), label: "Weekly updates" },
];

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en-GB">
      <body className="flex min-h-screen flex-col bg-white font-sans text-base leading-relaxed text-slate-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 focus:rounded focus:bg-white focus:p-2 focus:shadow"
        >
          Skip to content
        </a>
        <header className="border-b border-slate-200 bg-slate-50">
          <div className="mx-auto flex max-w-4xl flex-col gap-3 px-4 py-3 md:flex-row md:items-center md:justify-between">
            <Link href="/" className="text-lg font-bold text-slate-900 hover:underline">
              {SITE_NAME}
            </Link>
            <nav aria-label="Main">
              <ul className="flex flex-wrap gap-x-4 gap-y-1">
                {NAV.map((item) => (
                  <li key={item.href}>
                    <Link href={item.href} className="text-blue-800 underline-offset-2 hover:underline">
                      {item.label}
                    </Link>
                  </li>
                ))}
              </ul>
            </nav>
            {/* A plain GET form: search works without JavaScript and its results page can be bookmarked. */}
            <form action={SEARCH_PATH} method="get" role="search" className="flex gap-2">
              <label htmlFor="site-search" className="sr-only">
                Search meetings, agenda items and documents
              </label>
              <input
                id="site-search"
                name="q"
                type="search"
                placeholder="Search meetings"
                className="w-full min-w-0 rounded border border-slate-400 bg-white px-2 py-1 md:w-48"
              />
              <button type="submit" className="rounded bg-blue-800 px-3 py-1 font-semibold text-white hover:bg-blue-900">
                Search
              </button>
            </form>
          </div>
        </header>
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-4xl grow px-4 py-8 focus:outline-none">
          {children}
        </main>
        <footer className="border-t border-slate-200 bg-slate-50">
          <div className="mx-auto max-w-4xl px-4 py-6 text-sm text-slate-700">
            Summaries are machine-generated from the council&apos;s published papers; the official documents are always
            linked and are the authoritative record.
          </div>
        </footer>
      </body>
    </html>
  );
}
