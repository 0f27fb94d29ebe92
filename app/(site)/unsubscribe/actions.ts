"use server";
// The button of the unsubscribe page (the body link of every email). The List-Unsubscribe one-click endpoint is
// the route handler in ./one-click.
import { redirect } from "next/navigation";
import { unsubscribeWithToken } from "@/lib/subscriptions/unsubscribe-subscriber";
import { getDigestWebContext } from "@/lib/subscriptions/web-context";

export async function unsubscribe(formData: FormData): Promise<void> {
  const { prisma, settings } = getDigestWebContext();
  const result = await unsubscribeWithToken(prisma, settings.secret, formData.get("token"));
  redirect(result === "unsubscribed" ? "/unsubscribe?done=1" : "/unsubscribe?status=invalid");
}
