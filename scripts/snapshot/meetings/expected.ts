import { committee } from "../committees";
import type { Attendance } from "../types";

// Before a meeting ModernGov lists the committee's members as "Expected" (reserves are not listed).
export function expectedAttendance(cid: number): Attendance[] {
  const role = { Chair: "Chair", "Vice-Chair": "Vice-Chair", Member: "Committee Member" } as const;
  return committee(cid)
    .members.filter((m) => m.role !== "Reserve")
    .map((m) => ({ uid: m.uid, role: role[m.role as keyof typeof role], status: "Expected" }));
}
