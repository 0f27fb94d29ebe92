import { compressStanding } from "./compress";
import { shortTitle, words } from "./wording";

/** Who a declaration names, after a title; an older minute puts an initial before the surname: "Councillor N Shah". */
export const WHO =
  /(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\.? ((?:[A-Z]\.? )?[A-Z][\w'\u2019-]+(?:[ -][A-Z][\w'\u2019-]+){0,3})/;
/** A board's member from outside the council, named without a title: "Howard Bluston declared a personal interest". */
export const UNTITLED_DECLARANT =
  /^(?!(?:The|A|An|This|That|All|Each|Both|Members?|Councill?ors?|Cllrs?|It|He|She|They|No|None)\b)([A-Z][\w'\u2019-]+(?: [A-Z][\w'\u2019-]+){1,3}) (?:also )?declared\b/;

/**
 * A reason of at most `max` words, cut where a clause starts ("…Board of Conservators which adjoined …" ->
 * "…Board of Conservators") rather than mid-clause: at a clause just past the limit (up to 8 words more), else at the
 * last one before it, else with "…".
 */
function clauseWords(text: string, max: number): string {
  const all = text.split(/\s+/);
  if (all.length <= max) return text;
  const boundary = (i: number) => /,$/.test(all[i - 1]!) || /^(?:which|who|whom|where|whose)$/i.test(all[i]!);
  for (let i = max; i < Math.min(all.length, max + 8); i++)
    if (boundary(i)) return all.slice(0, i).join(" ").replace(/,$/, "");
  for (let i = max - 1; i >= 8; i--)
    if (boundary(i) || /^and$/i.test(all[i]!)) return all.slice(0, i).join(" ").replace(/,$/, "");
  return words(text, max);
}

export type InterestKind = "pecuniary" | "prejudicial" | "non-pecuniary" | "personal" | "";

export interface Declaration {
  who: string;
  kind: InterestKind;
  /** where and why: "item 10 (Commissioning of Harrow Paediatric Services), member of the CNWL Foundation Trust…" */
  detail: string;
  /** "dispensation, stayed", "left", "stayed and voted" */
  outcome: string;
}

export function formatDeclaration(d: Declaration, withKind: boolean): string {
  const detail = [withKind ? d.kind : "", d.detail].filter(Boolean).join(", ");
  const parts = [detail, d.outcome].filter(Boolean);
  return `${d.who}${parts.length ? ` (${parts.join("; ")})` : ""}`;
}

/**
 * One declaration of the minutes, tersely: who, where, why and whether they stayed, left, voted or had a
 * dispensation; the kind of interest apart, so a meeting's declarations can be listed under it once.
 */
export function parseDeclaration(first: string, rest = ""): Declaration {
  const text = first
    .replace(/^(in the course of the meeting|during the meeting|it be noted that),?\s*/i, "")
    // "a non- pecuniary interest": the page's stray space after the hyphen does not make it pecuniary.
    .replace(/\bnon-\s+pecuniary\b/gi, "non-pecuniary")
    // "a non-pecuniaryinterest": the kind the page ran into "interest" is still that kind.
    .replace(/\b(pecuniary|prejudicial|personal)(?=interests?\b)/gi, "$1 ")
    // "an interest in relation to public questions 7, 8 and 9 that she was …": the questions, then why.
    .replace(
      /\b(in relation to (?:public |councill?or )?questions? \d+(?:(?:, | and )\d+)*) that (?=(?:he|she|they) )/gi,
      "$1 in that ",
    )
    // "in that he was a member of Unison, and that his son works for the Council": the second reason reads on its own.
    .replace(/,\s+and that (?=(?:his|her|their|he|she|they)\b)/gi, ", and ")
    // "an interest in the above application arising from the fact that a member lived in the property": why.
    .replace(/\barising from the fact that\b/gi, "in that")
    // "Mr A, the Adviser to the Committee, wished it to be noted that he was the Chair of Governors of …": the same
    // as declaring an interest in that.
    .replace(
      /\b(?:wished|asked) (?:it )?to be (?:noted|recorded) that(?= (?:he|she|they) )/gi,
      "declared an interest in that",
    )
    // "declared an interest in main agenda item 4": the older page's main agenda, as against its planning list.
    .replace(/\b(in|on|for) main agenda item\b/gi, "$1 agenda item")
    .replace(/\s+/g, " ")
    .trim();
  const who = WHO.exec(text) ?? UNTITLED_DECLARANT.exec(text);
  if (!who) return { who: compressStanding(text).replace(/\.$/, ""), kind: "", detail: "", outcome: "" };
  // "Dr A and Mr B declared …", "Councillors A, B, C and D indicated …": every member the sentence names before its verb.
  const others = new RegExp(
    String.raw`^(?:(?:,\s*(?:and\s+)?|\s+and\s+)(?:(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\.?\s+)?[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*){0,3})+(?=,?\s+(?:each\s+|also\s+|both\s+)*(?:declared|indicated)\b)`,
  ).exec(text.slice(who.index + who[0].length));
  const names = others
    ? [
        who[1]!,
        ...others[0]
          .split(/,\s*(?:and\s+)?|\s+and\s+/)
          .map((n) => n.replace(/^(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\.?\s+/, "").trim())
          .filter(Boolean),
      ]
    : [who[1]!];
  const after = text.slice(who.index + who[0].length + (others?.[0].length ?? 0));
  const kind: InterestKind = /\bnon[- ]pecuniary\b/i.test(text)
    ? "non-pecuniary"
    : /\bpecuniary\b/i.test(text)
      ? "pecuniary"
      : /\bprejudicial\b/i.test(text)
        ? "prejudicial"
        : /\bpersonal\b/i.test(text)
          ? "personal"
          : "";
  // "… left the meeting whilst agenda item 13, Non-Executive Fees and Charges 2021, was considered": the item the
  // member left for, when the declaration names no other.
  const whilst =
    /\b(?:whilst|while|during) (?:agenda )?item ([\w/]+),\s+([^,;]+?),\s+(?:was|were) (?:considered|discussed)\b/i.exec(
      `${after}. ${rest}`,
    );
  // "in relation to item 11, Review of Licensing Policy.": the title after a comma, when nothing else follows it. An
  // item inside the reason ("in that he had previously declared an interest on agenda item 1/01") is not the one
  // declared on.
  const item =
    /\b(?:in|on|for|in relation to|relating to) ((?:agenda )?item [\w/]+(?:\.\w+)*(?: \((?:[^()]|\([^()]*\))+\)| [\u2013-] [^,;]+?|: [^,;]+?|, [A-Z][^,;]+?(?=\.(?:\s|$)|$))?|(?:public |councill?or )?questions \d+(?:(?:, | and )\d+)+|question \d+[^,;]*?)(?: of the agenda)?(?=,|;| because| as | in that|\.(?:\s|$)|$)/i.exec(
      after.split(/\b(?:in that|because)\b/i)[0]!.trimEnd(),
    )?.[1] ?? (whilst ? `item ${whilst[1]} \u2013 ${whilst[2]}` : undefined);
  // "an interest in a petition about traffic on West Harrow roads": what the interest is in, when no item is named.
  // "an interest on page 134 of the risk register which referenced …": where in the papers.
  const onPage = item
    ? undefined
    : /\binterest on (page \d+ of (?:the )?[^,;]+?)(?= which\b| as |,| because |;|\.(?:\s|$)|$)/i.exec(after)?.[1];
  // "an interest in the above item arising from her position as …": the item is the header's, the reason follows.
  const subject =
    item || onPage || /\binterest in (?:the|this) (?:above |said )?(?:item|matter|application)\b/i.test(after)
      ? undefined
      : /\binterests? (?:in|in relation to|relating to) ((?:a|an|the) [^,;]+?|[A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*)+)(?=,| as | because |;|\.(?:\s|$)|$)/.exec(
          after,
        )?.[1];
  const reason =
    /(?:\bbecause\b|\bas\b|\bin that\b|\bbeing\b|\bsince\b|\bdeclared that(?= (?:he|she|they) (?:is|was|were|are) )|(?<!\bitem [\w/.]+):)\s+(.+?)(?=;|(?<!\b(?:St|Mr|Mrs|Ms|Dr|No))\.(?:\s|$)|,? (?:and )?(?:accordingly |therefore |so )?(?:he |she |they )?(?:would )?(?:stay|stayed|remain|remained|leave|left)\b|,? (?:and )?(?:he |she |they )?would (?:not |take |withdraw |absent )|$)/i.exec(
      withoutItemTitles(after),
    )?.[1];
  const all = `${after}. ${rest}`;
  const outcome = [
    // "one of the Councillors requesting a dispensation": asking for one is not having it.
    /\bdispensation\b/i.test(all.replace(DISPENSATION_SOUGHT, "")) ? "dispensation" : "",
    leaving(all) ??
      (/\b(stay|stayed|remain|remained)\b/i.test(all)
        ? // "remained in the room and took part in the discussion and decision-making on all items": voted too.
          /\b(stayed and voted|and (the )?vote\b|and voted\b(?! (up)?on)|took part in the discussion and (?:decision-making|voting)\b)/i.test(
            all,
          ) && !/not vote/i.test(all)
          ? "stayed and voted"
          : /\b(while|whilst)\b[^;.]*\bvoted (up)?on\b/i.test(all)
            ? "stayed while voted on"
            : "stayed"
        : ""),
    /\b(not|did not) vote\b/i.test(all) ? "did not vote" : "",
    // "She remained in the room and did not take part in the discussion": present, but silent.
    /\b(?:did not|would not|took no) (?:take )?part\b/i.test(all) && !/\bnot vote\b/i.test(all)
      ? "did not take part"
      : "",
    // "…, but considered that she could speak and vote thereon": the reason is cut before the "but", the outcome kept.
    /\bcould (?:speak and vote|vote)\b/i.test(all) && !/\bcould not\b/i.test(all) ? "could speak and vote" : "",
    // "He confirmed that he would be representing some of the objectors": whom the member spoke for at the hearing.
    /\bwould be (?:representing|speaking (?:on behalf of|for)) ((?:some of |one of )?the (?:objectors?|applicants?|residents?|petitioners?)\b)/i
      .exec(all)?.[1]
      ?.replace(/^/, "represented ") ?? "",
    // "she would pass the chair to Councillor Christopher Baxter (Vice-Chair)": who chaired in their place.
    /\bpass(?:ed)? the chair to (?:Councillor |Cllr )?([A-Z][\w'\u2019-]*(?: [A-Z][\w'\u2019-]*)*(?: \([^)]*\))?)/
      .exec(all)?.[1]
      ?.replace(/^/, "chair passed to ") ?? "",
  ].filter(Boolean);
  const detail = [
    item ? itemReference(item) : onPage ? `on ${onPage}` : subject ? `in ${words(subject, 10)}` : "",
    // "a member of the GLA" -> "member of the GLA", "an honorary member of …" -> "honorary member of …", "is employed
    // by" -> "employed by": the article and verb add nothing.
    reason
      ? clauseWords(
          homeOrJob(nounPhrase(reason))
            .replace(/^(he|she|they) /i, "")
            // "as this was a role they currently occupied": what the reason is, without "this was".
            .replace(/^(?:this|it) (?:was|is) (?=(?:a|an)\b)/i, "")
            // "in that he was Chair of the Lee Valley Regional Park Authority": what the member is, without "was".
            .replace(
              /^(?:was|is|were|are) (?=(?:a|an|the)\b|one of\b|[A-Z]|employed\b|in receipt\b|members? of\b|(?:members|governors|employees|trustees|directors) of\b)/,
              "",
            )
            .replace(
              /^(a|an) (?=(?:(?:honorary|former|retired|life|lifelong|founding) )?((member|employee|governor|director|trustee|holder|chair(man)?) of (?!(his|her|their) family)|(resident|teacher|councillor|tenant|magistrate|volunteer|trustee|patron|appointee)\b))/i,
              "",
            ),
          28,
        )
      : "",
  ].filter(Boolean);
  const whoAll = names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : names[0]!;
  return { who: whoAll, kind, detail: detail.join(", "), outcome: outcome.join(", ") };
}

/** A dispensation asked for ("requesting a dispensation", "had applied for a dispensation"), not held. */
const DISPENSATION_SOUGHT =
  /\b(?:request(?:s|ed|ing)?|appl(?:y|ies|ied|ying|ication)s? for|seek(?:s|ing)?|sought)\s+(?:an?\s+|the\s+)?dispensations?\b/gi;

/**
 * A declaration's reason down to what the member is or has, cut where a clause starts so it never dangles: "Chair
 * of the Lee Valley Regional Park Authority, a levying authority" -> "Chair of the Lee Valley Regional Park
 * Authority", "Chairman of the Parish Church, which the regeneration schemes would affect" -> "Chairman of the
 * Parish Church", "employee of a Trades' Union who also works with other organisations…" -> "employee of a Trades'
 * Union". How the interest touches the item ("…Housing Repairs team, whose contract was one of the audits", "…lived in
 * Cambridge Road, one of the roads the zone would cover", "…a café on High Street, close to both sites") is the item's
 * header's to say, and goes the same way, as does who put the member there ("director of Northvale Homes Limited,
 * appointed by the Council as shareholder" -> "director of Northvale Homes Limited",
 * docs/summaries.md#a-shareholder-committees-minutes). A reason that is a clause from the start ("his wife works at
 * Northwick Park Hospital") is kept whole.
 */
export function nounPhrase(raw: string): string {
  // "as someone who works for the NHS" is what the member does: "works for the NHS".
  const reason = raw.replace(/^(?:someone|somebody|a person) who\s+(?=[a-z])/i, "");
  const cut =
    /,\s+(?:which|who|where|whom|whose|since|because|but|although|though|a|an|one of the|close to|near|near to|next to|opposite)\s|,\s+(?:appointed|nominated)\s+(?:by|as)\s|\s+who\s+(?:also|is|was|has|had)\s|\s+which\s+(?:is|was|has|had|would|will)\s|,?\s+and,?\s+(?:accordingly|therefore|so),?\s/i.exec(
      reason,
    );
  return cut && reason.slice(0, cut.index).trim().split(/\s+/).length >= 3 ? reason.slice(0, cut.index).trim() : reason;
}

/**
 * Where a member lives and what a member or relative does, said as that: "her home was on one of the roads within the
 * proposed conservation area" -> "lives in the proposed conservation area", "his home was in Canons Drive" -> "lives in
 * Canons Drive", "her husband was employed as a consultant at …" -> "her husband was a consultant at …". The area, road
 * or post is the interest; the words around it say it again.
 */
export function homeOrJob(reason: string): string {
  return (
    reason
      .replace(
        /^(?:his|her|their) (?:family )?(?:home|house) (?:was|is) (?:on|in) (?:one of the (?:roads|streets)|a (?:road|street)) (?:within|in|covered by) /i,
        "lives in ",
      )
      .replace(/^(?:his|her|their) (?:family )?(?:home|house) (?:was|is) (in|on|within) /i, "lives $1 ")
      // "was employed as a pharmacist by the Brookvale Trust": without "employed", the employer is where the post is
      // ("a pharmacist at the Brookvale Trust"), never "a pharmacist by …"
      // (docs/summaries.md#the-joint-health-scrutiny-committee-second-round).
      .replace(
        /\b(was|is|were|are) employed as (a|an) ([a-z][\w-]*(?: [a-z][\w-]*){0,2}) by (?=the\b|[A-Z])/gi,
        "$1 $2 $3 at ",
      )
      .replace(/\b(was|is|were|are) employed as (a|an) (?=[a-z])/gi, "$1 $2 ")
  );
}

/**
 * "in Agenda Item 51 (Crime Prevention Fund 2026-2028: Bid), in that …": an item's title in brackets is the item's, so a
 * colon inside it never starts the reason (docs/summaries.md#standing-lines-stop-36).
 */
function withoutItemTitles(text: string): string {
  return text.replace(/\b(item [\w/]+(?:\.\w+)*) \((?:[^()]|\([^()]*\))+\)/gi, "$1");
}

/** "Item 12 – Final Revenue Budget 2021/22 and Medium-Term…" -> "item 12 (Final Revenue Budget 2021/22)". */
function itemReference(item: string): string {
  // "item 3: Petitions" as "item 3 – Petitions".
  // "item 51 (Crime Prevention Fund 2026-2028: Bid)": the title in brackets, as after a dash.
  const m =
    /^(?:agenda )?item ([\w/.]+)(?: [\u2013-]|:|,) (.+)$/i.exec(item) ??
    /^(?:agenda )?item ([\w/.]+) \(((?:[^()]|\([^()]*\))+)\)$/i.exec(item);
  // "item 15: “People Services – Adult Mental Health Review”": the title without its quotation marks, which its
  // shortening would otherwise leave unpaired.
  if (m && !/\b(and|under) item\b/i.test(item))
    return `item ${m[1]} (${shortTitle(m[2]!.replace(/^\s*["\u201c\u2018]\s*|\s*["\u201d\u2019]\s*$/g, ""))})`;
  // "Question 7 under Item 5 – Councillor Questions" -> "question 7": the question is what was declared on.
  const question = /^question (\d+) under\b/i.exec(item);
  if (question) return `question ${question[1]}`;
  return item.replace(/^agenda /i, "").replace(/^Item/, "item");
}

/** "Sue Anderson (non-pecuniary, item 10 (…), member of …; stayed and voted)": one declaration, kind included. */
export function oneDeclaration(first: string, rest = ""): string {
  return formatDeclaration(parseDeclaration(first, rest), true);
}

/** "left", or "would leave if funding for disabled facilities grants were discussed": the condition is the fact. */
function leaving(text: string): string | null {
  if (!/\b(would )?(leave|left)\b/i.test(text)) return null;
  // "If the interest became pecuniary during the meeting she would leave the room": the condition comes first.
  const condition =
    /\b(?:would )?leave\b[^;.]*?\b(if [^;.]+)/i.exec(text)?.[1] ??
    /(?:^|[.;]\s*|\b)(if [^;.,]+?),?\s+(?:he|she|they) would leave\b/i.exec(text)?.[1]?.replace(/^If/, "if");
  return condition ? `would leave ${words(condition, 14)}` : "left";
}
