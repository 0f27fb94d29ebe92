// The List-Unsubscribe URL of every digest (RFC 8058). POST: unsubscribe, answer 200 (no redirect, no cookie).
// GET: a page with a button; it changes nothing, because scanners and previews fetch links.
import { getPrisma } from "@/lib/db";
import { getEnv } from "@/lib/env";
import { handleOneClickGet, handleOneClickPost } from "@/lib/subscriptions/one-click-unsubscribe";

export const dynamic = "force-dynamic";

export function POST(request: Request): Promise<Response> {
  return handleOneClickPost(request, getPrisma(), getEnv().APP_SECRET);
}

export function GET(request: Request): Response {
  return handleOneClickGet(request, getEnv().APP_SECRET);
}
