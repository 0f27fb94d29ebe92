import { TEN_TO_NINETEEN, TENS, TWO_TO_NINE } from "../text/number-words";
import { upperFirst } from "../text/sentences";

// Words a point of the minutes carries that say no fact: how the meeting came to hear it ("The Board was advised
// that …", "It was reported that …"), who told it when no one is named ("The officer advised that …"), and "said that"
// after a named member or officer, who the summary's "Name: point" already names. A long meeting condensed to its
// ceiling spends the words these frames free on a point with a figure (docs/summaries.md#freeing-words-at-the-ceiling).

/** A clause that can open a point on its own: it starts with a word or figure, not a list's colon or a bracket. */
const CLAUSE = String.raw`((?:[a-z]\w*|[A-Z0-9£])\S*\s\S.*)`;

/** The meeting's own bodies, as minutes name them when they were told something. */
const BODY = String.raw`(?:Committee|Sub-Committee|Panel|Board|Cabinet|Council|Forum|meeting|Members)`;

/**
 * "The Board was advised that …", "Members were informed that …", "It was reported that …", "The report showed that
 * …", "The officer advised that …": how the point reached the meeting, said by no one the minute names. The point is
 * what was said.
 */
const UNNAMED_FRAME = new RegExp(
  String.raw`^(?:The ${BODY} (?:was|were) (?:advised|informed|told|reminded)|It was (?:reported|noted|explained|stated|confirmed)|The (?:officers?|report) (?:advised|reported|explained|showed|stated|confirmed|noted)) that ${CLAUSE}$`,
);

/** "On enforcement, the officer reported that …": the same frame after the phrase that says what the point is about. */
const UNNAMED_FRAME_AFTER_TOPIC = new RegExp(
  String.raw`^((?:On|For|Of|As to|Turning to) [^,]{1,40}, )the (?:officers?|report) (?:advised|reported|explained|showed|stated|confirmed|noted) that ${CLAUSE}$`,
);

/** "Upon being put to the vote, the recommendations were carried": the vote's outcome is the point, not its asking. */
const PUT_TO_THE_VOTE = /^(?:Up)?on being put to the vote,\s+((?:the|it|this|they)\b.*)$/i;

/** "Ms A said that …", "Councillor B reported that …": a named speaker, said as the summary says speakers ("Ms A: …"). */
const NAMED_SAID_THAT = new RegExp(
  String.raw`^((?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr) [A-Z][\w'-]+(?: [A-Z][\w'-]+)?) (?:said|reported|explained|advised|stated|confirmed) that ${CLAUSE}$`,
);

/**
 * A point without the words that only say how it was told: an unnamed frame goes, and a named speaker's "said that" is
 * the colon the summary gives every speaker. Anything else is returned as it was.
 */
export function withoutTellingFrame(text: string): string {
  const unnamed = UNNAMED_FRAME.exec(text);
  if (unnamed) return upperFirst(reportedClauses(unnamed[1]!));
  const afterTopic = UNNAMED_FRAME_AFTER_TOPIC.exec(text);
  if (afterTopic) return `${afterTopic[1]}${reportedClauses(afterTopic[2]!)}`;
  const vote = PUT_TO_THE_VOTE.exec(text);
  if (vote) return upperFirst(vote[1]!);
  const named = NAMED_SAID_THAT.exec(text);
  if (named) return `${named[1]}: ${upperFirst(reportedClauses(named[2]!))}`;
  return text;
}

/** "A, and that B" once its "said" is gone: the second "that" hung on the verb, so it goes with it ("A, and B"). */
function reportedClauses(clause: string): string {
  return clause.replace(/,? and that (?=\S)/g, ", and ");
}

/**
 * "The second was that 212 members had received their statements late.": an officer's list told one sentence at a
 * time, each opened by its place in the list. Its place says nothing a reader needs once the point stands alone, so
 * held to words the point is what follows "that". "The first was the late payment of …" (a thing, not a clause) has no
 * clause to stand on and is left as it was.
 */
const ORDINAL_LEAD = new RegExp(
  String.raw`^(?:The|A) (?:first|second|third|fourth|fifth|sixth|next|other|last|final) (?:was|is) that ${CLAUSE}$`,
);

/** A point told as the next of a list without its place in the list (`ORDINAL_LEAD`). */
export function withoutOrdinalLead(text: string): string {
  const m = ORDINAL_LEAD.exec(text);
  return m ? upperFirst(m[1]!) : text;
}

/**
 * "The Leader introduced the draft budget, which Cabinet had published for consultation on 20 November 2025.": who
 * introduced the item, and when its paper came out. The only figure is a day of the month, which dates the paper, not
 * anything it found or proposed.
 */
const INTRODUCED =
  /^(?:The |An? )?[A-Z][^.;:]{0,100}? (?:introduced|presented) (?:the|a|an|his|her|their|its) [^.;:]{1,120}$/;

/**
 * "Cabinet received a reference from the meeting of the Overview and Scrutiny Committee held on 20 January 2026.":
 * what reached the meeting, from whom and when, which the item's heading already names. Its only figure is the day of
 * the meeting that sent it.
 */
const RECEIVED_FROM =
  /^(?:The )?[A-Z][^.;:]{0,60}? (?:received|considered) (?:a|the) (?:reference|report|recommendation)s? from [^.;:]{1,240}$/;

/** A day of the month ("20 November 2025", "on 3 March"): the date a thing happened, not a figure of it. */
const DAY_OF_MONTH =
  /\b\d{1,2}(?:st|nd|rd|th)? (?:January|February|March|April|May|June|July|August|September|October|November|December)(?: (?:19|20)\d\d)?\b/g;

/**
 * Whether a point only says who introduced the item, with at most the date of its paper: no figure beyond the day of
 * the month, so held to words it is not worth its words (as an introduction with no date never was).
 */
export function onlyIntroduces(text: string): boolean {
  const body = text.trim().replace(/\.$/, "");
  if (!INTRODUCED.test(body) && !RECEIVED_FROM.test(body)) return false;
  return !/\d/.test(body.replace(DAY_OF_MONTH, " ").replace(/\b(?:19|20)\d\d\b/g, " "));
}

/**
 * "The Panel had recommended at its meeting on 9 September 2025 that residents be asked for their views.": what the
 * meeting's own body had done on the matter at an earlier meeting, dated by that meeting. It says how the item came
 * back, not what it now says or decides.
 */
const EARLIER_STEP = new RegExp(
  String.raw`^The ${BODY} had (?:[a-z]+ ){1,3}?at its (?:previous |last |earlier )?meeting (?:held )?on \d{1,2} [A-Z][a-z]+ (?:19|20)\d\d\b`,
);

/**
 * Whether a point only says what the meeting's body had done at an earlier meeting, with no figure beyond that
 * meeting's date: held to words it is not worth its words, as an introduction dated by its paper is not.
 */
export function onlyEarlierStep(text: string): boolean {
  const body = text.trim().replace(/\.$/, "");
  if (!EARLIER_STEP.test(body)) return false;
  return !/\d/.test(body.replace(DAY_OF_MONTH, " ").replace(/\b(?:19|20)\d\d\b/g, " "));
}

/**
 * "Letters had been sent to the owners and occupiers of all 436 properties in the area, and the consultation had run
 * for six weeks …": how a consultation was sent out, before what it was (its span, then its responses). Whom the
 * letters reached is how it was done, not what was found, so held to words the point is said from the consultation.
 */
const MAILED_THEN_CONSULTATION =
  /^(?:(?:Consultation )?(?:letters|leaflets|notices|e-?mails)|A (?:letter|leaflet|notice)) (?:had been |have been |were |was |had gone |went )?(?:sent|delivered|posted|out)? ?to [^.;:]{3,120}?, and (?=(?:the|a|an) (?:[a-z]+ )?(?:consultation|survey|engagement)\b)/i;

/** A consultation's point without whom its letters were sent to (MAILED_THEN_CONSULTATION); any other as it was. */
export function withoutMailing(text: string): string {
  const m = MAILED_THEN_CONSULTATION.exec(text);
  return m ? upperFirst(text.slice(m[0].length)) : text;
}

/**
 * "Ms A said that, in order to fund as many strong bids as possible, officers proposed that …", "The hall would close
 * for two weeks, so as to let the floor be relaid, from 6 July": what a step was meant to achieve, set off by commas
 * inside the sentence. Held to words, the step and its figures are the point; the purpose goes when it carries no
 * figure of its own. A sentence that opens on its purpose ("In order to save money, …") keeps it.
 */
const PURPOSE_ASIDE = /(\bthat)?,\s+(?:in order|so as) to ([^,;:.]{3,120}?),\s+/g;

/** A sentence without its purposes set off by commas (PURPOSE_ASIDE) that carry no figure; any other as it was. */
export function withoutPurpose(text: string): string {
  return text.replace(PURPOSE_ASIDE, (aside, that: string | undefined, purpose: string) =>
    /\d/.test(purpose) ? aside : that ? `${that} ` : ", ",
  );
}

/**
 * "A transformation programme, covering customer services, digital services and the use of the Council's buildings,
 * was expected to save £6m": an aside between a subject and its verb that only lists what the subject takes in. Held
 * to words, the subject and what it did are the point; the list goes when it has no figure of its own.
 */
const LISTING_ASIDE =
  /^([^,;:]*\S:\s+)?([^,;:]{6,}?), (?:covering|including|spanning|made up of|comprising|such as) ([^;:]{3,120}?), (?=(?:was|were|is|are|had|has|have|will|would|could)\s)/;

/** A point without an aside that lists what its subject takes in (`LISTING_ASIDE`), unless the aside has a figure. */
export function withoutListingAside(text: string): string {
  const m = LISTING_ASIDE.exec(text);
  if (!m || /\d/.test(m[3]!)) return text;
  return `${m[1] ?? ""}${m[2]} ${text.slice(m[0].length)}`;
}

/**
 * "in the eight district centres, such as Stanmore and Rayners Lane, buildings of up to 6 storeys": places or bodies
 * named as examples of what the sentence already counts or names in general. Held to words, the general statement is
 * the point; the examples go when they carry no figure, and the sentence reads on from the comma (between a subject
 * and its verb, with neither comma).
 */
const EXAMPLES_ASIDE =
  /, (?:such as|for example|for instance|e\.g\.) ([A-Z][^,;:()\d]{1,60}?(?: and [A-Z][^,;:()\d]{1,40}?)?), (?=[a-z])/;

/** A point without the examples it names in passing (`EXAMPLES_ASIDE`); any other point as it was. */
export function withoutExamples(text: string): string {
  // Between a subject and its verb ("Several parks, for example Elm Green, would get …") both commas go with it.
  return text.replace(EXAMPLES_ASIDE, (aside: string, _examples: string, at: number) =>
    /^(?:was|were|is|are|had|has|have|will|would|could|should|can|may|might|must)\b/.test(text.slice(at + aside.length))
      ? " "
      : ", ",
  );
}

/**
 * "The Chair welcomed the Leader of the Council, Councillor A, and the Chief Executive, Ms B, to the special meeting.":
 * who came to answer, said as the meeting's courtesy. The names are those the points go on to quote by their posts;
 * held to words, the welcome is no point.
 */
const WELCOMED = /^(?:The |An? )?[A-Z][^.;:]{0,60}? welcomed [^.;]{3,300}? to the (?:[a-z]+ )?meeting\.?$/;

/** Whether a point only welcomes people to the meeting (`WELCOMED`). */
export function onlyWelcomes(text: string): boolean {
  return WELCOMED.test(text.trim());
}

/**
 * "Leader: No library would close in 2026/27, and the Council would talk to community groups about …": an answer that
 * rules something out, its subject a "No …" or "None of the …". What follows its first clause after ", and", when it
 * carries no figure, is what might come next, not the answer. Held to words, such an answer is said to its first
 * clause (docs/summaries.md#long-minutes-round-twenty-three). A ", but …" after it qualifies what was ruled out and
 * stays.
 */
const RULED_OUT = new RegExp(
  String.raw`^((?:[^:]{1,80}:\s+)?(?:No|None of the) [a-z][\w'-]*(?: [a-z][\w'-]*){0,3} (?:would|will|was|were|had|has|could|is|are) [^,;:]{2,80}?),\s+and\s+([^;]+?)\.?$`,
);

/** A figure in digits, or a count written in words ("two more", "twelve sites"). */
const ANY_FIGURE = new RegExp(String.raw`\d|\b(?:${TWO_TO_NINE}|${TEN_TO_NINETEEN}|${TENS}|hundred|thousand)\b`, "i");

/** An answer that rules something out, said to its first clause when what follows carries no figure (RULED_OUT). */
export function ruledOutFirst(text: string): string {
  const m = RULED_OUT.exec(text);
  if (!m || ANY_FIGURE.test(m[2]!)) return text;
  return `${m[1]}.`;
}
