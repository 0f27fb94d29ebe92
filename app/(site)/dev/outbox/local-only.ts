// The outbox viewer exists on a local install only (`npm run dev`, or `npm start` with a localhost
// PUBLIC_BASE_URL): a deployment answers 404, so nobody can read the email it would have sent.
import { getEnv, isLocalInstall } from "@/lib/env";

export function outboxViewerEnabled(): boolean {
  return isLocalInstall(getEnv());
}

export function outboxDir(): string {
  return getEnv().OUTBOX_DIR;
}

export const notFoundText = () => new Response("Not found\n", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
