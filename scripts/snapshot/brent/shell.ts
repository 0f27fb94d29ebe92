import { esc } from "../format";
import { brentHrefs } from "./data";

// Brent's page chrome. Brent's own theme is not modelled: a plain page around the div#modgov content, whose
// markup (ids, classes, labels, link forms) is ModernGov's, the same templates the Harrow pages follow.

export interface BrentShellInput {
  title: string;
  /** DC.date.modified, as the meeting pages carry it */
  modified?: string;
  modgov: string;
}

export function renderBrentShell(input: BrentShellInput): string {
  const modified = input.modified
    ? `\n<meta name="DC.date.modified" scheme="W3CDTF" content="${input.modified}"/>`
    : "";
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">${modified}
<title>${esc(input.title)} - Brent Council</title>
</head>
<body>
<header><a href="https://www.brent.gov.uk/">Brent Council</a></header>
<nav aria-label="Breadcrumb"><a href="${brentHrefs.committeeList}">Committees</a></nav>
<main>
<div id="modgov">${input.modgov}
</div>
</main>
<footer><p>&copy; Brent Council</p></footer>
</body>
</html>
`;
}

export function brentHeader(h1: string, subtitleHtml?: string): string {
  const sub = subtitleHtml ? `\n<div class="mgSubTitle"><h2 class="mgSubTitleTxt">${subtitleHtml}</h2></div>` : "";
  return `<div class="mgHeader"><h1 class="mgMainTitleTxt">${esc(h1)}</h1></div>${sub}`;
}
