// Where "Report a problem" goes: an email to CORRECTIONS_EMAIL when one is configured, else the site's own form,
// which stores the report for the operator (/ops/status).
import { getEnv, type Env } from "@/lib/env";

export const REPORT_PATH = "/report";

export function reportProblemHref(
  pagePath: string,
  env: Pick<Env, "CORRECTIONS_EMAIL" | "PUBLIC_BASE_URL"> = getEnv(),
): string {
  const email = env.CORRECTIONS_EMAIL;
  if (!email) return `${REPORT_PATH}?page=${encodeURIComponent(pagePath)}`;
  const pageUrl = new URL(pagePath, env.PUBLIC_BASE_URL).toString();
  return `mailto:${email}?subject=${encodeURIComponent(`Problem with the summary of ${pageUrl}`)}`;
}
