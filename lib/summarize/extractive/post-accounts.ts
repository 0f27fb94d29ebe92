import { upperFirst } from "../text/sentences";
import { toItsFacts, withoutThats } from "./answer-clauses";

// A post's account, said as an answer is, with who gave it: "Head of Corporate Parenting: 214 children were looked
// after …", not "The Head of Corporate Parenting introduced the report. She said that 214 children were looked after
// …", of which the first sentence says only that a report was introduced
// (docs/summaries.md#long-minutes-whole-meetings-printed-minutes). Minutes give such an account in four ways, each
// read here with the same names for a post and the same rule that a councillor's or a body's words keep their form:
// - two sentences, the introduction and "She said that …" (accountAfterIntroduction);
// - "She said that …" opening the paragraph after the post's account (pronounAccount);
// - one sentence, "The Portfolio Holder introduced the report, which set out a forecast overspend of £4.3m …"
//   (introducedFact);
// - one sentence, "The Parking Services Manager reported that …" (reportedByPost).

/** A post, as minutes name their officers and office holders: "Director of Adult Social Care", "Borough Director". */
export const POST = String.raw`[A-Z][\w'\u2019-]*(?: (?:of|for|and|[A-Z][\w'\u2019-]*)){0,6}`;
/** A councillor by name: "Councillor Ruth Ellison", "Cllr Doyle". */
export const NAMED = String.raw`(?:Councill?or|Cllr\.?) [A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){0,2}`;
/** An officer by name beside the post, with or without a title: "The Project Engineer, Ms Adaeze Okafor, reported …". */
const OFFICER = String.raw`(?:(?:Mr|Mrs|Ms|Miss|Dr)\.? )?(?!Councill?or\b|Cllr\b)[A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){0,2}`;
/** Who is no post whose account is said as an answer: a councillor, the chair, a body. */
const NOT_A_POST =
  /^(?:Councill?or|Cllr|Chair|Vice-Chair|Panel|Committee|Sub-Committee|Council|Cabinet|Members?|Officers?|He|She|They|It|We)\b/;
/** A post named in full, "the" and all: "Head of the Virtual School", "Director of Housing and the Environment". */
const LONG_POST = String.raw`[A-Z][\w'\u2019-]*(?: (?:of|for|and|the|[A-Z][\w'\u2019-]*)){0,8}`;
/**
 * Who a point is said by, as the summary labels it before its colon: "Director of Adult Social Care", "Leader",
 * "Councillor Desai", "Cllr Pryce".
 */
export const SPEAKER = String.raw`(?:(?:Councill?or|Cllr\.?) )?${LONG_POST}`;

/**
 * The sentence that names who gave the account a "She said that …" goes on with: "The Head of Corporate Parenting
 * introduced the report.", "The Head of Traffic and Highways, Mr Marcus Obi, explained that …".
 */
const GAVE_ACCOUNT = new RegExp(
  String.raw`^(?:(?:Introducing|Presenting) the (?:report|item|update|paper|presentation),\s+)?(?:[Tt]he )?(${LONG_POST})(?:, (${OFFICER}|${NAMED}),)? (?:(?:introduced|presented) the (?:report|item|update|paper|presentation)\.$|(?:explained|said|reported|introduced|presented|advised|confirmed|stated)\b)`,
);
/** A body, which speaks through a resolution, not an account. */
const BODY = /^(?:Panel|Committee|Sub-Committee|Council|Cabinet|Board|Forum|Members?|Officers?|He|She|They|It|We)\b/;
/** "She said that …", "He explained that …", "They told the Panel that …". */
const SAID =
  /^(?:She|He|They) (?:said|explained|reported|advised|added|confirmed|stated|told the \w+) that,? (.{20,})$/;

/**
 * Who gave the account in `sentence`: the post, or the councillor named beside it ("The Portfolio Holder for Finance,
 * Councillor A, introduced the report." is Councillor A's, as an answer of hers is). Null when it names no post (a
 * councillor speaking as such, the chair, a body).
 */
function postOf(sentence: string): string | null {
  const m = GAVE_ACCOUNT.exec(sentence.trim());
  // The chair, a councillor or a body speaks in its own form, named or not ("The Chair, Councillor A, introduced the
  // item."); "The Portfolio Holder for Finance, Councillor A, introduced the report." is an office held by a councillor.
  if (!m || BODY.test(m[1]!) || NOT_A_POST.test(m[1]!)) return null;
  return m[2] && new RegExp(String.raw`^${NAMED}$`).test(m[2]) ? m[2] : m[1]!;
}

/** A sentence in which someone other than "He", "She" or "They" speaks: "The representative asked …", "Members noted …". */
const ANOTHER_SPEAKS =
  /^(?!(?:He|She|They)\b)[^,.;:]{1,80}? (?:said|asked|explained|reported|advised|added|responded|replied|stated|noted|commented|confirmed|told|introduced|presented|questioned|queried|welcomed|thanked|moved|seconded|proposed|urged|argued)\b/;

/**
 * The post whose account each sentence of a paragraph goes on with, or null: set by a sentence that names the post
 * giving an account ("The Portfolio Holder for Environment introduced the report, which …", "Introducing the report,
 * the Director explained that …"), carried into the paragraph from the one before (`before`), and ended by a sentence
 * in which anyone else speaks, after which no "He said that …" can be taken to be the post's.
 */
export function paragraphGivers(sentences: readonly string[], before: string | null): (string | null)[] {
  let giver = before;
  return sentences.map((x) => {
    const sentence = x.trim();
    const post = postOf(sentence);
    if (post) giver = post;
    else if (ANOTHER_SPEAKS.test(sentence)) giver = null;
    return giver;
  });
}

/**
 * "He said that three bids had been received …" in a paragraph of a post's account (paragraphGiver), said as the
 * post's: "Portfolio Holder for Environment: Three bids had been received …". Null for any other sentence.
 */
export function saidInAccount(sentence: string, post: string | null): string | null {
  const said = post ? SAID.exec(sentence.trim()) : null;
  if (!post || !said) return null;
  const account = withoutThats(said[1]!.replace(/,? and that\b/g, ", and that"));
  // "She said that she had granted 9 dispensations": what the post did, said of the post ("Ms A had granted …"),
  // never "Ms A: She had granted …".
  const own = /^(?:he|she) (?=had |has |was |would |will )/i.exec(account);
  return own ? `${post} ${account.slice(own[0].length)}` : `${post}: ${upperFirst(account)}`;
}

/**
 * The point `text` said as an account of the post named by the sentence it points back to: "Head of Corporate
 * Parenting: 214 children were looked after …". Null when `antecedent` names no post or `text` is no "She said that …".
 */
export function accountAfterIntroduction(antecedent: string, text: string): string | null {
  return (
    saidInAccount(text, postOf(antecedent) ?? MOVER_LINE.exec(antecedent.trim())?.[1] ?? null) ??
    officerAccount(antecedent, text)
  );
}

/** "An officer introduced the application.", "The officer presented the report.": an officer, not named. */
const OFFICER_INTRODUCED =
  /^(?:An|The) (?:planning |case )?officer (?:introduced|presented) the (?:application|report|item)\.$/i;

/**
 * "She said that 45 of the 112 flats would be affordable …" after "An officer introduced the application.": the
 * officer's account of the application, said as an officer's answer is, by its fact alone ("45 of the 112 flats would
 * be affordable …"), with no sentence before it that says only that an officer spoke. Null for any other pair.
 */
export function officerAccount(antecedent: string, text: string): string | null {
  const said = OFFICER_INTRODUCED.test(antecedent.trim()) ? SAID.exec(text.trim()) : null;
  return said ? upperFirst(withoutThats(said[1]!)) : null;
}

/** "The Portfolio Holder for Finance, Councillor A, moved the recommendation.", "Councillor A moved the motion.". */
const MOVED_BY_MEMBER = new RegExp(
  String.raw`^(?:The [A-Z][^,]{2,80}, )?(${NAMED}),? moved the (?:following )?(?:substantive )?(?:recommendations?|motion|report)\.$`,
);

/**
 * "She said that …" after the minute's sentence naming the councillor who moved the recommendation: the mover's
 * account, said as theirs ("Councillor A: The net budget was …"). Null for any other pair of sentences.
 */
export function moverAccount(antecedent: string, text: string): string | null {
  const mover = MOVED_BY_MEMBER.exec(antecedent.trim())?.[1];
  return mover ? saidInAccount(text, mover) : null;
}

/**
 * "Recommendation moved by Councillor A, seconded by Councillor B." (debate.ts `movedLine`): a "She said that …" after
 * it is the mover's account, said as Councillor A's.
 */
const MOVER_LINE = new RegExp(
  String.raw`^(?:Motion|Amendment|Recommendation)s? moved by (${NAMED}), seconded by [^.:]+\.$`,
);

/**
 * "She said that the Virtual School had received £1.1m …" opening a paragraph after the one in which the Virtual School
 * Head gave her account: hers, said as such ("Virtual School Head: The Virtual School had received £1.1m …"), never a
 * "She" the bullet does not name. Null for any other sentence, or when the paragraph before was no post's account.
 */
export function pronounAccount(sentence: string, post: string | null): string | null {
  const said = post ? SAID.exec(sentence.trim()) : null;
  if (!post || !said) return null;
  return `${post}: ${upperFirst(toItsFacts(withoutThats(said[1]!)))}`;
}

/**
 * Who spoke, when a sentence names members or officers in general: not one speaker. A pronoun ("He advised that:",
 * after the sentence that names the officer) is no post to say each point with.
 */
export const NOT_ONE_SPEAKER =
  /^(?:Members?|Officers?|Councillors|Cabinet|Council|Committee|Sub-Committee|Panel|Board|Chair|He|She|They|It|We)$/i;

/** "The Portfolio Holder for Finance introduced the report, which set out …": the words before the fact it set out. */
export const INTRODUCED_WHICH = new RegExp(
  String.raw`^(?:The )?(${POST})(?:, (${NAMED}|[^,]{3,60}),)? (?:introduced|presented) the (?:report|item|presentation|paper),? which (?:set out|sets out|showed|shows|reported|described|outlined|highlighted|detailed|gave)\s+(?=\S)`,
);

/**
 * In a minute that questions the people presenting a report, their introduction with a sum or a rate is said as a
 * post's account is, by who gave it: "The Portfolio Holder introduced the report, which set out a forecast overspend
 * of £4.3m …" -> "Portfolio Holder: A forecast overspend of £4.3m …" ("Councillor A" when named beside the post).
 * Null for any other sentence, and for an introduction without a sum or a rate ("… which set out a new strategy").
 */
export function introducedFact(sentence: string): string | null {
  const m = INTRODUCED_WHICH.exec(sentence);
  // "… which showed that 94% of …": the fact without its "that".
  const fact = m ? sentence.slice(m[0].length).replace(/^that\s+/, "") : "";
  if (!m || !/£\s?\d|\d%/.test(fact) || NOT_ONE_SPEAKER.test(m[1]!)) return null;
  const named = m[2] && new RegExp(String.raw`^${NAMED}$`).test(m[2]) ? m[2] : null;
  return `${named ?? m[1]}: ${upperFirst(forecastAsSentence(fact))}`;
}

/**
 * "a forecast overspend of £4.3m on adult social care in 2025/26, the largest …": what a report set out, a noun with
 * no verb once the report is gone. Said as a sentence, what is forecast to overspend as its subject: "adult social
 * care was forecast to overspend by £4.3m in 2025/26, the largest …" (docs/summaries.md#read-as-a-resident-stop-36).
 * A forecast of anything but a sum on a named service is left as it is.
 */
export function forecastAsSentence(fact: string): string {
  return fact.replace(
    /^an? forecast (overspend|underspend) of (£\s?[\d,.]+(?:m|bn|k)?) on ((?:the )?[a-z][\w'\u2019-]*(?: [a-z][\w'\u2019-]*){0,4}?)(?=,| in (?:19|20)\d\d\b|\.?$)/i,
    // "children's placements were forecast …": a plural noun takes "were".
    (_m, kind: string, sum: string, what: string) =>
      `${what} ${/[^su]s$/.test(what) ? "were" : "was"} forecast to ${kind.toLowerCase()} by ${sum}`,
  );
}

/** "The Parking Services Manager reported that …", "The Project Engineer, Ms A, reported that …". */
const POST_REPORTED = new RegExp(
  String.raw`^The (${POST})(?:, ${OFFICER},)? (?:reported|said|explained|advised|confirmed|responded|replied) that (.{20,})$`,
);

/**
 * "The Head of Regeneration Delivery, Mr Callum Fairweather, introduced the report and highlighted the following:":
 * a list's lead-in that says only which post gave it. Held to words, it is said as a post's account is ("Head of
 * Regeneration Delivery:"), each point under it. Any other lead-in is returned as it is.
 */
export function leadByPost(lead: string): string {
  const m = LEAD_BY_POST.exec(lead.trim());
  return m && !NOT_A_POST.test(m[1]!) ? `${m[1]}:` : lead;
}

const LEAD_BY_POST = new RegExp(
  String.raw`^The (${POST})(?:, ${OFFICER},)? (?:introduced the (?:report|update) and )?(?:highlighted|set out|outlined|reported|summarised|drew attention to) the following(?: (?:key )?(?:points|matters|issues))?:$`,
);

/**
 * "The Parking Services Manager reported that 148,300 penalty charge notices …" said as an answer is: "Parking
 * Services Manager: 148,300 penalty charge notices …". Null for a councillor's or a body's words, which keep their form.
 */
export function reportedByPost(text: string): string | null {
  const m = POST_REPORTED.exec(text);
  // "…, and that 21% of the notices …": each further clause loses its "that" too.
  return m && !NOT_A_POST.test(m[1]!) ? reportedWithOwnAct(m[1]!, withoutThats(m[2]!)) : null;
}

/** What the speaker went on to do, not to report: "… and thanked the businesses …", "… and reminded Members …". */
const OWN_ACT =
  /,? and (?=(?:thanked|welcomed|congratulated|praised|reminded|urged|invited|encouraged|wished|paid tribute to|apologised)\b)/;

/**
 * "The Mayor reported that her charity appeal had raised £23,750 and thanked the businesses that had held
 * collections": what was reported, and then the speaker's own act, which is no part of it. Said with the speaker
 * named where the account names them by a pronoun ("The Mayor's charity appeal had raised £23,750, and she thanked
 * …"), never "Mayor: Her charity appeal … and thanked …", where the appeal seems to thank.
 */
export function reportedWithOwnAct(post: string, reported: string): string {
  const act = OWN_ACT.exec(reported);
  const own = /^(her|his|their) /i.exec(reported);
  if (!act && !own) return `${post}: ${upperFirst(reported)}`;
  const told = act ? reported.slice(0, act.index) : reported;
  const did = act ? reported.slice(act.index + act[0].length) : "";
  if (own) {
    const pronoun = { her: "she", his: "he", their: "they" }[own[1]!.toLowerCase()]!;
    const opening = `The ${post}'s ${told.slice(own[0].length)}`;
    return did ? `${opening.replace(/[.\s]+$/, "")}, and ${pronoun} ${did}` : opening;
  }
  return `${post}: ${upperFirst(told).replace(/[.\s]+$/, "")}; the ${post} also ${did}`;
}

/** "The Director of Finance said that …": an officer's or post holder's account, named by the post. */
const ACCOUNT = new RegExp(String.raw`^The (${POST}) (?:said|added) that (.{20,})$`);

/**
 * In a minute of questions and answers, an account given by a post ("The Director of Finance said that the General
 * Fund was forecast …") is said as its fact, as answers are: "Director of Finance: The General Fund was forecast …".
 * A member's speech ("Councillor A said …") and a body's ("The Committee said …") stay as they are.
 */
export function accountFact(sentence: string): string | null {
  const m = ACCOUNT.exec(sentence.trim());
  if (
    !m ||
    /^(?:Councill?or|Cllr|Mayor|Chair|Vice-Chair)\b|^(?:Cabinet|Council|Committee|Sub-Committee|Panel|Board)$/.test(
      m[1]!,
    )
  )
    return null;
  return `${m[1]}: ${upperFirst(toItsFacts(withoutThats(m[2]!)))}`;
}

/** "The Policy Planning Team Leader, Ms Bethan Clore, said …": a post introduced with its holder's title and name. */
const POST_WITH_HOLDER = new RegExp(
  String.raw`\bThe (${POST}), ((?:Mr|Mrs|Ms|Miss|Dr)\.?) (?:[A-Z][\w'\u2019-]+ )?([A-Z][\w'\u2019-]+),`,
  "g",
);

/**
 * An officer the minute introduced by post and name ("The Policy Planning Team Leader, Ms Bethan Clore, said …") and
 * later by name alone ("Ms Clore said that …"), where the summary says one point as the post's ("Policy Planning Team
 * Leader: …") and another as the name's ("Ms Clore: …"): the first of them says both ("Policy Planning Team Leader (Ms
 * Clore): …"), so the reader meets one speaker, introduced once, for two more words in all. Bullets are changed in place.
 */
export function speakersByTheirPost(
  sections: { bullets: { text: string; lead?: string }[] }[],
  minutes: string | null,
): void {
  if (!minutes) return;
  const posts = new Map<string, string>();
  for (const m of minutes.matchAll(POST_WITH_HOLDER))
    if (!NOT_A_POST.test(m[1]!)) posts.set(`${m[2]!.replace(".", "")} ${m[3]}`, m[1]!);
  const bullets = sections.flatMap((s) => s.bullets);
  for (const [name, post] of posts) {
    const byName = bullets.findIndex((b) => b.text.startsWith(`${name}: `));
    const byPost = bullets.findIndex((b) => b.text.startsWith(`${post}: `));
    if (byName < 0 || byPost < 0) continue;
    const first = bullets[Math.min(byName, byPost)]!;
    first.text = `${post} (${name}): ${first.text.slice(first.text.indexOf(": ") + 2)}`;
  }
}
