import * as cheerio from "cheerio";
import { z } from "zod";
import { pickMeetingDateTime } from "./dates";
import { PageParseError } from "./errors";
import { validateResult } from "./page-kind";
import { choiceOf } from "./parse-recorded-votes";
import { normaliseText } from "./text";
import { voteChoiceSchema } from "./types";
import { readQueryInt } from "./urls";

// mgListRecordedVotes.aspx?UID=0&DR=dd/mm/yyyy-dd/mm/yyyy: the council's recorded votes over a date range, every
// councillor's (UID=0) or one councillor's (UID=n). As public pages print it (tests/fixtures/moderngov/issue-html/
// ORIGIN.md): "Voting record", then per meeting an <h2> ("Council (Budget), Council, Thursday, 16th February, 2023
// 2.15 pm"), per item an <h3> ("Item: Revenue Budget …"), per vote an <h4> ("Amendment in the name of Councillor
// Brazil:"), its "Amendment status:Lost" line, the motion's words, and a table of councillors and how each voted.
// "There is no voting information available" is an empty list, not an error.

export const RECORDED_VOTE_LIST_PARSER = "recorded-vote-list:1";

export const recordedVoteListSchema = z.object({
  votes: z.array(
    z.object({
      /** the meeting's heading as printed */
      meeting: z.string().min(1),
      /** its date (London), from the heading; null when the heading has none */
      date: z.string().nullable(),
      /** ModernGov's MId when the heading links to the meeting */
      meetingId: z.number().int().positive().nullable(),
      item: z.string().nullable(),
      title: z.string().min(1),
      result: z.string().nullable(),
      casts: z.array(
        z.object({
          name: z.string().min(1),
          uid: z.number().int().positive().nullable(),
          choice: voteChoiceSchema,
          label: z.string(),
        }),
      ),
    }),
  ),
});
export type RecordedVoteList = z.infer<typeof recordedVoteListSchema>;

const STATUS = /\bstatus\s*:\s*(.+)$/i;

export function parseRecordedVoteList(html: string, pageUrl: string): RecordedVoteList {
  if (!html || !/<\/html\s*>/i.test(html))
    throw new PageParseError("truncated", pageUrl, "the page ends before </html>");
  const $ = cheerio.load(html);
  const root = $("#modgov");
  if (root.length === 0) throw new PageParseError("malformed", pageUrl, "not a ModernGov page (no #modgov container)");
  if (!/voting record|recorded votes?/i.test(normaliseText(root.find("h1").first().text()))) {
    throw new PageParseError("wrong-kind", pageUrl, "expected a voting record page");
  }
  const votes: RecordedVoteList["votes"] = [];
  let meeting: { title: string; date: string | null; meetingId: number | null } | null = null;
  let item: string | null = null;
  root.find("h2, h3, h4").each((_, el) => {
    const heading = $(el);
    const text = normaliseText(heading.text());
    if (el.tagName === "h2") {
      const link = heading.find("a[href]").first().attr("href");
      const when = pickMeetingDateTime(text.replace(/,/g, " ").replace(/\s+/g, " "));
      meeting = {
        title: text,
        date: when?.date ?? null,
        meetingId: link ? readQueryInt(link, ["MId", "MID", "MeetingId"]) : null,
      };
      item = null;
      return;
    }
    if (el.tagName === "h3") {
      item = text.replace(/^Item\s*:\s*/i, "") || null;
      return;
    }
    if (!meeting) return;
    // A vote: its status line and its table lie between this heading and the next one.
    const body = heading.nextUntil("h2, h3, h4");
    let result: string | null = null;
    body.each((_, node) => {
      if (result) return;
      const line = normaliseText($(node).text());
      const match = STATUS.exec(line.split(/\n/)[0] ?? "");
      if (match?.[1] && !$(node).is("table")) result = normaliseText(match[1]).replace(/\.$/, "") || null;
    });
    const casts: RecordedVoteList["votes"][number]["casts"] = [];
    const seen = new Set<string>();
    body.find("tr").each((_, tr) => {
      const cells = $(tr).children("td");
      if (cells.length < 2) return;
      const nameCell = cells.first();
      const label = normaliseText(cells.last().text());
      const link = nameCell.find('a[href*="mgUserInfo.aspx" i]').first();
      const name = normaliseText(
        (link.length ? link.text() : nameCell.text()).replace(/^\s*(Councillors?|Cllr\.?)\s+/i, ""),
      );
      if (!name || !label || seen.has(name)) return;
      seen.add(name);
      casts.push({
        name,
        uid: link.length ? readQueryInt(link.attr("href"), ["UID"]) : null,
        choice: choiceOf(label),
        label,
      });
    });
    const current = meeting as { title: string; date: string | null; meetingId: number | null };
    votes.push({
      meeting: current.title,
      date: current.date,
      meetingId: current.meetingId,
      item,
      title: text.replace(/:$/, "") || "Recorded vote",
      result,
      casts,
    });
  });
  return validateResult(recordedVoteListSchema, { votes }, pageUrl);
}
