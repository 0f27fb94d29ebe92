import { splitSentences } from "../text/sentences";

// Petitions and deputations told as a story rather than in one resolution, as an advisory panel's minutes tell them
// (docs/summaries.md#an-advisory-panels-minutes):
//   "Mr A presented a petition containing 146 signatures on behalf of the residents of Elm Road. The petition asked
//    the Council to install a zebra crossing … Mr A told the Panel that …"
//   "Councillor B, a ward councillor for Kenton East who was not a member of the Panel, presented a petition …"
//   "RESOLVED: That both petitions be received and referred to the Corporate Director of Place …, and that the outcome
//    be reported to a future meeting of the Panel."
// are rewritten into the one-sentence shapes `petitions.ts` reads ("…, asking the Council to install …"), so each
// petition is one line saying who presented it, how many signed, what it asks and where it was sent.

/** "The petition asked the Council to …", "It called for …": what the petition just presented asks. */
const ASKS =
  /^(?:The|This|Their|His|Her|That) petition (asked|called|requested|sought|urged|objected)\b\s*(.*)$|^It (asked|called|requested|sought|urged|objected)\b\s*(.*)$/i;

const GERUND: Record<string, string> = {
  asked: "asking",
  called: "calling",
  requested: "requesting",
  sought: "seeking",
  urged: "urging",
  objected: "objecting",
};

/** A sentence that presents a petition: "Mr A presented a petition containing 146 signatures …". */
const PRESENTS = /\b(?:presented|submitted|handed in) (?:a |the |an e-)petition\b/i;

/** "Councillor B, a ward councillor for Kenton East who was not a member of the Panel, presented": the office, short. */
const APPOSITIVE =
  /^((?:Councill?or|Cllr\.?|Mr|Mrs|Ms|Miss|Dr)\.? [A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){0,2}), (?:a|an|the) ([^,]{3,60}?)(?: who [^,]+)?, (?=(?:presented|submitted|handed in)\b)/;

/** "a petition containing 146 signatures on behalf of …" */
const COUNT_THEN_BEHALF =
  /\b(a petition) ((?:containing|with|bearing|of) (?:over |more than |about )?\d[\d,]* (?:signatures|names|signatories)) (on behalf of [^.]+?)(?=\.?$)/i;

/** "That both petitions be …", "That the two petitions be …": the petitions before. */
const BOTH = /\b(?:both|the two|the three|these|all the|all three|all four) (petitions)\b/i;

/** "referred to the Corporate Director of Place for investigation and a response to the lead petitioners" */
const PURPOSE =
  /(\breferred to (?:the )?[A-Z][\w'\u2019 ]*?[A-Z][\w'\u2019]*) for (?:investigation|consideration|a response|a reply)\b[^,;.\d]*(?=[,;.]|$)/;

/** ", and that the outcome be reported to a future meeting …": what happens next, said after the referral. */
const AND_REPORTED = /,\s*and that (the (?:outcome|results?|response)s?) be (reported|brought) to\b/i;

/** One paragraph of a petitions minute, in the shapes `petitions.ts` reads; unchanged when it is none of these. */
export function narrativePetitionParagraph(paragraph: string): string {
  const flat = paragraph.replace(/\s+/g, " ").trim();
  if (/^(?:RESOLVED\s*:\s*)?That\b/i.test(flat))
    return (
      flat
        .replace(BOTH, "the $1")
        // "referred to the Corporate Director of Place for investigation and a response to the lead petitioners":
        // where it went is the line's; how it will be handled, without a date or a figure, is not.
        .replace(PURPOSE, "$1")
        .replace(AND_REPORTED, (_m, what: string, verb: string) => `, ${what} to be ${verb} to`)
    );
  const sentences = splitSentences(flat);
  if (sentences.length < 2 || !PRESENTS.test(sentences[0]!)) return flat.replace(APPOSITIVE, "$1 ($2) ");
  const ask = sentences
    .slice(1)
    .map((s) => ASKS.exec(s.trim()))
    .find(Boolean);
  if (!ask) return flat.replace(APPOSITIVE, "$1 ($2) ");
  // Only the petition's own sentence and its ask: what the petitioner told the meeting is their case, not the line.
  const first = sentences[0]!
    .trim()
    .replace(APPOSITIVE, "$1 ($2) ")
    // "a petition containing 146 signatures on behalf of the residents of Elm Road": for whom, then how many.
    .replace(COUNT_THEN_BEHALF, "$1 $3, $2");
  const verb = (ask[1] ?? ask[3])!.toLowerCase();
  const rest = (ask[2] ?? ask[4] ?? "").trim();
  // "… a zebra crossing on Vaughan Road, where children crossed on their way to the park": why, not what; a reason
  // with a figure stays.
  const why = /,\s+(?:where|which|because|as|since)\b[^]*$/.exec(rest);
  const asks = why && !/\d/.test(why[0]) ? rest.slice(0, why.index) : rest.replace(/[.\s]+$/, "");
  return `${first.replace(/[.\s]+$/, "")}, ${GERUND[verb]} ${asks}.`;
}

/** A petitions minute's paragraphs, each said in the shapes `petitions.ts` reads. */
export function narrativePetitions(text: string): string {
  return text
    .split(/\n\s*\n/)
    .map((p) => narrativePetitionParagraph(p))
    .join("\n\n");
}

/** "The Panel received a deputation from Ms A on behalf of the Elm Road Residents' Association about lorries …". */
const DEPUTATION_FROM =
  /^(?:The (?:[A-Z][\w-]* )?(?:Panel|Committee|Sub-Committee|Cabinet|Council|Board|Forum) )?(?:received|heard) a deputation from (.+?)\.?$/;
/** "The association asked the Council to introduce …", "She asked for …": what the deputation wants. */
const DEPUTATION_ASKS =
  /^(?:The (?:association|residents|group|deputation|deputee|deputees|campaign|society|forum)|She|He|They) (?:asked|urged|called on) ((?:the (?:Council|Panel|Committee|Cabinet|Portfolio Holder) )?(?:to|for)\b.+)$/;

/**
 * A deputation's bullets with who brought it and what they asked in one: "Deputation from Ms A on behalf of the Elm
 * Road Residents' Association about lorries on Elm Road, asking the Council to introduce a 7.5 tonne weight limit …".
 * Bullets unchanged when the minute's picked sentences are not these two.
 */
export function joinDeputationAsk<T extends { text: string }>(bullets: T[]): T[] {
  const fromAt = bullets.findIndex((b) => DEPUTATION_FROM.test(b.text.trim()));
  if (fromAt < 0) return bullets;
  const askAt = bullets.findIndex((b, i) => i > fromAt && DEPUTATION_ASKS.test(b.text.trim()));
  if (askAt < 0) return bullets;
  const from = DEPUTATION_FROM.exec(bullets[fromAt]!.text.trim())![1]!;
  const asks = DEPUTATION_ASKS.exec(bullets[askAt]!.text.trim())![1]!.replace(/[.\s]+$/, "");
  // Who brought it and what they asked is the deputation's headline.
  const joined = { ...bullets[fromAt]!, text: `Deputation from ${from}, asking ${asks}.`, headline: true };
  return bullets.flatMap((b, i) => (i === fromAt ? [joined] : i === askAt ? [] : [b]));
}
