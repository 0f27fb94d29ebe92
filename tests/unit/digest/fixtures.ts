// Plain meeting records for the pure digest functions: the week of 20–26 October 2025 (2025-W43, the week the
// clocks go back) and the week after. Not a test file.
import type { DigestMeetingSource } from "@/lib/digest/compose-digest";
import type { MailSettings } from "@/lib/subscriptions/mail-settings";

export const SETTINGS: MailSettings = {
  siteUrl: "https://harrow-digest.example.org",
  secret: "unit-test-secret-unit-test-secret-0123",
  listId: "weekly.harrow-digest.example.org",
  unsubscribeMailto: "unsubscribe@harrow-digest.example.org",
};

const BASE = "https://moderngov.harrow.gov.uk";

function bullets(...texts: string[]) {
  return texts.map((text) => ({ text, source: { documentId: null, url: null, page: null } }));
}

export function meeting(
  overrides: Partial<DigestMeetingSource> & Pick<DigestMeetingSource, "externalId" | "startsAt">,
): DigestMeetingSource {
  return {
    id: overrides.externalId,
    title: "A meeting",
    committee: { name: "Cabinet", externalId: 249 },
    status: "held",
    statusNote: null,
    officialUrl: `${BASE}/ieListDocuments.aspx?MId=${overrides.externalId}`,
    summary: null,
    topics: [],
    itemTitles: [],
    documents: [],
    ...overrides,
  };
}

export function weekMeetings(): DigestMeetingSource[] {
  return [
    meeting({
      externalId: 75001,
      startsAt: new Date("2025-10-23T17:00:00Z"),
      title: "Corporate Parenting Panel - Thursday 23 October 2025 6.00 pm",
      committee: { name: "Corporate Parenting Panel", externalId: 788 },
      topics: ["childrens-services"],
      itemTitles: ["Ofsted Monitoring Visit", "Children Missing From Care"],
      summary: {
        kind: "outcome",
        overview: "The panel met to discuss services for children looked after and care leavers.",
        content: {
          sections: [
            {
              heading: "Ofsted Monitoring Visit",
              bullets: bullets(
                "Inspectors found significant progress.",
                "Leaders showed honesty in recognising faults.",
              ),
            },
            {
              heading: "Children Missing From Care",
              bullets: bullets("22 of the 214 children in care were reported missing."),
            },
            { heading: "Empty section", bullets: [] },
          ],
        },
      },
      documents: [
        { title: "Agenda frontsheet", url: `${BASE}/documents/g75001/Agenda.pdf`, kind: "agenda_frontsheet" },
        { title: "Printed minutes", url: `${BASE}/documents/g75001/Minutes.pdf`, kind: "printed_minutes" },
        { title: "Evil", url: "javascript:alert(1)", kind: "other" },
      ],
    }),
    meeting({
      externalId: 75002,
      startsAt: new Date("2025-10-21T17:30:00Z"),
      committee: { name: "Overview and Scrutiny Committee", externalId: 276 },
      topics: ["housing"],
      itemTitles: ["Temporary accommodation in Stanmore"],
      summary: {
        kind: "outcome",
        overview: "The committee questioned the cost of temporary accommodation.",
        content: { sections: [] },
      },
    }),
    meeting({
      externalId: 75003,
      startsAt: new Date("2025-10-22T17:30:00Z"),
      committee: { name: "Planning Committee", externalId: 1001 },
      status: "cancelled",
    }),
    meeting({
      externalId: 75004,
      startsAt: new Date("2025-10-30T18:30:00Z"),
      committee: { name: "Cabinet", externalId: 249 },
      status: "scheduled",
      summary: { kind: "preview", overview: "Cabinet will consider the draft budget.", content: { sections: [] } },
    }),
    // outside both weeks: ignored
    meeting({ externalId: 74000, startsAt: new Date("2025-10-19T22:59:00Z") }),
    meeting({ externalId: 76000, startsAt: new Date("2025-11-03T00:00:00Z") }),
  ];
}
