import type { Metadata } from "next";
import Link from "next/link";
import "@fontsource-variable/inter";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Harrow Council meetings, summarised", template: "%s · Harrow Council digest" },
  description:
    "Clear, faithful summaries of Harrow Council's committee meetings, with links to the official papers.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en-GB">
      <body className="min-h-screen bg-white font-sans text-slate-900 antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
          Skip to content
        </a>
        <header className="border-b border-slate-200">
          <nav className="mx-auto flex max-w-4xl items-center justify-between px-4 py-3" aria-label="Main">
            <Link href="/" className="text-lg font-semibold text-slate-900 hover:underline">
              Harrow Council digest
            </Link>
          </nav>
        </header>
        <main id="main" className="mx-auto max-w-4xl px-4 py-8">
          {children}
        </main>
        <footer className="mx-auto max-w-4xl border-t border-slate-200 px-4 py-6 text-sm text-slate-600">
          Summaries are machine-generated from the council&apos;s published papers; the official documents are always
          linked and are the authoritative record.
        </footer>
      </body>
    </html>
  );
}
