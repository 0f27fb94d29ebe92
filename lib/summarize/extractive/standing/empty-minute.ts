const NOTHING_OF =
  "(?:procedural motions?|matters(?: arising)?|apologies|reserves?|reserve members?|nominee members?|nominated members?|substitute members?|declarations?|interests?|petitions?|deputations?|questions|public questions|councillor questions|references?)";
// "no petitions or deputations were put", "no public questions, petitions or deputations had been received".
const NOTHING_LIST = `${NOTHING_OF}(?:(?:,|,? or|,? and) ${NOTHING_OF})*`;
const EMPTY = new RegExp(
  `^(none|nil|none received( from [a-z ]+)?|none were (received|declared|made)|there (was|were) none|there was no urgent business)\\.?$|\\b(no ${NOTHING_LIST}( for absence| of interests?)?( (were|was|had been))?( currently)? (received|declared|made|present|attended|recorded|submitted|put|nominated|appointed|included|raised)|(were|was) no ${NOTHING_LIST}|declared no interests|made no declarations|no (other )?councillors( from outside the [a-z -]+)? (had )?asked to speak|no (?:other )?(?:members|councillors),? (?:who were not members of the [a-z -]+, )?had indicated that they wished to speak)\\b`,
  "i",
);

export function isEmptyMinute(text: string): boolean {
  // "RESOLVED: To note that there were none.": the lead-in says nothing.
  const t = text
    .replace(/\bRESOLVED\s*:\s*/g, "")
    .replace(/^(?:it was noted that|to (?:note|record) that|that)\s+/i, "")
    .trim();
  // "… no declarations of interests made … except that Councillor A had submitted …": there was one.
  if (/\b(?:except|with the exception of|save that|save for)\b/i.test(t)) return false;
  // Every sentence says there was nothing: "The Board welcomed A as a guest. No apologies had been received." is not.
  return (
    t === "" ||
    (t.length < 220 &&
      t
        .split(/(?<=[.!?])\s+(?=[A-Z])/)
        .every((sentence) => EMPTY.test(sentence.replace(/^(?:to (?:note|record) that|that)\s+/i, ""))))
  );
}
