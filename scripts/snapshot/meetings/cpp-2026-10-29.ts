import { CORPORATE_PARENTING_ISSUE } from "../issue-ids";
import type { Meeting } from "../types";
import { appointmentOfViceChair } from "./extra-items";
import {
  declarations,
  deputations,
  heading,
  minutes,
  petitions,
  publicQuestions,
  references,
  report,
  reserves,
  urgentBusiness,
} from "./standard-items";

// Corporate Parenting Panel, Thursday 29 October 2026 6.00 pm: recent meeting with minutes, first of the
// municipal year for this panel (so it appoints a Vice-Chair).
const pub = "2026-10-21";

export const cpp20261029: Meeting = {
  mid: 66405,
  cid: 788,
  agendaId: 66413,
  date: "2026-10-29",
  time: "18:00",
  status: "Confirmed",
  venue: "hub",
  contact: "dso-cpp",
  webcastId: 934688,
  agendaPublished: pub,
  minutesPublished: "2026-11-10",
  startedAt: "6.00 pm",
  closedAt: "7.34 pm",
  attendance: [
    { uid: 4410, role: "Chair", status: "Present" },
    { uid: 4415, role: "Vice-Chair", status: "Present" },
    { uid: 4413, role: "Committee Member", status: "Apologies" },
    { uid: 4426, role: "Committee Member", status: "Present" },
    { uid: 4429, role: "Committee Member", status: "Present" },
    { uid: 4417, role: "Reserve", status: "Present as substitute", note: "Reserve for Councillor Helen Marchetti" },
    { uid: 4404, role: "In attendance", status: "In attendance", note: "Portfolio Holder for Children's Services" },
    { label: "Representative, London Probation Service (Harrow)", role: "Co-opted Member", status: "Present" },
    { label: "Parmjit Chahal, Strategic Director of Children's Services", role: "Officer", status: "In attendance" },
    { label: "Martin Keane, Head of Service, Children Looked After", role: "Officer", status: "In attendance" },
    { label: "Ruth Abiola, Head of the Virtual School", role: "Officer", status: "In attendance" },
  ],
  items: [
    reserves({
      aiId: 146501,
      number: "1",
      minuteNumber: 12,
      minutes:
        "RESOLVED: To note the attendance at this meeting of the following duly appointed Reserve Member:\n\n| Ordinary Member | Reserve Member |\n|---|---|\n| Councillor Helen Marchetti | Councillor Elaine Cartwright |",
    }),
    appointmentOfViceChair({
      aiId: 146502,
      number: "2",
      minuteNumber: 13,
      minutes:
        "RESOLVED: To appoint Councillor Kiran Jethwa as Vice-Chair of the Panel for the 2026/27 Municipal Year.",
    }),
    declarations({
      aiId: 146503,
      number: "3",
      minuteNumber: 14,
      minutes: "RESOLVED: To note that there were no declarations of interests made by Members.",
    }),
    minutes({
      aiId: 146504,
      number: "4",
      minuteNumber: 15,
      previous: "2026-07-09",
      minutes:
        "RESOLVED: That the minutes of the meeting held on 9 July 2026 be taken as read and signed as a correct record.",
    }),
    publicQuestions({
      aiId: 146505,
      number: "5",
      minuteNumber: 16,
      deadline: "2026-10-26",
      minutes: "RESOLVED: To note that no public questions were received.",
    }),
    petitions({
      aiId: 146506,
      number: "6",
      minuteNumber: 17,
      minutes: "RESOLVED: To note that no petitions were received.",
    }),
    deputations({
      aiId: 146507,
      number: "7",
      minuteNumber: 18,
      minutes: "RESOLVED: To note that no deputations were received.",
    }),
    references({ aiId: 146508, number: "8", minuteNumber: 19, minutes: "There were none." }),
    heading(146509, "Resolved Items"),
    {
      aiId: 146510,
      number: "9",
      minuteNumber: 20,
      title: "Children Missing from Care - Quarter 2 2026/27",
      description: "Report of the Strategic Director of Children's Services.",
      report: report(
        206601,
        "Children Missing from Care - Quarter 2 2026/27",
        "Children Missing from Care Q2 2026-27",
        "cpp-2026-10-missing.md",
        pub,
      ),
      minutes:
        "The Panel received the quarterly report, which showed that 17 of the 209 children in care had been reported missing in the quarter, continuing a steady fall since Quarter 2 of 2025/26.\n\nRESOLVED: That the report be noted.",
    },
    {
      aiId: 146511,
      number: "10",
      minuteNumber: 21,
      title: "Virtual School Autumn Term Report 2026",
      description: "Report of the Head of the Virtual School.",
      report: report(
        206602,
        "Virtual School Autumn Term Report 2026",
        "Virtual School Autumn Term Report 2026",
        "cpp-2026-10-virtual-school.md",
        pub,
      ),
      minutes:
        "The Panel received the report. Members welcomed the rise in the proportion of care leavers in education, employment or training to 61%, and asked for the results of children placed out of borough to be shown separately in future.\n\nRESOLVED: That the report be noted.",
    },
    {
      aiId: 146512,
      number: "11",
      issue: CORPORATE_PARENTING_ISSUE,
      minuteNumber: 22,
      title: "Draft Corporate Parenting Strategy 2026-2029",
      description: "Report of the Strategic Director of Children's Services.",
      report: report(
        206603,
        "Draft Corporate Parenting Strategy 2026-2029",
        "Draft Corporate Parenting Strategy 2026-2029",
        "cpp-2026-10-strategy.md",
        pub,
      ),
      minutes:
        "Representatives of the Children in Care Council presented the five promises at the heart of the draft strategy. Members asked that the strategy include a commitment that every councillor completes corporate parenting training.\n\nRESOLVED: That the Panel's comments be reported to Cabinet with the draft strategy.",
    },
    urgentBusiness({ aiId: 146513, number: "12", minuteNumber: 23, minutes: "There was none." }),
  ],
};
