import type { DocumentGroup, DocumentView } from "@/lib/data/document-groups";
import { formatBytes, formatDay, plural } from "@/app/_lib/format";
import { linkClass, mutedClass } from "@/app/_lib/styles";

function details(doc: DocumentView): string {
  const bits = [
    doc.sizeBytes !== null ? formatBytes(doc.sizeBytes) : null,
    doc.pageCount !== null ? plural(doc.pageCount, "page") : null,
  ];
  return bits.filter(Boolean).join(", ");
}

/** One document: a link to the official file with its size and pages, or a note that it is not published. */
export function DocumentEntry({ doc }: { doc: DocumentView }) {
  const info = details(doc);
  return (
    <li className="break-words">
      {doc.url ? (
        <a href={doc.url} className={linkClass} {...(doc.isExternal ? { rel: "external nofollow noreferrer" } : {})}>
          {doc.title}
        </a>
      ) : (
        <span>{doc.title}</span>
      )}
      {doc.withdrawnAt ? (
        <span className={`${mutedClass} ml-2 italic`}>Withdrawn on {formatDay(doc.withdrawnAt)}</span>
      ) : doc.isRestricted ? (
        <span className={`${mutedClass} ml-2 italic`}>Restricted (not published)</span>
      ) : doc.isExternal ? (
        <span className={`${mutedClass} ml-2 italic`}>External link (not on the council&rsquo;s site)</span>
      ) : (
        info && <span className={`${mutedClass} ml-2`}>({info})</span>
      )}
    </li>
  );
}

export function DocumentGroups({
  groups,
  emptyText = "The council has not published any documents for this meeting yet.",
}: {
  groups: DocumentGroup[];
  emptyText?: string;
}) {
  if (groups.length === 0) return <p className={mutedClass}>{emptyText}</p>;
  return (
    <div className="space-y-4">
      {groups.map((group) => (
        <div key={group.label}>
          <h3 className="font-semibold text-slate-900">{group.label}</h3>
          <ul className="mt-1 space-y-1">
            {group.documents.map((doc, i) => (
              <DocumentEntry key={i} doc={doc} />
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
