import { describe, expect, it } from "vitest";
import { parseMeetingList } from "@/lib/moderngov/parse/parse-meeting-list";
import { HARROW, KINGSTON, kingstonMeetings } from "./fixtures";

const URL = `${KINGSTON}/ieListMeetings.aspx?CommitteeId=711`;

describe("parseMeetingList on Kingston's committee 711 (real page)", () => {
  const list = parseMeetingList(kingstonMeetings(), URL);

  it("reads every row with id, date-time and url", () => {
    expect(list.committeeId).toBe(711);
    expect(list.committeeName).toBe("Kingston and North Kingston Neighbourhood Committee");
    expect(list.meetings).toHaveLength(15);
    expect(list.meetings[0]).toMatchObject({
      meetingId: 10337,
      committeeId: 711,
      url: `${KINGSTON}/ieListDocuments.aspx?CId=711&MId=10337&Ver=4`,
      date: "2026-06-15",
      startsAt: "2026-06-15T19:30:00+01:00",
      published: [],
    });
    expect(list.meetings.at(-1)).toMatchObject({ meetingId: 9983, startsAt: "2024-09-05T19:30:00+01:00" });
  });

  it("reads what each row says is published, and the CANCELLED marker", () => {
    const jan = list.meetings.find((m) => m.meetingId === 10221)!;
    expect(jan.title).toBe("15 Jan 2026 7:30 pm - Agenda, Decisions, Minutes");
    expect(jan.published).toEqual(["Agenda", "Decisions", "Minutes"]);
    expect(jan.cancelled).toBe(false);
    const dec = list.meetings.find((m) => m.meetingId === 10161)!;
    expect(dec).toMatchObject({ cancelled: true, markers: ["CANCELLED"], date: "2025-12-04" });
    expect(list.meetings.filter((m) => m.cancelled)).toHaveLength(1);
    expect(list.meetings.find((m) => m.meetingId === 10158)?.startsAt).toBe("2025-06-18T19:00:00+01:00");
  });

  it("reads the paging links, the year selector and the committee blurb", () => {
    expect(list.earlierUrl).toBe(
      `${KINGSTON}/ieListMeetings.aspx?Act=earlier&CId=711&D=202409051930&MD=ielistmeetings`,
    );
    expect(list.laterUrl).toBe(`${KINGSTON}/ieListMeetings.aspx?Act=later&CId=711&D=202606151930&MD=ielistmeetings`);
    expect(list.years).toEqual([2022, 2023, 2024, 2025, 2026, 2027]);
    expect(list.information).toMatch(/^Please note the Planning Sub-Committee/);
  });
});

describe("parseMeetingList edge cases", () => {
  it("returns [] for a genuine list with no meetings", () => {
    const html = kingstonMeetings().replace(/<ul\s+class="mgNonBulletTableList"[\s\S]*?<\/ul>/, "");
    const list = parseMeetingList(html, URL);
    expect(list.meetings).toEqual([]);
    expect(list.committeeId).toBe(711);
  });

  it("reads Harrow-style status markers around the date", () => {
    const rows = [
      `<li class="mgTableEvenRow"><a class="mgMeetingTableLnk" href="ieListDocuments.aspx?CId=276&amp;MId=65612&amp;Ver=4">(Special) Moved from 13 September 2022, 17 Oct 2022 7.00 pm</a> - Agenda, Minutes</li>`,
      `<li class="mgTableOddRow"><a class="mgMeetingTableLnk" href="ieListDocuments.aspx?CId=276&amp;MId=65165&amp;Ver=4">Virtual Meeting, 5 Apr 2022 6.30 pm</a> - Agenda, Minutes</li>`,
      `<li class="mgTableEvenRow"><a class="mgMeetingTableLnk" href="ieListDocuments.aspx?CId=276&amp;MId=66134&amp;Ver=4">6 Feb 2025 6.30 pm, NEW</a> - Agenda</li>`,
    ].join("");
    const html = kingstonMeetings().replace(/(<ul\s+class="mgNonBulletTableList"\s*>)[\s\S]*?(<\/ul>)/, `$1${rows}$2`);
    const list = parseMeetingList(html, `${HARROW}/ieListMeetings.aspx?CId=276&Year=0`);
    expect(list.committeeId).toBe(276);
    expect(list.meetings.map((m) => m.meetingId)).toEqual([65612, 65165, 66134]);
    expect(list.meetings[0]).toMatchObject({
      special: true,
      movedFrom: "2022-09-13",
      startsAt: "2022-10-17T19:00:00+01:00",
      published: ["Agenda", "Minutes"],
    });
    expect(list.meetings[1]).toMatchObject({ virtual: true, startsAt: "2022-04-05T18:30:00+01:00" });
    expect(list.meetings[2]).toMatchObject({
      isNew: true,
      published: ["Agenda"],
      startsAt: "2025-02-06T18:30:00+00:00",
    });
    expect(list.meetings[0]?.url).toBe(`${HARROW}/ieListDocuments.aspx?CId=276&MId=65612&Ver=4`);
  });
});
