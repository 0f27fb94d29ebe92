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

// Seed meeting 000: Corporate Parenting Panel, Thursday 23 October 2025 6.00 pm. Every fact in the published
// summary is carried by the item reports (reports/cpp-2025-10-*.md); the minutes record that each was noted.
const pub = "2025-10-15";

export const cpp20251023: Meeting = {
  mid: 66101,
  cid: 788,
  agendaId: 66109,
  date: "2025-10-23",
  time: "18:00",
  status: "Confirmed",
  venue: "hub",
  contact: "dso-cpp",
  webcastId: 917342,
  agendaPublished: pub,
  minutesPublished: "2025-10-24",
  startedAt: "6.00 pm",
  closedAt: "8.12 pm",
  attendance: [
    { uid: 4410, role: "Chair", status: "Present" },
    { uid: 4415, role: "Vice-Chair", status: "Present" },
    { uid: 4413, role: "Committee Member", status: "Present" },
    { uid: 4426, role: "Committee Member", status: "Apologies" },
    { uid: 4429, role: "Committee Member", status: "Present" },
    { uid: 4424, role: "Reserve", status: "Present as substitute", note: "Reserve for Councillor Lucy Adebayo" },
    { uid: 4404, role: "In attendance", status: "In attendance", note: "Portfolio Holder for Children's Services" },
    { label: "Representative, London Probation Service (Harrow)", role: "Co-opted Member", status: "Present" },
    { label: "Parmjit Chahal, Strategic Director of Children's Services", role: "Officer", status: "In attendance" },
    { label: "Joanne Akande, Director of Children's Social Care", role: "Officer", status: "In attendance" },
    { label: "Martin Keane, Head of Service, Children Looked After", role: "Officer", status: "In attendance" },
    { label: "Ruth Abiola, Head of the Virtual School", role: "Officer", status: "In attendance" },
    { label: "Leon Hart, Participation and Engagement Manager", role: "Officer", status: "In attendance" },
    {
      label: "Grace Mensah, Designated Nurse for Children Looked After, CNWL",
      role: "Officer",
      status: "In attendance",
    },
  ],
  items: [
    reserves({
      aiId: 141201,
      number: "1",
      minuteNumber: 131,
      minutes:
        "RESOLVED: To note the attendance at this meeting of the following duly appointed Reserve Member:\n\n| Ordinary Member | Reserve Member |\n|---|---|\n| Councillor Lucy Adebayo | Councillor Yasmin Farah |",
    }),
    declarations({
      aiId: 141202,
      number: "2",
      minuteNumber: 132,
      minutes: "RESOLVED: To note that there were no declarations of interests made by Members.",
    }),
    minutes({
      aiId: 141203,
      number: "3",
      minuteNumber: 133,
      previous: "2025-06-30",
      minutes:
        "RESOLVED: That the minutes of the meeting held on 30 June 2025 be taken as read and signed as a correct record.",
    }),
    publicQuestions({
      aiId: 141204,
      number: "4",
      minuteNumber: 134,
      deadline: "2025-10-20",
      minutes: "RESOLVED: To note that no public questions were received.",
    }),
    petitions({
      aiId: 141205,
      number: "5",
      minuteNumber: 135,
      minutes: "RESOLVED: To note that no petitions were received.",
    }),
    deputations({
      aiId: 141206,
      number: "6",
      minuteNumber: 136,
      minutes: "RESOLVED: To note that no deputations were received.",
    }),
    references({ aiId: 141207, number: "7", minuteNumber: 137, minutes: "There were none." }),
    heading(141208, "Resolved Items"),
    {
      aiId: 141209,
      number: "8",
      minuteNumber: 138,
      title: "Participation Service Update",
      description: "Report of the Strategic Director of Children's Services.",
      report: report(
        198811,
        "Participation Service Update",
        "Participation Service Update - CPP October 2025",
        "cpp-2025-10-participation.md",
        pub,
      ),
      minutes: `The Panel received an update from the Participation and Engagement Manager on the work of the Participation Service over the summer, including the Care Leavers App, the Protected Characteristics motion, the post-18 Information Pack and the priorities set by the Care Leavers Forum for 2025/2026.

Members welcomed the involvement of care leavers in the recruitment of Team Managers and Personal Advisors and asked that the Care Leavers Forum be thanked for its work.

RESOLVED: That the report be noted.`,
    },
    {
      aiId: 141210,
      number: "9",
      minuteNumber: 139,
      title: "Children Missing from Care - Quarter 2 2025/26",
      description: "Report of the Strategic Director of Children's Services.",
      report: report(
        198812,
        "Children Missing from Care - Quarter 2 2025/26",
        "Children Missing from Care Q2 2025-26",
        "cpp-2025-10-missing.md",
        pub,
      ),
      minutes: `The Panel received the quarterly report on children missing from care, which included an anonymised case summary.

In response to questions, officers explained the difference between a child who was missing and one who was absent without permission, and confirmed that placements had been reminded of the protocol.

RESOLVED: That the report be noted.`,
    },
    {
      aiId: 141211,
      number: "10",
      minuteNumber: 140,
      title: "Care Leavers in Custody",
      description: "Presentation by the Head of Service, Children Looked After.",
      report: report(
        198813,
        "Care Leavers in Custody",
        "Care Leavers in Custody - Presentation",
        "cpp-2025-10-custody.md",
        pub,
      ),
      minutes: `The Panel received a presentation on the support provided to care leavers in custody and the improvement plan introduced since the inspection in January 2025.

RESOLVED: That the presentation be noted.`,
    },
    {
      aiId: 141212,
      number: "11",
      minuteNumber: 141,
      title: "Leaving Care Service Update",
      description: "Report of the Strategic Director of Children's Services.",
      report: report(
        198814,
        "Leaving Care Service Update",
        "Leaving Care Service Update October 2025",
        "cpp-2025-10-leaving-care.md",
        pub,
      ),
      minutes: `The Panel received an update on the Leaving Care Service and on the multi-agency response to the review by the Department for Education's National Care Leaver Implementation Advisor.

RESOLVED: That the report be noted.`,
    },
    {
      aiId: 141213,
      number: "12",
      minuteNumber: 142,
      title: "Ofsted Monitoring Visit - Care Leavers",
      description: "Report of the Strategic Director of Children's Services.",
      report: report(
        198815,
        "Ofsted Monitoring Visit - Care Leavers",
        "Ofsted Monitoring Visit September 2025 - Care Leavers",
        "cpp-2025-10-ofsted-visit.md",
        pub,
      ),
      minutes: `The Panel received a report on the findings of the Ofsted monitoring visit in September 2025. Members congratulated staff on the progress recognised by inspectors.

RESOLVED: That the report be noted.`,
    },
    {
      aiId: 141214,
      number: "13",
      minuteNumber: 143,
      title: "Virtual School Autumn Term Report",
      description: "Report of the Head of the Virtual School.",
      report: report(
        198816,
        "Virtual School Autumn Term Report",
        "Virtual School Autumn Term Report 2025",
        "cpp-2025-10-virtual-school.md",
        pub,
      ),
      minutes: `The Panel received the Virtual School Autumn Term Report, setting out end of stage examination results for children looked after and the education performance and destinations of care leavers.

RESOLVED: That the report be noted.`,
    },
    {
      aiId: 141215,
      number: "14",
      minuteNumber: 144,
      title: "Health Services for Children Looked After",
      description:
        "Report of the Designated Nurse for Children Looked After, Central and North West London NHS Foundation Trust.",
      report: report(
        198817,
        "Health Services for Children Looked After",
        "CLA Health Report April - September 2025",
        "cpp-2025-10-health.md",
        pub,
      ),
      minutes: `The Panel received a report on the delivery of health services to Harrow children looked after between April and September 2025.

RESOLVED: That the report be noted.`,
    },
    urgentBusiness({ aiId: 141216, number: "15", minuteNumber: 145, minutes: "There was none." }),
  ],
};
