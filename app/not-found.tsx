import { NotFoundBody } from "./_components/not-found-body";

// Served with status 404 for addresses that match no route. Pages that find nothing use NotFoundResponse
// (app/_components/http-fallbacks.tsx), which shows the same body.
export default function NotFound() {
  return <NotFoundBody />;
}
