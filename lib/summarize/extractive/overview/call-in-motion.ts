// The outcome of two kinds of item whose decision is not said by its own verb: a call-in heard by a sub-committee
// (said of the decision called in, never as the sub-committee's own) and a motion put to Council (carried or
// rejected, with its vote).
import { countWords, upperFirst } from "../../text/sentences";
import type { OutcomePhrase } from "./outcome-phrase";

/**
 * Whose decision was called in, and on what: "Call-In of the Cabinet Decision (27 May 2021) - Harrow Town Centre PSPO",
 * "Call-in of the Decision of Cabinet Held on 17 November 2011: Whitchurch Pavilion", "Call-In of Cabinet decision (22
 * November 2012) Whitchurch Playing Fields" (Harrow's titles from 2011 to 2021).
 */
const CALL_IN_TITLE =
  /^call[- ]in (?:of|on) (?:the )?(?:decision of (?:the )?(.+?)(?: held)? on \d{1,2} \w+ \d{4}|(.+?) decision\b(?:\s*\([^)]*\))?)\s*[-\u2013:]?\s*(\S.*)$/i;

/**
 * A call-in heard whose minute records no outcome (the page stops inside the representative's points): the
 * sub-committee still heard it, "heard the call-in of Cabinet's decision on <subject>", never "discussed <subject>".
 */
export function callInHeard(heading: string): OutcomePhrase | null {
  return callInPhrase("decided on ground ", heading);
}

/**
 * What a call-in sub-committee did with a decision called in, said of that decision: "referred back Cabinet's decision
 * on …", "did not uphold the call-in of Cabinet's decision on …", "heard the call-in of Cabinet's decision on …"
 * (where the minute records only the ground taken). Never "decided on
 * <title>", which reads as if the sub-committee had made the decision itself. Null for an item that is no call-in or a
 * decision in another shape.
 */
export function callInPhrase(decision: string, heading: string): OutcomePhrase | null {
  const title = CALL_IN_TITLE.exec(heading.trim());
  if (!title) return null;
  const maker = (title[1] ?? title[2]!).trim();
  const whose = /^(?:Cabinet|Council|Executive)$/i.test(maker) ? `${upperFirst(maker)}'s` : `the ${maker}'s`;
  const subject = title[3]!.replace(/[.\s]+$/, "").replace(/^The (?=[A-Z])/, "the ");
  const decisionOn = `${whose} decision on ${subject}`;
  const text = decision.replace(/\s+/g, " ");
  let phrase: OutcomePhrase | null = null;
  // A call-in heard on several grounds may be upheld on one and not on others: where the decision goes next (back to
  // its maker, or to Council) is the outcome, whatever was said of each ground.
  if (
    /(?<!\bnot (?:be )?)\breferred (?:back|to (?:the )?(?:decision[- ](?:maker|taker)|Cabinet|Portfolio Holder))\b/i.test(
      text,
    )
  )
    phrase = { verb: "referred back", object: decisionOn };
  else if (/(?<!\bnot (?:be )?)\breferred to (?:full )?Council\b/i.test(text))
    phrase = { verb: "referred to Council", object: decisionOn };
  else if (/\bnot (?:be )?upheld\b/i.test(text))
    phrase = { verb: "did not uphold", object: `the call-in of ${decisionOn}` };
  else if (/\bno further action\b/i.test(text))
    phrase = { verb: "took no further action on", object: `the call-in of ${decisionOn}` };
  else if (/\bupheld\b/i.test(text)) phrase = { verb: "upheld", object: `the call-in of ${decisionOn}` };
  // "The call-in on the PSPO was decided on ground e), …": the ground taken is the Decision line's; the overview says
  // only that the call-in was heard.
  else if (/\b(?:decided|considered|determined|heard) on grounds? /i.test(text))
    phrase = { verb: "heard", object: `the call-in of ${decisionOn}` };
  return phrase;
}

/** "Motion: Temporary Accommodation", "Opposition Motion - Library Opening Hours", "Motion 2 – Fostering": its subject. */
const MOTION_TITLE =
  /^(?:(?:Opposition|Administration|Councillor|Conservative|Labour|Liberal Democrat|Independent|Emergency|Urgent)\s+)?Motion(?:\s+\d+)?\s*[-\u2013:]\s*(\S.{1,100}?)\.?$/i;

/**
 * What Council did with a motion, from its minute: "carried the motion on Temporary Accommodation (19 votes to 11)",
 * "rejected the motion on Library Opening Hours (12 votes to 21)", never "decided on Motion: …". A motion whose minute
 * records a resolution but no vote was carried. Null for an item that is no motion, or whose outcome the minute does
 * not give.
 */
export function motionPhrase(heading: string, decision: string | null, bullets: string[]): OutcomePhrase | null {
  const title = MOTION_TITLE.exec(heading.trim());
  if (!title) return null;
  const subject = title[1]!.replace(/^The (?=[A-Z])/, "the ");
  const text = [decision ?? "", ...bullets].join(" ").replace(/\s+/g, " ");
  const votes = (m: RegExpMatchArray) => (m[1] && m[2] ? ` (${m[1]} votes to ${m[2]})` : "");
  // The mention that gives the vote, where one does ("The Motion was lost." then "… lost by 12 votes to 21").
  const find = (outcome: string) => {
    const mentions = [
      ...text.matchAll(
        new RegExp(`\\bmotion (?:was )?(?:${outcome})\\b(?:[^.;]*?\\bby (\\d+) votes? to (\\d+))?`, "gi"),
      ),
    ];
    return mentions.find((m) => m[1]) ?? mentions[0] ?? null;
  };
  const lost = find("lost|defeated|fell|not carried");
  const carried = find("carried|agreed|adopted");
  if (carried && !lost) return { verb: "carried", object: `the motion on ${subject}${votes(carried)}` };
  if (lost && !carried) return { verb: "rejected", object: `the motion on ${subject}${votes(lost)}` };
  return decision && !lost ? { verb: "carried", object: `the motion on ${subject}` } : null;
}

/** The longest a motion turned down may run in the overview. */
const TURNED_DOWN_MAX_WORDS = 20;

/**
 * A panel's item that only notes its report, where a member's motion was put to the vote and not agreed ("Motion moved
 * by A, seconded by B: that the Panel recommend to Cabinet that two trees be planted for every tree felled, in the same
 * street (not agreed, 3 votes to 5).") -> rejected "a motion that two trees be planted for every tree felled (3 votes
 * to 5)": what the meeting turned down is an outcome, where "noted" says nothing (docs/summaries.md#a-climate-advisory-panels-minutes).
 * Null for a decision that does more than note, or without such a line.
 */
export function motionTurnedDown(decision: string | null, bullets: string[]): OutcomePhrase | null {
  if (!decision || !/^The [^;.]{1,60}? (?:was|were) noted\.?$/.test(decision.trim())) return null;
  for (const bullet of bullets) {
    const m =
      /^Motion moved by [^:]+: that (.+?) \((?:not agreed|lost|defeated|not carried), (\d+ votes to \d+)\)\.?$/.exec(
        bullet.trim(),
      );
    if (!m) continue;
    const asked = m[1]!
      .replace(/^(?:the|this) [A-Z][\w-]*(?: [A-Z][\w-]*)* recommends? (?:to [^,;]+? )?that /, "")
      .split(/,(?!\d{3}\b)/)[0]!
      .trim();
    const object = `a motion that ${asked} (${m[2]})`;
    if (countWords(object) <= TURNED_DOWN_MAX_WORDS) return { verb: "rejected", object };
  }
  return null;
}
