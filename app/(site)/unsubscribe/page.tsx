import type { Metadata } from "next";
import Link from "next/link";
import { describeUnsubscribeLink } from "@/lib/subscriptions/unsubscribe-subscriber";
import { getDigestWebContext } from "@/lib/subscriptions/web-context";
import { linkClass } from "@/app/_lib/styles";
import { unsubscribe } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Unsubscribe", robots: { index: false } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function Page({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby="unsubscribe-heading" className="max-w-prose space-y-4">
      <h1 id="unsubscribe-heading" className="text-3xl font-bold tracking-tight">
        {title}
      </h1>
      {children}
    </section>
  );
}

const resubscribe = (
  <p>
    Changed your mind?{" "}
    <Link className={linkClass} href="/subscribe">
      Subscribe again
    </Link>
    .
  </p>
);

export default async function UnsubscribePage({ searchParams }: Props) {
  const params = await searchParams;
  if (params.done === "1") {
    return (
      <Page title="You're unsubscribed">
        <p>You won&apos;t receive the weekly digest any more.</p>
        {resubscribe}
      </Page>
    );
  }
  const { prisma, settings } = getDigestWebContext();
  const token = typeof params.token === "string" ? params.token : undefined;
  const info = token ? await describeUnsubscribeLink(prisma, settings.secret, token) : null;
  if (!info) {
    return (
      <Page title="This link can't be used">
        <p>
          The unsubscribe link is not valid: it may have been copied incompletely. Use the unsubscribe link at the
          bottom of your latest digest email.
        </p>
      </Page>
    );
  }
  if (info.alreadyUnsubscribed) {
    return (
      <Page title="You're already unsubscribed">
        <p>This address does not receive the weekly digest.</p>
        {resubscribe}
      </Page>
    );
  }
  return (
    <Page title="Unsubscribe from the weekly digest?">
      <p>
        Press the button to stop sending the weekly digest to <strong>{info.maskedEmail}</strong>.
      </p>
      <form action={unsubscribe}>
        <input type="hidden" name="token" value={token} />
        <button type="submit" className="rounded bg-blue-800 px-4 py-2 font-semibold text-white hover:bg-blue-900">
          Unsubscribe
        </button>
      </form>
    </Page>
  );
}
