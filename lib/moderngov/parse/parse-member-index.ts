import type { Cheerio, CheerioAPI } from "cheerio";
// Type-only: domhandler is the DOM cheerio is built on, erased at runtime.
import type { Element } from "domhandler";
import { PageParseError } from "./errors";
import { readLabelled, readPhotoUrl } from "./member-fields";
import { loadModernGovPage, validateResult } from "./page-kind";
import { normaliseText } from "./text";
import { memberSchema, type Member } from "./types";
import { readQueryInt, resolveUrl } from "./urls";

// mgMemberIndex.aspx in its two layouts: the list view (div.mgThumbsList li: photo, name link, then lines for
// ward and party, order varying by council) and the table view (VW=TABLE: Photo | Councillor | Party | Ward).

const PARTY_WORDS =
  /\b(labour|conservative|liberal|democrat|green|independent|reform|party|plaid|snp|group|unaffiliated|vacant)\b/i;

export function parseMemberIndex(html: string, pageUrl: string): Member[] {
  const $ = loadModernGovPage(html, pageUrl, ["member-index"]);
  const root = $("#modgov");
  const members = new Map<number, Member>();
  const tableRows = root
    .find("table")
    .filter((_, t) => $(t).find('a[href*="mgUserInfo.aspx" i]').length > 0)
    .find("tr");
  const entries = tableRows.length > 0 ? tableRows : root.find(".mgThumbsList li, ul.mgBulletList li");
  entries.each((_, el) => {
    const member = tableRows.length > 0 ? readTableRow($, $(el), pageUrl) : readListEntry($, $(el), pageUrl);
    if (member && !members.has(member.personId)) members.set(member.personId, member);
  });
  if (members.size === 0) throw new PageParseError("malformed", pageUrl, "member index without any councillor");
  return [...members.values()].map((m) => validateResult(memberSchema, m, pageUrl));
}

function readLink($: CheerioAPI, scope: Cheerio<Element>, pageUrl: string) {
  const link = scope
    .find('a[href*="mgUserInfo.aspx" i]')
    .filter((_, a) => normaliseText($(a).text()) !== "")
    .first();
  const profileUrl = resolveUrl(link.attr("href"), pageUrl);
  const personId = readQueryInt(profileUrl, ["UID"]);
  return profileUrl && personId !== null ? { link, profileUrl, personId, name: normaliseText(link.text()) } : null;
}

function readTableRow($: CheerioAPI, tr: Cheerio<Element>, pageUrl: string): Member | null {
  const found = readLink($, tr, pageUrl);
  if (!found) return null;
  const headers = tr
    .closest("table")
    .find("th")
    .toArray()
    .map((th) => normaliseText($(th).text()));
  const cells = tr
    .children("td")
    .toArray()
    .map((td) => normaliseText($(td).text()));
  const column = (re: RegExp) => {
    const i = headers.findIndex((h) => re.test(h));
    return i >= 0 ? cells[i] || null : null;
  };
  // Without headers, the usual order is Photo | Councillor | Party | Ward.
  const party = headers.length > 0 ? column(/party|group/i) : (cells[2] ?? null);
  const ward = headers.length > 0 ? column(/ward|division/i) : (cells[3] ?? null);
  return {
    personId: found.personId,
    name: found.name,
    party,
    ward,
    photoUrl: readPhotoUrl($, tr, pageUrl),
    profileUrl: found.profileUrl,
  };
}

function readListEntry($: CheerioAPI, li: Cheerio<Element>, pageUrl: string): Member | null {
  const found = readLink($, li, pageUrl);
  if (!found) return null;
  let party = readLabelled($, li, /party|group/i);
  let ward = readLabelled($, li, /ward|division/i);
  // The by-ward view (FN=WARD) lists councillors under a heading per ward.
  if (!ward && /[?&]FN=WARD/i.test(pageUrl)) {
    ward = normaliseText(li.closest("ul, .mgThumbsList").prevAll("h2, h3").first().text()) || null;
  }
  if (!party || !ward) {
    // Unlabelled lines after the name: tell party from ward by wording.
    const lines = li
      .find("p, span, div")
      .toArray()
      .map((el) => normaliseText($(el).text()))
      .filter((t) => t && t !== found.name && !t.includes(found.name));
    party ??= lines.find((t) => PARTY_WORDS.test(t)) ?? null;
    ward ??= lines.find((t) => t !== party) ?? null;
  }
  return {
    personId: found.personId,
    name: found.name,
    party,
    ward,
    photoUrl: readPhotoUrl($, li, pageUrl),
    profileUrl: found.profileUrl,
  };
}
