// The preferences form as plain HTML controls (a server component: it works without JavaScript).
import type { PreferenceOptions } from "@/lib/subscriptions/manage-preferences";
import { committeeKey, type Preferences } from "@/lib/subscriptions/preferences";
import { COUNCILS_SHOWN_FIELD } from "@/lib/subscriptions/preferences-form";
import type { FollowableIssue } from "@/lib/subscriptions/follow";
import { linkClass, mutedClass } from "@/app/_lib/styles";
import { savePreferences } from "./actions";

interface Props {
  token: string;
  options: PreferenceOptions;
  preferences: Preferences;
  /** titles and pages of the followed items, keyed "council:IId" */
  followed: ReadonlyMap<string, { title: string; path: string }>;
  /** "Follow this item": an item not followed yet, shown ticked (saved with the form) */
  proposed: FollowableIssue | null;
  /** a new subscriber who came to follow an item: "only what I choose" is preselected */
  suggestSelected: boolean;
}

const boxClass = "rounded-lg border border-slate-200 p-4";

export function PreferencesForm({ token, options, preferences, followed, proposed, suggestSelected }: Props) {
  const scope = suggestSelected && proposed ? "selected" : preferences.scope;
  const issues = [
    ...preferences.issues.map((i) => ({ ...i, ...followed.get(`${i.council}:${i.iid}`), isNew: false })),
    ...(proposed
      ? [{ council: proposed.council, iid: proposed.iid, title: proposed.title, path: proposed.path, isNew: true }]
      : []),
  ];
  const chosenCommittees = new Set(preferences.committees.map(committeeKey));
  const chosenTopics = new Set(preferences.topics);
  const chosenCouncils = new Set(preferences.councils);
  const several = options.councils.length > 1;
  const committeeCount = options.councils.reduce((n, c) => n + c.committees.length, 0);
  return (
    <form action={savePreferences} className="space-y-6">
      <input type="hidden" name="token" value={token} />
      <input type="hidden" name={COUNCILS_SHOWN_FIELD} value="1" />
      {proposed && <input type="hidden" name="follow" value={`${proposed.council}:${proposed.iid}`} />}
      <fieldset className={boxClass}>
        <legend className="px-1 font-semibold">What should your digest cover?</legend>
        <label className="flex items-start gap-2">
          <input type="radio" name="scope" value="all" defaultChecked={scope === "all"} className="mt-1.5" />
          <span>
            {several
              ? "Everything in the councils ticked below"
              : `Everything in ${options.councils[0]?.name ?? "the council"}`}
          </span>
        </label>
        <label className="mt-2 flex items-start gap-2">
          <input type="radio" name="scope" value="selected" defaultChecked={scope === "selected"} className="mt-1.5" />
          <span>Only the committees, topics and keywords I choose below</span>
        </label>
        {several ? (
          <fieldset className="mt-3 ml-6">
            <legend className="text-sm font-semibold">Councils</legend>
            {options.councils.map((c) => (
              <label key={c.slug} className="flex items-start gap-2">
                <input
                  type="checkbox"
                  name="council"
                  value={c.slug}
                  defaultChecked={chosenCouncils.has(c.slug)}
                  className="mt-1.5"
                />
                <span>{c.name}</span>
              </label>
            ))}
          </fieldset>
        ) : (
          options.councils.map((c) => <input key={c.slug} type="hidden" name="council" value={c.slug} />)
        )}
      </fieldset>
      <fieldset className={boxClass}>
        <legend className="px-1 font-semibold">Committees</legend>
        {committeeCount === 0 ? (
          <p className={mutedClass}>No committees have been imported yet.</p>
        ) : (
          options.councils
            .filter((council) => council.committees.length > 0)
            .map((council) => (
              <div key={council.slug} className="mt-2 first:mt-0">
                {several && <p className="text-sm font-semibold">{council.name}</p>}
                <div className="grid gap-1 sm:grid-cols-2">
                  {council.committees.map((c) => {
                    const value = committeeKey(c);
                    return (
                      <label key={value} className="flex items-start gap-2">
                        <input
                          type="checkbox"
                          name="committee"
                          value={value}
                          defaultChecked={chosenCommittees.has(value)}
                          className="mt-1.5"
                        />
                        <span>{c.name}</span>
                      </label>
                    );
                  })}
                </div>
              </div>
            ))
        )}
      </fieldset>
      <fieldset className={boxClass}>
        <legend className="px-1 font-semibold">Topics</legend>
        {options.topics.length === 0 ? (
          <p className={mutedClass}>No topics yet.</p>
        ) : (
          <div className="grid gap-1 sm:grid-cols-2">
            {options.topics.map((t) => (
              <label key={t.slug} className="flex items-start gap-2">
                <input
                  type="checkbox"
                  name="topic"
                  value={t.slug}
                  defaultChecked={chosenTopics.has(t.slug)}
                  className="mt-1.5"
                />
                <span>
                  {t.name}
                  <span className={`block ${mutedClass}`}>{t.description}</span>
                </span>
              </label>
            ))}
          </div>
        )}
      </fieldset>
      <div className={boxClass}>
        <label htmlFor="keywords" className="font-semibold">
          Keywords
        </label>
        <p className={mutedClass} id="keywords-help">
          Separated by commas, e.g. &quot;Stanmore, libraries, HS2&quot;. A meeting matches when its summary or agenda
          mentions one.
        </p>
        <input
          id="keywords"
          name="keywords"
          type="text"
          maxLength={1200}
          aria-describedby="keywords-help"
          defaultValue={preferences.keywords.join(", ")}
          className="mt-2 w-full rounded border border-slate-400 px-3 py-2"
        />
      </div>
      {issues.length > 0 && (
        <fieldset className={boxClass}>
          <legend className="font-semibold">Items you follow across meetings</legend>
          <p className={mutedClass}>
            A meeting matches when it takes one of these. Untick one to stop following it.
            {proposed &&
              scope === "all" &&
              " (You get everything at the moment, which already includes them: choose “Only the committees, topics and keywords I choose” to get only these.)"}
          </p>
          {issues.map((i) => (
            <label key={`${i.council}:${i.iid}`} className="mt-1 flex items-start gap-2">
              <input type="checkbox" name="issue" value={`${i.council}:${i.iid}`} defaultChecked className="mt-1.5" />
              <span>
                {i.path && i.title ? (
                  <a href={i.path} className={linkClass}>
                    {i.title}
                  </a>
                ) : (
                  `Item ${i.iid} (${i.council}), no longer listed by the council`
                )}
                {i.isNew && <span className={`ml-1 ${mutedClass}`}>(new: save to follow it)</span>}
              </span>
            </label>
          ))}
        </fieldset>
      )}
      <label className="flex items-start gap-2">
        <input type="checkbox" name="onlyWhenMatches" defaultChecked={preferences.onlyWhenMatches} className="mt-1.5" />
        <span>Only send me an email in weeks when something matches my choices</span>
      </label>
      <button type="submit" className="rounded bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900">
        Save my choices
      </button>
    </form>
  );
}
