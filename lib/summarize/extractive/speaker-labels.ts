import { countWords } from "../text/sentences";

// Speakers' labels said in full once per item, then short (docs/summaries.md#speakers-labels-once-in-full-stop-33).
// Minutes held to words give many points as a post's account, each with its speaker: "Portfolio Holder for
// Children's Services and Education: …", "Strategic Director of Finance and Assurance (Section 151 Officer): …".
// Within one item the reader meets the post in full the first time; after that the post is said as minutes
// themselves go on to say it ("the Portfolio Holder", "the Corporate Director"), where no other post of the item
// shortens to the same words, and a bracketed aside ("(Section 151 Officer)", "(Ms Clore)") is not said again.

/** The posts minutes go on to name by their rank alone: "Portfolio Holder", "Corporate Director", "Cabinet Member". */
const RANK = String.raw`(?:(?:Interim|Acting|Deputy|Assistant|Corporate|Strategic|Executive|Borough) )*(?:Director|Portfolio Holder|Cabinet Member)`;

/** A speaker's label opening a point: its post, the post's remit ("for Finance", "of People") and an aside. */
const LABEL = new RegExp(
  String.raw`^([A-Z][\w'\u2019-]*(?: (?:of|for|and|the|[A-Z][\w'\u2019-]*)){0,10}?)(?: \(([^()]{2,60})\))?:(?: (?=\S)|$)`,
);

/** "Portfolio Holder for Children's Services and Education" -> rank "Portfolio Holder", remit "Children's …". */
const RANKED_POST = new RegExp(String.raw`^(${RANK}) (?:for|of) (\S.{2,100})$`);

interface Label {
  /** The whole label with its colon and space: "Strategic Director of Finance (Section 151 Officer): ". */
  said: string;
  /** The post without its aside: "Strategic Director of Finance". */
  post: string;
  /** The aside in brackets, if any. */
  aside: string | null;
}

/** The speaker's label a point or a list's lead opens with, or null when it opens with none. */
export function speakerLabel(text: string): Label | null {
  const m = LABEL.exec(text);
  if (!m) return null;
  return { said: m[0], post: m[1]!, aside: m[2] ?? null };
}

/** The words that make one rank of another: "Corporate Director", "Deputy Portfolio Holder". */
const RANK_PREFIX = /((?:(?:Interim|Acting|Deputy|Assistant|Corporate|Strategic|Executive|Borough) )*)$/;

/**
 * The rank a post is said by after its first mention ("Portfolio Holder"), when the item names no other post of that
 * rank: every "Director" in the item's text (points, leads, decisions) must be this post, named in full with the same
 * words before it, so "Director:" is never said beside "Corporate Director:" or "Director of Public Health". Null for
 * a post minutes do not shorten ("Head of Regeneration Delivery") and for a rank another post shares.
 */
export function shortPost(post: string, itemText: string): string | null {
  const m = RANKED_POST.exec(post);
  if (!m) return null;
  const rank = m[1]!;
  // The rank's own noun ("Director", "Portfolio Holder") and the words before it ("Corporate").
  const noun = /(?:Director|Portfolio Holder|Cabinet Member)$/.exec(rank)![0];
  const prefix = rank.slice(0, rank.length - noun.length);
  const tail = post.slice(prefix.length);
  for (const other of itemText.matchAll(new RegExp(String.raw`\b${noun}\b`, "g"))) {
    const at = other.index!;
    if (!itemText.startsWith(tail, at) || RANK_PREFIX.exec(itemText.slice(0, at))![1] !== prefix) return null;
    // "… of Finance" and "… of Finance and Assurance" are two posts.
    if (/^ (?:and|of|for) [A-Z]/.test(itemText.slice(at + tail.length))) return null;
  }
  return rank;
}

/** Who speaks, as a post, a role or a councillor: an aside beside anything else ("Option 2 (preferred)") is kept. */
const SPEAKER =
  /\b(?:Director|Holder|Member|Officer|Head|Manager|Leader|Chief|Executive|Lead|Clerk|Chair|Mayor|Engineer|Advis[eo]r|Councill?or|Cllr)\b/;

/** The label a point is said with once its post has been met in full in the item, or null to keep it as it is. */
function shortened(label: Label, itemText: string): string | null {
  const short = shortPost(label.post, itemText);
  if (!short && !(label.aside && SPEAKER.test(label.post))) return null;
  return `${short ?? label.post}:${label.said.endsWith(" ") ? " " : ""}`;
}

/**
 * Within one item (`sections`, as buildSections builds them), a speaker's label is said in full the first time and
 * short after that: "Portfolio Holder for Housing: …", then "Portfolio Holder: …" when no other Portfolio Holder is
 * named in the item, and "Director of Finance (Section 151 Officer): …", then "Director of Finance: …". A list's lead
 * that is a label is shortened as one, over all its points. Bullets and leads are changed in place.
 */
export function labelsSaidOnce(
  sections: { bullets: { text: string; lead?: string }[]; decision?: string | null }[],
): void {
  const bullets = sections.flatMap((s) => s.bullets);
  const itemText = [...bullets.flatMap((b) => [b.lead ?? "", b.text]), ...sections.map((s) => s.decision ?? "")].join(
    "\n",
  );
  const met = new Set<string>();
  const leads = new Map<string, string>();
  /** `text` with its label shortened when its post was met before; the post is met from here on. */
  const said = (text: string): string => {
    const label = speakerLabel(text);
    if (!label) return text;
    const before = met.has(label.post);
    met.add(label.post);
    const short = before ? shortened(label, itemText) : null;
    return short ? `${short}${text.slice(label.said.length)}` : text;
  };
  for (const b of bullets) {
    if (b.lead) {
      const lead = leads.get(b.lead) ?? said(b.lead);
      leads.set(b.lead, lead);
      b.lead = lead;
    }
    b.text = said(b.text);
  }
}

/**
 * The words a point's label will give up (labelsSaidOnce) when an earlier point of the item (`before`: their texts
 * and leads) has said its post in full: what the point costs the words a condensed meeting left unspent is what it
 * will be said in. `said` is the item's other text (its heading and decision), read for another post of the same rank.
 */
export function labelWordsSaved(text: string, before: string[], said: string[]): number {
  const label = speakerLabel(text);
  if (!label || !before.some((b) => speakerLabel(b)?.post === label.post)) return 0;
  const short = shortened(label, [...before, text, ...said].join("\n"));
  return short ? countWords(label.said) - countWords(short) : 0;
}
