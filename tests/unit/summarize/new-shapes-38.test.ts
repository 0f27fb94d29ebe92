// The new shapes read tighter, stop 38 (docs/summaries.md#the-new-shapes-read-tighter-stop-38): a body's capacity
// ("acting as shareholder of … Limited") said once where the heading or the steps already name the company, and a
// resolution to seek evidence said as a step still to come. Every sentence below is written here, with made-up names,
// companies and figures.
import { describe, expect, it } from "vitest";
import { withoutCapacityNamed } from "@/lib/summarize/extractive/bullet-filters";
import { deciderStep } from "@/lib/summarize/extractive/resolution/decider";
import { plainResolution } from "@/lib/summarize/extractive/resolved";

describe("a body's capacity said once", () => {
  const ONE =
    "The Shareholder Committee, acting as shareholder of Quillmoor Lettings Limited, approved the Quillmoor Lettings Limited Business Plan 2028/29; and requested that the company report its voids each quarter.";

  it("leaves the capacity out where the heading names the company, and 'Limited' from its name", () => {
    expect(withoutCapacityNamed(ONE, "Quillmoor Lettings Limited - Business Plan 2028/29")).toBe(
      "The Shareholder Committee approved the Quillmoor Lettings Business Plan 2028/29; and requested that the company report its voids each quarter.",
    );
  });

  it("leaves it out where the steps name every company of the capacity, and says which is 'the company'", () => {
    expect(
      withoutCapacityNamed(
        "The Shareholder Committee, acting as shareholder of Tarnbrook Energy Ltd, consented to the company borrowing £2.4m; and noted that Tarnbrook Energy Ltd would report in March 2029.",
        "Solar Farm Financing",
      ),
    ).toBe(
      "The Shareholder Committee consented to Tarnbrook Energy borrowing £2.4m; and noted that Tarnbrook Energy would report in March 2029.",
    );
    expect(
      withoutCapacityNamed(
        "The Shareholder Committee, acting as shareholder of Quillmoor Lettings Limited and of Benfleet Catering Limited, appointed Ms Odile Strand as a director of Quillmoor Lettings Limited; and removed Mr Ivo Penhale as a director of Benfleet Catering Limited.",
        "Company Directors",
      ),
    ).toBe(
      "The Shareholder Committee appointed Ms Odile Strand as a director of Quillmoor Lettings; and removed Mr Ivo Penhale as a director of Benfleet Catering.",
    );
  });

  it("keeps the capacity where a company it names is named nowhere else", () => {
    expect(withoutCapacityNamed(ONE.replace(/the Quillmoor Lettings Limited /, "the "), "Business Plans")).toBe(
      ONE.replace(/the Quillmoor Lettings Limited /, "the "),
    );
    const two =
      "The Shareholder Committee, acting as shareholder of Quillmoor Lettings Limited and of Benfleet Catering Limited, appointed Ms Odile Strand as a director of Quillmoor Lettings Limited.";
    expect(withoutCapacityNamed(two, "Company Directors")).toBe(two);
  });

  it("leaves another company's 'Limited' as printed", () => {
    expect(
      withoutCapacityNamed(
        "The Shareholder Committee, acting as shareholder of Quillmoor Lettings Limited, approved a loan matching the sum lent by Harwick Partners Limited.",
        "Quillmoor Lettings Limited - Loan",
      ),
    ).toBe("The Shareholder Committee approved a loan matching the sum lent by Harwick Partners Limited.");
  });

  it("keeps a capacity that names no company, and a decision with no capacity", () => {
    const trustee =
      "The Committee, acting as trustee of the recreation ground, approved the lease of the pavilion for £4,100 a year.";
    expect(withoutCapacityNamed(trustee, "Recreation Ground Pavilion")).toBe(trustee);
    const plain = "The Quillmoor Lettings Limited Business Plan 2028/29 was approved.";
    expect(withoutCapacityNamed(plain, "Quillmoor Lettings Limited - Business Plan")).toBe(plain);
  });

  it("still gives the overview the body's first step, the company's name without 'Limited'", () => {
    const said = withoutCapacityNamed(ONE, "Quillmoor Lettings Limited - Business Plan 2028/29");
    expect(deciderStep(said)).toEqual({ verb: "approved", object: "the Quillmoor Lettings Business Plan 2028/29" });
    expect(
      deciderStep(
        "The Shareholder Committee appointed Ms Odile Strand as a director of Quillmoor Lettings Limited for two years from 1 March 2029; and removed Mr Ivo Penhale.",
      ),
    ).toEqual({ verb: "appointed", object: "Ms Odile Strand as a director of Quillmoor Lettings" });
  });
});

describe("evidence a meeting resolves to seek", () => {
  it("is sought after the meeting, not said as already sought", () => {
    const said = plainResolution(
      "That (1) written evidence be sought from three tenants' associations and the Fernhill Law Centre; (2) the report be noted.",
    );
    expect(said).toContain("will be sought from three tenants' associations");
    expect(said).not.toContain("was sought");
  });

  it("says the views of others to be sought the same way", () => {
    expect(
      plainResolution("That the views of the Ashdown ward councillors be sought before a decision is taken."),
    ).toMatch(/^The views of the Ashdown ward councillors will be sought\b/);
  });

  it("leaves a step done at the meeting as done", () => {
    expect(plainResolution("That the written evidence received from the Fernhill Law Centre be noted.")).toMatch(
      /was noted/,
    );
  });
});
