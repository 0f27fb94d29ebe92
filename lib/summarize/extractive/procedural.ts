import type { SummaryItem } from "../types";
import {
  isBriefQuestionsMinute,
  isRecordingRuleMinute,
  isSilenceMinute,
  isWelcomeMinute,
  REPRESENTATIVES,
} from "./standing-items";

// Harrow's standing items (docs/harrow.md#standing-items) carry no news unless something happened under them: they are
// folded into one short line. Questions, petitions and deputations become sections when the minutes record any.

const PROCEDURAL =
  /^((?:attendance|present|in attendance|those present)\s*:?$|apologies|attendance (?:by|of) (?:reserve|substitute)|opening reflections?\b|chair(?:man)? for the (?:panel|meeting|hearing)\b|order of (?:the )?agenda\b|reserve members|declarations? of interests?|minutes\b|council minutes|notes of (?:the )?(?:previous|last) meetings?\b|approval of (the )?minutes|appointment of (the )?(?:sub-committee |committee |panel |board |forum )?(vice[- ]?)?chair|election of (the )?(vice[- ]?)?chair|right of members to speak|(?:members'?|co-opted advisers?'?s?|advisers?'?s?) right to speak|licensing procedures?|(a )?minute'?s? (of )?silence|tributes? to\b|(?:an? |the )?welcomes?\b|(?:mayor|chair|chairman|leader)'?s? welcome\b|membership\b|changes? (to|in) (the )?membership\b|public notice|prayers|electronic voting|long service awards?|presentations? of (?:the )?(?:long service )?awards?|mayor'?s? (?:awards?|presentations?)|appointment of (?:the )?(?:mayor'?s? )?chaplain|civic functions|procedural motions|(?:protocol|procedure)s? for the (?:operation|conduct) of (?:the )?(?:call-?in )?(?:sub-committee|committee|panel|meeting|hearings?)\b|any other (urgent )?business|termination of (the )?meeting|close of (the )?meeting|arrangement of (the )?agenda|exclusion of the press|date of (the )?next meeting|agenda\s*-\s*part|resolved items|recommended items?|for consideration|representations on planning|addendum|key decision schedule|progress on scrutiny projects|guidance note for members of the public|supplemental addendum|references? from (council|the overview)|references from council and other|recording\s*:?\s*$|(?:the )?(?:audio |video )?recording of (?:this|the) meeting\b)/i;
const QUESTIONS =
  /^(public questions|petitions|deputations?|councillor questions|questions|public questions, petitions and deputations)\b/i;
const EMPTY_MINUTE =
  /\b(none|nil|no (questions|petitions|deputations|declarations|reserve|references|items?|other|urgent|apologies)\b|none were|there were no|were not received|no [a-z ]{0,30}(were|was|had been|have been|has been) (received|declared|made|submitted|asked|presented|raised))/i;

export type ItemRole = "procedural" | "questions" | "substantive";

export function classifyItem(item: SummaryItem): ItemRole {
  const title = item.title.trim();
  // The forum's lead-in as the item's title ("Representatives From the Following Associations Were in Attendance").
  if (REPRESENTATIVES.test((item.minutesText ?? "").trim()) || (item.minutesText && REPRESENTATIVES.test(title)))
    return "procedural";
  if (isSilenceMinute(item.minutesText ?? "")) return "procedural";
  if (isRecordingRuleMinute(item.minutesText ?? "")) return "procedural";
  if (isWelcomeMinute(item.minutesText ?? "")) return "procedural";
  if (QUESTIONS.test(title))
    return hasContent(item) && !(/questions/i.test(title) && isBriefQuestionsMinute(item.minutesText ?? ""))
      ? "questions"
      : "procedural";
  // "Any Other Business" under which a representative raised a matter and an officer undertook to act is business of
  // the meeting, as matters raised under "Matters Arising" are; "There was no other business." stays standing
  // (docs/summaries.md#a-business-consultative-panels-minutes).
  if (isRaisedOtherBusiness(item)) return "substantive";
  if (PROCEDURAL.test(title) && !isAnsweredReference(item)) return "procedural";
  // "Re-establishment of Committee (Council Side Membership), Re-appointment of Chair and Vice-Chair": the body set up
  // again and its chairs appointed, standing business however the title begins.
  if (
    /^re-?establishment of (?:the )?(?:committee|sub-committee|panel|forum|board)\b.*\b(?:re-?)?appointment of (?:the )?(?:vice[- ]?)?chair/i.test(
      title,
    )
  )
    return "procedural";
  // "There were no matters arising from the minutes": nothing to report; matters that were raised are business.
  if (/^matters arising\b/i.test(title) && !hasContent(item)) return "procedural";
  return "substantive";
}

/**
 * A reference from Council or another committee that Cabinet answered with a decision on its recommendations
 * ("Reference from the Overview and Scrutiny Committee - …", "RESOLVED: That … (2) recommendations 1, 2 and 4 be
 * agreed and recommendation 3 be not agreed"): the body's own business, with its debate and decision, not a standing
 * item. A reference only received or noted, or "none", stays standing business.
 */
function isAnsweredReference(item: SummaryItem): boolean {
  return (
    /^references? from\b/i.test(item.title.trim()) &&
    /\brecommendations?\b[^.;]{0,80}?\bbe (?:not )?(?:agreed|accepted|approved|rejected|adopted|endorsed)\b/i.test(
      item.minutesText ?? "",
    )
  );
}

/**
 * "Any Other Business" (or "Any Other Urgent Business") whose minute records something raised at the meeting, not that
 * there was none: a title that also holds the next meeting's date stays standing, as its date is said there.
 */
export function isRaisedOtherBusiness(item: SummaryItem): boolean {
  const title = item.title.trim();
  if (!/^any other (?:urgent )?business\s*$/i.test(title)) return false;
  return hasContent(item) && /\b(?:raised|asked|reported|undertook|informed|advised)\b/i.test(item.minutesText ?? "");
}

function hasContent(item: SummaryItem): boolean {
  const text = item.minutesText ?? "";
  if (!text.trim()) return false;
  return !(text.length < 300 && EMPTY_MINUTE.test(text));
}

/** The standing items' lines (lib/summarize/extractive/standing/), one per line. */
export { foldStandingItems as foldProcedural } from "./standing-items";
