import type { Metadata } from "next";
import { listOutboxMessages } from "@/lib/email/outbox";
import { formatDateTime } from "@/app/_lib/format";
import { linkClass, mutedClass } from "@/app/_lib/styles";
import { NotFoundResponse } from "@/app/_components/http-fallbacks";
import { outboxDir, outboxViewerEnabled } from "./local-only";

// The emails this install wrote instead of sending them (no SMTP_URL): newest first, each viewable as the
// subscriber would see it (HTML) and as it would travel (the raw .eml).
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: "Outbox (local only)", robots: { index: false } };

export default async function OutboxPage() {
  if (!outboxViewerEnabled()) return <NotFoundResponse />;
  const messages = await listOutboxMessages(outboxDir());
  return (
    <div className="space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Outbox</h1>
      <p className="max-w-prose text-slate-700">
        Emails written to <code className="rounded bg-slate-100 px-1">{outboxDir()}/</code> instead of being sent
        (no <code className="rounded bg-slate-100 px-1">SMTP_URL</code> is set). Only a local install shows this page.
      </p>
      {messages.length === 0 ? (
        <p className={mutedClass}>
          The outbox is empty. <code className="rounded bg-slate-100 px-1">npm run digest -- --demo</code> writes a sample
          weekly digest.
        </p>
      ) : (
        <ul className="divide-y divide-slate-200 border-y border-slate-200">
          {messages.map((m) => (
            <li key={m.name} className="space-y-1 py-3">
              <p className="font-medium">
                <a className={linkClass} href={`/dev/outbox/${m.name}`}>
                  {m.subject}
                </a>
              </p>
              <p className={mutedClass}>
                To {m.to}, written {formatDateTime(m.date)} ·{" "}
                <a className={linkClass} href={`/dev/outbox/${m.name}/source`}>
                  headers and text
                </a>
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
