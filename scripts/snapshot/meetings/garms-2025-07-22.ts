import type { Meeting } from "../types";
import {
  declarations,
  deputations,
  heading,
  minutes,
  petitions,
  publicQuestions,
  report,
  reserves,
  urgentBusiness,
} from "./standard-items";

// GARMS, Tuesday 22 July 2025: an ordinary mid-2025 meeting with minutes and a declaration of interest.
const pub = "2025-07-14";

export const garms20250722: Meeting = {
  mid: 66058,
  cid: 850,
  agendaId: 66066,
  date: "2025-07-22",
  time: "18:30",
  status: "Confirmed",
  venue: "hub",
  contact: "dso-garms",
  agendaPublished: pub,
  minutesPublished: "2025-08-04",
  startedAt: "6.30 pm",
  closedAt: "7.58 pm",
  attendance: [
    { uid: 4412, role: "Chair", status: "Present" },
    { uid: 4430, role: "Vice-Chair", status: "Present" },
    { uid: 4414, role: "Committee Member", status: "Present" },
    { uid: 4413, role: "Committee Member", status: "Present" },
    { uid: 4423, role: "Committee Member", status: "Present" },
    { uid: 4422, role: "Committee Member", status: "Apologies" },
    { uid: 4421, role: "Committee Member", status: "Present" },
    { uid: 4415, role: "Reserve", status: "Present as substitute", note: "Reserve for Councillor Deepa Raval" },
    { label: "Sharon Beckett, Director of Finance and Assurance", role: "Officer", status: "In attendance" },
    { label: "Dawn Whitby, Director of Legal and Governance Services", role: "Officer", status: "In attendance" },
    { label: "Susan Darby, Head of Internal Audit and Corporate Anti-Fraud", role: "Officer", status: "In attendance" },
  ],
  items: [
    reserves({
      aiId: 141301,
      number: "1",
      minuteNumber: 71,
      minutes:
        "RESOLVED: To note the attendance at this meeting of the following duly appointed Reserve Member:\n\n| Ordinary Member | Reserve Member |\n|---|---|\n| Councillor Deepa Raval | Councillor Kiran Jethwa |",
    }),
    declarations({
      aiId: 141302,
      number: "2",
      minuteNumber: 72,
      minutes: `RESOLVED: To note that the following interest was declared:

**Agenda Item 7 - Internal Audit Annual Report and Opinion 2024/25**

Councillor Colin Hargreaves declared a non-pecuniary interest in that he was a member of a trade union which represented staff in the Council's Housing service. He would remain in the room whilst the matter was considered and voted upon.`,
    }),
    minutes({
      aiId: 141303,
      number: "3",
      minuteNumber: 73,
      previous: "2025-03-18",
      minutes:
        "RESOLVED: That the minutes of the meeting held on 18 March 2025 be taken as read and signed as a correct record.",
    }),
    publicQuestions({
      aiId: 141304,
      number: "4",
      minuteNumber: 74,
      deadline: "2025-07-17",
      minutes: "RESOLVED: To note that no public questions were received.",
    }),
    petitions({
      aiId: 141305,
      number: "5",
      minuteNumber: 75,
      minutes: "RESOLVED: To note that no petitions were received.",
    }),
    deputations({
      aiId: 141306,
      number: "6",
      minuteNumber: 76,
      minutes: "RESOLVED: To note that no deputations were received.",
    }),
    heading(141307, "Resolved Items"),
    {
      aiId: 141308,
      number: "7",
      minuteNumber: 77,
      title: "Internal Audit Annual Report and Opinion 2024/25",
      description: "Report of the Director of Finance and Assurance.",
      report: report(
        198701,
        "Internal Audit Annual Report and Opinion 2024/25",
        "Internal Audit Annual Report 2024-25",
        "garms-2025-07-internal-audit.md",
        pub,
      ),
      minutes: `The Committee received the Head of Internal Audit's annual report, which gave reasonable assurance on the Council's framework of governance, risk management and internal control for 2024/25.

Members asked about the four limited assurance reports. The Head of Internal Audit explained that the temporary accommodation procurement findings had been reported to the Director of Housing and that a follow-up audit was scheduled for the autumn. In response to a question about laptops missing from the asset register, officers confirmed that 190 of the 214 devices had since been located.

RESOLVED: That the Internal Audit Annual Report and the Head of Internal Audit's opinion for 2024/25 be noted.`,
    },
    {
      aiId: 141309,
      number: "8",
      minuteNumber: 78,
      title: "Draft Annual Governance Statement 2024/25",
      description: "Report of the Director of Legal and Governance Services.",
      report: report(
        198702,
        "Draft Annual Governance Statement 2024/25",
        "Draft Annual Governance Statement 2024-25",
        "garms-2025-07-ags.md",
        pub,
      ),
      minutes: `The Committee considered the draft Annual Governance Statement, which identified four significant governance issues: children's services, financial sustainability, temporary accommodation and information governance.

RESOLVED: That

(1) the draft Annual Governance Statement 2024/25 be noted;

(2) the significant governance issues identified for 2025/26 be agreed.`,
    },
    urgentBusiness({ aiId: 141310, number: "9", minuteNumber: 79, minutes: "There was none." }),
  ],
};
