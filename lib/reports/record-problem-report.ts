// "Report a problem" without an email address configured: the reader's message is stored for the operator, who
// sees it on /ops/status. Validated, rate-limited per (hashed) address, and a filled honeypot is quietly dropped.
import { z } from "zod";
import type { PrismaClient } from "@/lib/db";
import { hitRateLimit } from "@/lib/subscriptions/rate-limit";
import { hashIdentity } from "@/lib/subscriptions/tokens";

export const problemReportSchema = z.object({
  /** the site path the report is about; never an outside address */
  page: z
    .string()
    .trim()
    .regex(/^\/(?!\/)[^\s]{0,299}$/, "a path on this site"),
  message: z.string().trim().min(10, "at least a few words (10 characters)").max(4000, "at most 4,000 characters"),
  contact: z
    .string()
    .trim()
    .max(254)
    .transform((v) => (v === "" ? undefined : v))
    .pipe(z.email("an email address, or leave it empty").optional()),
});

export type ProblemReportStatus = "saved" | "invalid" | "rate-limited";

export interface ProblemReportInput {
  page: unknown;
  message: unknown;
  contact: unknown;
  honeypot: unknown;
  ip: string | null;
}

const PER_IP = { limit: 10, windowSeconds: 60 * 60 };

export async function recordProblemReport(
  prisma: PrismaClient,
  secret: string,
  input: ProblemReportInput,
  now = new Date(),
): Promise<{ status: ProblemReportStatus; problems: string[] }> {
  // A bot fills every field; a person never sees this one. It is told "saved" so it learns nothing.
  if (typeof input.honeypot === "string" && input.honeypot !== "") return { status: "saved", problems: [] };
  const parsed = problemReportSchema.safeParse({
    page: input.page ?? "",
    message: input.message ?? "",
    contact: input.contact ?? "",
  });
  if (!parsed.success)
    return { status: "invalid", problems: parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`) };
  const key = `report:ip:${hashIdentity(secret, "ip", input.ip ?? "unknown")}`;
  if (!(await hitRateLimit(prisma, key, PER_IP, now)).allowed) return { status: "rate-limited", problems: [] };
  await prisma.problemReport.create({
    data: { pagePath: parsed.data.page, message: parsed.data.message, contact: parsed.data.contact ?? null },
  });
  return { status: "saved", problems: [] };
}
