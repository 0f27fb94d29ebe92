"use server";
// "Sign out of all links" (lib/subscriptions/renew-links.ts), then a page that says so (the link it came from no
// longer works).
import { redirect } from "next/navigation";
import { renewSubscriberLinks } from "@/lib/subscriptions/renew-links";
import { PREFERENCES_PATH } from "@/lib/subscriptions/subscriber-links";
import { getDigestWebContext } from "@/lib/subscriptions/web-context";

export async function revokeLinks(formData: FormData): Promise<void> {
  const token = formData.get("token");
  const outcome = await renewSubscriberLinks(getDigestWebContext(), token);
  if (outcome === "invalid")
    redirect(`${PREFERENCES_PATH}?token=${encodeURIComponent(typeof token === "string" ? token : "")}`);
  redirect(`${PREFERENCES_PATH}?revoked=${outcome === "sent" ? "1" : "unsent"}`);
}
