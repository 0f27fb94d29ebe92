// Standing lines, stop 36 (docs/summaries.md#standing-lines-stop-36): a partnership's list of those present without
// the officers in attendance or the welcome to a partner it lists, who deputised for whom in the apologies, an item's
// title in brackets in a declaration, "no other business" beside the next meeting, and an action said once. Every
// sentence below is written here, with made-up names, places and figures.
import { describe, expect, it } from "vitest";
import { withoutActionsSaid } from "@/lib/summarize/extractive/actions-given";
import { describeStandingItem } from "@/lib/summarize/extractive/standing-items";
import { describeDeclarations } from "@/lib/summarize/extractive/standing/declarations";
import { withoutNoOtherBusiness } from "@/lib/summarize/extractive/standing/no-other-business";
import { partnersPresent } from "@/lib/summarize/extractive/standing/partners-present";
import { minuteItem } from "./helpers";

const PARTNERS = [
  "Councillor Oona Bramwell - Cabinet Member for Safer Streets, Eastmere Council (Chair)",
  "Superintendent Lucan Fairweather - Borough Commander, South Area Command Unit, Metropolitan Police Service",
  "Dr Ines Kowalik - Deputy Director of Nursing, Eastmere Integrated Care Board",
  "Mrs Petra Holm - Chief Officer, Eastmere Volunteer Centre",
].join("\n");

describe("a partnership's list of those present", () => {
  it("leaves out the officers in attendance and the welcome to a partner the list names, and courtesy titles", () => {
    const minute = [
      "The following partners were present:",
      PARTNERS,
      "Officers in attendance: Mr Otto Brandt (Community Safety Manager) and Ms Wren Doyle (Analyst).",
      "The Chair welcomed Dr Kowalik, who was attending her first meeting of the Partnership.",
    ].join("\n\n");
    expect(partnersPresent(minute)).toBe(
      "Present: Councillor Oona Bramwell, Cabinet Member for Safer Streets (Eastmere Council), Chair; Superintendent Lucan Fairweather, Borough Commander (Metropolitan Police Service); Ines Kowalik, Deputy Director of Nursing (Eastmere Integrated Care Board); Petra Holm, Chief Officer (Eastmere Volunteer Centre).",
    );
  });

  it("keeps a welcome to someone the list does not name, and one that names another person too", () => {
    const minute = [
      "The following partners were present:",
      PARTNERS,
      "The Chair welcomed Mr Jasper Quill, the new Youth Justice Manager, who was observing. The Chair welcomed Mrs Holm and Ms Ada Voss to the meeting.",
    ].join("\n\n");
    const said = partnersPresent(minute)!;
    expect(said).toMatch(/The Chair welcomed Mr Jasper Quill, the new Youth Justice Manager, who was observing\./);
    expect(said).toMatch(/The Chair welcomed Mrs Holm and Ms Ada Voss to the meeting\./);
  });
});

describe("apologies with who deputised", () => {
  it("keeps the bracket that says who came in a partner's place, after whom they represent", () => {
    const line = describeStandingItem(
      minuteItem(
        "Apologies for Absence",
        [
          "Apologies for absence were received from:",
          [
            "Mr Roald Finch - Group Manager, Eastmere Fire and Rescue Service (Watch Manager Tilly Oakes deputised)",
            "Ms Hesper Vane - Head of Youth Justice, Eastmere Council",
          ].join("\n"),
        ].join("\n\n"),
      ),
    );
    expect(line).toMatch(
      /Mr Roald Finch \(Group Manager, Eastmere Fire and Rescue Service; Watch Manager Tilly Oakes deputised\)/,
    );
    expect(line).toMatch(/Ms Hesper Vane \(Head of Youth Justice, Eastmere Council\)/);
  });

  it("still leaves out a bracket that only glosses whom a member represents", () => {
    const line = describeStandingItem(
      minuteItem(
        "Apologies for Absence",
        "Apologies were received from:\n\nMr Abel Stone - Early years providers (private and voluntary)\nMrs Coral Penn - Special schools",
      ),
    );
    expect(line).toMatch(/Mr Abel Stone \(Early years providers\)/);
    expect(line).not.toMatch(/private and voluntary/);
  });
});

describe("a declaration on an item named with its title in brackets", () => {
  it("reads the title as the item's, never a colon inside it as the start of the reason", () => {
    const line = describeDeclarations(
      "Ms Nell Prior declared an interest in Agenda Item 14 (Community Grants Fund 2027-2029: Allocations), in that the Marsh Lane Food Bank, of which she was a trustee, had applied for a grant.",
    );
    expect(line).toContain("Nell Prior (item 14 (Community Grants Fund 2027-2029)");
    expect(line).toContain("Marsh Lane Food Bank");
    expect(line).not.toMatch(/\(Allocations\)|Allocations\),/);
    // Every bracket opened is closed.
    expect((line!.match(/\(/g) ?? []).length).toBe((line!.match(/\)/g) ?? []).length);
  });
});

describe("no other business beside the next meeting", () => {
  it("says the next meeting alone", () => {
    expect(
      describeStandingItem(
        minuteItem(
          "Any Other Business and Date of Next Meeting",
          "There was no other business.\n\nRESOLVED: That the next meeting of the Partnership be held on 2 November 2027.",
        ),
      ),
    ).toBe("Next meeting: 2 November 2027.");
  });

  it("leaves a minute that says only that there was no other business as it was", () => {
    expect(withoutNoOtherBusiness("There was no other business.")).toBe("There was no other business.");
  });
});

describe("an action said once", () => {
  it("drops the 'ACTION:' paragraph the decision already says, and keeps one it does not", () => {
    const candidates = [
      { text: "ACTION: Mr Otto Brandt to send the hotspot maps to partners by 5 May 2027." },
      { text: "ACTION: Ms Wren Doyle to report on the night-time economy." },
      { text: "The order had been in force since 2024." },
    ];
    const decision =
      "The renewal was endorsed. Action: Mr Otto Brandt to send the hotspot maps to partners by 5 May 2027.";
    expect(withoutActionsSaid(candidates, decision).map((c) => c.text)).toEqual([
      "ACTION: Ms Wren Doyle to report on the night-time economy.",
      "The order had been in force since 2024.",
    ]);
    expect(withoutActionsSaid(candidates, "The renewal was endorsed.")).toHaveLength(3);
  });
});
