import Link from "next/link";
import type { AgendaItemView } from "@/lib/data/meeting-page";
import { linkClass, mutedClass } from "@/app/_lib/styles";
import { isGenericVoteTitle } from "@/lib/data/text-helpers";
import { formatDay } from "@/app/_lib/format";
import { DocumentEntry } from "./document-list";

// Long minutes are folded away (a native <details>, no script) so the decisions stay easy to scan.
const FOLD_MINUTES_OVER = 600;

export function AgendaItems({
  items,
  emptyText = "The council has not published an agenda for this meeting yet.",
}: {
  items: AgendaItemView[];
  emptyText?: string;
}) {
  if (items.length === 0) return <p className={mutedClass}>{emptyText}</p>;
  return (
    <ol className="space-y-6">
      {items.map((item) => (
        <li key={item.anchor} id={item.anchor} className="scroll-mt-4 space-y-2 border-l-2 border-slate-200 pl-4">
          <h3 className="text-lg font-semibold text-slate-900">
            {/* A real space, not a margin: copied text and screen readers get "138. Participation", not "138.Participation". */}
            {item.number && <span className="text-slate-500">{`${item.number} `}</span>}
            {item.title}
          </h3>
          {item.withdrawnAt && (
            <p className="text-sm font-medium text-amber-900">
              Withdrawn on {formatDay(item.withdrawnAt)}: no longer on the council&rsquo;s page for this meeting.
            </p>
          )}
          {item.isRestricted && (
            <p className="text-sm font-medium text-amber-900">
              Includes restricted (exempt) papers that are not published.
            </p>
          )}
          {item.description && <p className={`${mutedClass} whitespace-pre-line`}>{item.description}</p>}
          {item.minutesText && item.minutesBeforeDecision && <Minutes text={item.minutesText} beforeDecision />}
          {(item.decisionText ?? item.resolution) && (
            <div className="rounded border-l-4 border-emerald-700 bg-emerald-50 px-4 py-3">
              <p className="text-sm font-semibold uppercase tracking-wide text-emerald-900">Decision</p>
              <p className="mt-1 whitespace-pre-line">{item.decisionText ?? item.resolution}</p>
            </div>
          )}
          {item.minutesText && !item.minutesBeforeDecision && <Minutes text={item.minutesText} />}
          {item.minutesAfterDecision && <Minutes text={item.minutesAfterDecision} afterDecision />}
          {item.minutesIncomplete && (
            <p className={`${mutedClass} text-sm italic`}>
              The council&rsquo;s page shows only the start of these minutes; their full text could not be read yet.
            </p>
          )}
          {item.applications.length > 0 && (
            <p className="text-sm">
              <span className="text-slate-600">Planning application: </span>
              {item.applications.map((a, i) => (
                <span key={a.path}>
                  {i > 0 && ", "}
                  <Link href={a.path} className={linkClass}>
                    {a.reference}
                  </Link>
                </span>
              ))}
            </p>
          )}
          {item.documents.length > 0 && (
            <ul className="space-y-1 text-sm">
              {item.documents.map((doc, i) => (
                <DocumentEntry key={i} doc={doc} />
              ))}
            </ul>
          )}
          {item.recordedVotes.map((v, i) => (
            <RecordedVote key={i} vote={v} />
          ))}
          {item.issue && <ItemHistory issue={item.issue} />}
          {item.topics.length > 0 && (
            <p className="flex flex-wrap gap-2 text-sm">
              <span className="text-slate-600">Topics:</span>
              {item.topics.map((t) => (
                <Link key={t.path} href={t.path} className={linkClass}>
                  {t.name}
                </Link>
              ))}
            </p>
          )}
        </li>
      ))}
    </ol>
  );
}

/** A named vote: its result and who voted which way. */
function RecordedVote({ vote }: { vote: AgendaItemView["recordedVotes"][number] }) {
  const groups: [string, string[]][] = [
    ["For", vote.for],
    ["Against", vote.against],
    ["Abstained", vote.abstain],
    ["Other", vote.other],
  ];
  return (
    <div className="rounded border border-slate-200 px-4 py-3 text-sm">
      <p className="font-semibold text-slate-800">
        Recorded vote{!isGenericVoteTitle(vote.title) && `: ${vote.title}`}
        {vote.result && ` (${vote.result})`}
      </p>
      {vote.source === "minutes" && <p className={mutedClass}>As named in the minutes; only those named are listed.</p>}
      {groups.some(([, names]) => names.length > 0) ? (
        <ul className="mt-1 space-y-1">
          {groups
            .filter(([, names]) => names.length > 0)
            .map(([label, names]) => (
              <li key={label}>
                <span className="font-semibold">{`${label} (${names.length}):`}</span> {names.join(", ")}
              </li>
            ))}
        </ul>
      ) : (
        <p className={mutedClass}>Who voted which way could not be read from the council&rsquo;s voting record.</p>
      )}
    </div>
  );
}

/** The item's issue: its history across meetings, and the other meetings where it came up. */
function ItemHistory({ issue }: { issue: NonNullable<AgendaItemView["issue"]> }) {
  return (
    <p className="text-sm">
      <Link href={issue.path} className={linkClass}>
        History of this item
      </Link>
      <span className="text-slate-600"> · </span>
      <Link href={issue.followPath} className={linkClass} aria-label={`Follow this item: ${issue.title}`}>
        Follow this item
      </Link>
      {issue.elsewhere.length > 0 && (
        <>
          <span className="text-slate-600"> · Also discussed at: </span>
          {issue.elsewhere.map((e, i) => (
            <span key={`${e.path}#${e.anchor}`}>
              {i > 0 && "; "}
              <Link href={`${e.path}#${e.anchor}`} className={linkClass}>
                {e.committeeName}, {formatDay(e.startsAt)}
              </Link>
            </span>
          ))}
        </>
      )}
    </p>
  );
}

function Minutes({
  text,
  beforeDecision = false,
  afterDecision = false,
}: {
  text: string;
  beforeDecision?: boolean;
  afterDecision?: boolean;
}) {
  if (text.length <= FOLD_MINUTES_OVER) {
    return (
      <div>
        <p className="text-sm font-semibold text-slate-700">
          {afterDecision ? "Minutes after the decision" : "Minutes"}
        </p>
        <p className="whitespace-pre-line">{text}</p>
      </div>
    );
  }
  return (
    <details className="rounded border border-slate-200 px-3 py-2">
      <summary className="cursor-pointer text-sm font-semibold text-slate-700">
        {beforeDecision ? "Minutes before the decision" : afterDecision ? "Minutes after the decision" : "Full minutes"}
      </summary>
      <p className="mt-2 whitespace-pre-line">{text}</p>
    </details>
  );
}
