// Business recall on the long minutes, sixteenth round (docs/summaries.md#long-minutes-round-sixteen): words a point
// held to words spends on no fact go, so a condensed meeting has room for one more point with a figure. An aside that
// says what helped a figure or how it compares with everywhere else, an officer's "The second was that …", and a
// sentence that only says who introduced the item and when its paper came out. Every sentence below is written here,
// with made-up names, places and figures.
import { describe, expect, it } from "vitest";
import { inFewerWords } from "@/lib/summarize/extractive/advisory-minutes";
import { onlyIntroduces, withoutOrdinalLead } from "@/lib/summarize/extractive/free-words";
import type { Candidate } from "@/lib/summarize/extractive/collect-candidates";
import { pickMinutePoints } from "@/lib/summarize/extractive/minute-points";
import { sparePoint } from "@/lib/summarize/extractive/spare-point-pick";
import { minutePointsInput } from "./helpers";

describe("an aside after a figure that says what helped it, or how it compares", () => {
  it("goes when it has no figure of its own", () => {
    expect(
      inFewerWords(
        "The number of repair jobs waiting had fallen from 2,310 in June to 1,480 in November, helped by a second contractor that had started in August.",
      ),
    ).toBe("The number of repair jobs waiting had fallen from 2,310 in June to 1,480 in November.");
    expect(
      inFewerWords(
        "Fire crews had been called to 73 kitchen fires in the ward, more than in any other ward of the borough.",
      ),
    ).toBe("Fire crews had been called to 73 kitchen fires in the ward.");
    expect(
      inFewerWords(
        "Waiting times had come down to 6 weeks, thanks to the new online referral form and extra evening clinics.",
      ),
    ).toBe("Waiting times had come down to 6 weeks.");
  });

  it("stays when it carries a figure, or when the sentence has none before it", () => {
    expect(
      inFewerWords("Missed bins had fallen to 310 a month, helped by 4 new vehicles that had arrived in the spring."),
    ).toBe("Missed bins had fallen to 310 a month, helped by 4 new vehicles that had arrived in the spring.");
    expect(inFewerWords("Footfall had risen in the market, helped by the new Saturday opening.")).toBe(
      "Footfall had risen in the market, helped by the new Saturday opening.",
    );
  });
});

describe("an officer's list told a sentence at a time", () => {
  it("is said without its place in the list when a clause follows", () => {
    expect(withoutOrdinalLead("The second was that 58 tenants had been sent the wrong rent letter in April.")).toBe(
      "58 tenants had been sent the wrong rent letter in April.",
    );
    expect(inFewerWords("The third was that a contractor had lost 14 keys to communal doors.")).toBe(
      "A contractor had lost 14 keys to communal doors.",
    );
  });

  it("keeps a place in the list that names a thing rather than a clause", () => {
    expect(withoutOrdinalLead("The first was the late return of £12,400 of grant by a youth charity.")).toBe(
      "The first was the late return of £12,400 of grant by a youth charity.",
    );
  });
});

describe("who introduced the item, and when its paper came out", () => {
  it("is only an introduction when its one figure is a day of the month", () => {
    expect(
      onlyIntroduces("The Leader introduced the draft plan, which Cabinet had published on 3 February 2026."),
    ).toBe(true);
    expect(onlyIntroduces("The Portfolio Holder for Housing presented the strategy.")).toBe(true);
  });

  it("is a point when the introduction gives a figure of what the paper says", () => {
    expect(onlyIntroduces("The Director introduced the report, which showed an overspend of £2.4m on home care.")).toBe(
      false,
    );
    expect(onlyIntroduces("The Leader said that the draft plan had been published on 3 February 2026.")).toBe(false);
  });

  it("is left out of a question time held to words, so its words go to an answer", () => {
    const TITLE = "Draft Parks Strategy 2026 to 2031";
    const MINUTE = [
      "The Portfolio Holder for Parks introduced the draft strategy, which Cabinet had published for consultation on 14 January 2026.",
      "Councillor Ada Brook asked how many playgrounds would be refurbished. The Portfolio Holder responded that 12 playgrounds would be refurbished by March 2028.",
      "Councillor Ben Cole asked how much the strategy would cost. The Director responded that the strategy would cost £3.1m over five years.",
      "Councillor Cara Dunn asked how many trees would be planted. The Portfolio Holder responded that 900 trees would be planted in the first year.",
      "Councillor Dev Eyre asked how many responses had been received. The Director responded that 415 responses had been received so far.",
    ].join("\n\n");
    const picked = pickMinutePoints(minutePointsInput(MINUTE, TITLE, { answerPoints: 2 })).picked.map((c) => c.text);
    expect(picked.some((t) => t.includes("introduced"))).toBe(false);
    expect(picked.length).toBeGreaterThan(0);
  });
});

describe("a spare point whose later clauses give no figure", () => {
  const source = { documentId: null, url: "https://example.org/m", page: null };
  const point = (text: string, score: number, order: number): Candidate => ({ text, score, order, source });
  const said = point("The library service had opened 14 branches on Sundays since May.", 6, 0);

  it("is said up to the clause of its new figure even when the whole would fit", () => {
    const next = point(
      "Staffing was complete at 9 of the branches and partly complete at the others, and two branches had no manager: the service was recruiting for both posts.",
      3,
      1,
    );
    expect(sparePoint([said, next], [said], ["Library Services Update", ""], 40)?.text).toBe(
      "Staffing was complete at 9 of the branches and partly complete at the others.",
    );
  });

  it("is said whole when a later clause gives a figure of its own", () => {
    const next = point("Staffing was complete at 9 of the branches, and 3 managers had started in June.", 3, 1);
    expect(sparePoint([said, next], [said], ["Library Services Update", ""], 40)?.text).toBe(
      "Staffing was complete at 9 of the branches, and 3 managers had started in June.",
    );
  });
});
