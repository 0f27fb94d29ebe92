import type { Meeting } from "../types";
import { declarations, heading, publicQuestions, report, reserves, urgentBusiness } from "./standard-items";

// Seed meeting 004: (Special - ILACS Report), Overview and Scrutiny Committee - Tuesday 8 July 2025 6.30 pm.
// The report (with its action plan bound in) carries the inspection facts; the minutes carry the discussion.
// The report's page breaks put its sections on the pack pages the published summary cites (9, 12 and 15).
const pub = "2025-06-30";

const ilacsMinutes = `The Committee received a report setting out the Council's response to the inspection of local authority children's services carried out by Ofsted between 20 and 24 January 2025, which had rated Harrow Council's children's services as 'inadequate' overall, despite awarding 'good' ratings to two of the four judgement categories. While children's services were rated 'good' in key areas for children under 18, an 'inadequate' rating for the experiences and progress of care leavers had led to an overall judgement of 'inadequate'.

Councillor Paul Osborn, Leader of the Council, expressed his disappointment with the overall rating, but recognised it as an opportunity to improve service delivery for care leavers.

Parmjit Chahal, Strategic Director of Children's Services, outlined the immediate actions taken to address case closures for 18-21 year olds and to increase the capacity of personal advisors. Key measures had included reviewing all closed cases of care leavers by experienced managers; keeping all cases open until care leavers reach 25, unless they specifically request otherwise after age 21; and establishing a weekly drop-in hub for care leavers needing support.

The Committee discussed the Ofsted Action Plan set out in the report. Members asked questions and officers responded as follows:

**Progress reports**

- The Committee requested access to the progress reports every six weeks to monitor improvements. Officers advised that sharing the report, which was not a council document, would depend on the Department for Education (DfE)'s approval.
- Councillor Graham Henson suggested that if the advisor consented to the report being shared with scrutiny leads, it would be shared, and the scrutiny leads would continue to follow up and be updated on this.

**Training for personal advisors**

- Referring to page 12 of the public reports pack, the Committee questioned why personal advisors had not been prioritised for training or afforded the same opportunities as social workers for professional development. Parmjit Chahal, Strategic Director of Children's Services, responded that all personal advisors were being trained to deal with older children in care, creating the expertise to work with care leavers.

**Housing for care leavers**

- The Committee emphasised the need to protect the most vulnerable, and questioned how the 25 available properties for homelessness prevention would be prioritised for care leavers, given ever-increasing costs, particularly pertaining to housing. Officers responded that most care leavers lived in the borough or neighbouring ones, but there was a national shortage of housing. Care leavers were also offered suitable alternatives, such as semi-independent and supported living.
- Officers added that the latest data for London revealed an overspend of £350 million during the last quarter (2025) for temporary accommodation. Harrow Council had overspent by £10 million on housing, but had been proactive in increasing social care housing through council-owned accommodation or from housing associations.
- Alex, Head of Service for Care Leavers, noted that Mark Riddell, National Implementation Advisor for Care Leavers at the Department for Education, had recognised that "there is no magic wand to some of this given where we are with regards housing".

**Missing care leavers**

- The Committee raised concerns about care leavers going missing and asked whether there was an improvement plan for mitigating this. Officers advised that two unaccompanied asylum seekers had gone missing, one within days of coming into care, coinciding with an unsuccessful Home Office decision on his asylum application. The Council was working with the Home Office, and a weekly analysis of those missing was provided during meetings, along with the actions being undertaken to address the problem.

**Staff morale and the financial position**

- The Committee asked how the Council's current financial position had affected service delivery and morale. Officers responded that the ILACS report findings had been shared with the workforce, with no blame apportioned. Staff were disappointed but committed to improvement.
- Councillor June Baxter referred to the financial implications on page 15 of the public reports pack, and asked how the inspection had affected the morale of the existing team. Parmjit Chahal, Strategic Director of Children's Services, said that the Council had not experienced the turnover that other local authorities sometimes experience, and that it had been able to recruit three permanent service managers.

**Deterioration in performance since 2020**

- Referring to page 9 of the public reports pack, the Committee queried what could have triggered the deterioration in performance since 2020. Officers suggested that the merging of the service's two departments could have been a contributory factor, but not a causation factor. The Committee requested an organisational chart of the service.
- The Committee inquired whether there were single points of failure in the service and was advised that there were none.

**Consistency of staffing**

- Councillor Matthew Goodwin-Freeman asked about the consistency and turnover of staffing, and requested an organisational structure chart to understand gaps and weaknesses. He also asked for a breakdown of the agency staff being used in the department, and whether there were any officers who were single points of failure in the structure. Parmjit Chahal, Strategic Director of Children's Services, responded that 75% of staff had been permanent at the time of the ILACS, and that the Council was growing its own through recruiting newly qualified social workers.

**Corporate parenting**

- Councillor Charlotte Pereira asked about training in corporate parenting for members, and whether there were plans in place to ensure that everyone was trained. Officers responded that they had been in conversations with the Local Government Association (LGA) regarding training for elected members, and that it was on the schedule to arrange briefings.

RESOLVED: That the report be noted.`;

export const os20250708: Meeting = {
  mid: 66062,
  cid: 276,
  agendaId: 66071,
  date: "2025-07-08",
  time: "18:30",
  prefix: "(Special - ILACS Report)",
  status: "Confirmed",
  venue: "hub",
  contact: "dso-scrutiny",
  webcastId: 906811,
  agendaPublished: pub,
  minutesPublished: "2025-07-21",
  startedAt: "6.30 pm",
  closedAt: "8.47 pm",
  attendance: [
    { uid: 4409, role: "Chair", status: "Present" },
    { uid: 4414, role: "Vice-Chair", status: "Apologies" },
    { uid: 3305, role: "Committee Member", status: "Present" },
    { uid: 2871, role: "Committee Member", status: "Present" },
    { uid: 1917, role: "Committee Member", status: "Present" },
    { uid: 4429, role: "Committee Member", status: "Present" },
    { uid: 4413, role: "Committee Member", status: "Present" },
    { uid: 4421, role: "Committee Member", status: "Present" },
    { uid: 4416, role: "Reserve", status: "Present as substitute", note: "Reserve for Councillor Robert Ainsley" },
    { uid: 2864, role: "In attendance", status: "In attendance", note: "Leader of the Council" },
    { uid: 4404, role: "In attendance", status: "In attendance", note: "Portfolio Holder for Children's Services" },
    { label: "Catherine Doyle, Chief Executive", role: "Officer", status: "In attendance" },
    { label: "Parmjit Chahal, Strategic Director of Children's Services", role: "Officer", status: "In attendance" },
    { label: "Joanne Akande, Director of Children's Social Care", role: "Officer", status: "In attendance" },
    { label: "Priya Nair, Head of Policy and Scrutiny", role: "Officer", status: "In attendance" },
  ],
  items: [
    reserves({
      aiId: 141101,
      number: "1",
      minuteNumber: 151,
      minutes:
        "RESOLVED: To note the attendance at this meeting of the following duly appointed Reserve Member:\n\n| Ordinary Member | Reserve Member |\n|---|---|\n| Councillor Robert Ainsley | Councillor Nitin Thakrar |",
    }),
    declarations({
      aiId: 141102,
      number: "2",
      minuteNumber: 152,
      minutes: "RESOLVED: To note that there were no declarations of interests made by Members.",
    }),
    publicQuestions({
      aiId: 141103,
      number: "3",
      minuteNumber: 153,
      deadline: "2025-07-03",
      minutes: "RESOLVED: To note that no public questions were received.",
    }),
    heading(141104, "Resolved Items"),
    {
      aiId: 141105,
      number: "4",
      minuteNumber: 154,
      title: "Council Response to the Recent Inspection of Local Authority Children's Services Report",
      description: "Report of the Strategic Director of Children's Services.",
      report: report(
        198630,
        "Council Response to the Recent Inspection of Local Authority Children's Services Report",
        "Council Response to the Recent Inspection of Local Authority Childrens Services Report",
        "os-2025-07-ilacs-response.md",
        pub,
      ),
      minutes: ilacsMinutes,
    },
    urgentBusiness({ aiId: 141106, number: "5", minuteNumber: 155, minutes: "There was none." }),
  ],
};
