"use server";
// Saving the preferences form. Post/redirect/get: the page shows "saved" or the problems, so it works without
// JavaScript and a reload never re-posts.
import { redirect } from "next/navigation";
import { savePreferences as savePreferencesWithToken } from "@/lib/subscriptions/manage-preferences";
import { PREFERENCES_PATH } from "@/lib/subscriptions/subscriber-links";
import { getDigestWebContext } from "@/lib/subscriptions/web-context";
import { parseIssueRef, withFollow } from "@/lib/subscriptions/follow";

export async function savePreferences(formData: FormData): Promise<void> {
  const { prisma, settings } = getDigestWebContext();
  const token = formData.get("token");
  const result = await savePreferencesWithToken(prisma, settings.secret, token, formData);
  const back = `${PREFERENCES_PATH}?token=${encodeURIComponent(typeof token === "string" ? token : "")}`;
  // On a problem the page comes back with the item being followed ("Follow this item") still ticked.
  redirect(
    result.ok
      ? `${back}&saved=1`
      : withFollow(`${back}&error=${result.errors.join(",")}`, parseIssueRef(formData.get("follow"))),
  );
}
