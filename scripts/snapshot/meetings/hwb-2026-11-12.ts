import { CORPORATE_PARENTING_ISSUE } from "../issue-ids";
import type { Meeting } from "../types";
import { declarations, heading, minutes, publicQuestions, report, reserves, urgentBusiness } from "./standard-items";

// Health and Wellbeing Board, Thursday 12 November 2026 2.00 pm. Appendix 1 of the BCF report is a scan with no
// text layer: a text pipeline gets nothing from it and must not fail.
const pub = "2026-11-04";

export const hwb20261112: Meeting = {
  mid: 66402,
  cid: 1280,
  agendaId: 66412,
  date: "2026-11-12",
  time: "14:00",
  status: "Confirmed",
  venue: "hub",
  contact: "dso-planning",
  agendaPublished: pub,
  minutesPublished: "2026-11-24",
  minutesDraft: true,
  startedAt: "2.00 pm",
  closedAt: "3.26 pm",
  attendance: [
    { uid: 4406, role: "Chair", status: "Present" },
    { uid: 4404, role: "Committee Member", status: "Present" },
    { uid: 4408, role: "Committee Member", status: "Apologies" },
    { uid: 4422, role: "Committee Member", status: "Present" },
    { label: "Lisa Conroy, Borough Director, NHS North West London (Harrow)", role: "Vice-Chair", status: "Present" },
    { label: "Chair, Healthwatch Harrow", role: "Co-opted Member", status: "Present" },
    { label: "Dr Anita Kaur, Director of Public Health", role: "Officer", status: "In attendance" },
    { label: "Paul Whitmore, Director of Adult Social Care", role: "Officer", status: "In attendance" },
  ],
  items: [
    reserves({
      aiId: 146601,
      number: "1",
      minuteNumber: 9,
      minutes: "RESOLVED: To note that there were no Reserve Members in attendance.",
    }),
    declarations({
      aiId: 146602,
      number: "2",
      minuteNumber: 10,
      minutes: "RESOLVED: To note that there were no declarations of interests made by Members.",
    }),
    minutes({
      aiId: 146603,
      number: "3",
      minuteNumber: 11,
      previous: "2026-09-10",
      minutes:
        "RESOLVED: That the minutes of the meeting held on 10 September 2026 be taken as read and signed as a correct record.",
    }),
    publicQuestions({
      aiId: 146604,
      number: "4",
      minuteNumber: 12,
      deadline: "2026-11-09",
      combined: true,
      minutes: "RESOLVED: To note that no public questions, petitions or deputations were received.",
    }),
    heading(146605, "Resolved Items"),
    {
      aiId: 146606,
      number: "5",
      minuteNumber: 13,
      title: "Better Care Fund 2026/27 - Quarter 2 Return",
      description: "Report of the Director of Adult Social Care.",
      report: report(
        206701,
        "Better Care Fund 2026/27 - Quarter 2 Return",
        "BCF Q2 Return 2026-27 HWB Report",
        "hwb-2026-11-bcf.md",
        pub,
      ),
      additional: [
        {
          id: 206702,
          title: "Appendix 1 - Signed Better Care Fund Quarter 2 Return",
          fileName: "Appendix 1 - Signed BCF Q2 Return",
          source: { kind: "scanned", pages: 3 },
          published: pub,
        },
      ],
      minutes: `The Board received the Quarter 2 return, which had been submitted to NHS England on 31 October 2026. The average number of Harrow residents in hospital each day who no longer needed to be there had fallen to 23, from 31 a year earlier.

Healthwatch Harrow asked why emergency admissions for ambulatory care sensitive conditions remained above plan. The Borough Director explained that admissions for respiratory conditions had risen early in the autumn.

RESOLVED: That the Better Care Fund Quarter 2 return for 2026/27 be approved.`,
    },
    {
      aiId: 146607,
      number: "6",
      minuteNumber: 14,
      title: "Winter Planning 2026/27",
      description: "Report of the Borough Director, NHS North West London (Harrow).",
      report: report(206703, "Winter Planning 2026/27", "Winter Plan 2026-27 HWB", "hwb-2026-11-winter.md", pub),
      minutes:
        "The Board noted the joint winter plan, including 14 additional community beds and warm spaces in all ten libraries. Members urged partners to increase flu vaccination uptake among residents aged 65 and over from 58% towards the 75% target.\n\nRESOLVED: That the winter plan be noted.",
    },
    {
      aiId: 146609,
      number: "7",
      minuteNumber: 15,
      title: "Draft Corporate Parenting Strategy 2026-2029 - Health of Children in Care",
      description:
        "Report of the Strategic Director of Children's Services, referred by the Corporate Parenting Panel on 29 October 2026.",
      issue: CORPORATE_PARENTING_ISSUE,
      minutes:
        "The Board considered the health commitments in the draft strategy. The Designated Nurse for Children in Care reported that 88% of children in care had an up-to-date health assessment, against a target of 95%. Members asked that initial health assessments within 20 working days become a measure in the strategy.\n\nRESOLVED: That the Board's comments be reported to Cabinet with the draft strategy.",
    },
    urgentBusiness({ aiId: 146608, number: "8", minuteNumber: 16, minutes: "There was none." }),
  ],
};
