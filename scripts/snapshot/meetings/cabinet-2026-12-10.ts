import { DRAFT_BUDGET_ISSUE, TA_ISSUE } from "../issue-ids";
import type { Meeting } from "../types";
import { cabinetPublicNotice, councillorQuestions } from "./cabinet-2026-10-15";
import { expectedAttendance } from "./expected";
import { apologies, declarations, exclusion, heading, petitions, publicQuestions, report } from "./standard-items";

// Cabinet, Thursday 10 December 2026 6.30 pm: a future meeting with the draft budget published early for
// consultation, no decisions or minutes yet, and a Part II item whose papers are restricted.
const pub = "2026-11-25";

export const cabinet20261210: Meeting = {
  mid: 66393,
  cid: 249,
  agendaId: 66404,
  date: "2026-12-10",
  time: "18:30",
  status: "Confirmed",
  venue: "hub",
  contact: "dso-cabinet",
  webcastId: 935488,
  agendaPublished: pub,
  attendance: expectedAttendance(249),
  items: [
    cabinetPublicNotice(146901, "11", "Property Acquisition for Temporary Accommodation"),
    heading(146902, "Agenda - Part I"),
    apologies({ aiId: 146903, number: "1" }),
    declarations({ aiId: 146904, number: "2" }),
    petitions({ aiId: 146905, number: "3" }),
    publicQuestions({ aiId: 146906, number: "4", deadline: "2026-12-07" }),
    councillorQuestions({ aiId: 146907, number: "5" }),
    {
      aiId: 146908,
      number: "6",
      title: "Key Decision Schedule December 2026 - February 2027",
      description: "To follow.",
    },
    { aiId: 146909, number: "7", title: "Progress on Scrutiny Projects", description: "For consideration." },
    heading(146910, "Resources"),
    {
      aiId: 146911,
      number: "8",
      title: "Draft Revenue Budget 2027/28 and Medium Term Financial Strategy 2027/28 to 2029/30",
      issue: DRAFT_BUDGET_ISSUE,
      description: "Report of the Director of Finance and Assurance.",
      report: report(
        207001,
        "Draft Revenue Budget 2027/28 and Medium Term Financial Strategy 2027/28 to 2029/30",
        "Draft Budget 2027-28 and MTFS Cabinet December 2026",
        "cab-2026-12-draft-budget.md",
        pub,
      ),
      additional: [
        report(
          207002,
          "Appendix 1 - Proposed savings and growth 2027/28 to 2029/30",
          "Appendix 1 - Savings and Growth 2027-28 to 2029-30",
          "cab-2026-12-savings.md",
          pub,
        ),
      ],
    },
    {
      aiId: 146912,
      number: "9",
      title: "Revenue and Capital Monitoring 2026/27 - Quarter 2",
      description: "Report of the Director of Finance and Assurance.",
      report: report(
        207003,
        "Revenue and Capital Monitoring 2026/27 - Quarter 2",
        "Q2 Revenue and Capital Monitoring 2026-27",
        "cab-2026-12-q2-monitoring.md",
        pub,
      ),
    },
    exclusion({
      aiId: 146913,
      number: "10",
      exempt: { number: "11", title: "Property Acquisition for Temporary Accommodation" },
    }),
    heading(146914, "Agenda - Part II"),
    {
      aiId: 146915,
      number: "11",
      title: "Property Acquisition for Temporary Accommodation",
      description: "Report of the Director of Housing.",
      issue: TA_ISSUE,
      restricted: true,
      report: {
        id: 207004,
        title: "Property Acquisition for Temporary Accommodation",
        fileName: "Property Acquisition for TA - Part II",
        source: { kind: "restricted" },
        published: pub,
      },
    },
  ],
};
