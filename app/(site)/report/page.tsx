import type { Metadata } from "next";
import { linkClass, mutedClass } from "@/app/_lib/styles";
import { reportProblem } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Report a problem", robots: { index: false } };

const RESULTS: Record<string, { tone: "ok" | "error"; text: string }> = {
  saved: { tone: "ok", text: "Thank you: your report has been passed to the people who run this site." },
  invalid: {
    tone: "error",
    text: "Please describe the problem in a few words (and leave the email empty or give a valid address).",
  },
  "rate-limited": {
    tone: "error",
    text: "Too many reports from your connection in the last hour; please try again later.",
  },
  unavailable: { tone: "error", text: "Sorry, something went wrong on our side. Please try again in a few minutes." },
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** A path on this site, or "/" for anything else (never an outside address in a link). */
function sitePath(value: unknown): string {
  return typeof value === "string" && /^\/(?!\/)\S{0,299}$/.test(value) ? value : "/";
}

export default async function ReportPage({ searchParams }: Props) {
  const params = await searchParams;
  const page = sitePath(params.page);
  const result = typeof params.result === "string" ? RESULTS[params.result] : undefined;
  return (
    <section aria-labelledby="report-heading" className="max-w-prose space-y-4">
      <h1 id="report-heading" className="text-3xl font-bold tracking-tight">
        Report a problem
      </h1>
      <p>
        Something wrong or missing in a summary? Tell us what, and we will check it against the council&apos;s papers.
        About:{" "}
        <a className={`${linkClass} break-all`} href={page}>
          {page}
        </a>
      </p>
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
      {result?.tone !== "ok" && (
        <form action={reportProblem} className="space-y-4">
          <input type="hidden" name="page" value={page} />
          <div className="flex flex-col gap-1">
            <label htmlFor="message" className="font-medium">
              What is wrong?
            </label>
            <textarea
              id="message"
              name="message"
              required
              minLength={10}
              maxLength={4000}
              rows={6}
              className="w-full rounded border border-slate-400 px-3 py-2"
            />
          </div>
          <div className="flex flex-col gap-1">
            <label htmlFor="contact" className="font-medium">
              Your email (optional, only to reply to you)
            </label>
            <input
              id="contact"
              name="contact"
              type="email"
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
            Send report
          </button>
        </form>
      )}
      <p className={mutedClass}>We store only what you write here and the page it is about.</p>
    </section>
  );
}
