import { PageParseError } from "./errors";
import { loadModernGovPage, validateResult } from "./page-kind";
import { normaliseText } from "./text";
import { committeeSummarySchema, type CommitteeSummary } from "./types";
import { readQueryInt, resolveUrl } from "./urls";

// mgCommitteeStructure.aspx (committees under h2.mgSectionTitle categories) and mgListCommittees.aspx (one
// flat list). Every council has committees, so a list page without any is treated as broken, not as empty.

export function parseCommitteeList(html: string, pageUrl: string): CommitteeSummary[] {
  const $ = loadModernGovPage(html, pageUrl, ["committee-list"]);
  const committees: CommitteeSummary[] = [];
  const seen = new Set<number>();
  // Walk headings and links in document order: the last section title seen is the category. (Sibling lookups
  // fail on real pages: Kingston's has an unclosed <a> before the first heading, which re-nests what follows.)
  let category: string | null = null;
  $("#modgov h2.mgSectionTitle, #modgov h3.mgSectionTitle, #modgov a[href]").each((_, node) => {
    const a = $(node);
    if (a.is(".mgSectionTitle")) {
      category = normaliseText(a.text()) || null;
      return;
    }
    const url = resolveUrl(a.attr("href"), pageUrl);
    if (!url || !/mgCommitteeDetails\.aspx/i.test(url)) return;
    const committeeId = readQueryInt(url, ["ID"]);
    const name = normaliseText(a.text());
    if (committeeId === null || !name || seen.has(committeeId)) return;
    seen.add(committeeId);
    committees.push({ committeeId, name, url, category });
  });
  if (committees.length === 0) throw new PageParseError("malformed", pageUrl, "committee list without any committee");
  return committees.map((c) => validateResult(committeeSummarySchema, c, pageUrl));
}
