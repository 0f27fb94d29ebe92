// Each decision of a held meeting as the overview may say it: in its own words where they are short and say what it
// was about, else by its verb and agenda title; a planning committee's applications counted; papers only noted counted.
import { recommendationsPhrase } from "../recommendations-in-turn";
import type { SummarySection } from "../../types";
import { codeVerdict } from "./code-verdict";
import { objectionsPhrase } from "../commented-proposals";
import { councilTaxWordings } from "./council-tax";
import { keyFinding } from "./key-point";
import {
  type OutcomePhrase,
  RECOMMENDS_ITSELF,
  namesAPost,
  outcomePhrase,
  outcomeVerb,
  setsPriorities,
} from "./outcome-phrase";
import { sharesBudget } from "./shared-service";
import { callInHeard, callInPhrase, motionPhrase, motionTurnedDown } from "./call-in-motion";
import { presentationHeard } from "./presentation";
import { afterNotings, asThingRecommended, recommendationPhrase, shorterRecommendations } from "./recommended";
import { grantedWhat, questionedWhom, shortHeading, titleAsDecided } from "./titles";

/**
 * A decision as the overview may say it: in its own words (`phrase`), or by its verb and title; `fewer` holds shorter
 * wordings of a recommendation, `shorter` gives its title cut to a number of words.
 */
export interface Entry {
  phrase: OutcomePhrase | null;
  verb: string;
  title: string;
  fewer?: string[];
  shorter?: (max: number) => string;
  /** The decision's own words, for a paper only noted that may be counted ("noted 5 reports"). */
  decision?: string;
  /** The meeting's headline outcome (the Council Tax set): the last to give way to its title. */
  keep?: boolean;
}

/**
 * A headline said in its own words: who was given which post (an appointments panel), or a budget the partners of a
 * joint committee share. Beside one, the other decisions are counted or cut short rather than crowd it (fit-outcomes.ts),
 * and the outcomes may have the whole overview (outcome-overview.ts).
 */
export function isOwnHeadline(e: Entry): boolean {
  return !!e.keep && (namesAPost(e.phrase) || sharesBudget(e.phrase) || isVerdict(e.phrase));
}

/**
 * "found Councillor A in breach of paragraph 3.1 of the Members' Code of Conduct …": a hearing's verdict is its
 * headline, as a post filled is an appointments panel's, so it may have the overview's room for its sanctions
 * (docs/summaries.md#overviews-read-as-a-resident-stop-38).
 */
function isVerdict(phrase: OutcomePhrase | null): boolean {
  return phrase?.verb === "found" && / in breach of paragraphs? /.test(phrase.object);
}

/** More decisions than this, and those without words of their own are counted rather than titled (fit-outcomes.ts). */
export const MANY_OUTCOMES = 5;

/**
 * A planning committee's applications, counted: "granted 2 applications and refused 1 (1 against the officers'
 * recommendation)". Nothing when fewer than two were granted or refused; `counted` lists the sections it covers.
 */
export function planningTally(decided: SummarySection[]): { phrases: string[]; counted: SummarySection[] } {
  const phrases: string[] = [];
  const planning = decided.filter((s) => /^(granted|refused)$/.test(outcomeVerb(s.decision!)));
  if (planning.length >= 2) {
    const granted = planning.filter((s) => outcomeVerb(s.decision!) === "granted").length;
    const refused = planning.length - granted;
    const against = planning.filter((s) =>
      /contrary to|against the officers?'? (advice|recommendation)|overturn/i.test(
        `${s.decision} ${s.bullets.map((b) => b.text).join(" ")}`,
      ),
    ).length;
    const parts = [
      granted ? `granted ${granted} application${granted > 1 ? "s" : ""}` : "",
      refused ? `refused ${refused}` : "",
    ].filter(Boolean);
    phrases.push(`${parts.join(" and ")}${against ? ` (${against} against the officers' recommendation)` : ""}`);
  }
  return { phrases, counted: planning.length >= 2 ? planning : [] };
}

/**
 * The entries for the decisions in `rest` (their headings already set to follow a verb; `originals` gives each its
 * agenda heading), papers only noted counted, then the call-ins heard without a recorded outcome.
 */
export function decisionEntries(
  rest: SummarySection[],
  originals: Map<SummarySection, string>,
  sections: SummarySection[],
  heardOnly: SummarySection[],
): Entry[] {
  // A body that recommends but one step to another (a pension board to its pension fund committee), after noting the
  // papers in the same minute, has that step as its own outcome: it is kept in its own words, as a recommendation to
  // Council is.
  const recommending = rest.filter((s) => outcomeVerb(s.decision!) === "recommended").length;
  const entries: Entry[] = rest.map((s) => {
    const said = outcomeVerb(s.decision!);
    // "recommended Petition Requesting Free Parking …": the item's title is what was recommended only when the
    // decision recommends the report or plan itself ("note the report and recommend it to Cabinet").
    const verb =
      said === "recommended" && (/^petition/i.test(s.heading) || !RECOMMENDS_ITSELF.test(s.decision!))
        ? "made recommendations on"
        : said;
    // One title alone is given in full (a hearing's premises and address), several are shortened to fit.
    // "Recommended to Cabinet: note the report and recommend it …": the report was recommended to Cabinet.
    const to =
      verb === "recommended" ? /^Recommended to ((?:the )?[A-Z][^:]{1,40}):/.exec(s.decision!)?.[1] : undefined;
    const titled = (max: number) => `${shortHeading(s.heading, max)}${to ? ` to ${to}` : ""}`;
    const title = titled(rest.length === 1 ? 22 : 8);
    // "Question and Answer Session with the Leader …" whose minute only notes the answers: the committee questioned
    // them, it decided nothing.
    const whom = /^(?:noted|decided on)$/.test(verb) ? questionedWhom(originals.get(s) ?? s.heading) : null;
    if (whom) return questionedEntry(whom, s, title);
    // An advisory body's comments on a schedule of applications: what it objected to, and where, the last to give way
    // (docs/summaries.md#a-conservation-areas-advisory-committees-minutes).
    const objections = objectionsPhrase(s.bullets.map((b) => b.text));
    if (objections)
      return {
        phrase: { verb: objections.verb, object: objections.object },
        verb: objections.verb,
        title,
        fewer: objections.fewer,
        keep: true,
      };
    const callIn = callInPhrase(s.decision!, originals.get(s) ?? s.heading);
    if (callIn) return { phrase: callIn, verb: callIn.verb, title };
    const motion = motionPhrase(
      originals.get(s) ?? s.heading,
      s.decision,
      s.bullets.map((b) => b.text),
    );
    if (motion) return { phrase: motion, verb: motion.verb, title };
    // A report only noted, and a member's motion on it not agreed: what was turned down.
    const turnedDown = motionTurnedDown(
      s.decision,
      s.bullets.map((b) => b.text),
    );
    if (turnedDown) return { phrase: turnedDown, verb: turnedDown.verb, title };
    // "heard and commented on a presentation on …": a panel that only heard a scheme did not decide on it.
    const heard = presentationHeard(originals.get(s) ?? s.heading, s.decision!);
    if (heard)
      return { phrase: { verb: heard.verb, object: heard.object }, verb: heard.verb, title, fewer: heard.fewer };
    // A budget Council's decision: the Council Tax set, said shorter before it gives way to its title.
    const tax = councilTaxWordings(
      s.decision!,
      s.bullets.map((b) => b.text),
    );
    if (tax) return { phrase: tax[0]!, verb: "set", title, fewer: tax.slice(1).map((p) => p.object), keep: true };
    // A hearing's verdict on a member's conduct, by the Code's paragraphs, with its sanctions: what the hearing is for,
    // the last to give way (docs/summaries.md#a-standards-hearings-verdict).
    const verdict = codeVerdict(s.decision!);
    if (verdict)
      return { phrase: verdict.phrase, verb: "found", title, fewer: verdict.fewer, decision: s.decision!, keep: true };
    // Draft recommendations a review group agreed: what its report will ask, the last to give way
    // (docs/summaries.md#a-scrutiny-review-groups-minutes).
    const recommendations = recommendationsPhrase(s.decision!);
    if (recommendations) return { phrase: recommendations, verb: "agreed", title, keep: true };
    const raw = outcomePhrase(s.decision!, s.heading);
    // Who was offered or appointed to which post is what an appointments panel is for, whatever its later clauses
    // recommend to Council ("… be designated as Section 151 Officer"): said first, the last to give way
    // (docs/summaries.md#a-chief-officers-employment-panels-minutes).
    if (raw && namesAPost(raw)) return { phrase: raw, verb: raw.verb, title, decision: s.decision!, keep: true };
    // So are a body's own priorities for the year, said as agreed (docs/summaries.md#overviews-read-as-a-resident-stop-37).
    if (setsPriorities(raw)) return { phrase: raw, verb: raw!.verb, title, decision: s.decision!, keep: true };
    // A budget the partners of a joint committee share, by each one's share: its headline outcome, the last to give
    // way (docs/summaries.md#a-joint-committees-minutes).
    if (raw && sharesBudget(raw)) return { phrase: raw, verb: raw.verb, title, decision: s.decision!, keep: true };
    // "recommended that the Portfolio Holder approve the 19 small grants …" is "recommended to the Portfolio Holder the
    // 19 small grants …", said with the other things recommended to the Portfolio Holder.
    const found = raw && asThingRecommended(raw);
    // "(1) the draft budget be noted; (2) the comments of the Committee be referred to Cabinet": it referred them.
    if (found?.verb === "referred")
      return { phrase: found, verb: found.verb, title, fewer: toWhomShorter(found.object) };
    // "made recommendations on Rayners Lane Area Controlled Parking Zone…" says nothing of what was recommended: the
    // decision's first recommendation, and to whom, where its words allow (docs/summaries.md#what-was-recommended).
    const advice = said === "recommended" && !found ? recommendationPhrase(s.decision!, s.heading) : null;
    const fewer = advice
      ? advice.shorter
      : raw?.verb === "recommended"
        ? shorterRecommendations(raw.object, s.heading).flatMap((o) => {
            const shorter = asThingRecommended({ verb: raw.verb, object: o });
            return shorter.verb === found!.verb ? [shorter.object] : [];
          })
        : [];
    return {
      phrase: advice ? { verb: advice.verb, object: advice.object } : found,
      fewer,
      // A recommendation to full Council is decided there next: among the outcomes a resident most needs to hear of.
      ...(advice && (FOR_COUNCIL.test(advice.verb) || (recommending === 1 && afterNotings(s.decision!) !== s.decision))
        ? { keep: true }
        : {}),

      decision: s.decision!,
      verb,
      // "approved the Capital Programme …" where the decision names it so; other verbs keep their titles bare.
      // "deferred the application for The Old Mill, 2 River Lane", never "deferred The Old Mill, …"
      // (docs/summaries.md#overviews-read-as-a-resident-stop-39).
      title: grantedWhat(verb, NAMED_AS_DECIDED.test(verb) ? titleAsDecided(title, s.decision!) : title, s.decision!),
      shorter: (max: number) =>
        grantedWhat(
          verb,
          NAMED_AS_DECIDED.test(verb) ? titleAsDecided(titled(max), s.decision!) : titled(max),
          s.decision!,
        ),
    };
  });
  // "noted Participation Service Update, Children Missing from Care and 4 other items" is a list of agenda titles:
  // four or more papers only noted are counted ("noted 6 reports and a presentation"), leaving room for the key
  // point that says what they found. Without one, the titles are all the overview can say of them.
  const notedOnly = entries.filter((e) => e.verb === "noted" && e.phrase === null);
  // Beside recommendations said in their own words (an advisory forum's business), two papers only noted are counted
  // too: their titles would crowd out what was recommended. Among many decisions they are counted with the others.
  const advising = entries.length <= MANY_OUTCOMES && entries.some((e) => e.phrase?.verb.startsWith("recommended"));
  if (notedOnly.length >= (advising ? 2 : 4) && keyFinding(sections)) {
    const papers = rest.filter((s, i) => notedOnly.includes(entries[i]!));
    entries.splice(0, entries.length, ...entries.filter((e) => !notedOnly.includes(e)), {
      phrase: { verb: "noted", object: countPapers(papers.map((s) => s.decision!)) },
      verb: "noted",
      title: "",
    });
  }
  for (const s of heardOnly)
    entries.push({
      phrase: callInHeard(originals.get(s) ?? s.heading)!,
      verb: "heard",
      title: shortHeading(s.heading),
    });
  return entries;
}

/**
 * "its comments to the Portfolio Holder for Planning and Regeneration" -> "its comments to the Portfolio Holder": to
 * whom something was referred, said by the post alone when the overview is short of words.
 */
export function toWhomShorter(object: string): string[] {
  const shorter = object.replace(/\b(the Portfolio Holder) for [A-Z][\w'-]*(?:(?:,| and| &) [A-Z][\w'-]*)*$/, "$1");
  return shorter !== object ? [shorter] : [];
}

/** "recommended to Council": what full Council is asked to decide next. */
const FOR_COUNCIL = /^recommended to Council$/;

/** "7 reports", "6 reports and a presentation", or "7 items" when the decisions do not say what was noted. */
export function countPapers(decisions: string[]): string {
  const kinds = ["report", "presentation"].map(
    (kind) => decisions.filter((d) => new RegExp(`\\b${kind}s?\\b`, "i").test(d)).length,
  );
  const [reports, presentations] = kinds as [number, number];
  if (reports + presentations !== decisions.length) return `${decisions.length} items`;
  const count = (n: number, noun: string) => (n === 1 ? `a ${noun}` : `${n} ${noun}s`);
  if (!presentations) return count(reports, "report");
  return reports
    ? `${count(reports, "report")} and ${count(presentations, "presentation")}`
    : count(presentations, "presentation");
}

/** The verbs whose agenda titles are said as the decision names them ("approved the Pay Policy Statement …"). */
const NAMED_AS_DECIDED = /^(?:approved|adopted|agreed|endorsed|accepted)$/;

/**
 * A question-and-answer session whose minute also refers something on ("(2) the Committee's concerns about the rising
 * cost of home-to-school transport … be referred to Cabinet"): the committee questioned them and referred its concerns,
 * both said ("questioned the Leader and the Chief Executive, referring its concerns about the rising cost of
 * home-to-school transport to Cabinet"), shorter without what the concerns are for, then as questioning alone.
 */
function questionedEntry(whom: string, s: SummarySection, title: string): Entry {
  const referred = outcomePhrase(s.decision!, s.heading);
  if (referred?.verb !== "referred" || !/ to [A-Z]/.test(referred.object))
    return { phrase: { verb: "questioned", object: whom }, verb: "questioned", title };
  const object = referred.object.replace(/^the (?:Committee|Sub-Committee|Panel|Board|Forum)['\u2019]s /, "its ");
  const shorter = object.replace(/ (?:for|with|in) [^,]+?(?= to [A-Z][\w-]*$)/, "");
  const fewer = [`${whom}, referring ${shorter}`, whom].filter((f, i, all) => all.indexOf(f) === i);
  return {
    phrase: { verb: "questioned", object: `${whom}, referring ${object}` },
    verb: "questioned",
    title,
    fewer: fewer.filter((f) => f !== `${whom}, referring ${object}`),
  };
}
