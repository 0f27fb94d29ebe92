"use server";
// The subscribe form's server action. Usable both ways:
//   - useActionState(subscribe, initialState): subscribe(prevState, formData) returns the new state;
//   - a plain <form action={subscribe}>: subscribe(formData) then redirects to /subscribe?result=… (works
//     without JavaScript, which the site's CSP does not run).
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { requestSubscription, type SubscribeStatus } from "@/lib/subscriptions/request-subscription";
import { clientIp, getDigestWebContext } from "@/lib/subscriptions/web-context";
import { findCouncil } from "@/lib/councils";
import { findFollowableIssue, withFollow } from "@/lib/subscriptions/follow";

export interface SubscribeState {
  status: "idle" | SubscribeStatus;
  message: string;
}

async function handle(formData: FormData): Promise<SubscribeState & { follow?: { council: string; iid: number } }> {
  const context = getDigestWebContext();
  // The council whose page the box was on (the lead council when the field is missing or names none we cover).
  const posted = formData.get("council");
  const council = (typeof posted === "string" && findCouncil(posted)) || context.council;
  try {
    // "Follow this item": an issue we know, or nothing (a made-up value is ignored, the sign-up goes ahead).
    const follow = await findFollowableIssue(context.prisma, formData.get("follow"));
    const result = await requestSubscription(
      {
        prisma: context.prisma,
        transport: context.transport,
        settings: context.settings,
        councilName: council.name,
        councilSlug: council.slug,
      },
      { email: formData.get("email"), honeypot: formData.get("website"), ip: clientIp(await headers()), follow },
    );
    return follow ? { ...result, follow } : result;
  } catch (error) {
    console.error("[subscribe] failed:", error);
    return {
      status: "unavailable",
      message: "Sorry, something went wrong on our side. Please try again in a few minutes.",
    };
  }
}

export async function subscribe(formData: FormData): Promise<void>;
export async function subscribe(prevState: SubscribeState, formData: FormData): Promise<SubscribeState>;
export async function subscribe(
  prevState: SubscribeState | FormData,
  formData?: FormData,
): Promise<SubscribeState | void> {
  const data = formData ?? (prevState instanceof FormData ? prevState : undefined);
  if (!data) return { status: "invalid", message: "Please enter your email address." };
  const state = await handle(data);
  if (!formData) redirect(withFollow(`/subscribe?result=${state.status}`, state.follow));
  return { status: state.status, message: state.message };
}
