import { clipWords, upperFirst } from "../text/sentences";

// Planning minutes, one line per application: address, reference, proposal, the officers' recommendation, the
// decision and the vote, flagged when the committee went against the officers. Harrow's planning minutes give each
// application as "1/01 Address – PL/1874/26. PROPOSAL: … DECISION: GRANTED … The Committee voted 5 in favour, 2
// against." (several applications can share one minute); the agenda's "RECOMMENDATION: GRANT" or the minute's "as
// recommended by officers" / "against the officer recommendation" give the officers' view.

export interface PlanningApplication {
  number: string | null;
  address: string;
  reference: string;
  proposal: string | null;
  /** "grant" or "refuse", when the minute or agenda says */
  officers: "grant" | "refuse" | null;
  decision: "granted" | "refused" | "deferred" | "withdrawn" | null;
  /** e.g. "5 in favour, 2 against"; "unanimously" */
  vote: string | null;
  againstOfficers: boolean;
  /** what the decision adds beyond its verb ("With condition 4 amended…", "Reasons: (1) …"), or why a refusal was made (clipped) */
  detail: string | null;
  /** the minute's own words for going against the officers, when it uses them */
  againstWording: string | null;
}

const REF = String.raw`(?:P|PL)\/\d{3,5}\/\d{2}`;
const HEAD = new RegExp(
  String.raw`(?:^|\s)\s*(?:(\d\/\d{2})\s+)?([A-Z0-9][^.\n]{3,160}?)\s*[\u2013-]\s*(${REF})\b\.?`,
  "g",
);

// An older minute's listing (2005-2011): "(1) 12 HILL RISE, PINNER, HA5 3XY (APPLICATION 2/03)", then "Reference:
// P/0917/10/LB – (Mr J Patel). Single Storey Rear Extension." and the "DECISION:".
const OLD_HEAD = new RegExp(
  String.raw`\(\d{1,2}\)\s+([A-Z0-9][^\n]{3,200}?)\s*\(APPLICATION (\d\/\d{2})\)\s+Reference:\s*(${REF})(?:\/[A-Z]+)*\s*(?:[\u2013-]\s*)?(?:\([^)]*\)\.?\s*)?`,
  "g",
);

/** "ORCHARD WAY & BEECH CLOSE, HARROW, HA3 9QQ" -> "Orchard Way & Beech Close, Harrow, HA3 9QQ" (postcodes kept). */
const addressCase = (address: string) =>
  /[a-z]/.test(address)
    ? address
    : address.replace(/\b([A-Z])([A-Z'\u2019]+)\b/g, (word, first: string, rest: string) =>
        /\d/.test(word) ? word : `${first}${rest.toLowerCase()}`,
      );

/** The words a decision's detail (its conditions, or why it was refused) is held to. */
const DETAIL_WORDS = 45;

/** ", contrary to Policy DM 1 of the Harrow Development Management Policies Local Plan (2013)": the plan cited. */
const CITED_POLICY =
  /,\s+contrary to (?:the )?(?:(?:saved )?polic(?:y|ies)|paragraphs?|the (?:London|Local) Plan)\b[^;]*$/i;

/**
 * A refusal's reason longer than the words it is held to: the harm is the reason ("would be overbearing on 21 Elmcroft
 * Crescent and would cause a loss of outlook and light to that house"), and the policy it offends, cited at its end
 * (", contrary to Policy DM 1 of …"), is the plan's reference, which goes first, before the reason is ever cut.
 * A reason within the words keeps its citation.
 */
export function withoutCitedPolicy(reason: string, words: number): string {
  if (reason.split(/\s+/).length <= words) return reason;
  return reason.replace(CITED_POLICY, "");
}

const firstSentence = (text: string) => /^(.+?\.)(?:\s|$)/.exec(text)?.[1]?.replace(/\.$/, "") ?? text;

function readOne(number: string | null, address: string, reference: string, body: string): PlanningApplication {
  const proposal = /PROPOSAL:\s*(.+?)(?=\s+(?:The Committee|Members|DECISION|RECOMMENDATION)\b|$)/s.exec(body)?.[1];
  const decisionWord =
    /DECISION:\s*(GRANTED|REFUSED|APPROVED|DEFERRED|WITHDRAWN)/i.exec(body)?.[1]?.toUpperCase() ??
    (withdrawnBeforeDecision(body) ? "WITHDRAWN" : undefined);
  const decision =
    decisionWord === "GRANTED" || decisionWord === "APPROVED"
      ? "granted"
      : decisionWord === "REFUSED"
        ? "refused"
        : decisionWord === "DEFERRED"
          ? "deferred"
          : decisionWord === "WITHDRAWN"
            ? "withdrawn"
            : null;
  const against = /\b(against|contrary to) the officers?'? (recommendation|advice)\b|\boverturn/i.test(body);
  const asRecommended = /\bas recommended by (the )?officers\b|\bin line with the officers?'? recommendation\b/i.test(
    body,
  );
  const stated =
    /RECOMMENDATION:\s*(GRANT|REFUSE|APPROVE)/i.exec(body)?.[1]?.toUpperCase() ??
    /\brecommended (grant|refusal|approval)\b/i.exec(body)?.[1]?.toUpperCase() ??
    // "the report of the Chief Planning Officer, which recommended that planning permission be granted subject to …"
    /\brecommended that (?:planning )?(?:permission|consent) be (granted|refused)\b/i.exec(body)?.[1]?.toUpperCase() ??
    // "The Committee was asked to: 1) agree the reasons for approval … and 2) grant planning permission …": the
    // officers' recommendation, as Harrow's minutes put it before the decision.
    /\bThe Committee was asked to\b[\s\S]*?\b(grant|refuse)\b(?= planning permission)/i
      .exec(body)?.[1]
      ?.toUpperCase() ??
    null;
  let officers: PlanningApplication["officers"] = stated ? (/^REFUS/.test(stated) ? "refuse" : "grant") : null;
  if (!officers && decision && (decision === "granted" || decision === "refused")) {
    if (asRecommended) officers = decision === "granted" ? "grant" : "refuse";
    else if (against) officers = decision === "granted" ? "refuse" : "grant";
  }
  const clause =
    /DECISION:\s*(?:GRANTED|REFUSED|APPROVED|DEFERRED|WITHDRAWN)\b[,:]?\s*(.+?)(?=\s+The Committee voted\b|$)/is.exec(
      body,
    )?.[1] ?? "";
  const detailText = clause
    // "GRANTED planning permission, subject to …": the decision word already says what was granted.
    .replace(/^(?:planning permission|permission|consent|listed building consent)\b[,;]?\s*/i, "")
    .replace(
      /^(as recommended by (the )?officers|against the officers?'? recommendation|contrary to the officers?'? (advice|recommendation))[,;]?\s*/i,
      "",
    )
    .replace(
      /^(subject to|for) the (conditions|reasons) (set out|contained) in the (report|addendum)( and (the )?addendum)?[,.;]?\s*/i,
      "",
    )
    .replace(/^for the following reasons:\s*/i, "Reasons: ")
    .replace(/^and (?=an? (?:additional|further|extra) conditions?\b)/i, "with ")
    .replace(/\s+/g, " ")
    .trim();
  const againstWording = /\b(against|contrary to) the officers?'? (recommendation|advice)\b/i.exec(body)?.[0] ?? null;
  const voteText =
    /\bvoted\s+(unanimously[^.]*|\d+ in favour[^.]*)/i.exec(body)?.[1] ??
    votesTo(body) ??
    (/\bunanimous(ly)?\b/i.test(body)
      ? "unanimously"
      : // "The Committee wished it to be recorded that the decision to grant the application was by a majority of
        // votes. Councillors A and B voted for …": the names are on the meeting page; the line says it was split.
        /\bdecision to (?:grant|refuse|approve)[^.]{0,40}\bwas by a majority of (?:the )?votes?\b/i.test(body)
        ? "by a majority"
        : null);
  const vote = voteText
    ? voteText
        .replace(/\s*\((\d+ in favour, \d+ against)\)/, " ($1)")
        .replace(/\s+/g, " ")
        .trim()
    : null;
  return {
    number,
    address: address.replace(/\s+/g, " ").trim(),
    reference,
    proposal: proposal ? clipWords(firstSentence(proposal.replace(/\s+/g, " ").trim()), 28) : null,
    officers,
    decision,
    vote,
    detail:
      detailText &&
      (/\b(amended|reasons?|condition \d|except|added|deleted|not used|no later than|(?:additional|further|extra) conditions?)\b/i.test(
        detailText,
      ) ||
        // "DEFERRED for a Member Site Visit": why it was put off.
        (decision === "deferred" && /^(?:for|to|until|pending)\b/i.test(detailText)))
        ? upperFirst(clipWords(withoutCitedPolicy(firstSentence(detailText), DETAIL_WORDS), DETAIL_WORDS))
        : decision === "refused"
          ? harmFound(body)
          : null,
    againstWording,
    againstOfficers:
      against ||
      (officers !== null &&
        decision !== null &&
        (officers === "grant") !== (decision === "granted") &&
        (decision === "granted" || decision === "refused")),
  };
}

/**
 * The count the minute gives as "carried by 5 votes to 3" or "refused by 6 votes to 2, with one abstention": "5 votes
 * to 3". The last such count is the application's, as an amendment's vote comes before the decision's.
 */
function votesTo(body: string): string | null {
  const counts = [...body.matchAll(/\bby (\d+) votes? to (\d+)(,? with (?:one|two|three|four|\d+) abstentions?)?/gi)];
  const last = counts[counts.length - 1];
  return last ? `${last[1]} votes to ${last[2]}${last[3] ? `, ${last[3].replace(/^,?\s*/, "")}` : ""}` : null;
}

/**
 * An application the applicant withdrew before the committee decided it: "The Committee noted that the application
 * had been withdrawn by the applicant … and was not considered." Its minute has no "DECISION:".
 */
function withdrawnBeforeDecision(body: string): boolean {
  return /\b(?:application|it) (?:had been|has been|was) withdrawn\b/i.test(body);
}

/**
 * A refusal "for the reasons in the report" still says why in the minute's narrative: "Members agreed with officers
 * that the proposal would fail to preserve … the Conservation Area". That sentence, clipped, is the reason given.
 */
function harmFound(body: string): string | null {
  const sentence = body
    .replace(/\s+/g, " ")
    .split(/(?<=\.)\s+(?=[A-Z])/)
    .find(
      (x) =>
        /\b(proposal|development|scheme|extension|dwelling|building)s? would (harm|fail|result in|cause|be (harmful|detrimental|out of))/i.test(
          x,
        ) && !/^(DECISION|PROPOSAL)\b/.test(x),
    );
  return sentence ? clipWords(sentence.replace(/\.$/, ""), 40) : null;
}

/** The applications a planning minute decides; [] when the text is not a planning minute with a decision. */
export function parsePlanningApplications(text: string | null | undefined): PlanningApplication[] {
  if (!text || !/DECISION:/i.test(text) || !new RegExp(REF).test(text)) return [];
  const heads = [...text.matchAll(HEAD)].filter((m) => !/^(DECISION|PROPOSAL|RECOMMENDATION)\b/i.test(m[2]!));
  const apps: PlanningApplication[] = [];
  const older = heads.length ? [] : [...text.matchAll(OLD_HEAD)];
  older.forEach((m, i) => {
    const start = m.index! + m[0].length;
    const end = i + 1 < older.length ? older[i + 1]!.index! : text.length;
    const body = text.slice(start, end);
    // The description after the applicant is the proposal.
    if (/DECISION:/i.test(body)) apps.push(readOne(m[2]!, addressCase(m[1]!.trim()), m[3]!, `PROPOSAL: ${body}`));
  });
  heads.forEach((m, i) => {
    const start = m.index! + m[0].length;
    const end = i + 1 < heads.length ? heads[i + 1]!.index! : text.length;
    const body = text.slice(start, end);
    if (!/DECISION:/i.test(body)) return;
    apps.push(readOne(m[1] ?? null, m[2]!, m[3]!, body));
  });
  return apps;
}

/**
 * The applications an agenda item decides: those its minute names, or else the one its title names, as Harrow's
 * recent minutes print it ("2/01 Canons Park Academy, Elm Road, HA8 6ZZ PL/0117/26" over a minute that starts at
 * "PROPOSAL:").
 */
export function parseItemApplications(
  item: { number: string | null; title: string },
  text: string | null | undefined,
): PlanningApplication[] {
  const fromText = parsePlanningApplications(text);
  if (fromText.length || !text || !(/DECISION:/i.test(text) || withdrawnBeforeDecision(text))) return fromText;
  const title = item.title.replace(/\s+/g, " ").trim();
  const titled = new RegExp(String.raw`^(?:(\d\/\d{2})\s+)?(.{3,160}?)[,\s\u2013-]+(${REF})\.?$`).exec(title);
  if (!titled) return [];
  const number = titled[1] ?? (item.number && /^\d\/\d{2}$/.test(item.number) ? item.number : null);
  return [readOne(number, titled[2]!, titled[3]!, text)];
}

const OFFICERS = { grant: "as officers recommended", refuse: "as officers recommended" } as const;

/** "5 in favour, 2 against" -> "5 votes to 2"; unanimous votes say so. */
function shortVote(vote: string | null): string {
  if (!vote) return "";
  // "5 votes to 3" reads as it is: "Granted (by 5 votes to 3)".
  if (/^\d+ votes? to \d+/.test(vote)) return ` (by ${vote})`;
  // The council's own words for the vote ("5 in favour, 2 against"): readers search for them.
  return ` (voted ${vote.replace(/^unanimously in favour \((.+)\)$/i, "unanimously, $1")})`;
}

/** "Granted by 5 votes to 2, as officers recommended" / "Refused by 4 votes to 3, against the officers' recommendation to grant". */
export function decisionLine(app: PlanningApplication): string {
  const outcome = app.decision ? upperFirst(app.decision) : "No decision recorded";
  const view = app.againstOfficers
    ? `, ${app.againstWording ?? "against the officers' recommendation"}${app.officers ? ` to ${app.officers}` : ""}`
    : // A deferral or withdrawal neither follows nor goes against the officers' recommendation.
      app.officers && (app.decision === "granted" || app.decision === "refused")
      ? `, ${OFFICERS[app.officers]}`
      : "";
  return `${outcome}${shortVote(app.vote)}${view}`;
}

/** The application in one line, outcome first: decision, vote, the officers' view, address, reference, proposal. */
export function applicationLine(app: PlanningApplication): string {
  const proposal = app.proposal
    ? ` – ${app.proposal.charAt(0).toLowerCase()}${app.proposal.slice(1).replace(/\.$/, "")}`
    : "";
  const detail = app.detail ? ` ${app.detail.replace(/\.$/, "")}.` : "";
  return `${decisionLine(app)}: ${app.address} (${app.reference})${proposal}.${detail}`.replace(/…\./g, "…");
}
