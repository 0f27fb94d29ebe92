import type { Item, Meeting } from "../types";
import {
  declarations,
  heading,
  minutes,
  publicQuestions,
  references,
  report,
  reserves,
  rightToSpeak,
} from "./standard-items";

// Planning Committee, Wednesday 21 October 2026 6.30 pm: Harrow's three-column "Note | No. | Item" table with
// the enclosed Guidance Note ("Enc."), the Addendum as a supplement (T=9), applications numbered 1/01, 2/01...
// with PL/NNNN/YY references, and decision words in the Note column after the meeting.
const pub = "2026-10-13";

export const guidanceNote = (aiId: number, docId: number, published: string): Item => ({
  aiId,
  note: "Enc.",
  title: "Guidance Note for Members of the Public attending the Planning Committee",
  report: report(
    docId,
    "Guidance Note for Members of the Public attending the Planning Committee",
    "Guidance Note for Members of the Public - Planning Committee",
    "planning-guidance-note.md",
    published,
  ),
});

export const addendumItem = (o: Omit<Item, "title" | "description">): Item => ({
  ...o,
  title: "Addendum",
  description:
    "To note any additional information, including representations received after the agenda was published, set out in the Addendum circulated on the day of the meeting.",
});

export const representationsItem = (o: Omit<Item, "title" | "description">): Item => ({
  ...o,
  title: "Representations on Planning Applications",
  description:
    "To confirm whether representations are to be received, under Committee Procedure Rule 29 (Part 4B of the Constitution), from objectors and applicants regarding planning applications on the agenda.",
});

export const applicationsHeading = (aiId: number): Item => ({
  ...heading(aiId, "Planning Applications Received"),
  description:
    "Report of the Chief Planning Officer. Members are reminded of the Planning Protocol: where a decision is made contrary to the officer's recommendation, the planning reasons for the decision must be clearly minuted.",
});

export const planning20261021: Meeting = {
  mid: 66395,
  cid: 1001,
  agendaId: 66403,
  date: "2026-10-21",
  time: "18:30",
  status: "Confirmed",
  venue: "hub",
  contact: "dso-planning",
  webcastId: 934509,
  agendaPublished: pub,
  minutesPublished: "2026-11-03",
  startedAt: "6.30 pm",
  closedAt: "9.14 pm",
  supplements: [{ bundleId: 27114, title: "Addendum", file: "planning-2026-10-addendum.md", published: "2026-10-21" }],
  attendance: [
    { uid: 4411, role: "Chair", status: "Present" },
    { uid: 4416, role: "Vice-Chair", status: "Present" },
    { uid: 4414, role: "Committee Member", status: "Present" },
    { uid: 4417, role: "Committee Member", status: "Present" },
    { uid: 4425, role: "Committee Member", status: "Present" },
    { uid: 4428, role: "Committee Member", status: "Apologies" },
    { uid: 4427, role: "Committee Member", status: "Present" },
    { uid: 4422, role: "Reserve", status: "Present as substitute", note: "Reserve for Councillor Neelam Bhatt" },
    { uid: 4410, role: "In attendance", status: "In attendance", note: "Ward councillor, item 2/01" },
    { label: "Alastair Grey, Chief Planning Officer", role: "Officer", status: "In attendance" },
    { label: "Fiona McLeod, Planning Lawyer", role: "Officer", status: "In attendance" },
    { label: "Ben Sutcliffe, Team Leader, Development Management", role: "Officer", status: "In attendance" },
  ],
  items: [
    guidanceNote(146301, 206401, pub),
    reserves({
      aiId: 146302,
      number: "1",
      minuteNumber: 61,
      minutes:
        "RESOLVED: To note the attendance at this meeting of the following duly appointed Reserve Member:\n\n| Ordinary Member | Reserve Member |\n|---|---|\n| Councillor Neelam Bhatt | Councillor Deepa Raval |",
    }),
    rightToSpeak({
      aiId: 146303,
      number: "2",
      minuteNumber: 62,
      minutes:
        "RESOLVED: That Councillor Sushila Hirani, who was not a member of the Committee, be allowed to speak on agenda item 2/01.",
    }),
    declarations({
      aiId: 146304,
      number: "3",
      minuteNumber: 63,
      minutes: `RESOLVED: To note that the following interest was declared:

**Agenda Item 2/02 - Rayners Lane Library, Imperial Drive, Harrow, HA2 7HJ - PL/2309/26**

Councillor Ravi Kulkarni declared a non-pecuniary interest in that he was a regular user of the library. He would remain in the room whilst the matter was considered and voted upon.`,
    }),
    minutes({
      aiId: 146305,
      number: "4",
      minuteNumber: 64,
      previous: "2026-09-23",
      minutes:
        "RESOLVED: That the minutes of the meeting held on 23 September 2026 be taken as read and signed as a correct record.",
    }),
    publicQuestions({
      aiId: 146306,
      number: "5",
      minuteNumber: 65,
      deadline: "2026-10-16",
      combined: true,
      minutes: "RESOLVED: To note that no public questions, petitions or deputations were received.",
    }),
    references({ aiId: 146307, number: "6", minuteNumber: 66, minutes: "There were none." }),
    addendumItem({
      aiId: 146308,
      number: "7",
      minuteNumber: 67,
      minutes: "RESOLVED: That the Addendum be admitted to the agenda.",
    }),
    representationsItem({
      aiId: 146309,
      number: "8",
      minuteNumber: 68,
      minutes:
        "RESOLVED: That in accordance with the Committee Procedure Rules, representations be received in respect of items 1/01 and 2/01.",
    }),
    applicationsHeading(146310),
    {
      aiId: 146311,
      number: "1/01",
      note: "GRANTED",
      title: "Land at Station Approach, Harrow, HA1 1BQ - PL/1872/26",
      report: report(
        206402,
        "Land at Station Approach, Harrow, HA1 1BQ - PL/1872/26",
        "1-01 Land at Station Approach - PL-1872-26",
        "planning-2026-10-station-approach.md",
        pub,
      ),
      minutes: `PROPOSAL: Redevelopment to provide three buildings of 6, 9 and 12 storeys comprising 168 residential units, 620 square metres of commercial floorspace at ground floor, landscaping, disabled persons' parking and cycle parking.

The Committee received the report of the Chief Planning Officer and the Addendum, which added a contribution of £120,000 towards bus services to the Section 106 agreement.

An objector, representing residents of Grove Hill Road, and the applicant's agent addressed the Committee. Members asked about the affordable housing mix, the height of the tallest building and the overshadowing of Grove Hill Road. Officers confirmed that 59 of the homes would be affordable and that 94% of neighbouring windows would meet the BRE daylight guidelines.

The Committee was asked to:

(1) agree the reasons for approval as set out in the report; and

(2) grant planning permission subject to the completion of a Section 106 agreement and the conditions set out in the report, as amended by the Addendum.

DECISION: GRANTED planning permission, subject to the completion of a Section 106 agreement and the conditions set out in the report and the Addendum.

The Committee wished it to be recorded that the decision to grant the application was by a majority of votes: Councillors Okonkwo, Thakrar, Ainsley, Cartwright and Raval voted to grant; Councillors Kulkarni and Gallagher voted against.`,
    },
    {
      aiId: 146312,
      number: "2/01",
      note: "REFUSED",
      title: "14 Elmcroft Crescent, Harrow, HA2 6HL - PL/2241/26",
      report: report(
        206403,
        "14 Elmcroft Crescent, Harrow, HA2 6HL - PL/2241/26",
        "2-01 14 Elmcroft Crescent - PL-2241-26",
        "planning-2026-10-elmcroft.md",
        pub,
      ),
      minutes: `PROPOSAL: Two storey side extension; single storey rear extension; conversion of dwellinghouse into two self-contained flats.

The Committee received the report of the Chief Planning Officer. The Addendum reported a petition of 38 signatures objecting to the conversion. Councillor Sushila Hirani, ward councillor, spoke against the application.

A Member proposed refusal on the grounds that the loss of a family home and the bulk of the side extension would harm the character of the area. This was seconded. Officers reminded the Committee of the Planning Protocol.

DECISION: REFUSED planning permission, contrary to the officer recommendation, for the following reason: the proposed development, by reason of the loss of a family-sized dwellinghouse and the excessive bulk of the two storey side extension, would be detrimental to the character of Elmcroft Crescent, contrary to Policy DM1 of the Harrow Development Management Policies Local Plan.

The decision to refuse the application was by a majority of votes.`,
    },
    {
      aiId: 146313,
      number: "2/02",
      note: "GRANTED",
      title: "Rayners Lane Library, Imperial Drive, Harrow, HA2 7HJ - PL/2309/26",
      report: report(
        206404,
        "Rayners Lane Library, Imperial Drive, Harrow, HA2 7HJ - PL/2309/26",
        "2-02 Rayners Lane Library - PL-2309-26",
        "planning-2026-10-rayners-library.md",
        pub,
      ),
      minutes: `PROPOSAL: Installation of 42 solar panels on the roof and an air source heat pump enclosure in the rear service yard.

DECISION: GRANTED planning permission, subject to the conditions set out in the report.

The decision to grant the application was unanimous.`,
    },
  ],
};
