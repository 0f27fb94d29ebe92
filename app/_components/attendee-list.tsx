import Link from "next/link";
import type { AttendanceStatusName, AttendeeView } from "@/lib/data/meeting-page";
import { linkClass, mutedClass } from "@/app/_lib/styles";
import { Avatar } from "./avatar";

const GROUPS: { status: AttendanceStatusName; label: string }[] = [
  { status: "present", label: "Present" },
  { status: "expected", label: "Expected" },
  { status: "apologies", label: "Apologies" },
  { status: "absent", label: "Absent" },
];

/** "Chair · Leader of the Council and Portfolio Holder for Strategy · Labour"; an officer's job title instead of "Officer". */
export function describeAttendee(person: Pick<AttendeeView, "role" | "jobTitle" | "posts" | "party">): string {
  const role = person.jobTitle && /^officer$/i.test(person.role ?? "") ? null : person.role;
  return [role, person.jobTitle, ...person.posts, person.party].filter(Boolean).join(" · ");
}

export function AttendeeList({
  attendees,
  emptyText = "The council has not published attendance for this meeting.",
}: {
  attendees: AttendeeView[];
  emptyText?: string;
}) {
  if (attendees.length === 0) return <p className={mutedClass}>{emptyText}</p>;
  return (
    <div className="space-y-4">
      {GROUPS.map(({ status, label }) => {
        const people = attendees.filter((a) => a.status === status);
        if (people.length === 0) return null;
        return (
          <div key={status}>
            <h3 className="font-semibold text-slate-900">
              {label} <span className="font-normal text-slate-600">({people.length})</span>
            </h3>
            <ul className="mt-2 grid gap-3 sm:grid-cols-2">
              {people.map((person) => (
                <li key={person.path} className="flex items-center gap-3">
                  <Avatar photoPath={person.photoPath} initials={person.initials} />
                  <span className="min-w-0">
                    <Link href={person.path} className={`${linkClass} font-medium`}>
                      {person.name}
                    </Link>
                    <span className={`block ${mutedClass}`}>{describeAttendee(person)}</span>
                  </span>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </div>
  );
}
