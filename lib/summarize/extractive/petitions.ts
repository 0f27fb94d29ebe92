import { upperFirst } from "../text/sentences";
import { shortTitles } from "./standing-items";

// A petitions minute read as a resident would want it: one line per petition, saying how many signed, what it asks,
// who presented it and for whom, and where it was sent; never a Decision box, since noting receipt of a petition
// decides nothing (docs/summaries.md#petitions-and-questions). Harrow's minutes word petitions a few ways:
//   "(1) the Leader presented, for Councillors A and B, a petition with 102 signatures asking the Council to look at …"
//   "On behalf of the lead petitioner, Cllr A presented a petition with 17 signatures about …"
//   "To receive a petition that Councillor A presented on behalf of 44 residents."
//   "Cabinet (25 July 2024) had referred to the Panel a petition of 90 signatures asking for …"
//   "Petition submitted by A containing 52 signatures in relation to …" … "[The petitions stood referred to …]"
// followed by a resolution that sends them on ("RESOLVED: That the petition be referred to the Corporate Director…").

export interface Petition {
  /** "102 signatures", "over 2,000 signatures", "363 people"; null when the minute gives no count */
  count: string | null;
  /** what it asks, as the minute says it ("road safety measures at the Porlock Avenue crossing") */
  asks: string | null;
  /** whether `asks` is a noun phrase ("road safety measures…") rather than a verb ("asking the Council to restore…") */
  asksIsTopic: boolean;
  /** "the Leader", "Cllr David Ashton" */
  presentedBy: string | null;
  /** "Cllrs Sarah Butterworth and Dan Anderson", "Chester Drive residents", "44 residents" */
  presentedFor: string | null;
  /** whether `presentedFor` is whom the petition came from, no presenter being named ("a petition from …") */
  from: boolean;
  /** "Cabinet (25 July 2024) referred it to the Panel" */
  referredHere: string | null;
  /** "referred to the Corporate Director of Place", "to be considered with item 15 (…)" */
  sentOn: string[];
  /** the minute's text breaks off ("asking that …") */
  cut: boolean;
  /** "Two petitions": one entry for several petitions with the same ask */
  several?: string;
}

/** A minute's points: paragraphs and numbered points "(1)", "(ii)", run together or a line each. */
function points(text: string): string[] {
  return text
    .split(/\n\s*\n|\n(?=\s*\((?:\d{1,2}|[ivx]{1,4})\)\s|\s*\[)|(?<=[.:;]|[;,] and)\s+(?=\((?:\d{1,2}|[ivx]{1,4})\)\s)/)
    .map((p) =>
      p
        .replace(/\s+/g, " ")
        .replace(/^\s*(?:RESOLVED\s*:\s*)?(?:\((?:\d{1,2}|[ivx]{1,4})\)\s*)?/, "")
        .trim(),
    )
    .filter(Boolean);
}

/** "To note receipt of these petitions:", "In accordance with Rule 10, the following petitions were received:". */
const LEAD_IN =
  /^(?:(?:in accordance with [^,]{1,40}, |to note that )?the following petitions? (?:was|were|had been) (?:received|presented|submitted):?|to (?:note|record) (?:the )?receipt of (?:these|the following|this|the|two|three|four|\d+) petitions?:?|(?:to note that )?the following petitions? (?:was|were) (?:received|presented):?)\s*/i;

// "signed by 62 residents" counts them; "on behalf of 44 residents" says for whom.
const COUNT =
  /\b(?:with|of|containing|bearing|signed by|carrying)\s+((?:over|more than|about|around|nearly|almost|some)\s+)?(\d[\d,]*(?:\s+and\s+\d[\d,]*)?)\s+(signatures|signatories|people|names|(?<=\bsigned by\s+(?:\S+\s+)?\d[\d,]*\s+)residents)\b( to date\b)?(?:\s+respectively\b)?/i;

/** "on behalf of residents of Elm Avenue, Harrow Weald, requesting …": for whom, up to what the petition asks. */
const ON_BEHALF =
  /^\s*,?\s*on behalf(?: of)? (.+?)(?=,\s*(?:containing|with|signed|bearing|carrying|requesting|asking|calling|about|regarding|concerning)\b|\s+(?:containing|with|signed|bearing|carrying|requesting|regarding)\b|(?<!\b[Nn]o)[.;]|$)/i;

/** ", Portfolio Holder for Housing," after the presenter's name: the office, said in brackets after the name. */
const OFFICE =
  /^\s*,\s*((?:the )?(?:Leader|Deputy Leader|Portfolio Holder|Deputy Mayor|Mayor|Chair|Vice-Chair|Chairman)\b[^,.;]*),/i;

const CONNECTOR =
  /^,?\s*(?:and\s+)?(?:(asking for|calling for|requesting|which (?:requested|asked for|called for|sought)|about|regarding|concerning|in relation(?: to)?|relating to|on the subject of|on)\s+|(asking|calling|objecting|opposing|against|seeking|urging|which (?:asked|called|objected))\b\s*)/i;

/** "asking the Council to look at road safety measures…" -> "road safety measures…": the look is no ask of its own. */
const LOOK_AT =
  /^asking (?:the |Harrow )?(?:Council|Cabinet|Panel|Committee)\s+to\s+(?:look at|look into|consider|review)\s+(?=\S)/i;

/** "that the Council took …", "the Council to keep …": what follows "requesting" is an action, not a topic. */
const ASKS_TO_ACT = /^(?:that\b|(?:the |Harrow )?(?:Council|Cabinet|Panel|Committee)\s+to\b)/i;
/** "the Council to review the waiting restrictions …" -> "the waiting restrictions …". */
const LOOK_AT_OBJECT =
  /^(?:the |Harrow )?(?:Council|Cabinet|Panel|Committee)\s+to\s+(?:look at|look into|consider|review)\s+(?=\S)/i;

/**
 * Where a petition was sent: "… be referred to …", "… to be considered with …", or the resolution's second step, ",
 * and to refer it to the Corporate Director of Place for a response within 28 days" or ", and that the petition be
 * referred to …" (never part of what it asks).
 */
const REFERRAL =
  /(?:,?\s*and that (?:the|this|these) petitions? (?:be|was|were|had been) (?:received and )?(referred to .+?)|\b(?:be|was|were|had been|stood|to be) (?:received and )?(referred to .+?|considered (?:with|under|at) .+?)|,?\s*and (?:to )?refer (?:it|them|the petitions?) (to [A-Z\w].+?))\]?\.?\]?$/i;

/** "referred to the Corporate Director", "to be considered with agenda item 15, …". */
function onward(text: string): string {
  const to = text.replace(/[.\]]+$/, "").trim();
  return /^considered\b/i.test(to) ? `to be ${to}` : to;
}

/** Councillor titles as the standing lines say them. */
function cllr(text: string): string {
  return shortTitles(text).replace(/,$/, "").trim();
}

/** The petition a point describes, or null when it describes none. */
export function parsePetition(point: string): Petition | null {
  const text = point.replace(LEAD_IN, "").replace(/^(?:to receive|to note)(?: (?:the )?receipt of)?\s+/i, "");
  if (!/\bpetitions?\b/i.test(text)) return null;
  const count = COUNT.exec(text);
  const petition: Petition = {
    count: count ? `${count[1] ?? ""}${count[2]} ${count[3]!.toLowerCase()}${count[4] ?? ""}` : null,
    asks: null,
    asksIsTopic: false,
    presentedBy: null,
    presentedFor: null,
    from: false,
    referredHere: null,
    sentOn: [],
    cut: /(?:\u2026|\.\.\.)\s*\]?\.?$/.test(text),
  };
  const at = /\b(?:a|the) petition\b|\b(two|three|four|five|\d+) petitions\b|\bpetitions?\b/i.exec(text)!;
  if (at[1]) petition.several = upperFirst(`${at[1].toLowerCase()} petitions`);
  const before = text.slice(0, at.index).trim();
  let after = text.slice(at.index + at[0].length);

  // Who presented it, and for whom.
  const presented =
    /^On behalf of (.+?),\s+(.+?) (?:presented|submitted|handed in)$/i.exec(before) ??
    /^(.+?) (?:presented|submitted|handed in)(?:,? (?:for|on behalf of) (.+?),?)?$/i.exec(before);
  if (presented) {
    const onBehalf = /^On behalf of/i.test(before);
    petition.presentedBy = cllr(onBehalf ? presented[2]! : presented[1]!);
    petition.presentedFor = presented[onBehalf ? 1 : 2] ? cllr(presented[onBehalf ? 1 : 2]!) : null;
  }
  const referredHere = /^(.+?) had referred (?:it )?to (the [A-Z][\w' -]+?|[A-Z][\w' -]+?)$/.exec(before);
  if (referredHere) petition.referredHere = `referred to ${referredHere[2]} by ${referredHere[1]}`;
  // Words before the petition that say neither who presented it nor who sent it here are not dropped: the minute is
  // left to the general summary.
  if (before && !presented && !referredHere) return null;
  // "a petition that Councillor A presented on behalf of 44 residents", "Petition submitted by A containing …"
  const presentedAfter =
    /^\s*(?:that|which)\s+(.+?)\s+(?:had )?(?:presented|submitted)(?:\s+(?:for|on behalf of)\s+(.+?))?(?=[,.;]|$)/i.exec(
      after,
    ) ??
    /^\s*,?\s*(?:presented|submitted|handed in) by (.+?)(?:,?\s+(?:for|on behalf of)\s+(.+?))?(?=,|\s+(?:containing|with|signed|bearing|carrying)\b|[.;]|$)/i.exec(
      after,
    );
  if (presentedAfter && !petition.presentedBy) {
    petition.presentedBy = cllr(presentedAfter[1]!);
    petition.presentedFor = presentedAfter[2] ? cllr(presentedAfter[2]) : null;
    after = after.slice(presentedAfter.index + presentedAfter[0].length);
  }
  // "(1) From Councillor A, on behalf of B and other residents of Elm Road, containing …": A presented it for B.
  const fromOnBehalf =
    /^\s*,?\s*from ((?:Councillors?|Cllrs?) [^,]+?),\s*on behalf of (.+?)(?=,\s*(?:containing|with|signed|bearing|carrying|asking|calling|requesting)\b|[.;]|$)/i.exec(
      after,
    );
  if (fromOnBehalf && !petition.presentedBy) {
    petition.presentedBy = cllr(fromOnBehalf[1]!);
    petition.presentedFor = cllr(fromOnBehalf[2]!);
    after = after.slice(fromOnBehalf.index + fromOnBehalf[0].length);
  }
  // "Councillor A presented a petition on behalf (of) Kenton residents, containing …": for whom, after the petition.
  const onBehalf = ON_BEHALF.exec(after);
  if (onBehalf && petition.presentedBy && !petition.presentedFor) {
    petition.presentedFor = cllr(onBehalf[1]!);
    after = after.slice(onBehalf.index + onBehalf[0].length);
  }
  // "from residents of Elm Road": whose it is, when no one is named as presenting it.
  const from =
    /^\s*from (.+?)(?=,|\s+(?:containing|with|signed|bearing|carrying|asking|calling|about|regarding|concerning|in relation to)\b|[.;]|$)/i.exec(
      after,
    );
  if (from && !petition.presentedFor) {
    petition.presentedFor = cllr(from[1]!);
    petition.from = true;
    after = after.slice(from.index + from[0].length);
    // "Petition from Councillor A, Portfolio Holder for Housing, containing 11 signatures, on behalf of …".
    const office = OFFICE.exec(after);
    if (office) {
      petition.presentedFor += ` (${office[1]!.replace(/^the /i, "")})`;
      after = `,${after.slice(office[0].length)}`;
    }
  }
  // "with 102 signatures", "containing 52 signatures": the count leads the line, so it is not said again in it.
  const counted = COUNT.exec(after);
  if (counted)
    // "from Councillor A, containing 13 signatures, on behalf …": the commas either side of the count become one.
    after = `${after.slice(0, counted.index)} ${after.slice(counted.index + counted[0].length)}`
      .replace(/\s+,/g, ",")
      .replace(/,(?:\s*,)+/g, ",");
  // "Petition from Mr A containing 34 signatures, on behalf of residents of …": Mr A presented it for them.
  const behalf = petition.from ? ON_BEHALF.exec(after) : null;
  if (behalf && petition.presentedFor && !petition.presentedBy) {
    petition.presentedBy = petition.presentedFor;
    petition.presentedFor = cllr(behalf[1]!);
    petition.from = false;
    after = after.slice(behalf.index + behalf[0].length);
  }

  // What it asks.
  const sentOn = REFERRAL.exec(after);
  if (sentOn && !/\bpetition\b/i.test(after.slice(0, sentOn.index))) {
    petition.sentOn.push(onward(sentOn[1] ?? sentOn[2] ?? `referred ${sentOn[3]}`));
    after = after.slice(0, sentOn.index);
  }
  after = after
    .replace(
      /^,?\s*(?:with the following (?:terms(?: of reference)?|request|wording)|which read|in these terms|as follows):?\s*/i,
      "",
    )
    .replace(/[;,]\s*and$/i, "")
    .replace(/[.;,\s]+$/, "")
    .replace(/^[\s,]+(?=\S)/, "")
    .trim();
  const connector = CONNECTOR.exec(after);
  if (connector || /^["\u201c]/.test(after)) {
    let asks = after;
    const object = connector?.[1] ? after.slice(connector[0].length) : "";
    if (
      connector?.[1] &&
      /^requesting$/i.test(connector[1]) &&
      ASKS_TO_ACT.test(object) &&
      !LOOK_AT_OBJECT.test(object)
    ) {
      // "requesting that the Council took action …", "requesting the Council to keep …": a verb, said as it is.
      asks = after.replace(/^(?:and\s+)?/i, "");
    } else if (connector?.[1]) {
      asks = object.replace(LOOK_AT_OBJECT, "");
      petition.asksIsTopic = true;
    } else if (LOOK_AT.test(asks)) {
      asks = asks.replace(LOOK_AT, "");
      petition.asksIsTopic = true;
    } else if (/^["\u201c]/.test(asks)) petition.asksIsTopic = true;
    // "which asked the Council to install …" is said as the petition's own words: "asking the Council to install …".
    asks = asks.replace(/^which (asked|called|objected)\b/i, (_m, verb: string) =>
      verb.toLowerCase() === "asked" ? "asking" : `${verb.toLowerCase().replace(/ed$/, "")}ing`,
    );
    petition.asks = asks.replace(/^,\s*/, "").trim() || null;
  } else if (after) {
    // Words the patterns do not know are kept as they are, never dropped.
    if (!petition.presentedBy && !petition.referredHere && !petition.count) return null;
    petition.asks = after.replace(/^,\s*/, "");
  }
  if (!petition.count && !petition.asks && !petition.presentedBy && !petition.presentedFor && !petition.referredHere)
    return null;
  return petition;
}

/** One line for a petition: "102 signatures: road safety measures at … — presented by the Leader for Cllrs A and B." */
export function petitionLine(p: Petition): string {
  const asks = p.asks && !/^(?:that|to)?\s*(?:\u2026|\.\.\.)$/.test(p.asks) ? p.asks : null;
  const cutNote = "(the minute's text breaks off here)";
  let head: string;
  if (p.cut) {
    // What the page gave before it broke off stays, last, marked as cut.
    head = p.count ?? "A petition";
  } else if (asks && p.several) {
    head = `${p.several}${p.count ? `, ${p.count}` : ""}${p.asksIsTopic ? `: ${asks}` : `, ${asks}`}`;
  } else if (asks) {
    head = p.count
      ? p.asksIsTopic
        ? `${p.count}: ${asks}`
        : `${p.count} ${asks}`
      : p.asksIsTopic
        ? `Petition: ${asks}`
        : `A petition ${asks}`;
  } else head = p.count ? `A petition of ${p.count}` : "A petition";
  const who = p.presentedBy
    ? `presented by ${p.presentedBy}${p.presentedFor ? ` for ${p.presentedFor}` : ""}`
    : p.presentedFor
      ? `${p.from ? "from" : "for"} ${p.presentedFor}`
      : "";
  const how = [who, p.referredHere ?? "", ...p.sentOn].filter(Boolean).join("; ");
  let line: string;
  if (p.cut) {
    const rest = p.asks
      ? `${p.asksIsTopic ? "about " : ""}${p.asks.replace(/\s*(?:\u2026|\.\.\.)$/, "")} \u2026`
      : "\u2026";
    line = `${head}${how ? `, ${how},` : ""} ${rest} ${cutNote}`;
  } else if (!asks && !p.count && who) line = `Petition ${how}`;
  else line = how ? `${head} \u2014 ${how}` : head;
  line = upperFirst(line.replace(/\s{2,}/g, " ").trim());
  return /[.!?]$/.test(line) ? line : `${line}.`;
}

/**
 * The petitions a minute records, one line each, or null when it records something else too (then the item is
 * summarised as any other). A later "RESOLVED: That the petition(s) be referred to …" is said with the petition(s).
 */
export function describePetitions(minutes: string): string[] | null {
  const petitions: Petition[] = [];
  let listed = false;
  let termsFollow = false;
  for (const point of points(minutes)) {
    if (LEAD_IN.test(point)) listed = true;
    const bare = point
      .replace(LEAD_IN, "")
      .replace(/[;,]\s*and\s*$/i, "")
      .trim();
    // "RESOLVED: That" alone, its points following.
    if (!bare || /^(?:RESOLVED\s*:?\s*)?that:?$/i.test(bare)) continue;
    // "petitions (1) and (2) be referred to …", "petition (3) be referred to …": the petitions by their numbers.
    const numbered =
      /^(?:that:?\s+)?(?:\(\d{1,2}\)\s*)?(?:the )?petitions? ((?:\(\d{1,2}\)(?:,\s*|\s+and\s+)?)+) (?:be|was|were|had been|stood|to be) (?:received and )?(referred to .+?|considered (?:with|under|at) .+?)[.;]?$/i.exec(
        bare,
      );
    if (numbered && petitions.length) {
      const to = onward(numbered[2]!);
      const indices = [...numbered[1]!.matchAll(/\((\d{1,2})\)/g)].map((m) => Number(m[1]) - 1);
      if (indices.some((i) => !petitions[i])) return null;
      for (const i of indices) petitions[i]!.sentOn.push(to);
      continue;
    }
    const referral =
      /^\[?(?:that )?the (petitions?) (?:be|was|were|had been|stood|to be) (?:received and )?(referred to .+?|considered (?:with|under|at) .+?)\]?\.?\]?$/i.exec(
        bare.replace(/^RESOLVED\s*:\s*/i, ""),
      );
    // "That the petition be noted": what the lines already say.
    if (/^(?:that )?the petitions? (?:be|was|were) (?:received and )?noted\.?$/i.test(bare)) continue;
    if (referral) {
      if (petitions.length === 0) return null;
      const to = onward(referral[2]!);
      // "the petitions": those not yet sent anywhere (a list may refer each in turn), else all of them.
      const unsent = petitions.filter((p) => p.sentOn.length === 0);
      const plural = /s$/i.test(referral[1]!);
      for (const p of plural ? (unsent.length ? unsent : petitions) : petitions.slice(-1)) p.sentOn.push(to);
      continue;
    }
    // "(1) Petition – Back Lane, South Parade": the heading of the petition that follows; its terms say what it asks.
    if (/^petition\s*[\u2013\u2014-]\s*\S/i.test(bare) && !/\b(?:presented|submitted|signatures|signed)\b/i.test(bare))
      continue;
    // "…presented a petition with the following terms:" (or "request:") and its terms, quoted or not, in the next
    // paragraph.
    const last = petitions.at(-1);
    if (last && !last.asks && (/^["\u201c\u2018']/.test(bare) || termsFollow)) {
      last.asks = /^["\u201c\u2018']/.test(bare) ? bare : bare.replace(/\.$/, "");
      last.asksIsTopic = true;
      continue;
    }
    // A listed petition's point may not say "petition": "(1) From Councillor A, on behalf of B, containing …".
    const petition =
      parsePetition(point) ?? (listed && /^from\b/i.test(bare) ? parsePetition(`A petition ${bare}`) : null);
    if (!petition) return null;
    petitions.push(petition);
    termsFollow = /\bwith the following (?:terms|request|wording)\b[^.]*:\s*$/i.test(bare);
  }
  return petitions.length ? petitions.map(petitionLine) : null;
}
