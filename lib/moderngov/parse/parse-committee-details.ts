import type { CheerioAPI } from "cheerio";
import { PageParseError } from "./errors";
import { loadModernGovPage, validateResult } from "./page-kind";
import { extractBlockText, normaliseText } from "./text";
import { committeeDetailsSchema, type CommitteeDetails, type CommitteeMember, type ContactInfo } from "./types";
import { readQueryInt, resolveUrl } from "./urls";

// mgCommitteeDetails.aspx?ID={CId} (CommitteeDetails.html): purpose, membership with "(Chair)" etc. after each
// name, contact information. Sections are h2.mgSectionTitle followed by their content up to the next h2.

export function parseCommitteeDetails(html: string, pageUrl: string): CommitteeDetails {
  const $ = loadModernGovPage(html, pageUrl, ["committee-details"]);
  const root = $("#modgov");
  const meetingsHref = root.find('a[href*="ieListMeetings.aspx" i]').first().attr("href");
  const committeeId =
    readQueryInt(pageUrl, ["ID", "CId", "CommitteeId"]) ?? readQueryInt(meetingsHref, ["CommitteeId", "CId"]);
  if (committeeId === null) throw new PageParseError("malformed", pageUrl, "no committee id in the URL or the page");
  const name = normaliseText(root.find(".mgSubTitleTxt").first().text());
  if (!name) throw new PageParseError("malformed", pageUrl, "committee page without a committee name");

  const purpose = sectionContent($, /purpose|terms of reference|remit|dut(y|ies)|functions|about/i);
  return validateResult(
    committeeDetailsSchema,
    {
      committeeId,
      name,
      url: resolveUrl(pageUrl, pageUrl),
      purpose: purpose ? extractBlockText(purpose) || null : null,
      membership: readMembership($, pageUrl),
      contact: readContact($),
      meetingsUrl: resolveUrl(meetingsHref, pageUrl),
      rssUrl: resolveUrl($('link[type="application/rss+xml"], a[href*="mgRss.aspx" i]').first().attr("href"), pageUrl),
    },
    pageUrl,
  );
}

/** Content between the h2.mgSectionTitle matching `title` and the next section title. */
function sectionContent($: CheerioAPI, title: RegExp) {
  const heading = $("#modgov h2.mgSectionTitle")
    .filter((_, h) => title.test(normaliseText($(h).text())))
    .first();
  return heading.length > 0 ? heading.nextUntil("h2.mgSectionTitle") : null;
}

const ROLE_IN_BRACKETS =
  /\(((?:[\w -]*\b)?(?:chair|vice-chair|chairman|reserve|substitute|co-opted|member|observer|representative|deputy|non-voting|adviser|advisor)\b[^()]*)\)\s*$/i;

function readMembership($: CheerioAPI, pageUrl: string): CommitteeMember[] {
  const members: CommitteeMember[] = [];
  $("#modgov h2.mgSectionTitle").each((_, h) => {
    const heading = normaliseText($(h).text());
    if (!/member|reserve|substitute|co-opted/i.test(heading)) return;
    // A "Reserve Members" section gives the role when the entry itself carries none.
    const sectionRole = /reserve/i.test(heading) ? "Reserve" : /substitute/i.test(heading) ? "Substitute" : null;
    $(h)
      .nextUntil("h2.mgSectionTitle")
      .find("li")
      .each((_, li) => {
        const link = $(li).find('a[href*="mgUserInfo.aspx" i]').first();
        const text = normaliseText($(li).text());
        const linked = normaliseText(link.text());
        // Roles follow the name in brackets; unlinked members (co-optees, partners) can have brackets in
        // their names too ("… NHS North West London (Harrow) (Vice-Chair)"), so only a trailing role counts.
        const tail = linked ? normaliseText(text.slice(text.indexOf(linked) + linked.length)) : text;
        const role = ROLE_IN_BRACKETS.exec(tail)?.[1]?.trim();
        const name = linked || normaliseText(role ? text.replace(ROLE_IN_BRACKETS, "") : text);
        if (!name) return;
        const href = link.attr("href");
        members.push({
          personId: readQueryInt(href, ["UID"]),
          name,
          role: role || sectionRole || "Member",
          profileUrl: link.length > 0 ? resolveUrl(href, pageUrl) : null,
        });
      });
  });
  return members;
}

function readContact($: CheerioAPI): ContactInfo | null {
  const content = sectionContent($, /contact/i);
  if (!content || content.length === 0) return null;
  const clone = content.clone();
  clone.find(".mgHelpLine").remove();
  const text = normaliseText(clone.text());
  if (!text) return null;
  const email =
    content
      .find('a[href^="mailto:" i]')
      .first()
      .attr("href")
      ?.replace(/^mailto:/i, "")
      .trim() || null;
  const phone = /Tel(?:ephone)?:?\s*([+\d][\d\s()-]{6,}\d)/i.exec(text)?.[1]?.trim() ?? null;
  return { text, email, phone };
}
