// A standards hearing's verdict as the overview says it: which paragraphs of the Code of Conduct a member breached and
// which not, and the sanctions, from the decision's own clauses (docs/summaries.md#a-standards-hearings-verdict).
import { PERSON } from "../person";
import type { OutcomePhrase } from "./outcome-phrase";

const PARAGRAPHS = String.raw`paragraphs? (\d+(?:\.\d+)*(?:(?:, | and )\d+(?:\.\d+)*)*)`;
const BREACH = new RegExp(String.raw`\bin breach of ${PARAGRAPHS}`);
const NO_BREACH = new RegExp(String.raw`\b(?:no breach|not in breach|did not breach|not a breach) of ${PARAGRAPHS}`);
const CODE = /\bof (the (?:[A-Z][\w'\u2019]* ){0,3}Code of Conduct)\b/;
const SUBJECT = new RegExp(String.raw`^(?:\(\d{1,2}\)\s*)?(${PERSON}) (?!be\b)[a-z]`);

/** "3.1", "3.1 and 4.1", "3.1, 3.2 and 4.1": paragraph numbers as a list. */
function paragraphs(list: string): string[] {
  return list.split(/, | and /).filter(Boolean);
}

function joined(items: string[]): string {
  return items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}

function numbered(items: string[]): string {
  return `paragraph${items.length > 1 ? "s" : ""} ${joined(items)}`;
}

/** The sanctions the decision's clauses give, each in a few of its own words; nothing it does not say. */
function sanctions(clauses: string[], subject: string): string[] {
  const found: string[] = [];
  const own = (c: string) => c.replace(/^(?:\(\d{1,2}\)\s*)?/, "");
  for (const clause of clauses.map(own)) {
    if (!clause.includes(subject) && !/\b(?:him|her|them)\b/.test(clause)) continue;
    const censure = /\b(?:be|was|were) (formally )?(censured|reprimanded)\b/.exec(clause);
    if (censure) found.push(`${censure[1] ? "a formal" : "a"} ${censure[2] === "censured" ? "censure" : "reprimand"}`);
    else if (/\b(?:send|give|make|offer)s? (?:a )?(?:written )?apology\b|\bapologi[sz]e\b/.test(clause))
      found.push(
        `${/\basked to\b/.test(clause) ? "a request for " : ""}${/\bwritten apology\b/.test(clause) ? "a written apology" : "an apology"}`,
      );
    else {
      const removal =
        /\bremove (?:him|her|them|[^;]{0,40}?) from (the [A-Z][^;,]*?) for (?:a period of )?([\w-]+ (?:months?|weeks?|years?))\b/.exec(
          clause,
        );
      if (removal)
        found.push(
          `${/\brecommended\b/.test(clause) ? "a recommended " : ""}removal from ${removal[1]} for ${removal[2]}`,
        );
      else if (/\battend training\b/.test(clause))
        found.push(/\basked to attend\b/.test(clause) ? "a request to attend training" : "training");
    }
  }
  return found;
}

/**
 * "(1) Councillor A failed to …, in breach of paragraph 3.1 of the Members' Code of Conduct; (2) … there was no breach
 * of paragraph 3.2 of the Code; (3) Councillor A be formally censured …" -> found "Councillor A in breach of paragraph
 * 3.1 of the Members' Code of Conduct but not of paragraph 3.2, with a formal censure": a hearing's verdict, by the
 * Code's paragraphs, with the sanctions its clauses give. `fewer` holds shorter wordings (the censure alone, then the
 * breaches alone). Null for a decision that finds on no paragraph of a Code of Conduct.
 */
export function codeVerdict(decision: string): { phrase: OutcomePhrase; fewer: string[] } | null {
  const code = CODE.exec(decision)?.[1];
  if (!code) return null;
  const clauses = decision.split(/;\s+/);
  const breached: string[] = [];
  const cleared: string[] = [];
  let subject: string | undefined;
  for (const clause of clauses) {
    const no = NO_BREACH.exec(clause);
    if (no) {
      cleared.push(...paragraphs(no[1]!));
      continue;
    }
    const yes = BREACH.exec(clause);
    if (!yes) continue;
    breached.push(...paragraphs(yes[1]!));
    subject ??= SUBJECT.exec(clause)?.[1];
  }
  if (breached.length === 0 || !subject) return null;
  const notOf = cleared.length ? ` but not of ${numbered(cleared)}` : "";
  const found = `${subject} in breach of ${numbered(breached)} of ${code}`;
  const given = sanctions(clauses, subject);
  const object = `${found}${notOf}${given.length ? `, with ${joined(given)}` : ""}`;
  const fewer = [
    ...(given.length > 1 ? [`${found}${notOf}, with ${given[0]}`] : []),
    ...(given.length ? [`${found}${notOf}`] : []),
    ...(notOf ? [found] : []),
  ];
  return { phrase: { verb: "found", object }, fewer };
}
