// Speakers' labels once in full, stop 33 (docs/summaries.md#speakers-labels-once-in-full-stop-33): within one item a
// post is said in full the first time it speaks, then by its rank alone where no other post of the item shares that
// rank, and a bracketed aside beside a speaker is said once. Every sentence below is written here, with made-up posts,
// remits and figures.
import { describe, expect, it } from "vitest";
import { labelWordsSaved, labelsSaidOnce, shortPost } from "@/lib/summarize/extractive/speaker-labels";

const source = { documentId: null, url: null, page: null };
const item = (texts: string[], decision: string | null = null, lead?: string) => [
  { bullets: texts.map((text) => ({ text, source, ...(lead ? { lead } : {}) })), decision },
];

describe("a post said in full once per item", () => {
  it("says a Portfolio Holder by rank after the first point", () => {
    const sections = item([
      "Portfolio Holder for Parks and Open Spaces: 14 play areas would be resurfaced by May 2027.",
      "Portfolio Holder for Parks and Open Spaces: The tree planting budget was £85,000.",
    ]);
    labelsSaidOnce(sections);
    expect(sections[0]!.bullets.map((b) => b.text)).toEqual([
      "Portfolio Holder for Parks and Open Spaces: 14 play areas would be resurfaced by May 2027.",
      "Portfolio Holder: The tree planting budget was £85,000.",
    ]);
  });

  it("drops a speaker's bracketed aside after the first time", () => {
    const sections = item([
      "Director of Resources (Chief Finance Officer): Reserves stood at £9.2m.",
      "Councillor Amberley: The forecast relied on two grants.",
      "Director of Resources (Chief Finance Officer): Both grants had been confirmed in writing.",
    ]);
    labelsSaidOnce(sections);
    expect(sections[0]!.bullets[2]!.text).toBe("Director: Both grants had been confirmed in writing.");
  });

  it("keeps the remit where another post of the same rank is named in the item", () => {
    const sections = item(
      [
        "Corporate Director of Place: The depot would close in 2028.",
        "Corporate Director of Place: Staff would move to the civic centre.",
      ],
      "Recommended to the Corporate Director of Resources: to agree the disposal.",
    );
    labelsSaidOnce(sections);
    expect(sections[0]!.bullets[1]!.text).toBe("Corporate Director of Place: Staff would move to the civic centre.");
  });

  it("keeps a post minutes do not shorten, and an aside that is not a speaker's", () => {
    const texts = [
      "Head of Libraries: Loans rose by 6%.",
      "Head of Libraries: Two branches would open on Sundays.",
      "Option B (preferred): Keep all branches.",
      "Option B (preferred): Close one branch on Mondays.",
    ];
    const sections = item(texts);
    labelsSaidOnce(sections);
    expect(sections[0]!.bullets.map((b) => b.text)).toEqual(texts);
  });

  it("says each item's first mention in full", () => {
    const first = item([
      "Cabinet Member for Transport: 3 routes were added.",
      "Cabinet Member for Transport: More soon.",
    ]);
    const second = item(["Cabinet Member for Transport: Fares were frozen until 2027."]);
    labelsSaidOnce(first);
    labelsSaidOnce(second);
    expect(first[0]!.bullets[1]!.text).toBe("Cabinet Member: More soon.");
    expect(second[0]!.bullets[0]!.text).toBe("Cabinet Member for Transport: Fares were frozen until 2027.");
  });

  it("shortens a list's lead that is a speaker's label, over all its points", () => {
    const sections = [
      {
        bullets: [
          { text: "Strategic Director of Housing: 410 households were in temporary homes.", source },
          { text: "Voids had fallen to 1.8%.", source, lead: "Strategic Director of Housing:" },
          { text: "Repairs took 11 days on average.", source, lead: "Strategic Director of Housing:" },
        ],
        decision: null,
      },
    ];
    labelsSaidOnce(sections);
    expect(sections[0]!.bullets.map((b) => b.lead)).toEqual([undefined, "Strategic Director:", "Strategic Director:"]);
  });
});

describe("the rank a post is said by", () => {
  it("is unambiguous only where every post of that rank in the item is the same", () => {
    expect(shortPost("Director of Finance", "Director of Finance: A. Director of Finance: B.")).toBe("Director");
    expect(shortPost("Director of Finance", "Director of Finance: A. Corporate Director of People: B.")).toBeNull();
    expect(
      shortPost("Director of Finance", "Director of Finance: A. Director of Finance and Assurance: B."),
    ).toBeNull();
  });
});

describe("what a further point costs the words left unspent", () => {
  it("is counted with the short label when a picked point said the post in full", () => {
    const point = "Portfolio Holder for Parks and Open Spaces: The tree planting budget was £85,000.";
    expect(
      labelWordsSaved(point, ["Portfolio Holder for Parks and Open Spaces: 14 play areas would be resurfaced."], []),
    ).toBe(5);
    expect(labelWordsSaved(point, ["Councillor Amberley: 14 play areas would be resurfaced."], [])).toBe(0);
    expect(
      labelWordsSaved(
        point,
        ["Portfolio Holder for Parks and Open Spaces: 14 play areas would be resurfaced."],
        ["Recommended to the Portfolio Holder for Housing: to agree the lettings policy."],
      ),
    ).toBe(0);
  });
});

describe("a rank said beside another post of that rank", () => {
  it("keeps the remit when a Corporate Director or another Director speaks in the item", () => {
    expect(
      shortPost("Director of Care", "Director of Care: A.\nCorporate Director: B.\nDirector of Care: C."),
    ).toBeNull();
    expect(shortPost("Director of Care", "Director of Care: A.\nDirector of Public Health: B.")).toBeNull();
    expect(shortPost("Corporate Director of Place", "Corporate Director of Place: A.\nDirector: B.")).toBeNull();
    expect(
      shortPost("Corporate Director of Place", "Corporate Director of Place: A. Corporate Director of Place: B."),
    ).toBe("Corporate Director");
  });
});
