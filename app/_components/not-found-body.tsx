import Link from "next/link";
import { DEFAULT_COUNCIL_SLUG } from "@/lib/councils";
import { committeesPath, topicsPath } from "@/lib/urls";
import { linkClass } from "@/app/_lib/styles";

/** What a reader sees on any 404: what may have happened and where to go next. */
export function NotFoundBody() {
  return (
    <section aria-labelledby="not-found-heading" className="space-y-4">
      <h1 id="not-found-heading" className="text-3xl font-bold tracking-tight">
        Page not found
      </h1>
      <p className="max-w-prose text-slate-700">
        We could not find that page. The meeting, committee, person or topic may not exist, or the link may be mistyped.
        Meeting addresses start with the council&apos;s meeting number, for example{" "}
        <code className="rounded bg-slate-100 px-1">/harrow/meetings/73254</code>.
      </p>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          <Link className={linkClass} href="/">
            Recent and upcoming meetings
          </Link>
        </li>
        <li>
          <Link className={linkClass} href={committeesPath(DEFAULT_COUNCIL_SLUG)}>
            All committees
          </Link>
        </li>
        <li>
          <Link className={linkClass} href={topicsPath(DEFAULT_COUNCIL_SLUG)}>
            Topics
          </Link>
        </li>
      </ul>
      <p>Or use the search box at the top of the page.</p>
    </section>
  );
}
