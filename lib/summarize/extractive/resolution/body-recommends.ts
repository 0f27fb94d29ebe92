// A body that recommends in its own name: "(2) the Panel recommend to Cabinet that an interim target be adopted …".
// Advisory panels print their recommendations so; it is the same step as "(2) it be recommended to Cabinet that …",
// which the readers after this one already say as "It was recommended to Cabinet that …", the thing recommended left
// in the words of a recommendation (docs/summaries.md#a-climate-advisory-panels-minutes).

/** The bodies that may recommend in their own name in a resolution's step. */
const OWN_BODY = String.raw`(?:the|this) (?:[A-Z][\w'\u2019-]* ){0,4}(?:Panel|Committee|Sub-Committee|Forum|Board|Group|Partnership)`;

/** Whom a recommendation goes to: the executive, the full council, a Portfolio Holder or another body named. */
export const RECIPIENT = String.raw`(?:Cabinet|Council|the Cabinet|the Council|the Executive|the Leader(?: of the Council)?|the Portfolio Holder(?: for [A-Z][\w,&'\u2019 -]*?)?|the [A-Z][\w'\u2019-]* (?:(?:[A-Z][\w'\u2019-]*|and|of|for) ){0,5}(?:Committee|Sub-Committee|Board|Panel))`;

const STEP = new RegExp(
  String.raw`(^(?:RESOLVED:?\s*)?(?:That,?\s+)?|\(\d+\)\s*|;\s*(?:and\s+)?)(?:that\s+)?${OWN_BODY} recommends? to (${RECIPIENT}) that\b([^;]*)`,
  "g",
);

/**
 * "(2) the Panel recommend to Cabinet that a bid of £2.6m be submitted, and that the contribution be committed" ->
 * "(2) it be recommended to Cabinet that a bid of £2.6m be submitted, and the contribution be committed": the body's
 * own recommendation said as the council's minutes print one; a second "and that" within it goes, so that what it
 * asks stays what is asked ("be committed"), never what was done. The whole resolution in that shape ("That the Panel
 * recommend to Cabinet that …") is "Resolved to RECOMMEND: (to Cabinet) That …". A resolution in any other shape is
 * unchanged.
 */
export function bodyRecommends(text: string): string {
  return text.replace(STEP, (m, lead: string, recipient: string, rest: string, at: number) => {
    const asked = rest.replace(/,? and that\s+(?=(?:the|a|an|its|their|this|these|[A-Z]))/g, ", and ");
    if (at > 0 || /^\(\d+\)/.test(lead)) return `${lead}it be recommended to ${recipient} that${asked}`;
    // "That the Panel recommend to Cabinet that …" as the whole resolution: the council's own label for it.
    return at + m.length === text.length ? `Resolved to RECOMMEND: (to ${recipient}) That${asked}` : m;
  });
}
