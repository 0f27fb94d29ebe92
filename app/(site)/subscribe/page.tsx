import type { Metadata } from "next";
import Link from "next/link";
import { SUBSCRIBE_MESSAGES } from "@/lib/subscriptions/request-subscription";
import { DEFAULT_COUNCIL_SLUG, findCouncil } from "@/lib/councils";
import { subscribePromise } from "@/lib/site";
import { weeklyPath } from "@/lib/urls";
import { linkClass, mutedClass } from "@/app/_lib/styles";
import { findFollowableIssue } from "@/lib/subscriptions/follow";
import { getDigestWebContext } from "@/lib/subscriptions/web-context";
import { subscribe } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Subscribe to the weekly digest", robots: { index: false } };

const RESULTS: Record<string, { tone: "ok" | "error"; text: string }> = {
  ok: { tone: "ok", text: SUBSCRIBE_MESSAGES.ok },
  invalid: { tone: "error", text: "Please enter a valid email address, like name@example.com." },
  "rate-limited": { tone: "error", text: SUBSCRIBE_MESSAGES.rateLimited },
  unavailable: { tone: "error", text: SUBSCRIBE_MESSAGES.unavailable },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SubscribePage({ searchParams }: Props) {
  const council = findCouncil(DEFAULT_COUNCIL_SLUG);
  const councilName = council?.name ?? "Harrow Council";
  const params = await searchParams;
  const resultKey = params.result;
  const result = typeof resultKey === "string" ? RESULTS[resultKey] : undefined;
  // "Follow this item" (/subscribe?follow=harrow:105210): the same sign-up, with the item carried to the emailed link.
  const follow = params.follow ? await findFollowableIssue(getDigestWebContext().prisma, params.follow) : null;
  return (
    <section aria-labelledby="subscribe-heading" className="max-w-prose space-y-4">
      <h1 id="subscribe-heading" className="text-3xl font-bold tracking-tight">
        {follow ? "Follow this item" : "Subscribe to the weekly digest"}
      </h1>
      {follow ? (
        <div className="space-y-2">
          <p>
            Get an email in the weeks when a meeting takes{" "}
            <Link className={linkClass} href={follow.path}>
              {follow.title}
            </Link>
            .
          </p>
          <p>
            Enter your email address. We send you a link: if you are new to the weekly digest, it confirms your
            subscription; if you already get it, it opens your choices. Either way the page it opens has this item
            ticked, and you save it there.
          </p>
        </div>
      ) : (
        <p>
          {subscribePromise(councilName)} Every Monday morning: what each committee decided last week, and what is
          coming up.
        </p>
      )}
      {result && (
        <p
          role="status"
          className={
            result.tone === "ok"
              ? "rounded border border-green-300 bg-green-50 p-3"
              : "rounded border border-amber-300 bg-amber-50 p-3"
          }
        >
          {result.text}
        </p>
      )}
      <form action={subscribe} className="flex flex-col gap-3 sm:flex-row sm:items-end">
        {follow && <input type="hidden" name="follow" value={`${follow.council}:${follow.iid}`} />}
        {follow && <input type="hidden" name="council" value={follow.council} />}
        <div className="flex grow flex-col gap-1">
          <label htmlFor="email" className="text-sm font-medium">
            Email address
          </label>
          <input
            id="email"
            name="email"
            type="email"
            required
            maxLength={254}
            autoComplete="email"
            className="w-full rounded border border-slate-400 px-3 py-2"
          />
        </div>
        <div aria-hidden="true" className="absolute -left-[10000px] h-px w-px overflow-hidden">
          <label htmlFor="website">Leave this field empty</label>
          <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" />
        </div>
        <button type="submit" className="rounded bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900">
          {follow ? "Email me the link" : "Subscribe"}
        </button>
      </form>
      <p className={mutedClass}>
        We send one email to confirm your address, then the digest once a week. Every email has a link to choose
        committees or topics, and a one-click unsubscribe. Read{" "}
        <Link className={linkClass} href={weeklyPath(council?.slug ?? DEFAULT_COUNCIL_SLUG)}>
          past weekly updates
        </Link>
        .
      </p>
    </section>
  );
}
