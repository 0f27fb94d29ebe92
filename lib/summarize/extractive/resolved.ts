// A minute's decision: found in the minute (resolution/extract.ts) and said in plain words (plainResolution below,
// through the readers in resolution/). Harrow minutes record decisions as "RESOLVED: That ..." or "RESOLVED: (1) ...;
// (2) ..." (docs/harrow.md#minutes-wording).
import { secondStepLater } from "./resolution/second-step";
import {
  CONDITIONS_LAST,
  alsoRecommended,
  asPrinted,
  bulletList,
  endAtClause,
  inClause,
  recommendedNow,
  reportNotedFirst,
  sameOfficerOnce,
  sayVerbOnce,
  withoutCutClause,
  withoutNotings,
} from "./resolution/clauses";
import { bodyRecommends } from "./resolution/body-recommends";
import { deciderSteps } from "./resolution/decider";
import { RECOMMENDS } from "./resolution/grammar";
import { plainWords } from "./resolution/plain-words";
import { willDo } from "./resolution/will-do";
import { adviceGiven } from "./resolution/advice";
import { prioritiesSetAs } from "./resolution/set-as";
import { isItRecommended, itRecommended } from "./resolution/it-recommended";

export { decisionVerb, extractResolved, isReportedAccount, withoutResolved } from "./resolution/extract";

/**
 * A resolution in plain words: the same decisions and figures without the report's cross-references ("as set out
 * in section 15 of the officer report", "(Appendix 2 to the report)"), the signature and closing time that the
 * printed minutes put after the last item, or the dangling "; and" between numbered resolutions.
 */
export function plainResolution(text: string): string {
  // "That it be recommended to Council that …": the recommending was done at the meeting, so the resolution is
  // said as what the meeting did ("It was recommended to Council that …"), not as a recommendation's own words.
  const itWasRecommended = isItRecommended(text);
  text = bodyRecommends(deciderSteps(itRecommended(text)));
  const parts = alsoRecommended(text);
  if (parts.length > 1) return parts.map(plainResolution).join(" ");
  const conditions = CONDITIONS_LAST.exec(text);
  if (conditions) return `${plainResolution(conditions[1]!)} ${asPrinted(conditions[2]!)}`;
  text = prioritiesSetAs(bulletList(withoutCutClause(text)));
  const recommends = RECOMMENDS.test(text) && !itWasRecommended;
  return secondStepLater(
    endAtClause(
      reportNotedFirst(
        sayVerbOnce(
          sameOfficerOnce(
            withoutNotings(willDo(recommendedNow(plainWords(adviceGiven(inClause(text)))), recommends), recommends),
          ),
        ),
      ),
    ),
  )
    .replace(/\u2060/g, "")
    .replace(OWN_COUNCIL, "$1")
    .replace(/\bfor the Municipal Year (\d{4}\/\d{2,4})\b/g, "for $1");
}

/**
 * "was elected Mayor of the London Borough of Harrow for the Municipal Year 2026/27": the council's own offices and
 * titles need not name the council, and a municipal year is its years ("Mayor for 2026/27")
 * (docs/summaries.md#an-annual-councils-minutes).
 */
const OWN_COUNCIL =
  /\b((?:Deputy )?Mayor|Honorary Alderm[ae]n|Honorary Freem[ae]n)(?: of the London Borough of [A-Z][a-z]+)\b/g;
