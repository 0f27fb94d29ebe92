import Link from "next/link";
import { searchHref, type SearchParams } from "@/lib/search/search-params";
import { linkClass } from "@/app/_lib/styles";

/** Previous, a window of page numbers, next: plain links, so paging needs no JavaScript. */
export function SearchPager({
  basePath,
  params,
  page,
  pageCount,
}: {
  basePath: string;
  params: SearchParams;
  page: number;
  pageCount: number;
}) {
  if (pageCount <= 1) return null;
  const first = Math.max(1, Math.min(page - 2, pageCount - 4));
  const pages = Array.from({ length: Math.min(5, pageCount) }, (_, i) => first + i);
  const href = (n: number) => searchHref(basePath, params, { page: n });
  return (
    <nav aria-label="Result pages" className="flex flex-wrap items-center gap-x-4 gap-y-2">
      {page > 1 && (
        <Link href={href(page - 1)} className={linkClass} rel="prev">
          Previous
        </Link>
      )}
      <ul className="flex flex-wrap gap-3">
        {pages.map((n) => (
          <li key={n}>
            {n === page ? (
              <span aria-current="page" className="font-semibold">
                {n}
              </span>
            ) : (
              <Link href={href(n)} className={linkClass} aria-label={`Page ${n}`}>
                {n}
              </Link>
            )}
          </li>
        ))}
      </ul>
      {page < pageCount && (
        <Link href={href(page + 1)} className={linkClass} rel="next">
          Next
        </Link>
      )}
    </nav>
  );
}
