import { getPrisma } from "@/lib/db";
import { getCouncilOverview } from "@/lib/data/councils";
import { DEFAULT_COUNCIL_SLUG } from "@/lib/councils";

// Reads the database on request (not at build time); caching arrives with the website issue.
export const dynamic = "force-dynamic";

export default async function HomePage() {
  const council = await getCouncilOverview(getPrisma(), DEFAULT_COUNCIL_SLUG);
  if (!council) {
    return (
      <section aria-labelledby="empty-heading" className="space-y-3">
        <h1 id="empty-heading" className="text-2xl font-bold">
          No council data yet
        </h1>
        <p>
          The database is empty. Run <code className="rounded bg-slate-100 px-1">npm start</code>, which loads the bundled
          offline Harrow snapshot, or <code className="rounded bg-slate-100 px-1">npm run scrape</code> to fetch the
          council&apos;s meetings.
        </p>
      </section>
    );
  }
  return (
    <div className="space-y-8">
      <section className="space-y-2">
        <h1 className="text-3xl font-bold">{council.name}</h1>
        <p className="text-slate-700">
          Clear summaries of {council.name}&apos;s committee meetings, always linked to the{" "}
          <a className="text-blue-800 underline" href={council.baseUrl}>
            official papers
          </a>
          .
        </p>
      </section>
      <section aria-labelledby="committees-heading" className="space-y-3">
        <h2 id="committees-heading" className="text-xl font-semibold">
          Committees
        </h2>
        {council.committees.length === 0 ? (
          <p>No committees have been imported yet.</p>
        ) : (
          <ul className="divide-y divide-slate-200 rounded border border-slate-200">
            {council.committees.map((committee) => (
              <li key={committee.id} className="flex justify-between px-4 py-2">
                <span>{committee.name}</span>
                <span className="text-sm text-slate-600">
                  {committee.meetingCount} {committee.meetingCount === 1 ? "meeting" : "meetings"}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
