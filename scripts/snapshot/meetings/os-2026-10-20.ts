import type { Meeting } from "../types";
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

// Overview and Scrutiny, Tuesday 20 October 2026 6.30 pm. The standalone repairs report is a truncated upload
// (it will not parse); the reports pack carries the intact copy and the minutes record the discussion.
const pub = "2026-10-12";

export const os20261020: Meeting = {
  mid: 66388,
  cid: 276,
  agendaId: 66397,
  date: "2026-10-20",
  time: "18:30",
  status: "Confirmed",
  venue: "hub-room4",
  contact: "dso-scrutiny",
  webcastId: 934412,
  agendaPublished: pub,
  minutesPublished: "2026-11-02",
  startedAt: "6.30 pm",
  closedAt: "8.36 pm",
  attendance: [
    { uid: 4409, role: "Chair", status: "Present" },
    { uid: 4414, role: "Vice-Chair", status: "Present" },
    { uid: 4413, role: "Committee Member", status: "Present" },
    { uid: 4415, role: "Committee Member", status: "Present" },
    { uid: 4417, role: "Committee Member", status: "Apologies" },
    { uid: 4421, role: "Committee Member", status: "Present" },
    { uid: 4423, role: "Committee Member", status: "Present" },
    { uid: 4424, role: "Committee Member", status: "Present" },
    { uid: 4416, role: "Reserve", status: "Present as substitute", note: "Reserve for Councillor Elaine Cartwright" },
    { uid: 4403, role: "In attendance", status: "In attendance", note: "Portfolio Holder for Housing" },
    { label: "Kwame Asante, Director of Housing", role: "Officer", status: "In attendance" },
    { label: "Julie Fairbrother, Head of Housing Repairs and Maintenance", role: "Officer", status: "In attendance" },
    { label: "Priya Nair, Head of Policy and Scrutiny", role: "Officer", status: "In attendance" },
  ],
  items: [
    reserves({
      aiId: 146201,
      number: "1",
      minuteNumber: 31,
      minutes:
        "RESOLVED: To note the attendance at this meeting of the following duly appointed Reserve Member:\n\n| Ordinary Member | Reserve Member |\n|---|---|\n| Councillor Elaine Cartwright | Councillor Nitin Thakrar |",
    }),
    declarations({
      aiId: 146202,
      number: "2",
      minuteNumber: 32,
      minutes: `RESOLVED: To note that the following interest was declared:

**Agenda Item 7 - Housing Repairs Service Performance**

Councillor Tariq Mahmood declared a non-pecuniary interest in that a close relative was a council tenant. He would remain in the room whilst the matter was considered.`,
    }),
    minutes({
      aiId: 146203,
      number: "3",
      minuteNumber: 33,
      previous: "2026-09-15",
      minutes:
        "RESOLVED: That the minutes of the meeting held on 15 September 2026 be taken as read and signed as a correct record.",
    }),
    publicQuestions({
      aiId: 146204,
      number: "4",
      minuteNumber: 34,
      deadline: "2026-10-15",
      minutes:
        "RESOLVED: To note that one public question had been received and responded to. The questioner asked when damp and mould reported in July at a property in Roxeth would be treated, and the Director of Housing undertook to write to her within five working days.",
    }),
    petitions({
      aiId: 146205,
      number: "5",
      minuteNumber: 35,
      minutes: "RESOLVED: To note that no petitions were received.",
    }),
    deputations({
      aiId: 146206,
      number: "6",
      minuteNumber: 36,
      minutes: "RESOLVED: To note that no deputations were received.",
    }),
    references({ aiId: 146207, number: "7", minuteNumber: 37, minutes: "There were none." }),
    heading(146208, "Resolved Items"),
    {
      aiId: 146209,
      number: "8",
      minuteNumber: 38,
      title: "Housing Repairs Service Performance",
      description: "Report of the Director of Housing.",
      report: report(
        206301,
        "Housing Repairs Service Performance",
        "Housing Repairs Service Performance - OS October 2026",
        "os-2026-10-repairs.md",
        pub,
        { corrupt: true },
      ),
      additional: [
        report(
          206302,
          "Appendix A - Repairs Performance Dashboard",
          "Appendix A - Repairs Performance Dashboard Apr-Sep 2026",
          "os-2026-10-repairs-dashboard.md",
          pub,
        ),
      ],
      minutes: `The Committee received a report on the performance of the housing repairs service in the first six months of the new repairs contracts. The Portfolio Holder for Housing acknowledged that performance had fallen well short of the targets during the mobilisation of the contracts.

Members asked questions and officers responded as follows:

- 88.4% of emergency repairs had been completed within 24 hours against a target of 98%, and 71.2% of routine repairs within 20 working days against a target of 90%. Performance had improved every month since June.
- The number of open repairs had peaked at 3,410 in June and had fallen to 2,180 by the end of September.
- 612 reports of damp and mould had been received since April; 79% had been investigated within the 10 working days required by Awaab's Law. A dedicated team of six surveyors had been recruited.
- Service credits of £96,000 had been applied to the contractors for missed targets.
- Repairs complaints had risen from 96 to 148 compared with the same period last year, and the Housing Ombudsman had made two findings of maladministration.

RESOLVED: That

(1) the report be noted;

(2) the Committee recommend to Cabinet that performance against the damp and mould timescales be reported to Cabinet quarterly;

(3) a further report be brought to the Committee in March 2027.`,
    },
    {
      aiId: 146210,
      number: "9",
      minuteNumber: 39,
      title: "Scrutiny Work Programme 2026/27",
      description: "Report of the Director of Legal and Governance Services.",
      report: report(
        206303,
        "Scrutiny Work Programme 2026/27",
        "Scrutiny Work Programme 2026-27",
        "os-2026-10-work-programme.md",
        pub,
      ),
      minutes:
        "RESOLVED: That the work programme for 2026/27 be agreed, including review groups on school place planning and special educational needs and on the Council's use of agency staff.",
    },
    urgentBusiness({ aiId: 146211, number: "10", minuteNumber: 40, minutes: "There was none." }),
  ],
};
