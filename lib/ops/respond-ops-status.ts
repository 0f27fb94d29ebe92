// GET /ops/status: 404 saying the page is disabled when OPS_SECRET is unset; 401 with a Basic challenge without
// the secret (a browser prompts; use any user name); the page (HTML, or ?format=json) with it.
import type { CouncilConfig } from "@/lib/councils";
import type { PrismaClient } from "@/lib/db";
import type { Env } from "@/lib/env";
import { loadOpsStatus } from "./load-ops-status";
import { checkOpsAccess } from "./ops-auth";
import { renderOpsStatusHtml } from "./render-ops-status";

const PRIVATE = { "Cache-Control": "no-store", "X-Robots-Tag": "noindex" };

function text(status: number, body: string, headers: Record<string, string> = {}): Response {
  return new Response(body, {
    status,
    headers: { ...PRIVATE, "Content-Type": "text/plain; charset=utf-8", ...headers },
  });
}

export async function respondOpsStatus(
  request: Request,
  deps: { env: Env; prisma: () => PrismaClient; councils: readonly CouncilConfig[] },
): Promise<Response> {
  const access = checkOpsAccess(request.headers.get("authorization"), deps.env.OPS_SECRET);
  if (access === "disabled") {
    return text(
      404,
      "The operator status page is disabled: set OPS_SECRET (at least 16 characters) in the web server's environment to enable it.\n",
    );
  }
  if (access !== "granted") {
    return text(
      401,
      access === "missing" ? "The operator status page needs the OPS_SECRET (any user name).\n" : "Wrong secret.\n",
      {
        "WWW-Authenticate": 'Basic realm="operator status", charset="UTF-8"',
      },
    );
  }
  const status = await loadOpsStatus(deps.prisma(), deps.env, deps.councils);
  if (new URL(request.url).searchParams.get("format") === "json") return Response.json(status, { headers: PRIVATE });
  return new Response(renderOpsStatusHtml(status), {
    headers: { ...PRIVATE, "Content-Type": "text/html; charset=utf-8" },
  });
}
