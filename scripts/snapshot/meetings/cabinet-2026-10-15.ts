import type { Item, Meeting } from "../types";
import { apologies, declarations, exclusion, heading, petitions, publicQuestions, report } from "./standard-items";

// Cabinet, Thursday 15 October 2026 6.30 pm: agenda, printed decisions and minutes; portfolio headings; a key
// decision; declarations with a GARMS dispensation; and a Part II item whose papers are restricted.
const pub = "2026-10-07";

const standardReason = `**Alternative Options Considered and Rejected:** As set out in the report.

**Conflict of Interest relating to the matter declared by Cabinet Member / Dispensation Granted:** None.`;

export const cabinetPublicNotice: (aiId: number, itemNo: string, title: string) => Item = (aiId, itemNo, title) => ({
  aiId,
  title: "Public Notice",
  description: `Notice is hereby given that the following item is likely to be considered in private, with the press and public excluded, because it contains exempt information under paragraph 3 of Part 1 of Schedule 12A to the Local Government Act 1972 (information relating to the financial or business affairs of any particular person, including the authority holding that information):

| Agenda item | Title |
|---|---|
| ${itemNo} | ${title} |

No representations have been received about why this item should be considered in public.`,
});

export const councillorQuestions = (o: Omit<Item, "title" | "description">): Item => ({
  ...o,
  title: "Councillor Questions",
  description:
    "To receive any Councillor questions. The deadline for receipt of Councillor questions is 3.00 pm, three clear working days before the meeting.",
});

export const cabinet20261015: Meeting = {
  mid: 66391,
  cid: 249,
  agendaId: 66400,
  date: "2026-10-15",
  time: "18:30",
  status: "Confirmed",
  venue: "hub",
  contact: "dso-cabinet",
  webcastId: 934150,
  agendaPublished: pub,
  decisionsPublished: "2026-10-16",
  minutesPublished: "2026-10-27",
  startedAt: "6.30 pm",
  closedAt: "8.21 pm",
  attendance: [
    { uid: 4401, role: "Chair", status: "Present" },
    { uid: 4402, role: "Vice-Chair", status: "Present" },
    { uid: 4403, role: "Committee Member", status: "Present" },
    { uid: 4404, role: "Committee Member", status: "Present" },
    { uid: 4405, role: "Committee Member", status: "Present" },
    { uid: 4406, role: "Committee Member", status: "Present" },
    { uid: 4407, role: "Committee Member", status: "Apologies" },
    { uid: 4408, role: "Committee Member", status: "Present" },
    { uid: 4420, role: "In attendance", status: "In attendance", note: "Leader of the Opposition" },
    { uid: 4409, role: "In attendance", status: "In attendance", note: "Chair of the Overview and Scrutiny Committee" },
    { label: "Catherine Doyle, Chief Executive", role: "Officer", status: "In attendance" },
    { label: "Sharon Beckett, Director of Finance and Assurance", role: "Officer", status: "In attendance" },
    { label: "Dawn Whitby, Director of Legal and Governance Services", role: "Officer", status: "In attendance" },
    { label: "Tom Ferris, Strategic Director of Place", role: "Officer", status: "In attendance" },
    { label: "Paul Whitmore, Director of Adult Social Care", role: "Officer", status: "In attendance" },
  ],
  items: [
    cabinetPublicNotice(146101, "12", "Harrow Strategic Development Partnership - Commercial Update"),
    heading(146102, "Agenda - Part I"),
    apologies({
      aiId: 146103,
      number: "1",
      minuteNumber: 48,
      minutes: "RESOLVED: To note that apologies for absence were received from Councillor Peter Hollins.",
    }),
    declarations({
      aiId: 146104,
      number: "2",
      minuteNumber: 49,
      minutes: `RESOLVED: To note that the following interests were declared:

**Agenda Item 9 - Parking Management Programme 2026/27 - Controlled Parking Zone Review**

Councillor Simon Radley declared a non-pecuniary interest in that he lived in a road within the Zone RL consultation area. He would remain in the room whilst the matter was considered and voted upon.

**Agenda Item 12 - Harrow Strategic Development Partnership - Commercial Update**

Councillors Rekha Varsani and Gordon Whitlock declared pecuniary interests as directors of HSDP Nominee Ltd. In accordance with the dispensation granted by the Governance, Audit, Risk Management and Standards Committee, they would remain in the room and could speak but would not vote on the matter.`,
    }),
    petitions({
      aiId: 146105,
      number: "3",
      minuteNumber: 50,
      minutes: `Councillor Angela Brennan presented a petition containing 212 signatures, which requested a pedestrian crossing on Headstone Drive near the junction with Canterbury Road.

RESOLVED: That the petition be received and referred to the Strategic Director of Place for consideration.`,
    }),
    publicQuestions({
      aiId: 146106,
      number: "4",
      minuteNumber: 51,
      deadline: "2026-10-12",
      minutes:
        "RESOLVED: To note that two public questions had been received and responded to, and the recording had been placed on the Council's website.",
    }),
    councillorQuestions({
      aiId: 146107,
      number: "5",
      minuteNumber: 52,
      minutes:
        "RESOLVED: To note that four Councillor questions had been received and responded to, and the recording had been placed on the Council's website.",
    }),
    {
      aiId: 146108,
      number: "6",
      minuteNumber: 53,
      title: "Key Decision Schedule October - December 2026",
      report: report(
        206231,
        "Key Decision Schedule October - December 2026",
        "KDS October - December 2026",
        "cab-2026-10-kds.md",
        pub,
      ),
      minutes: "RESOLVED: That the Key Decision Schedule for the period October to December 2026 be noted.",
    },
    {
      aiId: 146109,
      number: "7",
      minuteNumber: 54,
      title: "Progress on Scrutiny Projects",
      description: "For consideration.",
      minutes: "RESOLVED: To note that there were no scrutiny projects to report.",
    },
    heading(146110, "Resources"),
    {
      aiId: 146111,
      number: "8",
      minuteNumber: 55,
      title: "Revenue and Capital Monitoring 2026/27 - Quarter 1",
      description: "Report of the Director of Finance and Assurance.",
      report: report(
        206232,
        "Revenue and Capital Monitoring 2026/27 - Quarter 1",
        "Q1 Revenue and Capital Monitoring 2026-27",
        "cab-2026-10-q1-monitoring.md",
        pub,
      ),
      minutes: `The Deputy Leader introduced the report, which forecast an overspend of £4.218m after management action, driven mainly by temporary accommodation, children's placements and parking income. She explained that 1,046 households were in temporary accommodation at the end of June.

The Leader of the Opposition asked whether the recruitment freeze would affect front-line services. The Director of Finance and Assurance confirmed that social workers, personal advisors and other front-line posts were exempt.

RESOLVED: That

(1) the revenue and capital forecasts as at Quarter 1 be noted;

(2) the management actions set out in the report be approved;

(3) £24.3m of capital budgets be re-profiled from 2026/27 to 2027/28.

**Reason for Decision:** To report the financial position and agree the action needed to bring spending back within budget.

${standardReason}`,
      decision: `RESOLVED: That

(1) the revenue and capital forecasts as at Quarter 1 be noted;

(2) the management actions set out in the report be approved;

(3) £24.3m of capital budgets be re-profiled from 2026/27 to 2027/28.`,
      decisionReason: `**Reason for Decision:** To report the financial position and agree the action needed to bring spending back within budget.

${standardReason}`,
    },
    heading(146112, "Place"),
    {
      aiId: 146113,
      number: "9",
      minuteNumber: 56,
      title: "Parking Management Programme 2026/27 - Controlled Parking Zone Review",
      description: "Report of the Strategic Director of Place.",
      report: report(
        206233,
        "Parking Management Programme 2026/27 - Controlled Parking Zone Review",
        "CPZ Review Cabinet Report October 2026",
        "cab-2026-10-cpz-review.md",
        pub,
      ),
      additional: [
        report(
          206234,
          "Appendix A - Schedule of proposed changes",
          "Appendix A - CPZ Schedule",
          "cab-2026-10-cpz-schedule.md",
          pub,
        ),
      ],
      minutes: `The Leader introduced the report on behalf of the Portfolio Holder for Environment and Community Safety. 1,236 responses had been received to the consultation, a response rate of 25.7%.

RESOLVED: That

(1) the extension of Zone RL (Rayners Lane) to include Village Way East and Exeter Road be approved;

(2) the operating hours of Zone W (West Harrow) be reduced to 10.00 am to 11.00 am, Monday to Friday;

(3) no change be made to Zone NH (North Harrow);

(4) the Strategic Director of Place be authorised to make the traffic management orders.

**Reason for Decision:** The review had found strong support for changes in three zones and that Zone NH was working as intended.

${standardReason}`,
      decision: `RESOLVED: That

(1) the extension of Zone RL (Rayners Lane) to include Village Way East and Exeter Road be approved;

(2) the operating hours of Zone W (West Harrow) be reduced to 10.00 am to 11.00 am, Monday to Friday;

(3) no change be made to Zone NH (North Harrow);

(4) the Strategic Director of Place be authorised to make the traffic management orders.`,
      decisionReason: `**Reason for Decision:** The review found strong support for changes in three zones and that Zone NH is working as intended.

${standardReason}`,
    },
    heading(146114, "People"),
    {
      aiId: 146115,
      number: "10",
      minuteNumber: 57,
      title: "Adult Social Care Charging Policy Review - Consultation Outcome",
      description: "Report of the Director of Adult Social Care.",
      report: report(
        206235,
        "Adult Social Care Charging Policy Review - Consultation Outcome",
        "ASC Charging Policy Review Cabinet October 2026",
        "cab-2026-10-asc-charging.md",
        pub,
      ),
      minutes: `The Portfolio Holder for Adult Services and Public Health introduced the report. 188 people had responded to the consultation, and 63% had disagreed with including the higher rate of disability benefits. In response, a £20 weekly cap on increases in 2027/28 was proposed.

The Leader of the Opposition said that the changes would fall on disabled residents during a cost of living crisis and asked Cabinet to defer the decision. The Portfolio Holder replied that the cap and the review of disability-related expenditure would protect those on the lowest incomes.

RESOLVED: That

(1) the higher rate of Attendance Allowance, Disability Living Allowance and Personal Independence Payment be taken into account in financial assessments from 5 April 2027;

(2) an arrangement fee of £295 be agreed for self-funders who ask the Council to arrange their care;

(3) no person's weekly charge increase by more than £20 in 2027/28 as a result of these changes.

**Reason for Decision:** To bring Harrow's policy into line with most London boroughs, raising £640,000 a year when fully implemented.

${standardReason}`,
      decision: `RESOLVED: That

(1) the higher rate of Attendance Allowance, Disability Living Allowance and Personal Independence Payment be taken into account in financial assessments from 5 April 2027;

(2) an arrangement fee of £295 be agreed for self-funders who ask the Council to arrange their care;

(3) no person's weekly charge increase by more than £20 in 2027/28 as a result of these changes.`,
      decisionReason: `**Reason for Decision:** To bring Harrow's policy into line with most London boroughs, raising £640,000 a year when fully implemented.

${standardReason}`,
    },
    exclusion({
      aiId: 146116,
      number: "11",
      minuteNumber: 58,
      exempt: { number: "12", title: "Harrow Strategic Development Partnership - Commercial Update" },
      minutes:
        "RESOLVED: That the press and public be excluded from the meeting for the following item of business, on the grounds that it involved the likely disclosure of exempt information under paragraph 3 of Part I of Schedule 12A to the Local Government Act 1972.",
    }),
    heading(146117, "Agenda - Part II"),
    {
      aiId: 146118,
      number: "12",
      minuteNumber: 59,
      title: "Harrow Strategic Development Partnership - Commercial Update",
      description: "Report of the Strategic Director of Place.",
      restricted: true,
      report: {
        id: 206236,
        title: "Harrow Strategic Development Partnership - Commercial Update",
        fileName: "HSDP Commercial Update - Part II",
        source: { kind: "restricted" },
        published: pub,
      },
      additional: [
        {
          id: 206237,
          title: "Appendix 1 - Financial Appraisal",
          fileName: "Appendix 1 - HSDP Financial Appraisal",
          source: { kind: "restricted" },
          published: pub,
        },
      ],
      minutes:
        "RESOLVED: That the recommendations set out in the confidential report be agreed.\n\n**Reason for Decision:** As set out in the confidential report.",
      decision: "RESOLVED: That the recommendations set out in the confidential report be agreed.",
    },
  ],
};
