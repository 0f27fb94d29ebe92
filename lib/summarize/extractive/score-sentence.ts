import { containment } from "../text/normalise";
import { countWords } from "../text/sentences";

// Sentence scoring: what a resident wants from a council paper is its facts (figures, named services and
// people, dates) and its asks (recommendations), not its boilerplate. Weights were tuned on the seed meetings.

const BOILERPLATE = [
  /\b(is|are) (requested|asked|invited) to note\b/i,
  /\bnote the (contents of )?(this |the )?report\b/i,
  /^(none|n\/a|not applicable|no)\.?$/i,
  /\bthere are no (direct |specific )?(financial|legal|equalit|procurement|risk|data|environmental)/i,
  /\b(e-?mail|tel(ephone)?):|@harrow\.gov\.uk|\bwww\./i,
  /\bsigned (on behalf|off)\b/i,
  /\bwebcast|may be filmed|recorded for live\b/i,
  /\bthis report is for information\b/i,
  /^(the )?(report|paper|appendix) (is|was) (attached|enclosed|published)/i,
  /\bsee (the )?appendix\b/i,
  // How the meeting handles confidential papers ("questions on them would need a private session"): procedure.
  /\b(private|closed) session\b|\bexclu(de|ding|sion of) the press and public\b/i,
  // The chair's thanks for the meeting's own business ("thanked the Portfolio Holder and the officers for their
  // answers"): a courtesy, no point.
  /^the (?:chair|vice-chair|mayor|leader)\b[^.;]{0,100}\bthanked\b[^.;]{0,120}\bfor (?:their|his|her|the|attending)(?: [\w-]+)?(?: (?:answers|attendance|presentation|report|contributions?|time|responses|questions))?\.?$/i,
];

export const SELF_DESCRIPTION =
  /^(?:the )?(?:cabinet|council|committee|sub-committee|panel|board|forum|members) (?:received|considered|reviewed) (?:its|the) (?:draft )?work programme(?: for (?:the (?:rest|remainder) of )?(?:the|this) (?:year|municipal year)| for \d{4}\/\d{2,4})?\.?$|^(this|the) (report|paper) (sets out|provides|presents|summarises|updates|outlines|describes|reviews)\b|^it (updates|sets out|provides|outlines|reviews)\b|^(?:the )?(?:cabinet|council|committee|sub-committee|panel|board|forum|members) (?:received|considered) (?:a|the) (?:[\w-]+ ){0,3}report (?:which|that) (?:set|sets) out the (?:[\w-]+ ){0,3}work programme\b|^(the )?(cabinet|council|committee|sub-committee|panel|board|forum|members) (received|considered) (a|the) ([\w-]+ ){0,3}report (of|from|by) the ([^,.;]{3,80}? (which|that) (set out|sets out|reviewed|provided|presented|summarised|outlined|updated|described)\b|[^,.;]{3,80}? setting out\b|[^,.;]{3,80}\.?$)/i;

const MONTH_YEAR =
  /\b(January|February|March|April|May|June|July|August|September|October|November|December) (19|20)\d\d\b/;
/**
 * A step set for a month ("would be used by every practice from March 2026"): its date is its figure, as "from 1
 * March 2026" has one. A past event dated by its month ("had merged in October 2025") gets no such figure.
 */
const DATED_CHANGE =
  /\b(?:will|would)\b[^.;]{0,120}?\b(?:from|by|in) (?:January|February|March|April|May|June|July|August|September|October|November|December) (?:19|20)\d\d\b/;
/** "Call-in of the Cabinet Decision (11 December 2025) – …": an item that hears a call-in. */
const CALL_IN_ITEM = /^call[- ]in (?:of|on)\b/i;
/** "… considered a call-in notice signed by six Members against Cabinet's decision to …": what was called in. */
const CALLED_IN = /\bcall[- ]in notice\b|\b(?:notice|request) (?:invoking|for) (?:the |a )?call[- ]in\b|\bcalled in\b/i;
/**
 * A call-in hearing's sentence that says which decision was called in, and by whom, is what the item is about: it
 * outranks any one side's figures, as the account's headline does in a questioned minute.
 */
const CALLED_IN_BONUS = 2;
/**
 * "The legal adviser advised that ground (c) could not be heard, because …": a ground of the call-in ruled out before
 * the hearing. Which grounds were heard is as much the hearing's outcome as its resolution on them, which names only
 * the grounds heard: the ruling is said before any one side's case.
 */
const GROUND_RULED_OUT =
  /\bground \(?[a-z]\)?,?\s+(?:[^.;]{0,60}?\s)?(?:could not|cannot|can not|would not|was not|did not)\s+(?:be\s+)?(?:heard|considered|valid|accepted|admissible|stand|apply)\b/i;
const GROUND_RULED_OUT_BONUS = 3;

/**
 * A number that is part of a name, after a word in capitals ("NHS 111", "COVID-19"): it names a service or
 * an illness, and is no figure of the sentence's.
 */
const NUMBER_IN_NAME = /\b[A-Z]{2,}[- ]\d+\b(?![.,]\d|%)/g;

const QUOTATION = /["\u201c'\u2018][^"\u201d'\u2019]*\s[^"\u201d'\u2019]*\s[^"\u201d'\u2019]*["\u201d'\u2019]/;

/**
 * What a licence's conditions agreed with a responsible authority are ("The applicant had accepted every condition the
 * Police had asked for, including a CCTV system …"): a licensing decision grants "subject to the conditions agreed
 * with the Police" without repeating them, so the account's sentence naming them is the decision's content.
 */
const AGREED_CONDITIONS =
  /\b(?:conditions?\b[^.;]{0,80}\b(?:Police|Trading Standards|Environmental Health|responsible authorit(?:y|ies))|(?:Police|Trading Standards|Environmental Health)\b[^.;]{0,60}\bconditions?)\b[^.;]{0,60}\bincluding\b/i;
const AGREED_CONDITIONS_BONUS = 1.5;

/**
 * What the law asks of the Council in general, as an officer reminds the meeting of it ("The Council had to review the
 * assessment at least every three years", "was required by the Act to review its policy at least once every five
 * years"): a standing duty, the same at every such meeting, not what this item found or decided.
 */
const STANDING_DUTY =
  /\b(?:had to|has to|have to|must|(?:was|were|is|are) (?:legally |statutorily )?(?:required|obliged)(?: by [^.;]{3,60}?)? to)\b[^.;]{0,100}?\bat least (?:once )?every\b/i;
const STANDING_DUTY_PENALTY = 1.5;

/**
 * What a policy or scheme in the minutes will require, set as a measured limit ("The revised policy would require a
 * yard to be at least 6.5 metres wide …", "would require no more than 12 pitches"): the rule a resident applying under
 * it must meet, weighed above a count of how often the thing is asked for
 * (docs/summaries.md#long-minutes-round-twenty-nine).
 */
const MEASURED_REQUIREMENT =
  /\b(?:would|will|must|shall) (?:also )?require\b[^.;]{0,60}?\b(?:at least|no (?:more|less|fewer) than|a (?:minimum|maximum) of) (?:a |an )?\d[\d,.]* ?(?:metres?|m|centimetres?|cm|millimetres?|mm|kilometres?|km|square metres|sq m|%|per cent|years?|months?|weeks?|days?|hours?|minutes?|storeys?|spaces?|places?|units?)(?![a-z])/i;
const MEASURED_REQUIREMENT_BONUS = 1;

/**
 * "Ms A said that three changes were proposed.", "Two objections had been made.": a lead-in that only counts what the
 * paragraphs after it set out one by one ("First, to reduce …"), which say the same and more
 * (docs/summaries.md#an-admissions-forums-minutes).
 */
const COUNT_LEAD_IN =
  /^(?:(?:[A-Z][\w'\u2019-]*|the|of|for) ){1,6}(?:said|reported|explained|advised|stated) that |^[^:]{2,60}: /;
const COUNTED_ONLY =
  /^(?:two|three|four|five|six|seven|eight|nine|ten) (?:[a-z-]+ ){0,2}(?:were|had been|have been|are) (?:proposed|made|received|lodged|raised|submitted|put forward)\.?$/i;
const COUNT_LEAD_IN_PENALTY = 3;

export interface SentenceContext {
  itemTitle: string;
  /** From the section heading the sentence sits under: positive for summaries, negative for implications. */
  sectionWeight: number;
  origin: "report" | "minutes";
  isBullet: boolean;
  isFirstInSection: boolean;
  preview: boolean;
  inRecommendations: boolean;
}

export function scoreSentence(text: string, ctx: SentenceContext): number {
  const words = countWords(text);
  let score = ctx.sectionWeight;
  const numbers = (text.replace(NUMBER_IN_NAME, " ").match(/(?<![A-Za-z])[£$]?\d[\d,]*(?:\.\d+)?%?/g) ?? []).filter(
    (n) => !/^(19|20)\d\d$/.test(n),
  );
  if (numbers.length > 0) score += 1.6 + Math.min(numbers.length - 1, 3) * 0.6;
  else if (DATED_CHANGE.test(text)) score += 1.6;
  if (/[£%]/.test(text)) score += 0.5;
  score += containment(ctx.itemTitle, text) * 1.2;
  if (MONTH_YEAR.test(text)) score += 0.4;
  // Direct quotations (an inspector's or a young person's words) are what published summaries quote most.
  if (QUOTATION.test(text)) score += 0.5;
  const named = text.slice(1).match(/\b[A-Z][a-z]+(?:\s+[A-Z][a-z]+)+\b|\b[A-Z]{2,}\b/g) ?? [];
  score += Math.min(named.length, 4) * 0.3;
  if (words < 5) score -= 3;
  else if (words < 8 && !ctx.isBullet) score -= 0.6;
  else if (words > 70) score -= 2;
  else if (words > 50) score -= 0.8;
  if (BOILERPLATE.some((re) => re.test(text))) score -= 3;
  // "This report sets out…", "It updates Cabinet on…": what the paper is, which its title already says, not a fact in it.
  if (SELF_DESCRIPTION.test(text)) score -= 1.5;
  if (ctx.origin === "minutes") score += 0.6;
  if (ctx.origin === "minutes" && AGREED_CONDITIONS.test(text)) score += AGREED_CONDITIONS_BONUS;
  if (STANDING_DUTY.test(text)) score -= STANDING_DUTY_PENALTY;
  if (COUNTED_ONLY.test(text.replace(COUNT_LEAD_IN, ""))) score -= COUNT_LEAD_IN_PENALTY;
  if (ctx.origin === "minutes" && MEASURED_REQUIREMENT.test(text)) score += MEASURED_REQUIREMENT_BONUS;
  // Sentences cut off without final punctuation are usually debris from tables or wrapped cells.
  if (!ctx.isBullet && !/[.!?]["'\u2019\u201d)]?$/.test(text)) score -= 1.5;
  if (ctx.isBullet) score += 0.4;
  if (ctx.isFirstInSection) score += 0.3;
  if (ctx.inRecommendations && ctx.preview) score += 1;
  if (CALL_IN_ITEM.test(ctx.itemTitle) && CALLED_IN.test(text)) score += CALLED_IN_BONUS;
  if (CALL_IN_ITEM.test(ctx.itemTitle) && GROUND_RULED_OUT.test(text)) score += GROUND_RULED_OUT_BONUS;
  return score;
}

/** Weight of a report section from its heading: excluded (null), boosted or damped. */
export function weighSection(heading: string | null): number | null {
  if (!heading) return 0;
  const h = heading.toLowerCase();
  if (
    /statutory officer|mandatory checks|contact details|background papers|section [34]\b|ward councillors|data protection|call-in waived|^appendices$/.test(
      h,
    )
  )
    return null;
  if (/equalit|procurement implications|environmental implications|council priorities|performance issues/.test(h))
    return -1.5;
  if (/^reasons? for/.test(h)) return -0.8;
  if (/financial implications|legal implications|risk management/.test(h)) return -0.7;
  if (/summary|recommendation|key (findings|issues|points|messages)|headline|introduction|section 1\b|purpose/.test(h))
    return 0.8;
  if (/next steps|progress|trends|findings|outcome|results|performance/.test(h)) return 0.5;
  return 0;
}
