import type { Metadata } from "next";
import Link from "next/link";
import { checkConfirmationToken } from "@/lib/subscriptions/confirm-subscription";
import { getDigestWebContext } from "@/lib/subscriptions/web-context";
import { issueRefKey, parseIssueRef } from "@/lib/subscriptions/follow";
import { linkClass } from "@/app/_lib/styles";
import { confirm } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Confirm your subscription", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function Problem({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby="confirm-heading" className="max-w-prose space-y-4">
      <h1 id="confirm-heading" className="text-3xl font-bold tracking-tight">
        {title}
      </h1>
      {children}
      <p>
        <Link className={linkClass} href="/subscribe">
          Subscribe again
        </Link>{" "}
        to get a new link.
      </p>
    </section>
  );
}

export default async function ConfirmPage({ searchParams }: Props) {
  const params = await searchParams;
  const token = typeof params.token === "string" ? params.token : undefined;
  // "Follow this item": carried on to the preferences page, which shows the item ticked.
  const follow = parseIssueRef(params.follow);
  const check = token
    ? await checkConfirmationToken(getDigestWebContext().prisma, token)
    : params.status === "expired"
      ? "expired"
      : "invalid";
  if (check === "expired") {
    return (
      <Problem title="This link has expired">
        <p>Confirmation links work for 48 hours. Nothing has been changed.</p>
      </Problem>
    );
  }
  if (check === "invalid") {
    return (
      <Problem title="This link can't be used">
        <p>
          It has already been used, or it was copied incompletely. If you already confirmed, you&apos;re subscribed: the
          weekly digest arrives on Monday mornings.
        </p>
      </Problem>
    );
  }
  return (
    <section aria-labelledby="confirm-heading" className="max-w-prose space-y-4">
      <h1 id="confirm-heading" className="text-3xl font-bold tracking-tight">
        Confirm your subscription
      </h1>
      <p>
        Press the button to start receiving the weekly digest by email. You can change what you get, or stop, at any
        time.
      </p>
      <form action={confirm}>
        <input type="hidden" name="token" value={token} />
        {follow && <input type="hidden" name="follow" value={issueRefKey(follow)} />}
        <button
          id="confirm-button"
          type="submit"
          className="rounded bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900"
        >
          Confirm my subscription
        </button>
      </form>
    </section>
  );
}
