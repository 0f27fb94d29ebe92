"use server";
// The confirmation button (the GET page never confirms: mail scanners follow links, and would use up the
// single-use token). Success lands on the preferences page, signed for the new subscriber.
import { redirect } from "next/navigation";
import { confirmSubscription } from "@/lib/subscriptions/confirm-subscription";
import { PREFERENCES_PATH } from "@/lib/subscriptions/subscriber-links";
import { signSubscriberLink } from "@/lib/subscriptions/tokens";
import { getDigestWebContext } from "@/lib/subscriptions/web-context";
import { parseIssueRef, withFollow } from "@/lib/subscriptions/follow";

export async function confirm(formData: FormData): Promise<void> {
  const { prisma, settings } = getDigestWebContext();
  const result = await confirmSubscription(prisma, formData.get("token"));
  if (result.status !== "confirmed") redirect(`/confirm?status=${result.status}`);
  const token = signSubscriberLink(settings.secret, "preferences", result.subscriber.id, result.subscriber.linkVersion);
  redirect(withFollow(`${PREFERENCES_PATH}?token=${token}&welcome=1`, parseIssueRef(formData.get("follow"))));
}
