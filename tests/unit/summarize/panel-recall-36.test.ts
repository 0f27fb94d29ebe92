// An appointments panel's resolutions read more closely (docs/summaries.md#long-minutes-round-thirty): posts created
// are counted where the resolution lists them, and grades the report holds go with the pointer to it. Every sentence
// below is written here, with made-up posts, dates and figures.
import { describe, expect, it } from "vitest";
import { isApplicationsCount, withRecruitmentCounts } from "@/lib/summarize/extractive/recruitment-counts";
import { withCountedPosts } from "@/lib/summarize/extractive/resolution/plain-words";
import { plainResolution } from "@/lib/summarize/extractive/resolved";

describe("posts created, counted", () => {
  it("says how many posts a resolution's list names, each told by the rank its title opens with", () => {
    expect(
      withCountedPosts(
        "the creation of the posts of Director of Parks and Leisure, Head of Libraries and Archives and Head of Sport be approved",
      ),
    ).toBe(
      "the creation of the three posts of Director of Parks and Leisure, Head of Libraries and Archives and Head of Sport be approved",
    );
    expect(
      withCountedPosts(
        "the creation of the new posts of Assistant Director of Waste and Head of Fleet from 1 May 2027",
      ),
    ).toBe("the creation of the two new posts of Assistant Director of Waste and Head of Fleet from 1 May 2027");
    expect(withCountedPosts("the posts of Director of Parks and Leisure and Service Manager for Fleet")).toBe(
      "the posts of Director of Parks and Leisure and Service Manager for Fleet",
    );
  });

  it("leaves a single post, and a list whose parts are not posts, as they are", () => {
    expect(withCountedPosts("the creation of the post of Director of Parks and Leisure be approved")).toBe(
      "the creation of the post of Director of Parks and Leisure be approved",
    );
    expect(withCountedPosts("the posts of Director of Parks and Leisure be regraded")).toBe(
      "the posts of Director of Parks and Leisure be regraded",
    );
  });

  it("counts the posts created in a restructure's resolution and drops the grades the report holds", () => {
    const plain = plainResolution(
      "That (1) the deletion of the four posts set out in the report be approved; (2) the creation of the posts of Director of Parks and Leisure and Head of Libraries and Archives, at the grades set out in the report, be approved; (3) the Chief Executive be authorised to put the new structure into effect from 2 June 2027.",
    );
    expect(plain).toContain(
      "the creation of the two posts of Director of Parks and Leisure and Head of Libraries and Archives",
    );
    expect(plain).toContain("the deletion of the four posts");
    expect(plain).not.toMatch(/at the grades|set out in the report/);
  });
});

describe("a recruitment's counts, one point", () => {
  it("reads a count of applications said on its own", () => {
    expect(isApplicationsCount("63 applications had been received.")).toBe(true);
    expect(isApplicationsCount("Nine applications were received.")).toBe(true);
    expect(isApplicationsCount("63 applications had been received, more than for any post since 2019.")).toBe(false);
    expect(isApplicationsCount("The post had been advertised in May 2027.")).toBe(false);
  });

  it("says the longlist and the shortlist with the applications, without who did what when", () => {
    expect(
      withRecruitmentCounts(
        "63 applications had been received.",
        "The search firm had interviewed a longlist of 15 candidates, and the Panel had shortlisted six candidates at its meeting on 4 June 2027, two of whom had since withdrawn.",
      ),
    ).toBe("63 applications had been received; 15 longlisted and six shortlisted.");
    expect(
      withRecruitmentCounts("Nine applications were received.", "Four candidates were shortlisted by the Panel."),
    ).toBe("Nine applications were received; four shortlisted.");
  });

  it("joins nothing to a sentence that counts no shortlist", () => {
    expect(
      withRecruitmentCounts("63 applications had been received.", "The post had been advertised at £98,000 a year."),
    ).toBeNull();
  });
});
