import { Suspense } from "react";
import { notFound, permanentRedirect } from "next/navigation";
import { NotFoundBody } from "./not-found-body";

// Why not simply call notFound() / permanentRedirect() in the page: in Next.js 16.4 production builds, a
// notFound() thrown by a page is answered with an empty error shell (<html id="__next_error__"> and no body);
// the not-found UI exists only in the RSC payload and is drawn by client JavaScript
// (https://github.com/vercel/next.js/issues/62228). This site runs without client JavaScript, so that would be a
// blank page. Thrown inside a Suspense boundary instead, the error still sets the status (404, or 308 with its
// Location header, cached by ISR like any page) while React server-renders the boundary's fallback, so the HTML
// carries a readable page. Pages must decide before rendering these (no data loading inside the boundary), or
// the found case would stream a fallback that only client JavaScript can replace.

function ThrowNotFound(): never {
  notFound();
}

function ThrowPermanentRedirect({ to }: { to: string }): never {
  permanentRedirect(to);
}

/** Render this from a page to answer 404 with the site's not-found page. */
export function NotFoundResponse() {
  return (
    <Suspense fallback={<NotFoundBody />}>
      <ThrowNotFound />
    </Suspense>
  );
}

/** Render this from a page to answer 308 (permanent redirect) to the canonical address. */
export function PermanentRedirectResponse({ to }: { to: string }) {
  return (
    <Suspense
      fallback={
        <p>
          This page has moved to <a href={to}>{to}</a>.
        </p>
      }
    >
      <ThrowPermanentRedirect to={to} />
    </Suspense>
  );
}
