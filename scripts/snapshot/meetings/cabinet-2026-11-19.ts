import { CORPORATE_PARENTING_ISSUE, CTS_ISSUE, LEISURE_ISSUE } from "../issue-ids";
import type { Meeting } from "../types";
import { cabinetPublicNotice, councillorQuestions } from "./cabinet-2026-10-15";
import { apologies, declarations, heading, petitions, publicQuestions, report } from "./standard-items";

// Cabinet, Thursday 19 November 2026 6.30 pm: a week old, so the page is "Agenda and decisions": printed
// decisions and Decision: sections are published, minutes are not yet. Items carry agenda numbers only.
const pub = "2026-11-11";
const alternatives = `**Alternative Options Considered and Rejected:** As set out in the report.

**Conflict of Interest relating to the matter declared by Cabinet Member / Dispensation Granted:** None.`;

export const cabinet20261119: Meeting = {
  mid: 66392,
  cid: 249,
  agendaId: 66401,
  date: "2026-11-19",
  time: "18:30",
  status: "Confirmed",
  venue: "hub",
  contact: "dso-cabinet",
  webcastId: 935021,
  agendaPublished: pub,
  decisionsPublished: "2026-11-20",
  attendance: [
    { uid: 4401, role: "Chair", status: "Present" },
    { uid: 4402, role: "Vice-Chair", status: "Present" },
    { uid: 4403, role: "Committee Member", status: "Present" },
    { uid: 4404, role: "Committee Member", status: "Present" },
    { uid: 4405, role: "Committee Member", status: "Apologies" },
    { uid: 4406, role: "Committee Member", status: "Present" },
    { uid: 4407, role: "Committee Member", status: "Present" },
    { uid: 4408, role: "Committee Member", status: "Present" },
    { uid: 4420, role: "In attendance", status: "In attendance", note: "Leader of the Opposition" },
    { label: "Catherine Doyle, Chief Executive", role: "Officer", status: "In attendance" },
    { label: "Sharon Beckett, Director of Finance and Assurance", role: "Officer", status: "In attendance" },
    { label: "Tom Ferris, Strategic Director of Place", role: "Officer", status: "In attendance" },
  ],
  items: [
    {
      ...cabinetPublicNotice(146701, "-", "None"),
      description: "There are no items on this agenda which are likely to be considered in private.",
    },
    heading(146702, "Agenda - Part I"),
    apologies({ aiId: 146703, number: "1" }),
    declarations({ aiId: 146704, number: "2" }),
    petitions({ aiId: 146705, number: "3" }),
    publicQuestions({ aiId: 146706, number: "4", deadline: "2026-11-16" }),
    councillorQuestions({ aiId: 146707, number: "5" }),
    {
      aiId: 146708,
      number: "6",
      title: "Key Decision Schedule November 2026 - January 2027",
      report: report(
        206801,
        "Key Decision Schedule November 2026 - January 2027",
        "KDS November 2026 - January 2027",
        "cab-2026-11-kds.md",
        pub,
      ),
    },
    { aiId: 146709, number: "7", title: "Progress on Scrutiny Projects", description: "For consideration." },
    heading(146710, "Recommended Items"),
    {
      aiId: 146711,
      number: "8",
      title: "Council Tax Support Scheme 2027/28",
      issue: CTS_ISSUE,
      // The Leader of the Opposition asked for a recorded vote: six for, one abstention.
      recordedVote: {
        title: "Council Tax Support Scheme 2027/28: Recommendation to Council",
        type: "Resolution",
        result: "Carried",
        for: [4401, 4402, 4403, 4404, 4407, 4408],
        against: [],
        abstain: [4406],
      },
      description: "Report of the Director of Finance and Assurance.",
      report: report(
        206802,
        "Council Tax Support Scheme 2027/28",
        "Council Tax Support Scheme 2027-28",
        "cab-2026-11-ctrs.md",
        pub,
      ),
      decision: `RECOMMENDED (to Council): That

(1) the Council Tax Support Scheme for 2027/28 be the 2026/27 scheme with income bands uprated by 3.8%;

(2) the maximum support for working-age households remain at 80% of the council tax liability;

(3) the Exceptional Hardship Fund of £150,000 be continued.`,
      decisionReason: `**Reason for Decision:** The scheme must be agreed by Council by 11 March 2027.

${alternatives}`,
    },
    heading(146712, "Resources"),
    {
      aiId: 146713,
      number: "9",
      title: "Calculation of the Council Tax Base for 2027/28",
      description: "Report of the Director of Finance and Assurance.",
      report: report(
        206803,
        "Calculation of the Council Tax Base for 2027/28",
        "Council Tax Base 2027-28",
        "cab-2026-11-taxbase.md",
        pub,
      ),
      decision:
        "RESOLVED: That a council tax base for 2027/28 of 93,412 Band D equivalent properties be approved, assuming a collection rate of 97.5%.",
      decisionReason: `**Reason for Decision:** To enable the Council to set council tax for 2027/28.

${alternatives}`,
    },
    heading(146714, "Place"),
    {
      aiId: 146715,
      number: "10",
      title: "Harrow Leisure Centre - Decarbonisation Works",
      description: "Report of the Strategic Director of Place.",
      report: report(
        206804,
        "Harrow Leisure Centre - Decarbonisation Works",
        "Harrow Leisure Centre Decarbonisation Cabinet Report",
        "cab-2026-11-leisure.md",
        pub,
      ),
      decision: `RESOLVED: That

(1) the decarbonisation works at Harrow Leisure Centre be approved at a total cost of £4.6m;

(2) the Public Sector Decarbonisation Scheme grant of £2.7m be accepted;

(3) authority be delegated to the Strategic Director of Place to award the works contract.`,
      decisionReason: `**Reason for Decision:** The leisure centre is the Council's largest single source of carbon emissions.

${alternatives}`,
      issue: LEISURE_ISSUE,
    },
    heading(146716, "People"),
    {
      aiId: 146717,
      number: "11",
      title: "Corporate Parenting Strategy 2026-2029",
      description:
        "Report of the Strategic Director of Children's Services, with the comments of the Corporate Parenting Panel (29 October 2026) and the Health and Wellbeing Board (12 November 2026).",
      issue: CORPORATE_PARENTING_ISSUE,
      decision: `RESOLVED: That

(1) the Corporate Parenting Strategy 2026-2029 be adopted, including the five promises made with the Children in Care Council;

(2) every councillor be asked to complete corporate parenting training within six months of election, as the Corporate Parenting Panel proposed;

(3) initial health assessments completed within 20 working days be added to the strategy's measures, as the Health and Wellbeing Board proposed.`,
      decisionReason: `**Reason for Decision:** The Council's previous strategy ended in 2026.

${alternatives}`,
    },
  ],
};
