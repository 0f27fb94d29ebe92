// Defects found reading the long minutes as a resident would (December 2026, engine 1.18.0). The sentences are written
// here; names and figures are made up.
import { describe, expect, it } from "vitest";
import { withoutThats } from "@/lib/summarize/extractive/answer-clauses";

describe("each further thing reported loses its 'that'", () => {
  it("keeps the comma of an aside that follows 'and that,'", () => {
    expect(
      withoutThats(
        "the audit was nearly complete and that, subject to the pension work, the firm expected to sign by 12 December",
      ),
    ).toBe("the audit was nearly complete and, subject to the pension work, the firm expected to sign by 12 December");
  });
});
