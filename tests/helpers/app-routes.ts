// Which file in app/ would answer a path, read from the folder tree the way the App Router reads it: static
// folders, [param], [...catchAll] and [[...optionalCatchAll]], (groups) are transparent and _private folders are
// not routes. A folder answers when it holds page.tsx or route.ts.
import fs from "node:fs";
import path from "node:path";

const ANSWERS = ["page.tsx", "page.ts", "route.ts", "route.tsx"];

/**
 * The site's one optional catch-all, app/[[...council]], renders "/" and "/{council}" and answers 404 for anything
 * deeper (see its page), so a catch-all counts here for at most one segment: otherwise it would "match" every path.
 */
const CATCH_ALL_MAX_SEGMENTS = 1;

export function findRouteFile(appDir: string, pathname: string): string | null {
  const segments = pathname.split("?")[0]!.split("#")[0]!.split("/").filter(Boolean).map(decodeURIComponent);
  return match(appDir, segments);
}

function match(dir: string, segments: string[]): string | null {
  const entries = fs.readdirSync(dir, { withFileTypes: true });
  if (segments.length === 0) {
    const file = entries.find((e) => e.isFile() && ANSWERS.includes(e.name));
    if (file) return path.join(dir, file.name);
  }
  for (const entry of entries) {
    if (!entry.isDirectory() || entry.name.startsWith("_")) continue;
    const child = path.join(dir, entry.name);
    const name = entry.name;
    if (/^\(.*\)$/.test(name)) {
      const found = match(child, segments);
      if (found) return found;
      continue;
    }
    const optionalCatchAll = /^\[\[\.\.\..+\]\]$/.test(name);
    const catchAll = !optionalCatchAll && /^\[\.\.\..+\]$/.test(name);
    if (optionalCatchAll || catchAll) {
      const fits = segments.length <= CATCH_ALL_MAX_SEGMENTS && (optionalCatchAll || segments.length > 0);
      if (fits) {
        const found = match(child, []);
        if (found) return found;
      }
      continue;
    }
    if (segments.length === 0) continue;
    if (name === segments[0] || /^\[.+\]$/.test(name)) {
      const found = match(child, segments.slice(1));
      if (found) return found;
    }
  }
  return null;
}

/**
 * The site paths written literally in source files: href="/…", href={`/…${x}…`} and printed addresses such as
 * `${env.PUBLIC_BASE_URL}/dev/outbox`. A `${…}` inside a path stands for one segment.
 */
export function linkedPathsIn(source: string): string[] {
  const found = new Set<string>();
  const patterns = [
    /href="(\/[^"]*)"/g,
    /href=\{`(\/[^`]*)`\}/g,
    /localhost:\$\{[^}]+\}(\/[^\s`"')]*)/g,
    /\$\{[\w.]*(?:PUBLIC_BASE_URL|siteUrl)\}(\/[^\s`"')]*)/g,
  ];
  for (const pattern of patterns) {
    for (const m of source.matchAll(pattern)) {
      const raw = m[1]!.replace(/\$\{[^}]+\}/g, "sample1").replace(/[.:,;]+$/, "");
      if (raw.startsWith("//")) continue;
      found.add(raw);
    }
  }
  return [...found];
}
