import type { Metadata, Viewport } from "next";
import "@fontsource-variable/inter";
import "./globals.css";
import { getEnv } from "@/lib/env";
import { SITE_NAME } from "@/lib/site";

// A function rather than a constant so that metadataBase follows PUBLIC_BASE_URL where the server runs, not where
// it was built. Pages give relative canonical and og:url paths (app/_lib/page-metadata.ts); this makes them absolute.
export function generateMetadata(): Metadata {
  return {
    metadataBase: new URL(getEnv().PUBLIC_BASE_URL),
    title: { default: "Council meetings, summarised", template: `%s · ${SITE_NAME}` },
    description: "Clear, faithful summaries of council committee meetings, with links to the official papers.",
    icons: { icon: "/icon.svg" },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

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
        {/* Each part of the site renders its own header and <main> (app/_components/site-header.tsx): a council's
            pages show that council's name and navigation. */}
        {children}
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
