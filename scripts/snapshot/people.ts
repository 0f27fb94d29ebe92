import type { Councillor, Officer } from "./types";

// Councillors. Four names come from the published summaries of the two seed meetings (Paul Osborn, Graham
// Henson, June Baxter, Matthew Goodwin-Freeman) and appear only in those meetings; their wards, UIDs and
// terms here are invented. Every other councillor is fictional, as are all UIDs and e-mail addresses.
export const councillors: Councillor[] = [
  // Conservative administration (after the fictional May 2026 election as before it).
  c(4401, "Marcus Ellery", "Conservative", "Pinner", "Leader of the Council and Portfolio Holder for Strategy"),
  c(4402, "Rekha Varsani", "Conservative", "Stanmore", "Deputy Leader and Portfolio Holder for Finance and Highways"),
  c(4403, "Gordon Whitlock", "Conservative", "Harrow Weald", "Portfolio Holder for Housing"),
  c(4404, "Meera Chauhan", "Conservative", "Canons", "Portfolio Holder for Children's Services"),
  c(4405, "Simon Radley", "Conservative", "Hatch End", "Portfolio Holder for Planning and Regeneration"),
  c(4406, "Farida Qureshi", "Conservative", "Kenton West", "Portfolio Holder for Adult Services and Public Health"),
  c(4407, "Peter Hollins", "Conservative", "Belmont", "Portfolio Holder for Environment and Community Safety"),
  c(4408, "Anjali Mistry", "Conservative", "Centenary", "Portfolio Holder for Community and Culture"),
  c(4409, "Jonathan Fenwick", "Conservative", "Pinner South", "Chair of the Overview and Scrutiny Committee"),
  c(4410, "Sushila Hirani", "Conservative", "Headstone", "Chair of the Corporate Parenting Panel"),
  c(4411, "David Okonkwo", "Conservative", "Hatch End", "Chair of the Planning Committee"),
  c(
    4412,
    "Caroline Brett",
    "Conservative",
    "Harrow Weald",
    "Chair of the Governance, Audit, Risk Management and Standards Committee",
  ),
  c(4413, "Helen Marchetti", "Conservative", "Rayners Lane"),
  c(4414, "Robert Ainsley", "Conservative", "Stanmore"),
  c(4415, "Kiran Jethwa", "Conservative", "Belmont"),
  c(4416, "Nitin Thakrar", "Conservative", "Kenton West"),
  c(4417, "Elaine Cartwright", "Conservative", "North Harrow"),
  // Labour opposition.
  c(4420, "Angela Brennan", "Labour", "Wealdstone North", "Leader of the Opposition"),
  c(4421, "Tariq Mahmood", "Labour", "Roxbourne"),
  c(4422, "Deepa Raval", "Labour", "Kenton East"),
  c(4423, "Colin Hargreaves", "Labour", "Marlborough"),
  c(4424, "Yasmin Farah", "Labour", "Greenhill"),
  c(4425, "Ravi Kulkarni", "Labour", "Roxeth"),
  c(4426, "Lucy Adebayo", "Labour", "Wealdstone South"),
  c(4427, "Sean Gallagher", "Labour", "South Harrow"),
  c(4428, "Neelam Bhatt", "Labour", "Edgware"),
  c(4429, "Charlotte Pereira", "Labour", "Headstone"),
  // Independent.
  c(4430, "Hannah Lister", "Independent", "West Harrow"),
  // Named in the seed summaries (O&S special meeting of 8 July 2025).
  c(2864, "Paul Osborn", "Conservative", "Pinner", undefined, "03/05/2018"),
  c(1917, "Graham Henson", "Labour", "Marlborough", undefined, "04/05/2006"),
  c(2871, "June Baxter", "Conservative", "Harrow on the Hill", undefined, "03/05/2018"),
  c(3305, "Matthew Goodwin-Freeman", "Conservative", "Pinner South", undefined, "05/05/2022"),
];

function c(
  uid: number,
  name: string,
  party: Councillor["party"],
  ward: string,
  keyPosts?: string,
  termStart = "05/05/2022",
): Councillor {
  const email = `councillor.${name.toLowerCase().replace(/[^a-z]+/g, ".")}@harrow.gov.uk`;
  return { uid, name, party, ward, keyPosts, email, termStart };
}

export function councillor(uid: number): Councillor {
  const found = councillors.find((x) => x.uid === uid);
  if (!found) throw new Error(`unknown councillor UID ${uid}`);
  return found;
}

// Officers. Parmjit Chahal is named in the seed summaries; everyone else is fictional. Telephone numbers use
// Ofcom's drama range (020 7946 0xxx) so none can ring a real line.
export const officers: Officer[] = [
  {
    key: "dso-cpp",
    name: "Nadia Rahman",
    jobTitle: "Senior Democratic and Electoral Services Officer",
    tel: "020 7946 0412",
    email: "nadia.rahman@harrow.gov.uk",
  },
  {
    key: "dso-scrutiny",
    name: "Owen Pritchard",
    jobTitle: "Democratic and Electoral Services Officer",
    tel: "020 7946 0418",
    email: "owen.pritchard@harrow.gov.uk",
  },
  {
    key: "dso-cabinet",
    name: "Lydia Carmichael",
    jobTitle: "Senior Democratic and Electoral Services Officer",
    tel: "020 7946 0405",
    email: "lydia.carmichael@harrow.gov.uk",
  },
  {
    key: "dso-planning",
    name: "Harpreet Dhillon",
    jobTitle: "Democratic and Electoral Services Officer",
    tel: "020 7946 0427",
    email: "harpreet.dhillon@harrow.gov.uk",
  },
  {
    key: "dso-garms",
    name: "Michael Osei",
    jobTitle: "Democratic and Electoral Services Officer",
    tel: "020 7946 0433",
    email: "michael.osei@harrow.gov.uk",
  },
  { key: "chahal", name: "Parmjit Chahal", jobTitle: "Strategic Director of Children's Services" },
  { key: "ceo", name: "Catherine Doyle", jobTitle: "Chief Executive" },
  { key: "s151", name: "Sharon Beckett", jobTitle: "Director of Finance and Assurance (Section 151 Officer)" },
  { key: "mo", name: "Dawn Whitby", jobTitle: "Director of Legal and Governance Services (Monitoring Officer)" },
  { key: "dcsc", name: "Joanne Akande", jobTitle: "Director of Children's Social Care" },
  { key: "hos-cla", name: "Martin Keane", jobTitle: "Head of Service, Children Looked After" },
  { key: "vs-head", name: "Ruth Abiola", jobTitle: "Head of the Virtual School" },
  { key: "participation", name: "Leon Hart", jobTitle: "Participation and Engagement Manager" },
  { key: "cla-nurse", name: "Grace Mensah", jobTitle: "Designated Nurse for Children Looked After, CNWL" },
  { key: "planning-chief", name: "Alastair Grey", jobTitle: "Chief Planning Officer" },
  { key: "planning-legal", name: "Fiona McLeod", jobTitle: "Planning Lawyer" },
  { key: "planning-team", name: "Ben Sutcliffe", jobTitle: "Team Leader, Development Management" },
  { key: "housing-director", name: "Kwame Asante", jobTitle: "Director of Housing" },
  { key: "repairs-head", name: "Julie Fairbrother", jobTitle: "Head of Housing Repairs and Maintenance" },
  { key: "scrutiny-officer", name: "Priya Nair", jobTitle: "Head of Policy and Scrutiny" },
  { key: "audit-head", name: "Susan Darby", jobTitle: "Head of Internal Audit and Corporate Anti-Fraud" },
  { key: "dph", name: "Dr Anita Kaur", jobTitle: "Director of Public Health" },
  { key: "asc-director", name: "Paul Whitmore", jobTitle: "Director of Adult Social Care" },
  { key: "place-director", name: "Tom Ferris", jobTitle: "Strategic Director of Place" },
  { key: "nhs-borough", name: "Lisa Conroy", jobTitle: "Borough Director, NHS North West London (Harrow)" },
];

export function officer(key: string): Officer {
  const found = officers.find((x) => x.key === key);
  if (!found) throw new Error(`unknown officer key ${key}`);
  return found;
}

/** ModernGov's party abbreviations in GetMeeting attendees. */
export function partyCode(party: Councillor["party"]): string {
  return { Conservative: "CON", Labour: "LAB", Independent: "IND", "Liberal Democrat": "LD" }[party];
}

/** ModernGov stores photos under UserData/{reversed last three digits}/Info{uid padded to 8}/. */
export function photoPath(uid: number, size: "smallpic" | "bigpic"): string {
  const digits = String(uid).padStart(3, "0").slice(-3).split("").reverse().join("/");
  return `UserData/${digits}/Info${String(uid).padStart(8, "0")}/${size}.jpg`;
}
