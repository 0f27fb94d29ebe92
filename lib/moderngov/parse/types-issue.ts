import { z } from "zod";
import { absoluteUrl, isoDate, positiveId as id } from "./types-common";

// An "issue" is ModernGov's record of one matter followed across meetings (mgIssueHistoryHome.aspx?IId=,
// ieIssueDetails.aspx?IId=): its details block (decision type, status, who decides and when) and the meetings
// where it was on the agenda.

export const issueMeetingSchema = z.object({
  /** MId of the meeting page the entry links to. */
  meetingId: id,
  committeeId: id.nullable(),
  /** The meeting's date as the entry prints it (dd/mm/yyyy). */
  date: isoDate.nullable(),
  committeeName: z.string().nullable(),
  /** "(Item 22)": the minute or agenda number the entry gives. */
  itemNumber: z.string().nullable(),
  url: absoluteUrl,
});
export type IssueMeeting = z.infer<typeof issueMeetingSchema>;

export const issuePageSchema = z.object({
  url: absoluteUrl,
  issueId: id,
  title: z.string().min(1),
  /** The paragraph under the title, as written. */
  purpose: z.string().nullable(),
  /** "Key", "Non-key" as written. */
  decisionType: z.string().nullable(),
  isKey: z.boolean(),
  /** "Recommendations Approved", "For Determination", "Deferred"... as written. */
  status: z.string().nullable(),
  decisionMaker: z.string().nullable(),
  /** "Decision due:" as written: "19 Nov 2026 by Cabinet", "November 2026". */
  decisionDueText: z.string().nullable(),
  /** That date, or the first of its month when only a month is given. */
  decisionDue: isoDate.nullable(),
  leadMember: z.string().nullable(),
  wards: z.string().nullable(),
  firstPublished: isoDate.nullable(),
  meetings: z.array(issueMeetingSchema),
});
export type IssuePage = z.infer<typeof issuePageSchema>;

export const planItemSchema = issuePageSchema.omit({ meetings: true, url: true }).extend({ url: absoluteUrl });
export type PlanItem = z.infer<typeof planItemSchema>;

export const forwardPlanPageSchema = z.object({
  url: absoluteUrl,
  planId: id.nullable(),
  title: z.string().nullable(),
  items: z.array(planItemSchema),
});
export type ForwardPlanPage = z.infer<typeof forwardPlanPageSchema>;

export const plansHomeSchema = z.object({
  /** mgListPlanItems.aspx links in the order listed (the current plan first) */
  plans: z.array(z.object({ planId: id, title: z.string(), url: absoluteUrl })),
});
export type PlansHome = z.infer<typeof plansHomeSchema>;

export const voteChoiceSchema = z.enum(["for", "against", "abstain", "other"]);
export type VoteChoice = z.infer<typeof voteChoiceSchema>;

export const recordedVotePageSchema = z.object({
  votes: z.array(
    z.object({
      title: z.string().min(1),
      result: z.string().nullable(),
      casts: z.array(
        z.object({ name: z.string().min(1), uid: id.nullable(), choice: voteChoiceSchema, label: z.string() }),
      ),
    }),
  ),
});
export type RecordedVotePage = z.infer<typeof recordedVotePageSchema>;
