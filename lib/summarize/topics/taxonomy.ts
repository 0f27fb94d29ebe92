// The topic taxonomy for a London borough's committee business. Each topic has a stable slug (stored with tags,
// so never rename one), a name and description for pages, and patterns: phrases that are evidence of the topic
// when they occur in a title, agenda text, minute or report. Patterns are case-insensitive whole-word phrases;
// prefer specific phrases ("care leavers") to broad words ("care") so that a tag can be trusted.

export interface Topic {
  slug: string;
  name: string;
  description: string;
  patterns: string[];
}

export const TOPICS: Topic[] = [
  {
    slug: "childrens-services",
    name: "Children's services",
    description: "Children's social care, children in care, care leavers, safeguarding and fostering.",
    patterns: ["children's services", "children in care", "children looked after", "looked after children", "care leavers?", "leaving care", "corporate parenting", "safeguarding children", "child protection", "fostering", "foster carers?", "adoption", "ILACS", "unaccompanied asylum[- ]seeking children", "UASC", "missing from care", "personal advis[eo]rs?", "pathway plans?", "youth justice", "early help", "MASH", "LADO"],
  },
  {
    slug: "education",
    name: "Education and schools",
    description: "Schools, school places, attainment, special educational needs and the virtual school.",
    patterns: ["schools?", "school places", "pupils?", "GCSEs?", "key stage \\d", "attainment", "virtual school", "SEND", "SENDAP", "special educational needs", "EHCPs?", "education, health and care plans?", "dedicated schools grant", "DSG", "academ(y|ies)", "universit(y|ies)", "apprenticeships?"],
  },
  {
    slug: "adult-social-care",
    name: "Adult social care",
    description: "Care and support for adults, older people, carers and people with disabilities.",
    patterns: ["adult social care", "adults' services", "care homes?", "home care", "domiciliary care", "unpaid carers", "carers' strategy", "safeguarding adults", "learning disabilit(y|ies)", "older people", "reablement", "care act"],
  },
  {
    slug: "health",
    name: "Health and wellbeing",
    description: "Public health, the NHS locally, mental health and the Health and Wellbeing Board.",
    patterns: ["public health", "health services", "NHS", "mental health", "CAMHS", "health and wellbeing", "integrated care (board|system)", "ICB", "GPs?", "hospitals?", "pharmac(y|ies|eutical)", "health assessments?", "immunisations?", "vaccinations?", "obesity", "smoking"],
  },
  {
    slug: "housing",
    name: "Housing",
    description: "Council housing, homelessness, temporary accommodation, private renting and housing supply.",
    patterns: ["housing", "homeless(ness)?", "temporary accommodation", "council homes?", "social housing", "affordable homes?", "tenants?", "landlords?", "HMOs?", "houses? in multiple occupation", "housing revenue account", "HRA", "rough sleep(ing|ers)"],
  },
  {
    slug: "planning",
    name: "Planning and development",
    description: "Planning applications, the Local Plan, conservation areas and regeneration.",
    patterns: ["planning applications?", "planning permission", "local plan", "conservation areas?", "listed buildings?", "regeneration", "developers?", "section 106", "S106", "community infrastructure levy", "CIL", "HSDP", "P/\\d{4}/\\d{2}", "PL/\\d{4}/\\d{2}", "areas of special character"],
  },
  {
    slug: "transport-roads",
    name: "Transport, roads and parking",
    description: "Roads, traffic, parking, cycling, road safety and public transport.",
    patterns: ["traffic", "parking", "controlled parking zones?", "CPZs?", "road safety", "highways?", "cycl(e|ing|eway)s?", "school streets?", "footways?", "pavements?", "TfL", "transport for london", "buses", "red routes?", "speed limits?", "potholes?", "concessionary travel"],
  },
  {
    slug: "environment",
    name: "Environment and climate",
    description: "Climate action, air quality, waste and recycling, parks and green spaces.",
    patterns: ["climate", "carbon", "net zero", "air quality", "ULEZ", "waste", "recycling", "fly[- ]tipping", "parks?", "green spaces?", "trees", "biodiversity", "flood(ing)?", "street cleansing", "environmental"],
  },
  {
    slug: "budget-finance",
    name: "Budget and finance",
    description: "The council's budget, council tax, spending, savings, audits and financial monitoring.",
    patterns: ["budget", "council tax", "revenue monitoring", "capital programme", "outturn", "overspend", "underspend", "savings", "medium term financial strategy", "MTFS", "treasury management", "statement of accounts", "external audit", "internal audit", "business rates", "fees and charges", "£\\d[\\d,.]*\\s?(m|million|bn|billion)\\b"],
  },
  {
    slug: "community-safety",
    name: "Community safety",
    description: "Crime, antisocial behaviour, policing, violence against women and girls, and exploitation.",
    patterns: ["community safety", "crime", "anti-?social behaviour", "police", "policing", "knife crime", "violence against women and girls", "VAWG", "domestic abuse", "exploitation", "gangs?", "CCTV", "PSPOs?", "public spaces? protection orders?", "custody", "probation"],
  },
  {
    slug: "licensing",
    name: "Licensing",
    description: "Premises licences, alcohol and entertainment licensing, taxis and gambling.",
    patterns: ["licensing", "premises licen[cs]es?", "licensing act", "alcohol licen[cs]e", "taxis?", "private hire", "gambling", "street trading"],
  },
  {
    slug: "leisure-culture",
    name: "Leisure, culture and libraries",
    description: "Leisure centres, libraries, arts, events and sport.",
    patterns: ["leisure centres?", "leisure management", "libraries", "library", "arts centre", "culture", "heritage", "sports?", "events", "museums?"],
  },
  {
    slug: "economy-employment",
    name: "Economy and employment",
    description: "Jobs, skills, business support, town centres and the local economy.",
    patterns: ["employment", "unemployment", "jobs", "skills", "town centres?", "high streets?", "local economy", "economic development", "businesses", "learn & work", "into work", "cost of living", "household support fund"],
  },
  {
    slug: "equalities-community",
    name: "Equalities and communities",
    description: "Equality, diversity and inclusion, community cohesion and the voluntary sector.",
    patterns: ["equalit(y|ies)", "diversity", "inclusion", "protected characteristics?", "race equality", "community cohesion", "voluntary sector", "faith groups?", "refugees?", "asylum"],
  },
  {
    slug: "governance",
    name: "Governance and democracy",
    description: "How the council is run: constitution, scrutiny, standards, elections, appointments and risk.",
    patterns: ["constitution", "scrutiny", "standards", "code of conduct", "elections?", "appointments?", "governance", "risk management", "risk register", "annual governance statement", "call-in", "key decision", "monitoring officer", "dispensations?", "motions?", "petitions?"],
  },
  {
    slug: "workforce",
    name: "Council workforce",
    description: "Council staff, recruitment, pay, agency staff and employee relations.",
    patterns: ["workforce", "recruitment", "agency staff", "staff turnover", "employees", "pay policy", "pensions?", "pension fund", "pension board", "trade unions?", "newly qualified social workers"],
  },
  {
    slug: "procurement-contracts",
    name: "Procurement and contracts",
    description: "Contracts, tenders and commissioning of services.",
    patterns: ["procurement", "contracts?", "tenders?", "commissioning", "framework agreement", "suppliers?"],
  },
];
