// The preferences form as plain HTML controls (a server component: it works without JavaScript).
import type { PreferenceOptions } from "@/lib/digest/manage-preferences";
import { committeeKey, type Preferences } from "@/lib/digest/preferences";
import { mutedClass } from "@/app/_lib/styles";
import { savePreferences } from "./actions";

interface Props {
  token: string;
  councilName: string;
  options: PreferenceOptions;
  preferences: Preferences;
}

const boxClass = "rounded-lg border border-slate-200 p-4";

export function PreferencesForm({ token, councilName, options, preferences }: Props) {
  const chosenCommittees = new Set(preferences.committees.map(committeeKey));
  const chosenTopics = new Set(preferences.topics);
  return (
    <form action={savePreferences} className="space-y-6">
      <input type="hidden" name="token" value={token} />
      <fieldset className={boxClass}>
        <legend className="px-1 font-semibold">What should your digest cover?</legend>
        <label className="flex items-start gap-2">
          <input type="radio" name="scope" value="all" defaultChecked={preferences.scope === "all"} className="mt-1.5" />
          <span>Everything in {councilName}</span>
        </label>
        <label className="mt-2 flex items-start gap-2">
          <input type="radio" name="scope" value="selected" defaultChecked={preferences.scope === "selected"} className="mt-1.5" />
          <span>Only the committees, topics and keywords I choose below</span>
        </label>
      </fieldset>
      <fieldset className={boxClass}>
        <legend className="px-1 font-semibold">Committees</legend>
        {options.committees.length === 0 ? (
          <p className={mutedClass}>No committees have been imported yet.</p>
        ) : (
          <div className="grid gap-1 sm:grid-cols-2">
            {options.committees.map((c) => {
              const value = committeeKey(c);
              return (
                <label key={value} className="flex items-start gap-2">
                  <input type="checkbox" name="committee" value={value} defaultChecked={chosenCommittees.has(value)} className="mt-1.5" />
                  <span>{c.name}</span>
                </label>
              );
            })}
          </div>
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
                <input type="checkbox" name="topic" value={t.slug} defaultChecked={chosenTopics.has(t.slug)} className="mt-1.5" />
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
          Separated by commas, e.g. &quot;Stanmore, libraries, HS2&quot;. A meeting matches when its summary or agenda mentions one.
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
