// Round twenty-five of the long minutes (docs/summaries.md#long-minutes-round-twenty-five): the clauses an appointing
// resolution carries every year beside its names, the gloss a member list prints on whom a member represents, and the
// aside in a matter arising. Every sentence below is written here, with made-up names, bodies and dates.
import { describe, expect, it } from "vitest";
import { plainResolution } from "@/lib/summarize/extractive/resolved";
import { describeStandingItem } from "@/lib/summarize/extractive/standing";
import { withoutAside } from "@/lib/summarize/extractive/standing/matters-arising";
import { minuteItem } from "./helpers";

describe("an appointing resolution without its yearly housekeeping clauses", () => {
  const resolution =
    "That (1) the committees and panels set out in Appendix B to the report be appointed for the Municipal Year 2031/32; " +
    "(2) Members be appointed to those bodies as nominated by the groups and tabled at the meeting; " +
    "(3) the following Chairs be appointed for the Municipal Year 2031/32: Licensing Panel: Cllr Nora Quill (Chair), Cllr Piet Vane (Vice-Chair); " +
    "Audit Committee: Cllr Lena Brook (Chair); and " +
    "(4) the Head of Democratic Services be authorised to make changes to the membership of these bodies during the year on the nomination of the group concerned.";

  it("keeps the bodies and the Chairs and drops the clauses that name no one", () => {
    const plain = plainResolution(resolution);
    expect(plain).toMatch(/^The committees and panels were appointed for 2031\/32; the following Chairs/);
    expect(plain).toContain("Cllr Nora Quill (Chair), Cllr Piet Vane (Vice-Chair)");
    expect(plain).not.toMatch(/as nominated by the groups/);
    expect(plain).not.toMatch(/authorised to make changes to the membership/);
  });

  it("leaves a table row's capital letter as it is", () => {
    expect(plainResolution(resolution)).toContain("; Audit Committee: Cllr Lena Brook (Chair)");
  });

  it("keeps a clause that names the Members appointed", () => {
    const named =
      "That (1) the Licensing Panel be appointed for the Municipal Year 2031/32; (2) Councillors Ada Fenn and Otto Marsh be appointed to the Panel as nominated by the groups.";
    expect(plainResolution(named)).toContain("Otto Marsh");
  });

  it("drops such a delegation only beside a clause that is kept", () => {
    const own =
      "That (1) the Scheme of Delegation be revised; (2) the Head of Democratic Services be authorised to make changes to the membership of the Youth Council's panels on the nomination of schools.";
    // Beside another clause the delegation goes; a resolution that is only the delegation keeps it.
    expect(plainResolution(own)).toMatch(/Scheme of Delegation/);
    const alone =
      "That the Head of Democratic Services be authorised to make changes to the membership of the panels on the nomination of schools.";
    expect(plainResolution(alone)).toMatch(/authorised to make changes to the membership/);
  });
});

describe("apologies from a member list, without the gloss on whom a member represents", () => {
  // The Forum's apologies minute, its members listed as "name - group" after a lead-in.
  const apologies = (members: string) =>
    describeStandingItem(
      minuteItem(
        "Apologies for Absence",
        `Apologies for absence were received from the following members of the Forum:\n\n${members}`,
        { position: 2, number: "4" },
      ),
    );

  it("drops the bracketed gloss and keeps whom they represent", () => {
    expect(
      apologies(
        "Mr Cyril Abbot - Nursery providers (private and voluntary) Ms Wenna Hale - Special schools (maintained)",
      ),
    ).toBe("Apologies: Mr Cyril Abbot (Nursery providers); Ms Wenna Hale (Special schools).");
  });

  it("keeps a one-word group's bracket, which tells it apart", () => {
    expect(apologies("Mr Cyril Abbot - Academies (primary) Ms Wenna Hale - Academies (secondary)")).toBe(
      "Apologies: Mr Cyril Abbot (Academies (primary)); Ms Wenna Hale (Academies (secondary)).",
    );
  });
});

describe("a matter arising without the aside on what the last meeting asked", () => {
  it("says the matter and what became of it", () => {
    expect(
      withoutAside(
        "The request agreed at the last meeting, asking the Regional Office to publish the nursery rates before the spring, had been made on 9 March 2032.",
      ),
    ).toBe("The request agreed at the last meeting had been made on 9 March 2032.");
  });

  it("keeps an aside with a figure or a name", () => {
    const figure =
      "The letter agreed at the last meeting, asking the Regional Office to restore the 14 lost places, had been sent.";
    expect(withoutAside(figure)).toBe(figure);
    const name = "The letter agreed at the last meeting, which Ms Ida Crane had drafted for the Chair, had been sent.";
    expect(withoutAside(name)).toBe(name);
  });

  it("leaves a sentence without such an aside as it is", () => {
    const plain = "No reply had yet been received from the Regional Office.";
    expect(withoutAside(plain)).toBe(plain);
  });
});
