import type { Metadata } from "next";
import Link from "next/link";
import { listPreferenceOptions, loadSubscriberPreferences } from "@/lib/subscriptions/manage-preferences";
import { PREFERENCES_ERRORS, isPreferencesErrorCode } from "@/lib/subscriptions/preferences-form";
import { UNSUBSCRIBE_PATH } from "@/lib/subscriptions/subscriber-links";
import { getDigestWebContext } from "@/lib/subscriptions/web-context";
import { describeFollowedIssues, findFollowableIssue, issueRefKey } from "@/lib/subscriptions/follow";
import { COUNCILS } from "@/lib/councils";
import { linkClass } from "@/app/_lib/styles";
import { PreferencesForm } from "./preferences-form";
import { revokeLinks } from "./revoke-actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your weekly digest", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function errorMessages(raw: string | string[] | undefined): string[] {
  const codes = typeof raw === "string" ? raw.split(",") : [];
  return [...new Set(codes.filter(isPreferencesErrorCode).map((c) => PREFERENCES_ERRORS[c]))];
}

export default async function PreferencesPage({ searchParams }: Props) {
  const params = await searchParams;
  const token = typeof params.token === "string" ? params.token : "";
  const { prisma, settings } = getDigestWebContext();
  const view = token ? await loadSubscriberPreferences(prisma, settings.secret, token) : null;
  if (!view && (params.revoked === "1" || params.revoked === "unsent")) {
    return (
      <section aria-labelledby="prefs-heading" className="max-w-prose space-y-4">
        <h1 id="prefs-heading" className="text-3xl font-bold tracking-tight">
          Your earlier links no longer work
        </h1>
        <p role="status">
          Every link to this page in the emails we sent you before has stopped working, including the one you used to
          get here. (Their unsubscribe links still work, so leaving is always possible.)
        </p>
        <p>
          {params.revoked === "1"
            ? "We've emailed you new links. Your next weekly digest will carry new links too."
            : "We couldn't email you new links just now; your next weekly digest will carry new ones."}
        </p>
      </section>
    );
  }
  if (!view) {
    return (
      <section aria-labelledby="prefs-heading" className="max-w-prose space-y-4">
        <h1 id="prefs-heading" className="text-3xl font-bold tracking-tight">
          This link can&apos;t be used
        </h1>
        <p>{PREFERENCES_ERRORS["invalid-link"]}</p>
      </section>
    );
  }
  const [options, followed, proposed] = await Promise.all([
    listPreferenceOptions(prisma, COUNCILS),
    describeFollowedIssues(prisma, view.preferences.issues),
    // "Follow this item": shown ticked, saved only with the rest of the form.
    params.follow ? findFollowableIssue(prisma, params.follow) : null,
  ]);
  const alreadyFollowed =
    proposed !== null && view.preferences.issues.some((i) => issueRefKey(i) === issueRefKey(proposed));
  const errors = errorMessages(params.error);
  return (
    <section aria-labelledby="prefs-heading" className="space-y-6">
      <div className="max-w-prose space-y-2">
        <h1 id="prefs-heading" className="text-3xl font-bold tracking-tight">
          Your weekly digest
        </h1>
        <p>For {view.maskedEmail}. No account needed: this page is reached only through the link in your emails.</p>
      </div>
      {params.welcome === "1" && (
        <p role="status" className="max-w-prose rounded border border-green-300 bg-green-50 p-3">
          You&apos;re subscribed. The first digest arrives on Monday morning. Below, you can narrow it to the
          committees, topics or keywords you care about.
        </p>
      )}
      {proposed && view.status === "confirmed" && (
        <p role="status" className="max-w-prose rounded border border-blue-300 bg-blue-50 p-3">
          {alreadyFollowed ? (
            <>You already follow &ldquo;{proposed.title}&rdquo;.</>
          ) : (
            <>
              &ldquo;{proposed.title}&rdquo; is ticked under &ldquo;Items you follow&rdquo; below. Press &ldquo;Save my
              choices&rdquo; to follow it.
            </>
          )}
        </p>
      )}
      {params.saved === "1" && errors.length === 0 && (
        <p role="status" className="max-w-prose rounded border border-green-300 bg-green-50 p-3">
          Your choices are saved.
        </p>
      )}
      {errors.length > 0 && (
        <div role="alert" className="max-w-prose rounded border border-amber-300 bg-amber-50 p-3">
          <ul className="list-disc pl-5">
            {errors.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </div>
      )}
      {view.status === "confirmed" ? (
        <PreferencesForm
          token={token}
          options={options}
          preferences={view.preferences}
          followed={followed}
          proposed={proposed && !alreadyFollowed ? proposed : null}
          suggestSelected={params.welcome === "1" && proposed !== null}
        />
      ) : (
        <p className="max-w-prose">{PREFERENCES_ERRORS["not-subscribed"]}</p>
      )}
      <p>
        <Link className={linkClass} href={`${UNSUBSCRIBE_PATH}?token=${view.unsubscribeToken}`}>
          Unsubscribe from the weekly digest
        </Link>
      </p>
      <form action={revokeLinks} className="max-w-prose space-y-2 rounded-lg border border-slate-200 p-4">
        <h2 className="font-semibold">Sign out of all links</h2>
        <p>
          Forwarded a digest, or think someone else has one of your links? This stops every link to this page we have
          sent you from working, this one included, so nobody else can see or change your choices. We&apos;ll email you
          new links. Unsubscribe links keep working, so you can always leave.
        </p>
        <input type="hidden" name="token" value={token} />
        <button id="revoke-links" type="submit" className="rounded border border-slate-400 px-3 py-1.5 font-medium">
          Stop all my links from working
        </button>
      </form>
    </section>
  );
}
