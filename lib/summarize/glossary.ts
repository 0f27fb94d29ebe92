// Abbreviations and terms found in Harrow's committee papers, explained for residents. A footnote is added only
// when the term appears in the summary itself. Add entries freely: each needs the term exactly as papers write it
// (matching is case-sensitive for abbreviations, so "PA" is not found in "PAY") and a one-sentence explanation.

export interface GlossaryEntry {
  term: string;
  explanation: string;
  /** Other spellings that count as the same term ("DNA's", "PAs" are handled by the plural rule). */
  aliases?: string[];
}

export const GLOSSARY: GlossaryEntry[] = [
  { term: "CLA", explanation: "Children Looked After: children in the care of the council." },
  { term: "CiC", explanation: "Children in Care: another name for children looked after by the council." },
  { term: "PA", explanation: "Personal Adviser: the worker who supports a care leaver up to age 25." },
  { term: "CAMHS", explanation: "Child and Adolescent Mental Health Services." },
  { term: "DfE", explanation: "Department for Education." },
  { term: "EET", explanation: "Education, Employment and Training." },
  { term: "ETE", explanation: "Education, Training and Employment." },
  { term: "NEET", explanation: "Not in Education, Employment or Training." },
  { term: "DNA", explanation: "Did Not Attend: a missed appointment." },
  {
    term: "ILACS",
    explanation:
      "Inspection of Local Authority Children's Services: Ofsted's framework for inspecting councils' children's services.",
  },
  {
    term: "Ofsted",
    explanation:
      "The Office for Standards in Education, Children's Services and Skills, which inspects schools and children's services.",
  },
  { term: "SEND", explanation: "Special Educational Needs and Disabilities." },
  { term: "SENDAP", explanation: "Special Educational Needs, Disabilities and Alternative Provision." },
  {
    term: "EHCP",
    explanation: "Education, Health and Care Plan: a legal document setting out the support a child with SEND needs.",
  },
  { term: "UASC", explanation: "Unaccompanied Asylum-Seeking Children." },
  { term: "YJS", explanation: "Youth Justice Service." },
  {
    term: "LADO",
    explanation: "Local Authority Designated Officer: handles allegations against adults who work with children.",
  },
  {
    term: "MASH",
    explanation:
      "Multi-Agency Safeguarding Hub: where council, police and health staff assess concerns about children.",
  },
  { term: "RHC", explanation: "Return Home Conversation: a talk with a child after they have been missing." },
  { term: "RHI", explanation: "Return Home Interview: a talk with a child after they have been missing." },
  { term: "IHA", explanation: "Initial Health Assessment: the health check when a child comes into care." },
  { term: "RHA", explanation: "Review Health Assessment: the regular health check of a child in care." },
  { term: "CNWL", explanation: "Central and North West London NHS Foundation Trust." },
  { term: "EDT", explanation: "Emergency Duty Team: the council's out-of-hours social care service." },
  { term: "KPI", explanation: "Key Performance Indicator." },
  { term: "LGA", explanation: "Local Government Association." },
  { term: "DSG", explanation: "Dedicated Schools Grant: government funding for schools and high-needs education." },
  { term: "MTFS", explanation: "Medium Term Financial Strategy: the council's budget plan for the next few years." },
  { term: "HRA", explanation: "Housing Revenue Account: the ring-fenced account for council housing." },
  {
    term: "CIL",
    explanation: "Community Infrastructure Levy: a charge on new development to fund local infrastructure.",
  },
  {
    term: "S106",
    explanation: "A Section 106 agreement: obligations a developer signs up to as part of a planning permission.",
  },
  { term: "HMO", explanation: "House in Multiple Occupation: a home shared by several households." },
  { term: "CPZ", explanation: "Controlled Parking Zone." },
  { term: "ULEZ", explanation: "Ultra Low Emission Zone." },
  { term: "TfL", explanation: "Transport for London." },
  { term: "PSPO", explanation: "Public Spaces Protection Order." },
  { term: "HSDP", explanation: "Harrow Strategic Development Partnership: the council's regeneration partnership." },
  { term: "ICB", explanation: "Integrated Care Board: the NHS body that plans health services locally." },
  { term: "NHS", explanation: "National Health Service." },
  { term: "GLA", explanation: "Greater London Authority." },
  { term: "MOPAC", explanation: "Mayor's Office for Policing And Crime." },
  { term: "EqIA", explanation: "Equality Impact Assessment." },
  { term: "GCSE", explanation: "General Certificate of Secondary Education: exams usually taken at 16." },
  { term: "PEP", explanation: "Personal Education Plan: part of a child in care's care plan." },
  { term: "LAC", explanation: "Looked After Children: children in the care of the council." },
  {
    term: "Local Offer",
    explanation:
      "Information about the support and services available to care leavers (or to children with SEND) in an area.",
  },
  {
    term: "Virtual School",
    explanation: "The council team that oversees the education of children in its care, wherever they go to school.",
  },
];
