import { readOutboxMessage } from "@/lib/email/outbox";
import { notFoundText, outboxDir, outboxViewerEnabled } from "../../local-only";

// One email as it would travel: the .eml with every header (List-Unsubscribe, DKIM…) and both parts, as text.
export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ message: string }> }): Promise<Response> {
  if (!outboxViewerEnabled()) return notFoundText();
  const message = await readOutboxMessage(outboxDir(), (await params).message);
  if (!message) return notFoundText();
  return new Response(message.raw, {
    headers: { "Content-Type": "text/plain; charset=utf-8", "Content-Security-Policy": "default-src 'none'; sandbox", "Cache-Control": "no-store" },
  });
}
