// What a question at a meeting was about, said before its answer when the answer alone does not say it
// (docs/summaries.md#long-minutes-round-fifteen): "Councillor Pryce: 386 notices had been issued …" does not say
// notices of what; "On fixed penalty notices for fly-tipping, Councillor Pryce: 386 notices …" does. An answer whose
// "it" is that thing is said with it (`thingAskedForIt`).
import { upperFirst } from "../text/sentences";
import { SPEAKER } from "./post-accounts";
import { isPlural } from "./resolution/grammar";

/**
 * A helping verb, which ends the thing a question asks about ("how many notices had been issued") and on which an answer
 * may stop ("14,900 households would.").
 */
export const AUX = "would|will|could|can|should|did|do|does|had|have|has|were|was|are|is";

/**
 * The ways a question names its subject: "about the waiting times for …", "how many fixed penalty notices … had",
 * "why the garden waste service had …", "whether the Council Hub would …".
 */
const TOPIC_PATTERNS: RegExp[] = [
  /\basked\b[^.?]{0,120}? about ((?:the |a |an )?[a-z][^.?]*?)[.?]?$/,
  new RegExp(String.raw`\basked\b[^.?]{0,120}? how many ([a-z][\w'\u2019 -]*?) (?:${AUX}|[a-z]+ed)\b`),
  new RegExp(
    String.raw`\basked\b[^.?]{0,120}? (?:why|whether|when) ((?:the|[A-Z][\w-]*['\u2019]s) [\w'\u2019 -]+?) (?:${AUX})\b`,
  ),
];

/** Which of the patterns reads "how many …". */
const HOW_MANY = 1;

/** A subject that names nothing a resident would ask about: the Council itself, whoever answers, a pronoun. */
const NO_TOPIC =
  /^(?:the )?(?:Council|Leader|Cabinet|administration|Portfolio Holder|Mayor|figure|number|position|service|it|they)$/i;
/** A subject that runs into a clause of its own ("households the Council was placing"). */
const CLAUSE_INSIDE = /\s(?:the|its|their|a|an|it|they|he|she|we)\s/;
/** A subject that is a clause ("how quickly repairs were being dealt with"), not a thing named. */
const VERB_INSIDE = new RegExp(String.raw`\b(?:${AUX}|being|how|why|what|whether)\b`, "i");
/** A topic longer than this is the question retold, not its subject. */
const MAX_TOPIC_WORDS = 10;

/** The subject a question asks about ("fixed penalty notices for fly-tipping"), or null when it names none plainly. */
export function questionTopic(question: string): string | null {
  for (const [i, pattern] of TOPIC_PATTERNS.entries()) {
    const topic = pattern.exec(question.trim())?.[1]?.trim();
    if (!topic || NO_TOPIC.test(topic)) continue;
    // Whom "how many" counts ends where a clause of its own begins ("households the Council was placing").
    if (i === HOW_MANY && CLAUSE_INSIDE.test(` ${topic.replace(/^(?:the|a|an) /, "")} `.replace(/^ \S+/, ""))) continue;
    const head = toItsHead(topic);
    if (head.split(/\s+/).length > MAX_TOPIC_WORDS || VERB_INSIDE.test(head)) continue;
    // One word ("residents", "homes") names whom the question counts, not what it is about.
    if (topicStems(head).length < 2) continue;
    return head;
  }
  return null;
}

/**
 * A topic too long to lead an answer, said to its head: "the cost of home-to-school transport for children with special
 * educational needs and disabilities" -> "the cost of home-to-school transport", cut before the first "for", "with",
 * "in", "on" or "to" after its third word. A topic short enough, or with no such word, is as it was.
 */
function toItsHead(topic: string): string {
  const words = topic.split(/\s+/);
  if (words.length <= MAX_TOPIC_WORDS) return topic;
  const cut = words.findIndex((w, i) => i >= 3 && /^(?:for|with|in|on|to)$/.test(w));
  return cut > 0 ? words.slice(0, cut).join(" ") : topic;
}

/** The words of a topic that say what it is about: not small words, each compared by its first five letters. */
function topicStems(text: string): string[] {
  return (text.toLowerCase().match(/[a-z][a-z'-]{2,}/g) ?? [])
    .filter(
      (w) =>
        !/^(?:the|and|for|its|was|had|has|are|how|why|who|this|that|with|from|been|were|have|what|when|which|their|there|about|year)$/.test(
          w,
        ),
    )
    .map((w) => w.slice(0, 5));
}

/** "Councillor Pryce: …", "Leader: …": an answer said with who gave it. */
const SPEAKER_LINE = new RegExp(String.raw`^${SPEAKER}: `);

/**
 * An answer said with its question's subject before it, when the answer leaves some of that subject unsaid:
 * "Councillor Pryce: 386 notices had been issued …" after "asked … how many fixed penalty notices for fly-tipping had
 * been issued" is "On fixed penalty notices for fly-tipping, Councillor Pryce: 386 notices had been issued …". An
 * answer that already names its subject ("96 new council homes had been completed" after "how many new council
 * homes"), one without its speaker, or a question that names no plain subject, is as it was.
 */
export function withQuestionTopic(answer: string, question: string): string {
  if (!SPEAKER_LINE.test(answer)) return answer;
  const topic = questionTopic(question);
  if (!topic) return answer;
  const said = new Set(topicStems(answer));
  if (topicStems(topic).every((w) => said.has(w))) return answer;
  return `On ${topic}, ${answer}`;
}

/** "asked whether the pooled budget had risen …", "why the repairs had fallen": the thing a question asks about. */
const ASKED_OF_THING = new RegExp(
  String.raw`\basked\b[^.?]{0,120}? (?:whether|why|when|how) (the [a-z][\w'\u2019 -]*?) (?:${AUX})\b`,
  "i",
);
/** "the groups that had been refused", "the players who had lost bookings": a subject and the clause that says which. */
const RELATIVE = / (?:that|who|which) /;
/** "the groups that": a subject cut before its clause's verb. */
const ENDS_ON_RELATIVE = / (?:that|who|which)$/;

/**
 * "whether the groups that had been refused could apply again" answered "They could apply in April": the question's
 * subject is the words before the answer's own helping verb ("could"), a clause that says which groups and all. Read
 * at the question's first helping verb, the subject stops at "the groups that", and the answer kept its "They".
 * Undefined when the question has no subject before that verb.
 */
function subjectOfItsVerb(fact: string, question: string): string | undefined {
  const aux = PRONOUN_OPENING.exec(fact) ? /^\S+ (\S+)/.exec(fact)?.[1] : undefined;
  if (!aux) return undefined;
  return new RegExp(
    String.raw`\basked\b[^.?]{0,120}? (?:whether|why|when|how) (the [a-z][\w'\u2019 -]*?) ${aux}\b`,
    "i",
  ).exec(question)?.[1];
}

/** "It had risen …", "They would …": an answer that opens on a pronoun and a helping verb. */
const PRONOUN_OPENING = new RegExp(String.raw`^([Ii]t|[Tt]hey) (?=(?:${AUX})\b)`);
/** "It was hoped that …", "It would be possible to …": an "it" that stands for nothing. */
const IMPERSONAL_IT = /^[Ii]t (?:is|was|will be|would be|had been|has been) (?:not )?(?:[a-z]+ )?(?:that|to|for)\b/;
/** A question's subject that is a person or a post: an answer's "it" is never them. */
const A_PERSON =
  /^the (?:[A-Z][\w-]* )*(?:Leader|Chair|Vice-Chair|Mayor|Director|Officer|Holder|Councillors?|officers?)\b/;
/** A subject longer than this is the question retold, not the thing it asks about. */
const MAX_THING_WORDS = 8;

/**
 * "It had risen by 3.1%" after "asked whether the pooled budget had risen in line with costs": an answer whose "it"
 * (or "they") is the thing the question asked about, said with that thing ("The pooled budget had risen by 3.1%"), so
 * the answer stands on its own. Null when the answer's "it" is impersonal ("It was hoped that …"), when the pronoun's
 * number is not the thing's, or when the question names no plain thing ("whether costs had risen").
 */
export function thingAskedForIt(fact: string, question: string): string | null {
  const pronoun = PRONOUN_OPENING.exec(fact);
  const thing = pronoun ? (subjectOfItsVerb(fact, question) ?? ASKED_OF_THING.exec(question)?.[1]) : undefined;
  if (!pronoun || !thing || IMPERSONAL_IT.test(fact) || A_PERSON.test(thing) || ENDS_ON_RELATIVE.test(thing))
    return null;
  if (
    thing.split(/\s+/).length > MAX_THING_WORDS ||
    / (?:the|its|their|it|they|he|she|we) /.test(` ${thing.slice(4)} `)
  )
    return null;
  if (isPlural(thing.split(RELATIVE)[0]!) !== /^they$/i.test(pronoun[1]!)) return null;
  return `${upperFirst(thing)} ${fact.slice(pronoun[0].length)}`;
}
