import * as cheerio from "cheerio";
import { PageParseError } from "./errors";
import { validateResult } from "./page-kind";
import { normaliseText } from "./text";
import { recordedVotePageSchema, type RecordedVotePage, type VoteChoice } from "./types";
import { readQueryInt } from "./urls";

// mgListRecordedVotesShort.aspx?AIID=&MID=: the named votes on one agenda item, as Bromsgrove's page prints them
// (tests/fixtures/moderngov/issue-html/ORIGIN.md): "Voting record", the meeting, "Item: …", then per vote its
// title, "Resolution status: Carried" and a table of rows "For | names | 18", "Against | …", "Abstain | …".

export const RECORDED_VOTES_PARSER = "recorded-votes:1";

export function choiceOf(label: string): VoteChoice {
  const l = label.toLowerCase();
  if (/^(for|in favour|aye|yes)\b/.test(l)) return "for";
  if (/^(against|no)\b/.test(l)) return "against";
  if (/^abstain/.test(l)) return "abstain";
  return "other";
}

/** "A. Smith, B. Jones and C. Brown" → three names; "None" → none. */
function splitNames(text: string): string[] {
  if (/^(none|nil|-)?$/i.test(text.trim())) return [];
  return text
    .split(/,|\band\b/)
    .map((n) => normaliseText(n).replace(/^(Councillors?|Cllrs?\.?)\s+/i, ""))
    .filter(Boolean);
}

export function parseRecordedVotes(html: string, pageUrl: string): RecordedVotePage {
  if (!html || !/<\/html\s*>/i.test(html))
    throw new PageParseError("truncated", pageUrl, "the page ends before </html>");
  const $ = cheerio.load(html);
  const root = $("#modgov");
  if (root.length === 0) throw new PageParseError("malformed", pageUrl, "not a ModernGov page (no #modgov container)");
  if (!/voting record|recorded vote/i.test(normaliseText(root.find("h1").first().text()))) {
    throw new PageParseError("wrong-kind", pageUrl, "expected a voting record page");
  }
  const votes: RecordedVotePage["votes"] = [];
  root.find("table").each((_, table) => {
    const rows = $(table)
      .find("tr")
      .toArray()
      .filter((tr) => $(tr).children("td").length >= 2);
    if (rows.length === 0) return;
    const heading = $(table).prevAll("h4, h3").first();
    const title = normaliseText(heading.text())
      .replace(/:$/, "")
      .replace(/^Item:\s*/i, "");
    const status = $(table)
      .prevUntil(heading)
      .filter((_, p) => /status\s*:/i.test($(p).text()))
      .first();
    const result = status.length ? normaliseText($(status).text()).replace(/^.*status\s*:\s*/i, "") || null : null;
    const casts: RecordedVotePage["votes"][number]["casts"] = [];
    for (const tr of rows) {
      const cells = $(tr).children("td");
      const label = normaliseText(cells.eq(0).text());
      const namesCell = cells.eq(1);
      const links = namesCell.find('a[href*="mgUserInfo.aspx" i]').toArray();
      const entries = links.length
        ? links.map((a) => ({ name: normaliseText($(a).text()), uid: readQueryInt($(a).attr("href"), ["UID"]) }))
        : splitNames(namesCell.text()).map((name) => ({ name, uid: null }));
      for (const e of entries) if (e.name) casts.push({ ...e, choice: choiceOf(label), label });
    }
    votes.push({ title: title || "Recorded vote", result, casts });
  });
  return validateResult(recordedVotePageSchema, { votes }, pageUrl);
}
