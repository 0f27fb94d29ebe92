import type { Meeting } from "../types";
import { declarations, heading, minutes, publicQuestions, report, reserves, urgentBusiness } from "./standard-items";

// Health and Wellbeing Board, Thursday 11 September 2025 2.00 pm: a daytime partnership board, with an
// appendix attached to the first report and NHS members in attendance.
const pub = "2025-09-03";

export const hwb20250911: Meeting = {
  mid: 66079,
  cid: 1280,
  agendaId: 66088,
  date: "2025-09-11",
  time: "14:00",
  status: "Confirmed",
  venue: "hub",
  contact: "dso-planning",
  webcastId: 911204,
  agendaPublished: pub,
  minutesPublished: "2025-09-24",
  startedAt: "2.00 pm",
  closedAt: "3.41 pm",
  attendance: [
    { uid: 4406, role: "Chair", status: "Present" },
    { uid: 4404, role: "Committee Member", status: "Present" },
    { uid: 4408, role: "Committee Member", status: "Present" },
    { uid: 4422, role: "Committee Member", status: "Present" },
    { label: "Lisa Conroy, Borough Director, NHS North West London (Harrow)", role: "Vice-Chair", status: "Present" },
    { label: "Chair, Healthwatch Harrow", role: "Co-opted Member", status: "Apologies" },
    { label: "Dr Anita Kaur, Director of Public Health", role: "Officer", status: "In attendance" },
    { label: "Paul Whitmore, Director of Adult Social Care", role: "Officer", status: "In attendance" },
  ],
  items: [
    reserves({
      aiId: 141401,
      number: "1",
      minuteNumber: 41,
      minutes: "RESOLVED: To note that there were no Reserve Members in attendance.",
    }),
    declarations({
      aiId: 141402,
      number: "2",
      minuteNumber: 42,
      minutes: "RESOLVED: To note that there were no declarations of interests made by Members.",
    }),
    minutes({
      aiId: 141403,
      number: "3",
      minuteNumber: 43,
      previous: "2025-05-15",
      minutes:
        "RESOLVED: That the minutes of the meeting held on 15 May 2025 be taken as read and signed as a correct record.",
    }),
    publicQuestions({
      aiId: 141404,
      number: "4",
      minuteNumber: 44,
      deadline: "2025-09-08",
      combined: true,
      minutes: "RESOLVED: To note that no public questions, petitions or deputations were received.",
    }),
    heading(141405, "Resolved Items"),
    {
      aiId: 141406,
      number: "5",
      minuteNumber: 45,
      title: "Pharmaceutical Needs Assessment 2025-2028",
      description: "Report of the Director of Public Health.",
      report: report(
        198741,
        "Pharmaceutical Needs Assessment 2025-2028",
        "PNA 2025-2028 HWB Report",
        "hwb-2025-09-pna.md",
        pub,
      ),
      additional: [
        report(
          198742,
          "Appendix 1 - Pharmaceutical Needs Assessment 2025-2028 Executive Summary",
          "Appendix 1 - PNA Executive Summary",
          "hwb-2025-09-pna-summary.md",
          pub,
        ),
      ],
      minutes: `The Board received the Pharmaceutical Needs Assessment for 2025-2028 following a 60-day consultation which had received 146 responses.

Board members asked about late-evening and Sunday opening. The Director of Public Health explained that the assessment had found no current gap, but that provision in the Edgware and Canons area would be kept under review as new housing was completed.

RESOLVED: That the Pharmaceutical Needs Assessment 2025-2028 be approved for publication by 1 October 2025.`,
    },
    {
      aiId: 141407,
      number: "6",
      minuteNumber: 46,
      title: "Joint Local Health and Wellbeing Strategy - Prevention as a Flagship Action",
      description: "Report of the Director of Public Health.",
      report: report(
        198743,
        "Joint Local Health and Wellbeing Strategy - Prevention as a Flagship Action",
        "JLHWS Prevention Flagship",
        "hwb-2025-09-prevention.md",
        pub,
      ),
      minutes: `The Board considered a proposal to make prevention a flagship action of the strategy, with NHS Health Checks, childhood immunisations and falls prevention as the priorities for 2025/26.

RESOLVED: That prevention be agreed as a flagship action of the Joint Local Health and Wellbeing Strategy, with the three priorities set out in the report.`,
    },
    urgentBusiness({ aiId: 141408, number: "7", minuteNumber: 47, minutes: "There was none." }),
  ],
};
