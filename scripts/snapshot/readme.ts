import type { Manifest } from "./manifest";
import { committee } from "./committees";
import { meetingTitle, shortDate, time12 } from "./format";
import { meetings } from "./harrow";
import { publishedResidue } from "./html/meeting-list";
import { notInSnapshot } from "./not-in-snapshot";
import { WS_FROM, WS_TO } from "./ws/urls";

// The snapshot's README is generated with it, so its meeting table and counts can never drift from the data.

const features: Record<number, string> = {
  66062:
    "Seed 004. Special meeting; 14-page report with the Ofsted action plan bound in; pack pages 9, 12 and 15 carry the sections the published summary cites; minutes carry the discussion",
  66058: "Declaration of interest; minutes",
  66079: "Daytime board, NHS vice-chair and co-optees (no UID); appendix attached",
  66101: "Seed 000. Seven item reports carrying every fact in the published summary; reserve member; co-opted member",
  66391:
    "Public Notice and heading rows, portfolio headings, declarations with a dispensation, Decision: and Minutes: sections, printed decisions (T=2), Part II item with restricted papers",
  66388:
    "Standalone report s206301 is truncated (corrupt); the reports pack carries the intact copy; the minutes carry the figures",
  66395:
    "Planning: three-column Note, No., Item table; Enc. guidance note, 1/01 2/01 2/02 with PL/NNNN/YY refs, GRANTED/REFUSED notes, Addendum supplement (b27114, T=9)",
  66405: "Appointment of Vice-Chair; minutes",
  66399: "CANCELLED: only the attendance link, no papers",
  66402: "Appendix s206702 is a scan with no text layer; printed draft minutes",
  66392: "One week old: agenda and printed decisions, no minutes yet; Recommended Items heading",
  66396:
    "Future: agenda and reports only; its minutes item re-attaches the 21 October printed minutes (identical bytes)",
  66393: "Future: draft budget published early; restricted Part II paper",
  66410: "Future (Special), no papers at all",
  66411: "Future, 'Moved from 26 January 2027, ... , NEW', no papers at all",
};

export function renderReadme(manifest: Manifest): string {
  const rows = meetings.map((m) => {
    const status =
      m.status === "Cancelled" ? "Cancelled" : publishedResidue(m).replace(/^ - /, "") || "Nothing published";
    return `| ${m.cid} ${committee(m.cid).title.replace("Governance, Audit, Risk Management and Standards Committee", "GARMS")} | ${m.mid} | g${m.agendaId} | ${shortDate(m.date)} ${time12(m.time)} | ${status} | ${features[m.mid] ?? ""} |`;
  });
  const counts = new Map<string, number>();
  for (const e of manifest.entries) counts.set(e.contentType, (counts.get(e.contentType) ?? 0) + 1);
  const missing = notInSnapshot.map((n) => `- \`${n.pattern.source.replaceAll("\\", "")}\`: ${n.why}`).join("\n");
  return `# Harrow ModernGov snapshot (offline replay fixture)

An offline copy of a **fictionalised** Harrow Council ModernGov site (\`https://moderngov.harrow.gov.uk\`), served by
the replay server and parsed by the scraper in tests and demos. Everything in this folder is **generated**: do not edit
it by hand.

- Regenerate: \`npx tsx scripts/build-snapshot.ts\` (writes this folder from \`scripts/snapshot/\`).
- Check: \`npx vitest run --project unit tests/unit/snapshot\` (committed output equals a fresh build, every in-site
  link resolves, restricted papers are absent, seed facts are in the PDF text).
- Output is deterministic: PDF dates come from each document's publication date, nothing reads the clock.

## Real platform, invented council business

| Real (copied from the platform) | Invented (fictionalised from public Harrow material) |
|---|---|
| Page structure, ids and classes of ModernGov 2025/26 pages, from saved Kingston pages (\`#modgov\`, \`.mgActionList\`, \`table#mgItemTable\`, \`td.mgItemNumberCell\`, \`p.mgAiTitleTxt\`, \`a.mgAiTitleLnk\`, \`.mgSubItemTitleTxt\`, \`.mgWordPara\`, \`ul.mgNonBulletTableList\`, \`a.mgMeetingTableLnk\`...) | Every report, minute, decision and figure, except the facts in the two seed summaries |
| URL families: \`ieListDocuments.aspx?CId=&MId=&Ver=4\`, \`documents/s{id}/{Title}.pdf\`, \`documents/g{agendaId}/{Kind} {date} {time} {Committee}.pdf?T=n\`, \`mgConvert2PDF.aspx?ID=\`, \`mgWebService.asmx/{Op}\` | Councillors (except four named in the seed summaries, who appear only in the 8 July 2025 meeting), officers (except Parmjit Chahal), UIDs, wards of named people, e-mail addresses; phone numbers use Ofcom's drama range |
| Web-service XML shapes of the LGSF fixtures: lowercase elements, .NET whitespace in empty elements, " 3" counts, HTML-then-XML escaping | Application addresses, references and decisions; MIds/AIIds/attachment ids (in Harrow's observed ranges) |
| Harrow's real committee ids (CIds), titles, venues, title prefixes/suffixes, item order, numbering and minute wording (docs/harrow.md) | Memberships; the May 2026 election result implied by 2026 memberships |
| The ModernGov page layout of mgMemberIndex / mgUserInfo / mgMeetingAttendance follows the selectors public scrapers use (no saved page was available) | Photos: \`UserData/.../smallpic.jpg\` URLs are printed but no image files are included |
| The item row's "Recorded Vote" table and "View Recorded Vote for this item" link (Kingston's markup); the labels, their order and the meeting lines of issue pages (\`mgIssueHistoryHome.aspx?IId=\`), forward plans (\`mgPlansHome.aspx\`, \`mgListPlanItems.aspx?PlanId=\`) and voting records (\`mgListRecordedVotesShort.aspx\`) as real councils print them (no saved HTML was available: tests/fixtures/moderngov/issue-html/ORIGIN.md) | The issues (IIds), the forward plan's six key decisions and the recorded vote on Cabinet's Council Tax Support item |

The two seed meetings reproduce, as report and minute text, every fact and figure in the published summaries
(\`docs/seeds.md\`); \`scripts/snapshot/seed-facts.ts\` lists them with the PDF that carries each.

## Meetings (today is 2026-11-26)

| Committee (CId) | MId | Agenda id | When | Published | What it exercises |
|---|---|---|---|---|---|
${rows.join("\n")}

Titles as printed, e.g. "${meetingTitle(meetings.find((m) => m.mid === 66062)!)}".

## manifest.json contract

\`{ council: { slug, name, baseUrl }, generatedFor: "2026-11-26", entries: [{ url, file, contentType, lastModified }] }\`

- \`url\`: path + query exactly as \`new URL(href, baseUrl)\` gives it for the href a page writes (raw spaces in document
  names become \`%20\`; \`/\` in query strings stays as is). Entries are sorted by url.
- \`file\`: relative to this folder: \`pages/*.html\`, \`documents/*.pdf\`, \`ws/*.xml\`, \`robots.txt\`. Several urls may share
  a file (aliases: \`ieListDocuments.aspx?MId=\`, \`?CId=&MId=\` without \`Ver\`, \`ieListMeetings.aspx?CommitteeId=\` /
  \`?CId=&Year=0\` / \`?CId=\`, \`mgConvert2PDF.aspx?ID=\` for every published attachment).
- \`contentType\`: ${[...counts].map(([t, n]) => `\`${t}\` (${n})`).join(", ")}.
- \`lastModified\`: ISO instant (publication date at 09:00Z) for Last-Modified / If-Modified-Since.
- ${manifest.entries.length} entries in all.
${
  manifest.secondScrape
    ? `- \`secondScrape: { asOf, entries }\`: the site as a later scrape finds it (${manifest.secondScrape.asOf}), ${manifest.secondScrape.entries.length} entries whose files
  are under \`second-scrape/\`: ${[...new Set(manifest.secondScrape.entries.filter((e) => e.url.startsWith("/ieListDocuments")).map((e) => /MId=(\d+)/.exec(e.url)?.[1]))].map((mid) => `MId ${mid}`).join(", ")} with a supplement published that day and a
  re-issued report. The replay server serves them after \`secondScrape()\`.
`
    : ""
}
## Web service

\`GET /mgWebService.asmx/GetCommittees\` (also \`?lDays=0\`), \`GetMeetings?lCommitteeId={CId}&sFromDate=${WS_FROM}&sToDate=${WS_TO}\`,
\`GetAllMeetingsByDate?lCommitteeId=-1|0&sFromDate=${WS_FROM}&sToDate=${WS_TO}&bIsAscendingDateOrder=true\`,
\`GetMeeting?lMeetingId={MId}\`, \`GetCouncillorsByWard\`. Only that one date window is stored; like Lambeth's install the
responses hold the whole history anyway, so the replay server should match GetMeetings / GetAllMeetingsByDate on
\`lCommitteeId\` and ignore the dates (clients filter on \`<meetingdate>\`). GetMeeting lists councillors only in
\`<attendees>\`; officers and co-optees appear only on the HTML attendance page. Restricted papers are listed with
\`<isrestricted>True</isrestricted>\`.

## Deliberately missing

Pages link to these, as the real site's pages do, but the snapshot does not serve them (expect 404):

${missing}
- restricted (exempt) papers: the "Restricted enclosure" links in Part II items;
- \`UserData/...\` photos and the theme's CSS, scripts and images.

## Notes for parser authors

- Locate item cells by class: Planning rows have an extra leading Note cell (\`Enc.\`, \`GRANTED\`, \`REFUSED\`); heading
  rows and the Public Notice have an empty number cell. Use direct children (\`tr > td\`): minutes contain nested
  Word tables (\`table.MsoTableGrid\`).
- Item numbers are agenda numbers (\`1.\`) before minutes exist and minute numbers (\`61.\`) after; planning applications
  keep \`1/01\`, \`2/01\`. Titles carry a \`span.mgFileSize\` ("PDF 9 KB") and some numeric entities (\`&#39;\`, \`&#47;\`).
- "Additional documents:" is printed even when its list is empty. Restricted papers show as "Restricted enclosure".
- h1 is "Agenda", "Agenda and decisions", "Agenda and minutes", "Agenda, decisions and minutes" or "Meeting"
  (cancelled or unpublished, with "No documents are available for this meeting").
- pdf-parse detaches the buffer it is given: pass a copy.
`;
}
