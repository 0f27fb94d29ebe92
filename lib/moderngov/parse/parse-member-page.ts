import { PageParseError } from "./errors";
import { readLabelled, readPhotoUrl } from "./member-fields";
import { loadModernGovPage, validateResult } from "./page-kind";
import { normaliseText } from "./text";
import { memberPageSchema, type MemberPage } from "./types";
import { readQueryInt, resolveUrl } from "./urls";

// mgUserInfo.aspx?UID={uid}: one councillor (photo in .mgUserSideBar, details and committee appointments in
// .mgUserBody). Contact details are deliberately not read: personal data is stored only where it is shown.

export function parseMemberPage(html: string, pageUrl: string): MemberPage {
  const $ = loadModernGovPage(html, pageUrl, ["member"]);
  const root = $("#modgov");
  const personId = readQueryInt(pageUrl, ["UID"]);
  if (personId === null) throw new PageParseError("malformed", pageUrl, "no UID in the member page URL");
  const heading = normaliseText(root.find(".mgSubTitleTxt").first().text());
  const h1 = normaliseText(root.find("h1").first().text());
  const name = heading || (/details$/i.test(h1) ? "" : h1);
  if (!name) throw new PageParseError("malformed", pageUrl, "member page without a name");

  const committees: MemberPage["committees"] = [];
  const seen = new Set<number>();
  root
    .find('.mgUserBody a[href*="mgCommitteeDetails.aspx" i], .mgContent a[href*="mgCommitteeDetails.aspx" i]')
    .each((_, a) => {
      const committeeId = readQueryInt($(a).attr("href"), ["ID"]);
      if (committeeId === null || seen.has(committeeId)) return;
      seen.add(committeeId);
      const entry = normaliseText($(a).closest("li, p").text() || $(a).text());
      const role = /\(([^)]+)\)\s*$/.exec(entry)?.[1]?.trim() ?? null;
      committees.push({ committeeId, name: normaliseText($(a).text()), role });
    });

  // "Posts": the offices a councillor holds beyond committee seats ("Leader of the Council", "Portfolio Holder
  // for Housing"), a list under its own section heading.
  const posts: string[] = [];
  root.find("h2, h3").each((_, heading) => {
    if (!/^posts?$/i.test(normaliseText($(heading).text()))) return;
    $(heading)
      .nextUntil("h2, h3", "ul")
      .find("li")
      .each((_, li) => {
        const post = normaliseText($(li).text());
        if (post && !posts.includes(post)) posts.push(post);
      });
  });

  return validateResult(
    memberPageSchema,
    {
      personId,
      name,
      posts,
      party: readLabelled($, root, /party|group/i),
      ward: readLabelled($, root, /ward|division|constituency/i),
      photoUrl: readPhotoUrl($, root, pageUrl),
      profileUrl: resolveUrl(pageUrl, pageUrl),
      committees,
    },
    pageUrl,
  );
}
