"use server";
// The report form's server action: a plain POST (no JavaScript), answered with a redirect to the result.
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getPrisma } from "@/lib/db";
import { clientIp } from "@/lib/subscriptions/web-context";
import { getEnv } from "@/lib/env";
import { recordProblemReport } from "@/lib/reports/record-problem-report";

export async function reportProblem(formData: FormData): Promise<void> {
  const page = formData.get("page");
  let status: string;
  try {
    const result = await recordProblemReport(getPrisma(), getEnv().APP_SECRET, {
      page,
      message: formData.get("message"),
      contact: formData.get("contact"),
      honeypot: formData.get("website"),
      ip: clientIp(await headers()),
    });
    status = result.status;
  } catch (error) {
    console.error("[report] failed:", error);
    status = "unavailable";
  }
  const back = typeof page === "string" && /^\/(?!\/)/.test(page) ? page : "/";
  redirect(`/report?result=${status}&page=${encodeURIComponent(back)}`);
}
