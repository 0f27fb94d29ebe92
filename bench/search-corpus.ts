// Council-report-like text for the search benchmark: deterministic (seeded), with a Zipf-ish vocabulary so that
// some words are in nearly every paper ("council", "report") and others in a handful (a street, an application
// reference), which is what makes full-text queries cheap or expensive in practice.

/** mulberry32: small, fast, seedable; Math.random cannot be replayed. */
export function createRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const COMMITTEES = [
  "Cabinet",
  "Council",
  "Overview and Scrutiny Committee",
  "Planning Committee",
  "Licensing Panel",
  "Corporate Parenting Panel",
  "Health and Wellbeing Board",
  "Audit and Governance Committee",
  "Pension Fund Committee",
  "Traffic and Road Safety Advisory Panel",
  "Employees' Consultative Forum",
  "Standards Committee",
  "Health and Social Care Scrutiny Sub-Committee",
  "Performance and Finance Scrutiny Sub-Committee",
  "Schools Forum",
  "Tenants, Leaseholders and Residents' Consultative Forum",
  "Climate Change Board",
  "Harrow Youth Parliament",
];

const SUBJECTS = [
  "children's services",
  "adult social care",
  "temporary accommodation",
  "the housing revenue account",
  "the capital programme",
  "the medium term financial strategy",
  "special educational needs",
  "care leavers",
  "the waste and recycling service",
  "parking enforcement",
  "the local plan",
  "homelessness prevention",
  "the dedicated schools grant",
  "council tax support",
  "the Harrow Council Hub",
  "public health",
  "air quality",
  "highways maintenance",
  "the libraries service",
  "youth services",
  "fostering recruitment",
  "domestic abuse services",
  "leisure centres",
  "the pension fund",
  "the regeneration programme",
];

const PLACES = [
  "Wealdstone",
  "Pinner",
  "Stanmore",
  "Edgware",
  "Rayners Lane",
  "Harrow on the Hill",
  "Hatch End",
  "Kenton",
  "Belmont",
  "Roxeth",
  "Greenhill",
  "Headstone",
  "Marlborough",
  "Canons",
  "Queensbury",
  "North Harrow",
  "South Harrow",
  "West Harrow",
  "Kenmore Avenue",
  "Station Road",
  "Headstone Drive",
  "Greenhill Way",
  "Byron Quarter",
  "Poets Corner",
  "Grange Farm",
];

const VERBS = [
  "noted",
  "agreed",
  "approved",
  "considered",
  "recommended",
  "requested",
  "welcomed",
  "endorsed",
  "questioned",
  "deferred",
];
const ROLES = [
  "the Corporate Director of People",
  "the Director of Finance",
  "the Portfolio Holder",
  "the Chief Executive",
  "the Head of Planning",
  "the Monitoring Officer",
  "the Strategic Director of Children's Services",
  "officers",
  "Members",
];
const MEASURES = [
  "overspend",
  "underspend",
  "budget gap",
  "savings target",
  "vacancy rate",
  "caseload",
  "waiting list",
  "completion rate",
  "satisfaction score",
  "collection rate",
  "net cost",
  "forecast outturn",
];

const TEMPLATES: ((r: Pick<Words, "pick" | "num" | "year" | "ref">) => string)[] = [
  (w) =>
    `The report set out the position on ${w.pick(SUBJECTS)} for ${w.year()} and the risks to the ${w.pick(MEASURES)}.`,
  (w) => `Members ${w.pick(VERBS)} the update from ${w.pick(ROLES)} on ${w.pick(SUBJECTS)} in ${w.pick(PLACES)}.`,
  (w) =>
    `The ${w.pick(MEASURES)} for ${w.pick(SUBJECTS)} was £${w.num(1, 900)}k against a budget of £${w.num(1, 40)}m.`,
  (w) =>
    `In response to questions, ${w.pick(ROLES)} explained that ${w.num(2, 400)} households in ${w.pick(PLACES)} were affected.`,
  (w) =>
    `Planning application ${w.ref()} for land at ${w.num(1, 300)} ${w.pick(PLACES)} proposes ${w.num(2, 240)} homes, of which ${w.num(5, 50)}% affordable.`,
  (w) =>
    `The Committee ${w.pick(VERBS)} that the consultation on ${w.pick(SUBJECTS)} would run for ${w.num(4, 12)} weeks from ${w.year()}.`,
  (w) =>
    `Table ${w.num(1, 30)} shows the ${w.pick(MEASURES)} by quarter; the ${w.pick(MEASURES)} improved in ${w.pick(PLACES)}.`,
  (w) => `RESOLVED: That the ${w.pick(VERBS)} recommendations on ${w.pick(SUBJECTS)} be referred to Cabinet.`,
  (w) =>
    `Equalities implications: the proposals on ${w.pick(SUBJECTS)} were assessed and no adverse impact was identified.`,
  () => `Legal implications: the council has a statutory duty under the Children Act 1989 and the Care Act 2014.`,
  (w) =>
    `Financial implications: the ${w.pick(MEASURES)} of £${w.num(10, 999)},000 will be met from reserves in ${w.year()}.`,
  (w) => `Risk ${w.num(1, 60)}: failure to deliver ${w.pick(SUBJECTS)} within the ${w.pick(MEASURES)} is rated amber.`,
];

interface Words {
  pick<T>(list: readonly T[]): T;
  num(min: number, max: number): number;
  year(): string;
  ref(): string;
}

export function createWords(random: () => number): Words {
  // Squaring skews picks towards the start of each list: a few subjects dominate, as in real papers.
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() ** 2 * list.length)]!;
  const num = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  return {
    pick,
    num,
    year: () => `${num(2019, 2027)}/${String(num(20, 28))}`,
    ref: () => `P/${String(num(1, 4999)).padStart(4, "0")}/${num(19, 26)}`,
  };
}

/** One paper's text: paragraphs of sentences, pages separated by form feeds, about `bytes` long. */
export function writeReportText(random: () => number, bytes: number): string {
  const w = createWords(random);
  const pages: string[] = [];
  let page = "";
  let length = 0;
  while (length < bytes) {
    const sentence = TEMPLATES[Math.floor(random() * TEMPLATES.length)]!(w);
    page += (random() < 0.2 ? "\n\n" : " ") + sentence;
    length += sentence.length + 1;
    if (page.length > 3000) {
      pages.push(page.trim());
      page = "";
    }
  }
  if (page) pages.push(page.trim());
  return pages.join("\f");
}

export function writeItemTitle(random: () => number): string {
  const w = createWords(random);
  const subject = w.pick(SUBJECTS);
  return random() < 0.3
    ? `${w.pick(PLACES)}: ${subject} update`
    : `${subject[0]!.toUpperCase()}${subject.slice(1)} - quarterly report`;
}

export function writeOverview(random: () => number, committee: string): string {
  const w = createWords(random);
  return (
    `The ${committee} met to discuss ${w.pick(SUBJECTS)} and ${w.pick(SUBJECTS)}. ` +
    `It ${w.pick(VERBS)} a report on ${w.pick(SUBJECTS)} in ${w.pick(PLACES)} and ${w.pick(VERBS)} the ${w.pick(MEASURES)}.`
  );
}
