import type { Meeting } from "../types";
import { addendumItem, applicationsHeading, guidanceNote, representationsItem } from "./planning-2026-10-21";
import { declarations, minutes, publicQuestions, references, report, reserves, rightToSpeak } from "./standard-items";
import { expectedAttendance } from "./expected";

// Planning Committee, Wednesday 2 December 2026 6.30 pm: a future meeting with its agenda and reports out,
// nothing decided yet. The minutes item re-attaches the printed minutes of 21 October 2026 (same bytes).
// A day after the snapshot (the replay server's second scrape) the Addendum is published and the 2/01 report is
// re-issued with the objections received since (issue 15, part 4).
const pub = "2026-11-24";

export const planning20261202: Meeting = {
  mid: 66396,
  cid: 1001,
  agendaId: 66406,
  date: "2026-12-02",
  time: "18:30",
  status: "Confirmed",
  venue: "hub",
  contact: "dso-planning",
  webcastId: 935377,
  agendaPublished: pub,
  attendance: expectedAttendance(1001),
  later: {
    published: "2026-11-27",
    supplements: [
      { bundleId: 27190, title: "Addendum", file: "planning-2026-12-addendum.md", published: "2026-11-27" },
    ],
    revisedReports: { 206904: "planning-2026-12-pinner-road-revised.md" },
  },
  items: [
    guidanceNote(146801, 206901, pub),
    reserves({ aiId: 146802, number: "1" }),
    rightToSpeak({ aiId: 146803, number: "2" }),
    declarations({ aiId: 146804, number: "3" }),
    minutes({
      aiId: 146805,
      number: "4",
      previous: "2026-10-21",
      report: {
        id: 206902,
        title: "Minutes",
        fileName: "Planning Committee Minutes 21 October 2026",
        source: { kind: "minutes-of", mid: 66395 },
        published: pub,
      },
    }),
    publicQuestions({ aiId: 146806, number: "5", deadline: "2026-11-27", combined: true }),
    references({ aiId: 146807, number: "6" }),
    addendumItem({ aiId: 146808, number: "7" }),
    representationsItem({ aiId: 146809, number: "8" }),
    applicationsHeading(146810),
    {
      aiId: 146811,
      number: "1/01",
      title: "Harrow Weald Sports Ground, Bellfield Avenue, Harrow Weald, HA3 6ST - PL/2560/26",
      report: report(
        206903,
        "Harrow Weald Sports Ground, Bellfield Avenue, Harrow Weald, HA3 6ST - PL/2560/26",
        "1-01 Harrow Weald Sports Ground - PL-2560-26",
        "planning-2026-12-sports-ground.md",
        pub,
      ),
    },
    {
      aiId: 146812,
      number: "2/01",
      title: "112 Pinner Road, Harrow, HA1 4JD - PL/2617/26",
      report: report(
        206904,
        "112 Pinner Road, Harrow, HA1 4JD - PL/2617/26",
        "2-01 112 Pinner Road - PL-2617-26",
        "planning-2026-12-pinner-road.md",
        pub,
      ),
    },
  ],
};
