import { upperFirst } from "../text/sentences";

// A minute that records a debate: who moved and seconded a motion or an amendment, and the members' speeches.

/** Who moved and seconded a motion or an amendment, and what it was, as minutes record it. */
const MOVER = String.raw`(?:Councill?or|Cllr\.?|the Leader|the Mayor|the Deputy Leader)(?: [A-Z][\w'\u2019-]+){0,3}(?:, the [^,]{3,60},)?`;
/**
 * A member named after their post, as a budget Council's minutes name the group leaders: "The Leader of the
 * Opposition, Councillor A,". The post goes; the name is who moved.
 */
const POST_FIRST = String.raw`(?:the (?:Leader|Deputy Leader|Portfolio Holder|Chair)\b[^,]{0,60}, (?=Councill?or |Cllr))?`;
/** "… moved the following amendment on behalf of the Opposition Group, which …": whose amendment, not who seconded. */
const ON_BEHALF = String.raw`(?: on behalf of (?:the )?[A-Z][^,]{2,50})?`;
const WHO = String.raw`${POST_FIRST}${MOVER},?`;
const MOVED = new RegExp(
  String.raw`^(${WHO}) moved(?: the following| an| a| the)? (motion|amendment|recommendation)s?${ON_BEHALF},? (?:which|and) (${WHO}) seconded\s*:?\.?$|^(${WHO}) moved(?: the following| an| a| the)? (motion|amendment|recommendation)s?${ON_BEHALF},? seconded by (${WHO})\s*:?\.?$`,
  "i",
);

/** "Councillor A moved the following amendment, which Councillor B seconded:" -> "Amendment moved by Councillor A, seconded by Councillor B". */
export function movedLine(text: string): { line: string; amendment: boolean } | null {
  const m = MOVED.exec(text.trim());
  if (!m) return null;
  const [mover, what, seconder] = m[1] ? [m[1], m[2]!, m[3]!] : [m[4]!, m[5]!, m[6]!];
  const strip = (who: string) => who.replace(/,\s*$/, "").replace(/^the [^,]+, (?=Councill?or |Cllr)/i, "");
  return {
    line: `${upperFirst(what.toLowerCase())} moved by ${strip(mover)}, seconded by ${strip(seconder)}`,
    amendment: /^amendment/i.test(what),
  };
}

/** "Councillor A said that …": one member's speech in a debate. */
export const SPEECH =
  /^(?:Councill?or|Cllr\.?) [A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){0,2}(?:, [^,]{3,60},)? (?:said|stated|argued|added|noted|commented|spoke|felt|believed|considered|urged|welcomed|supported|opposed)\b/;

/** A minute that records a debate: a motion, amendment or recommendation moved and seconded. */
export function isDebate(text: string | null | undefined): boolean {
  const flat = (text ?? "").replace(/\s+/g, " ");
  return MOVED_OR_SECONDED.test(flat) || flat.split(/(?<=[.:])\s+/).some((x) => movedLine(x) !== null);
}

/** "The Portfolio Holder … moved the recommendation.", "Councillor B seconded the motion": the item is a debate. */
export const MOVED_OR_SECONDED =
  /\b(?:moved|seconded) the (?:following )?(?:substantive )?(?:motion|recommendations?|amendment)\b/i;
