// Bullets that point back to the bullet before them, read as a resident would. Sentences are our own.
import { describe, expect, it } from "vitest";
import { bodyForIt } from "@/lib/summarize/extractive/candidate";
import type { Candidate } from "@/lib/summarize/extractive/collect-candidates";
import { pickCandidates, withAntecedents } from "@/lib/summarize/extractive/pick-bullets";

const source = { documentId: 1, url: null, page: 1 };
const candidate = (text: string, score: number, order: number, extra: Partial<Candidate> = {}): Candidate => ({
  text,
  score,
  order,
  source,
  ...extra,
});

describe("a sentence that points back to a picked bullet", () => {
  const first = candidate("The Chair of the Panel, Councillor Ann Lee, introduced the report.", 3, 0);
  const second = candidate("She said that 42 homes had been let since April.", 2.5, 1, { antecedent: first.text });

  it("goes on in that bullet, never as a bullet of its own that starts 'She'", () => {
    expect(withAntecedents([first, second]).map((c) => c.text)).toEqual([
      "The Chair of the Panel, Councillor Ann Lee, introduced the report. She said that 42 homes had been let since April.",
    ]);
  });

  it("costs only its own words when the sentence it points back to is picked", () => {
    const words = (t: string) => t.split(/\s+/).length;
    // Room for both sentences once each, not for the first sentence twice.
    const room = words(first.text) + words(second.text);
    expect(pickCandidates([first, second], 5, 0.5, room).map((c) => c.order)).toEqual([0, 1]);
  });

  it("costs the sentence it points back to once, whichever of the two is picked first", () => {
    const words = (t: string) => t.split(/\s+/).length;
    // The sentence that points back outranks the one it points to: it is weighed first, carrying it.
    const ahead = { ...second, score: 4 };
    const room = words(first.text) + words(second.text);
    expect(pickCandidates([first, ahead], 5, 0.5, room).map((c) => c.order)).toEqual([0, 1]);
  });

  it("reaches a post's account said as 'Post: fact'", () => {
    const account = candidate("He said that the Council had lost 9.4 days per employee over the year.", 5, 0, {
      giver: "Head of HR",
    });
    const rise = candidate("The figure had risen from 8.9 days a year earlier.", 3, 1, {
      antecedent: "Head of HR: The Council had lost 9.4 days per employee over the year.",
    });
    expect(withAntecedents([account, rise]).map((c) => c.text)).toEqual([
      "Head of HR: The Council had lost 9.4 days per employee over the year. The figure had risen from 8.9 days a year earlier.",
    ]);
  });
});

describe("'It' after a sentence whose subject is the body", () => {
  it("says the body again, so the point stands on its own", () => {
    expect(
      bodyForIt(
        "It considered revoking the licence but chose a suspension.",
        "The Panel found the sales to be very serious.",
      ),
    ).toBe("The Panel considered revoking the licence but chose a suspension.");
  });

  it("leaves the impersonal 'It was …' and a sentence after anything else as they are", () => {
    expect(bodyForIt("It was noted that the shop had closed.", "The Panel found the sales serious.")).toBe(
      "It was noted that the shop had closed.",
    );
    expect(bodyForIt("It considered the options.", "Officers found the sales serious.")).toBe(
      "It considered the options.",
    );
  });
});
