import { describe, expect, it } from "vitest";
import { readAttendanceStatus } from "@/lib/moderngov/parse/attendance-table";
import { parseAttendancePage } from "@/lib/moderngov/parse/parse-attendance";
import { HARROW, modernGovShell } from "./fixtures";

// No real attendance page was available to record; this one follows ModernGov's template (see fixtures.ts).
const attendanceHtml = modernGovShell(`
<div class="mgHeader"><h1 class="mgMainTitleTxt">Attendance details</h1></div>
<div class="mgSubTitle"><h2 class="mgSubTitleTxt"><a href="mgCommitteeDetails.aspx?ID=788">Corporate Parenting Panel - Thursday 23 October 2025 6.00 pm</a></h2></div>
<div class="mgLinks"><ul class="mgActionList"><li><a href="ieListDocuments.aspx?CId=788&amp;MId=83682">Agenda and minutes</a></li></ul></div>
<div class="mgContent">
<table class="mgStatsTable" summary="Table of meeting attendance">
<caption class="mgSectionTitle">Attendance details</caption>
<thead><tr><th scope="col">Attendee</th><th scope="col">Role</th><th scope="col">Attendance</th><th scope="col">Notes</th></tr></thead>
<tbody>
<tr><td><a href="mgUserInfo.aspx?UID=2101">Councillor Hannah Pond</a></td><td>Chair</td><td>Present</td></tr>
<tr><td><a href="mgUserInfo.aspx?UID=2102">Councillor Simon Brown</a></td><td>Vice-Chair</td><td>Apologies</td></tr>
<tr><td><a href="mgUserInfo.aspx?UID=2103">Councillor Chetna Halai</a></td><td>Reserve</td><td>Present as substitute</td><td>Reserve for Councillor Simon Brown</td></tr>
<tr><td><a href="mgUserInfo.aspx?UID=2104">Councillor Kuha Kumaran</a></td><td>Committee Member</td><td>Absent</td></tr>
<tr><td><a href="mgUserInfo.aspx?UID=2105">Councillor Jean Lammiman</a></td><td>Committee Member</td><td>Expected</td></tr>
</tbody></table>
<table class="mgStatsTable" summary="Table of meeting attendance for officers">
<caption class="mgSectionTitle">Officers</caption>
<thead><tr><th scope="col">Attendee</th><th scope="col">Role</th><th scope="col">Attendance</th></tr></thead>
<tbody><tr><td>Sonia Karimzada</td><td>Officer</td><td>In attendance</td></tr></tbody></table>
</div>`);

describe("parseAttendancePage", () => {
  const page = parseAttendancePage(attendanceHtml, `${HARROW}/mgMeetingAttendance.aspx?ID=83682`);

  it("reads meeting identity from the URL and the title line", () => {
    expect(page).toMatchObject({
      meetingId: 83682,
      committeeId: 788,
      date: "2025-10-23",
      startsAt: "2025-10-23T18:00:00+01:00",
      meetingUrl: `${HARROW}/ieListDocuments.aspx?CId=788&MId=83682`,
    });
  });

  it("reads every attendee with UID, role and status", () => {
    expect(page.attendees.map((a) => [a.name, a.personId, a.role, a.status])).toEqual([
      ["Councillor Hannah Pond", 2101, "Chair", "present"],
      ["Councillor Simon Brown", 2102, "Vice-Chair", "apologies"],
      ["Councillor Chetna Halai", 2103, "Reserve", "present"],
      ["Councillor Kuha Kumaran", 2104, "Committee Member", "absent"],
      ["Councillor Jean Lammiman", 2105, "Committee Member", "expected"],
      ["Sonia Karimzada", null, "Officer", "present"],
    ]);
    expect(page.attendees[2]).toMatchObject({
      asSubstitute: true,
      attendance: "Present as substitute",
      note: "Reserve for Councillor Simon Brown",
    });
    expect(page.attendees[0]?.profileUrl).toBe(`${HARROW}/mgUserInfo.aspx?UID=2101`);
    expect(page.attendees[5]?.group).toBe("Officers");
  });

  it("maps ModernGov's attendance wording", () => {
    expect(readAttendanceStatus("Apologies, sent substitute")).toBe("apologies");
    expect(readAttendanceStatus("Present, as virtual")).toBe("present");
    expect(readAttendanceStatus("In attendance virtually")).toBe("present");
    expect(readAttendanceStatus("")).toBe("unknown");
  });

  it("refuses an attendance page whose table is missing", () => {
    const html = attendanceHtml.replace(/<table[\s\S]*<\/table>/, "");
    expect(() => parseAttendancePage(html, `${HARROW}/mgMeetingAttendance.aspx?ID=83682`)).toThrow(/attendance table/);
  });
});
