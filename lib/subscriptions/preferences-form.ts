// The preferences form (app/preferences) → validated Preferences, with messages a resident can act on. Whether
// the committees and topics exist is checked against the database afterwards (update-preferences.ts).
import { DEFAULT_COUNCIL_SLUG } from "@/lib/councils";
import {
  MAX_KEYWORD_LENGTH,
  MAX_KEYWORDS,
  MIN_KEYWORD_LENGTH,
  hasNoCriteria,
  preferencesSchema,
  type CommitteeRef,
  type Preferences,
} from "./preferences";

/** Codes rather than sentences, so a page can show them after a redirect (?error=code,code). */
export const PREFERENCES_ERRORS = {
  scope: "Choose whether you want everything or only what you pick.",
  council:
    "One of the councils you picked is not one we cover. Nothing was changed: please reload the page and choose again.",
  "no-council": "Tick at least one council to get everything from — or choose only what you pick.",
  committee:
    "One of the committees you picked is not one we know. Nothing was changed: please reload the page and choose again.",
  issue: "One of the items you follow could not be read. Nothing was changed: please reload the page and choose again.",
  topic:
    "One of the topics you picked is not one we know. Nothing was changed: please reload the page and choose again.",
  "keyword-count": `Please use at most ${MAX_KEYWORDS} keywords.`,
  "keyword-length": `Each keyword should be ${MIN_KEYWORD_LENGTH} to ${MAX_KEYWORD_LENGTH} characters long.`,
  "nothing-picked": "Pick at least one committee, topic or keyword — or choose everything.",
  "invalid-link": "This preferences link is not valid any more. Use the link in your latest digest email.",
  "not-subscribed":
    "You're not subscribed at the moment, so there is nothing to change. Subscribe again from the home page.",
  unreadable: "Some of your choices could not be read. Please try again.",
} as const;
export type PreferencesErrorCode = keyof typeof PREFERENCES_ERRORS;

export function isPreferencesErrorCode(code: string): code is PreferencesErrorCode {
  return Object.hasOwn(PREFERENCES_ERRORS, code);
}

export type PreferencesFormResult =
  { ok: true; preferences: Preferences } | { ok: false; errors: PreferencesErrorCode[] };

/** The form marks that it showed the councils, so that none ticked is told apart from a form without them. */
export const COUNCILS_SHOWN_FIELD = "councils-shown";

/** What the form posts; FormData satisfies it. */
export interface FormFields {
  get(name: string): FormDataEntryValue | null;
  getAll(name: string): FormDataEntryValue[];
}

const COMMITTEE_VALUE = /^([a-z0-9]+(?:-[a-z0-9]+)*):(\d{1,10})$/;
const TOPIC_VALUE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function strings(values: FormDataEntryValue[]): string[] {
  return values.filter((v): v is string => typeof v === "string");
}

export function splitKeywords(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.split(/[,;\n]/)) {
    const keyword = raw.replace(/\s+/g, " ").trim();
    if (keyword && !seen.has(keyword.toLowerCase())) {
      seen.add(keyword.toLowerCase());
      out.push(keyword);
    }
  }
  return out;
}

/**
 * `current` is what the subscriber has now: a form that did not show the councils (or, with "selected", had none
 * ticked, where they do not matter) keeps the councils they have rather than resetting them.
 */
export function parsePreferencesForm(form: FormFields, current?: Pick<Preferences, "councils">): PreferencesFormResult {
  const errors: PreferencesErrorCode[] = [];
  const scope = form.get("scope");
  if (scope !== "all" && scope !== "selected") errors.push("scope");

  const kept = current?.councils ?? [DEFAULT_COUNCIL_SLUG];
  let councils = kept;
  if (form.get(COUNCILS_SHOWN_FIELD) !== null) {
    const ticked = strings(form.getAll("council"));
    if (ticked.some((c) => !TOPIC_VALUE.test(c) || c.length > 60)) errors.push("council");
    else if (ticked.length > 0) councils = [...new Set(ticked)];
    else if (scope === "all") errors.push("no-council");
  }

  const committees: CommitteeRef[] = [];
  for (const value of strings(form.getAll("committee"))) {
    const match = COMMITTEE_VALUE.exec(value);
    if (!match) {
      errors.push("committee");
      break;
    }
    committees.push({ council: match[1] ?? "", cid: Number(match[2]) });
  }

  // Followed issues come back as "council:IId" (the form lists them ticked; unticking one stops following it).
  const issues: { council: string; iid: number }[] = [];
  for (const value of strings(form.getAll("issue"))) {
    const match = COMMITTEE_VALUE.exec(value);
    if (!match) {
      errors.push("issue");
      break;
    }
    issues.push({ council: match[1] ?? "", iid: Number(match[2]) });
  }

  const topics = strings(form.getAll("topic"));
  if (topics.some((t) => !TOPIC_VALUE.test(t) || t.length > 60)) {
    errors.push("topic");
  }

  const keywordText = form.get("keywords");
  const keywords = typeof keywordText === "string" ? splitKeywords(keywordText.slice(0, 5000)) : [];
  if (keywords.length > MAX_KEYWORDS) errors.push("keyword-count");
  if (keywords.some((k) => k.length < MIN_KEYWORD_LENGTH || k.length > MAX_KEYWORD_LENGTH))
    errors.push("keyword-length");

  if (errors.length > 0) return { ok: false, errors };
  const parsed = preferencesSchema.safeParse({
    scope,
    councils,
    committees: dedupe(committees, (c) => `${c.council}:${c.cid}`),
    topics: [...new Set(topics)],
    keywords,
    issues: dedupe(issues, (i) => `${i.council}:${i.iid}`),
    onlyWhenMatches: form.get("onlyWhenMatches") === "on",
  });
  if (!parsed.success) return { ok: false, errors: ["unreadable"] };
  if (parsed.data.scope === "selected" && hasNoCriteria(parsed.data)) return { ok: false, errors: ["nothing-picked"] };
  return { ok: true, preferences: parsed.data };
}

function dedupe<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
