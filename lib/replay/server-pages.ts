import { randomInt } from "node:crypto";
import { escapeHtml } from "@/lib/escape-html";

// Canned HTML the replay server sends instead of snapshot content. They imitate what the real site (or the
// firewall in front of it) sends, so parsers and the HTTP client's block-page detection meet realistic input.

export function renderErrorPage(status: number, target: string): string {
  const title = status === 404 ? "Page not found" : `Error ${status}`;
  const message =
    status === 404
      ? "The page you requested could not be found. It may have been moved or deleted."
      : "Sorry, an error has occurred while processing your request. Please try again later.";
  return `<!DOCTYPE html>
<html lang="en-GB">
<head><meta charset="utf-8"><title>${title} - modern.gov (replay)</title></head>
<body>
<div id="modgov">
<div class="mgHeader"><h1 class="mgMainTitleTxt">${title}</h1></div>
<div class="mgContent">
<p>${message}</p>
<p class="mgHide">Requested: ${escapeHtml(target)}</p>
</div>
</div>
</body>
</html>
`;
}

/** An F5-style firewall rejection, as councils' WAFs serve it: status 200, tiny HTML, a support ID. */
export function renderBlockPage(): string {
  const supportId = `${randomInt(1e9, 1e10 - 1)}${randomInt(1e9, 1e10 - 1)}`;
  return `<html><head><title>Request Rejected</title></head><body>The requested URL was rejected. Please consult with your administrator.<br><br>Your support ID is: ${supportId}<br><br><a href='javascript:history.back();'>[Go Back]</a></body></html>
`;
}
