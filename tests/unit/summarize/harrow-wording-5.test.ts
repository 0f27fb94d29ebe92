// Wordings of Harrow's minutes met by the fifth probe of meetings outside the real-text corpus (December 2026):
// Cabinet, Council, Planning, the Licensing Panel, the Traffic and Road Safety Advisory Panel and the Call-In
// Sub-Committee, 2005-2024. The sentences are written here; names, dates and figures are made up.
import { describe, expect, it } from "vitest";
import { describeStandingItem } from "@/lib/summarize/extractive/standing-items";
import { summarizeExtractive } from "@/lib/summarize/extractive/summarize-extractive";
import { renderSummaryMarkdown } from "@/lib/summarize/render/render-markdown";
import type { SummaryItem } from "@/lib/summarize/types";
import { item as agendaItem, makeInput, minuteItem } from "./helpers";

const item = (title: string, minutesText: string | null, description: string | null = null): SummaryItem =>
  minuteItem(title, minutesText, { description });

describe("declarations read as declared", () => {
  it("a 'non- pecuniary' interest (a space after the hyphen) is non-pecuniary, not pecuniary", () => {
    const line = describeStandingItem(
      item(
        "Declarations of Interest",
        "RESOLVED: To note that the following interests were declared:\n\nAgenda Item 8 – Parking Review\n\nCouncillor Omar Reece declared a non- pecuniary interest in that he lived on one of the roads in the review. He would remain in the room whilst the matter was considered and voted upon.",
      ),
    );
    expect(line).toContain("Non-pecuniary interests:");
    expect(line).not.toMatch(/^Pecuniary/m);
  });

  it("a member who would leave only if the interest became pecuniary did not leave", () => {
    const line = describeStandingItem(
      item(
        "Declarations of Interest",
        "RESOLVED: To note that the following interests were declared:\n\nAgenda Item 12 – Town Centre Strategy\n\nCouncillor Pia Lund, who was not a member of Cabinet, declared a non-pecuniary interest in that she owned a shop in Wealdstone. If the interest became pecuniary during the meeting she would leave the room to listen to the discussion relating to this item.",
      ),
    );
    expect(line).toContain("would leave if the interest became pecuniary");
    expect(line).not.toMatch(/; left\)/);
  });
});

describe("apologies", () => {
  it("'Received from Councillor A, …' names who sent them, without 'Received from'", () => {
    expect(
      describeStandingItem(
        item(
          "Apologies for Absence",
          "Received from Councillor Tom Reyes, Portfolio Holder for Housing, and Councillor Ama Boateng.",
        ),
      ),
    ).toBe("Apologies: Tom Reyes, Portfolio Holder for Housing, and Ama Boateng.");
  });

  it("'None received from Members of Cabinet' is no apologies", () => {
    expect(describeStandingItem(item("Apologies for Absence", "None received from Members of Cabinet."))).toBe(
      "No apologies.",
    );
  });

  it("an apology from a member who attended online says so in brackets", () => {
    expect(
      describeStandingItem(
        item(
          "Apologies for Absence",
          "Apologies for absence were received from Councillor Rhys Carr but he attended virtually.",
        ),
      ),
    ).toBe("Apologies: Rhys Carr (attended virtually).");
  });
});

describe("minutes", () => {
  it("minutes 'signed as a correct record' (without 'taken as read') are approved, not 'be approved'", () => {
    expect(
      describeStandingItem(
        item(
          "Council Minutes",
          "RESOLVED:  That the minutes of the meeting held on 9 October 2008 be signed as a correct record.",
        ),
      ),
    ).toBe("Minutes of 9 October 2008 approved.");
  });
});

const cabinet = (title: string, minutesText: string) =>
  summarizeExtractive(
    makeInput({
      meeting: {
        committeeName: "Cabinet",
        title: "Cabinet - Thursday 18 February 2027 6.30 pm",
        startsAt: "2027-02-18T18:30:00Z",
      },
      now: "2027-03-01T09:00:00Z",
      items: [agendaItem(7, title, { minutesText })],
    }),
  );
const rendered = (summary: ReturnType<typeof summarizeExtractive>) => renderSummaryMarkdown(summary);

describe("Cabinet's recommendations to Council", () => {
  const minute =
    "Resolved to RECOMMEND: to Council\n\n(1) the Borough Plan 2027 be noted;\n\n(2) the Borough Plan be approved and the Head of Strategy be authorised, after consulting the Leader of the Council, to make minor changes to the Plan before it goes to Council.\n\nReason for Recommendation: To refresh the Council's policy framework for the coming year.\n\nAlternative Options Considered and Rejected: As set out in the report.\n\nConflict of Interest relating to the matter declared by Cabinet Member/Dispensation Granted: None.\n\n[Call-in does not apply as the decision is reserved to full Council.]";

  it("says 'Recommended to Council:' for 'Resolved to RECOMMEND: to Council'", () => {
    const text = rendered(cabinet("Borough Plan 2027", minute));
    expect(text).toContain("Recommended to Council: ");
    expect(text).not.toMatch(/RESOLVED to RECOMMEND/i);
  });

  it("gives the reason for the recommendation as the reason and leaves out the formulas after it", () => {
    const text = rendered(cabinet("Borough Plan 2027", minute));
    expect(text).toContain("Reason: To refresh the Council's policy framework for the coming year.");
    expect(text).not.toContain("Alternative Options Considered");
    expect(text).not.toContain("Conflict of Interest");
  });
});
