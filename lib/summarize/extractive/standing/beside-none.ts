import { upperFirst } from "../../text/sentences";
import { compressAll } from "./compress";
import { isEmptyMinute } from "./empty-minute";
import type { Kind } from "./kinds";
import { NONE } from "./kinds";
import { NAME } from "./names";
import { ensureStop } from "./wording";

// A standing minute that says there was nothing, then says something else: the "none" line and the other thing
// in a sentence of its own, never the other thing under the item's label (a welcome as an apology, an officer who
// left as nobody).

/** What the line says beside the standing item's own: `apologies` still to be read as apologies, then `line`. */
export interface Beside {
  apologies: string | null;
  line: string;
}

/**
 * "There were no apologies for absence." then "The Chair welcomed Councillor A to his first meeting of the
 * Authority."; "There were no declarations of interest from members of the Authority." then "During the course of
 * the meeting, Ann Bell, Managing Director, left the meeting whilst item 6 … was considered …": none, and what followed.
 */
export function besideNone(kind: Kind, minutes: string): Beside | null {
  const [head, ...more] = minutes.split(/\n\s*\n/).map((p) => p.trim());
  if (!head || !isEmptyMinute(head)) return null;
  if (kind === "apologies") {
    const rest = more.filter(Boolean).join("\n\n");
    return rest && !isEmptyMinute(rest) && !NAME.test(head)
      ? { apologies: null, line: `${NONE.apologies!} ${ensureStop(compressAll(rest))}` }
      : null;
  }
  if (kind !== "declarations") return null;
  const left = more.filter((p) => /\bleft the (?:meeting|room)\b/i.test(p) && !/\bdeclared\b/i.test(p));
  if (left.length === 0) return null;
  const said = left.map((p) =>
    ensureStop(
      upperFirst(
        p
          .replace(/^(?:during|in) the course of the meeting,\s*/i, "")
          .replace(/\s+/g, " ")
          .replace(/\bwhilst\b/g, "while"),
      ),
    ),
  );
  return { apologies: null, line: [NONE.declarations!, ...said].join(" ") };
}

/**
 * "The Chair reported that A would be replacing B and joining the Board …" after the apologies: news of the
 * membership, said after them in its own sentence, never as an apology from A.
 */
export function apologyNews(minutes: string): Beside | null {
  const paragraphs = minutes
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const news = paragraphs.filter(
    (p) =>
      !/\bapolog|\babsen|\blateness\b/i.test(p) &&
      /^the (?:chair(?:man|woman)?|vice-chair(?:man)?) (?:reported|added|advised|announced) that\b/i.test(p),
  );
  if (news.length === 0 || news.length === paragraphs.length) return null;
  const told = news.map((p) =>
    ensureStop(
      p
        .replace(/\s+/g, " ")
        .replace(
          /(^|[.;]\s+)The (?:Chair(?:man|woman)?|Vice-Chair(?:man)?) (?:reported|added|advised|announced) that\s+(\S)/gi,
          (_m, before: string, first: string) => `${before}${first.toUpperCase()}`,
        ),
    ),
  );
  return { apologies: paragraphs.filter((p) => !news.includes(p)).join("\n\n"), line: told.join(" ") };
}
