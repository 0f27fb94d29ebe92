import { upperFirst } from "../text/sentences";
import { toItsFacts, withoutThats } from "./answer-clauses";
import { NAMED, POST } from "./post-accounts";
import { AUX, thingAskedForIt } from "./answer-topics";
import { countWithWhatTheyDid, shareOfItsWhole } from "./answer-complements";

// A minute of questions and answers: a question put at the meeting, and an answer said as its fact, with who gave it
// ("Head of Repairs: 76% of repairs …"), a supplementary answer by the same speaker joined to the first.

/** "A Member asked how many …", "Councillor A asked the Leader whether …": a question put at the meeting. */
export const QUESTION =
  /^(?:An?|The|Another) [\w' -]{1,60}? asked\b|^(?:Mr|Mrs|Ms|Miss|Dr)\.? [A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){0,2} asked\b|^(?:He|She|They) asked\b|\basked (?:whether|how|why|what|when|if)\b|^(?:Councill?or|Cllr\.?) [A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){0,2} asked\b|\basked,? as a supplementary question,|\?$/i;

/** "The Head of Repairs responded that 76% of repairs …": who answered, and what. */
const ANSWER = new RegExp(
  String.raw`^(?:(The|An?) )?(${NAMED}|${POST}|officers?|an officer)(?:, ([^,]{3,80}),)? (?:responded|replied|answered|confirmed|explained|advised|reported) that (.{20,})$`,
);

/**
 * An answer to the question before it, said as its fact: "The Head of Repairs responded that 76% of repairs had been
 * completed …" -> "Head of Repairs: 76% of repairs had been completed …"; an officer's answer needs no name, and a
 * name in apposition ("The Portfolio Holder, Councillor Rajan Pillai, responded …") is who answered. Null when the
 * sentence is no such answer.
 */
export function answerFact(sentence: string): string | null {
  return answerParts(sentence)?.line ?? null;
}

/** An answer's parts: who gave it, and the bullet's line ("Head of Repairs: 76% of repairs …"). */
export function answerParts(sentence: string, question?: string): { who: string; line: string } | null {
  const m = ANSWER.exec(sentence.trim());
  if (!m) return null;
  const named = m[3] && new RegExp(String.raw`^${NAMED}$`).test(m[3]) ? m[3] : null;
  const who = named ?? m[2]!;
  // "…, that the cost was …, and that an apprenticeship scheme …": each further clause loses its "that" too.
  // Cut to its facts while each clause still has its "that", so a series cut short still reads as one.
  const fact = upperFirst(withQuestionWords(withoutThats(toItsFacts(m[4]!)), question));
  if (/^(?:an )?officers?$/i.test(who)) return { who, line: fact };
  return { who, line: speakerAsSubject(who, fact) ?? `${who}: ${fact}` };
}

/** "asked how many households would receive Council Tax Support": whom the question counts, its verb and the rest. */
const HOW_MANY_AUX = new RegExp(String.raw`\bhow many (.+?) (${AUX}) (.+?)[.?\s]*$`);
/** "asked how many of the Council's staff earned more than £100,000": the same with a verb in the past. */
const HOW_MANY_PAST = /\bhow many (.+?) ([a-z]+ed) (.+?)[.?\s]*$/;
/** An answer that gives the count and stops on its helping verb: "14 did", "14,900 households would, and …". */
const ELIDED_ANSWER = new RegExp(
  String.raw`^((?:about |around |some |over |nearly |almost |only |just )?\d[\d,.]*)((?: [a-z][\w'’-]*){0,3}?) (${AUX})(?=[,.;]|$|\s+(?:and|but)\b)`,
);
/** "asked what the Section 106 agreement would secure": what the question asks about, with its verb. */
const WHAT_WOULD = new RegExp(String.raw`\bwhat ((?:the|its|their) [^,?]{2,80}?) (${AUX}) ([a-z]+)\b`);

/**
 * An answer that only makes sense with its question, said with the question's words: "14,900 households would, and
 * their bills …" after "how many households would receive Council Tax Support in 2026/27" is "14,900 households
 * would receive Council Tax Support in 2026/27, and …"; "14 did, one fewer than the year before" after "how many of
 * the Council's staff earned more than £100,000" is "14 of the Council's staff earned more than £100,000, …"; "It
 * would secure £315,000 …" after "what the Section 106 agreement would secure" is "The Section 106 agreement would
 * secure £315,000 …". Any other answer, or one without its question, is left as it is.
 */
export function withQuestionWords(fact: string, question?: string): string {
  if (!question) return fact;
  const elided = ELIDED_ANSWER.exec(fact);
  const withAux = HOW_MANY_AUX.exec(question);
  const past = withAux ? null : HOW_MANY_PAST.exec(question);
  if (elided && (withAux || past)) {
    const [, count, noun, aux] = elided;
    const whom = (withAux ?? past)![1]!;
    const counted = noun ? `${count}${noun}` : `${count} ${whom}`;
    if (withAux && aux === withAux[2]) return `${counted} ${aux} ${withAux[3]}${fact.slice(elided[0].length)}`;
    if (past && aux === "did") return `${counted} ${past[2]} ${past[3]}${fact.slice(elided[0].length)}`;
    return fact;
  }
  const part = partOfWhole(fact, question);
  if (part) return part;
  const what = WHAT_WOULD.exec(question);
  const pronoun = what ? new RegExp(String.raw`^(?:[Ii]t|[Tt]hey) ${what[2]} ${what[3]}\b`).exec(fact) : null;
  if (what && pronoun) return `${upperFirst(what[1]!)} ${what[2]} ${what[3]}${fact.slice(pronoun[0].length)}`;
  return (
    shareOfItsWhole(fact, question) ?? countWithWhatTheyDid(fact, question) ?? thingAskedForIt(fact, question) ?? fact
  );
}

/** "62 of the 198 had …": a count of a total the answer does not name. */
const PART_OF_TOTAL = new RegExp(String.raw`^(\d[\d,]*) of the (\d[\d,]*) (?=(?:${AUX})\b)`);
/**
 * An answer that counts part of a total only the question names: "62 of the 198 had a plan" after "how many children
 * looked after had special educational needs" is "62 of the 198 children looked after had a plan". Null for any other
 * answer.
 */
function partOfWhole(fact: string, question: string): string | null {
  const part = PART_OF_TOTAL.exec(fact);
  const many = part ? HOW_MANY_AUX.exec(question) : null;
  return part && many ? `${part[0]}${many[1]} ${fact.slice(part[0].length)}` : null;
}

/**
 * "The Director responded that she would provide the Board with a written briefing …": an answer whose subject is the
 * one who gave it, a promise or a step of their own, is said with them as its subject ("Ms Brereton would provide the
 * Board with …", "The Director of Housing would write to …"), not as "Ms Brereton: She would provide …", whose "She"
 * only repeats who is speaking. Null when the answer's subject is anyone or anything else.
 */
export function speakerAsSubject(who: string, fact: string): string | null {
  const own = /^(?:She|He) (?=[a-z])/.exec(fact);
  if (!own) return null;
  const byName = /^(?:Mr|Mrs|Ms|Miss|Dr|Councill?or|Cllr)\.? /.test(who);
  return `${byName ? "" : "The "}${who} ${fact.slice(own[0].length)}`;
}

/**
 * "In response to a question from Councillor A, the Director confirmed that …", "Asked by Councillor B whether the
 * modelling had been published, the Director said that …": a question and its answer in one sentence, said as the
 * answer's fact with who gave it ("Director: The 1,850 households …"). Null for any other sentence.
 */
export function askedAndAnswered(sentence: string): string | null {
  const m =
    /^(?:In (?:response|reply|answer) to (?:a |the )?(?:questions?|query|queries) (?:from|by) [^,]{3,80}|Asked (?:by [^,]{3,80}? )?(?:whether|how|why|what|when|if|about) [^,]{3,160}),\s+(?=(?:the|an?) |[A-Z])/.exec(
      sentence.trim(),
    );
  if (!m) return null;
  const rest = upperFirst(sentence.trim().slice(m[0].length));
  const said = rest.replace(/^(The [^,]{3,80}?|An? [^,]{3,80}?) said that\b/, "$1 responded that");
  const answer = answerParts(said);
  // "… the Director said that it had been shared …": "it" is the question's subject, which the answer alone loses.
  if (!answer || /^[^:]*: (?:It|They|This|These|He|She)\b/.test(answer.line)) return null;
  return answer.line;
}

/** "In a supplementary question, Councillor A asked …", "Councillor A asked, as a supplementary question, …". */
export const SUPPLEMENTARY = /\bsupplementary question\b/i;

/**
 * Whether two answers were given by the same person: "Councillor Pillai" is "Councillor Rajan Pillai"; a post
 * ("Leader", "Head of Repairs") is itself. An officer unnamed is no one in particular, so never the same.
 */
export function sameSpeaker(a: string, b: string): boolean {
  const councillor = /^(?:Councill?or|Cllr\.?) /;
  if (/^(?:an )?officers?$/i.test(a) || /^(?:an )?officers?$/i.test(b)) return false;
  if (councillor.test(a) && councillor.test(b)) return a.split(" ").pop() === b.split(" ").pop();
  return a === b;
}

/** Whether a question names a figure its answer does not say. */
export function figuresBeyondAnswer(question: string, answer: string): boolean {
  const years = /\b(?:19|20)\d\d(?:\/\d\d(?:\d\d)?)?\b/g;
  return (question.replace(years, " ").match(/£?\d[\d,.]*%?/g) ?? []).some(
    (f) => !answer.includes(f.replace(/[.,]$/, "")),
  );
}

/** A sentence's first word in lower case when it is an ordinary word ("Each subscriber …"), never a name. */
export function lowerOpening(text: string): string {
  return /^(?:The|A|An|Each|All|Every|No|None|Some|Any|It|Its|This|These|That|Those|There|Their|His|Her|Most|Only|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve)\b/.test(
    text,
  )
    ? text.charAt(0).toLowerCase() + text.slice(1)
    : text;
}

/**
 * "There were 9, against 41 a year earlier.": a count whose thing only the question names ("how many families …"). On
 * the main answer's point it would say a number of nothing, so a supplementary answer like it is not joined there.
 */
// The count is read whole: "There were 1,240 households …" counts households, never "1" before a comma.
const COUNT_OF_NOTHING =
  /^there (?:were|was|had been|are|is) (?:only |just |now )?\d+(?:,\d{3})*(?:\.\d+)?%?(?![\d,]*\d)(?=[,.;]|\s+(?:against|compared|in|at|by|from|a|last|this)\b)/i;

/** Whether an answer is a count that names no thing (`COUNT_OF_NOTHING`). */
export function countOfNothing(answer: string): boolean {
  return COUNT_OF_NOTHING.test(answer.trim());
}
