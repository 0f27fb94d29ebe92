import { z } from "zod";
import { absoluteUrl, isoDate, isoInstant, positiveId as id } from "./types-common";

// ---- people and attendance ---------------------------------------------------------------------------------

export const attendanceStatusSchema = z.enum(["present", "apologies", "absent", "expected", "unknown"]);
export type AttendanceStatus = z.infer<typeof attendanceStatusSchema>;

export const attendanceRecordSchema = z.object({
  name: z.string().min(1),
  personId: id.nullable(),
  profileUrl: absoluteUrl.nullable(),
  /** The attendance role as written: "Chair", "Committee Member", "Reserve", "In attendance", "Officer"… */
  role: z.string().nullable(),
  /** The attendance cell as written: "Present", "Apologies", "Present as substitute"… */
  attendance: z.string(),
  status: attendanceStatusSchema,
  asSubstitute: z.boolean(),
  virtual: z.boolean(),
  /** A "Notes" column, when the table has one ("Reserve for Councillor X"). */
  note: z.string().nullable(),
  /** Caption of the table the person is listed in, when the page splits attendees into several tables. */
  group: z.string().nullable(),
});
export type AttendanceRecord = z.infer<typeof attendanceRecordSchema>;

export const attendancePageSchema = z.object({
  url: absoluteUrl,
  meetingId: id,
  committeeId: id.nullable(),
  title: z.string().nullable(),
  date: isoDate.nullable(),
  startsAt: isoInstant.nullable(),
  meetingUrl: absoluteUrl.nullable(),
  attendees: z.array(attendanceRecordSchema),
});
export type AttendancePage = z.infer<typeof attendancePageSchema>;

export const memberSchema = z.object({
  personId: id,
  /** Name as shown, title included ("Councillor Sue Anderson"). */
  name: z.string().min(1),
  party: z.string().nullable(),
  ward: z.string().nullable(),
  photoUrl: absoluteUrl.nullable(),
  profileUrl: absoluteUrl,
});
export type Member = z.infer<typeof memberSchema>;

export const memberPageSchema = memberSchema.extend({
  /** Offices held, from the profile's "Posts" list: "Leader of the Council and Portfolio Holder for Strategy". */
  posts: z.array(z.string().min(1)).default([]),
  committees: z.array(z.object({ committeeId: id, name: z.string(), role: z.string().nullable() })),
});
export type MemberPage = z.infer<typeof memberPageSchema>;
