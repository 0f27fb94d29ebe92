// In-site links that the pages carry, as the real site's pages do, but that the snapshot deliberately does not
// serve: the replay server answers them with 404. Restricted (exempt) papers are listed separately by the
// builder from the data. A scraper must never need any of these.
export const notInSnapshot: { pattern: RegExp; why: string }[] = [
  { pattern: /^\/mgCalendarMonthView\.aspx/, why: "calendar views are not part of the digest's crawl" },
  { pattern: /^\/mgDelegatedDecisions\.aspx/, why: "decisions register is not modelled" },
  { pattern: /^\/mgManageElectionResults\.aspx/, why: "election results are out of scope" },
  { pattern: /^\/mgEPetitionListDisplay\.aspx/, why: "e-petitions are out of scope" },
  { pattern: /^\/ieDocHome\.aspx/, why: "meetings landing page; committees are reached through mgListCommittees" },
  { pattern: /^\/mgListOutsideBodies\.aspx/, why: "outside bodies are out of scope" },
  { pattern: /^\/ieDocSearch\.aspx/, why: "free-text search, disallowed by robots.txt" },
  { pattern: /^\/mgRegisterKeywordInterest\.aspx/, why: "e-mail alert sign-up" },
  { pattern: /^\/mgWhatsNew\.aspx/, why: "what's new page is not modelled" },
  { pattern: /^\/mgLocationDetails\.aspx/, why: "venue directions" },
  { pattern: /^\/mgCommitteeMailingList\.aspx/, why: "members' contact sheet" },
  { pattern: /^\/mgAttendanceSummary\.aspx/, why: "attendance statistics" },
  { pattern: /^\/mgListDeclarationsOfInterest\.aspx/, why: "declarations register" },
  { pattern: /^\/mgRss\.aspx/, why: "RSS feed (advertised by a <link>, not needed)" },
  { pattern: /^\/mgAttendance\.aspx/, why: "a councillor's attendance record" },
  { pattern: /^\/mgRofI\.aspx/, why: "a councillor's register of interests" },
];
