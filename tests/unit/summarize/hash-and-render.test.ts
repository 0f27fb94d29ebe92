import { describe, expect, it } from "vitest";
import { summarizeExtractive } from "@/lib/summarize/extractive/summarize-extractive";
import { hashSummaryInput } from "@/lib/summarize/hash-input";
import { findFootnotes } from "@/lib/summarize/extractive/footnotes";
import { renderSummaryMarkdown } from "@/lib/summarize/render/render-markdown";
import { renderSummaryText } from "@/lib/summarize/render/render-text";
import { ENGINE_VERSION } from "@/lib/summarize/version";
import { heldMeetingWithReport } from "./helpers";

describe("hashSummaryInput", () => {
  const base = heldMeetingWithReport();

  it("is a stable sha256 that ignores the clock within a phase", () => {
    const hash = hashSummaryInput(base);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hashSummaryInput({ ...base, now: "2026-05-01T00:00:00Z" })).toBe(hash);
  });

  it("ignores key order, item order and whitespace noise", () => {
    const shuffled = {
      now: base.now,
      documents: base.documents.map((d) => ({ ...d, text: d.text!.replace(/\n/g, "  \n") })),
      items: [...base.items].reverse(),
      meeting: base.meeting,
    };
    expect(hashSummaryInput(shuffled)).toBe(hashSummaryInput(base));
  });

  it("changes when a document's text or a minute changes", () => {
    const edited = structuredClone(base);
    edited.documents[0]!.text = edited.documents[0]!.text!.replace("22 of the 214", "23 of the 214");
    expect(hashSummaryInput(edited)).not.toBe(hashSummaryInput(base));
    const minuted = structuredClone(base);
    minuted.items[4]!.minutesText += " Members thanked officers.";
    expect(hashSummaryInput(minuted)).not.toBe(hashSummaryInput(base));
  });

  it("flips when the meeting moves from the future to the past", () => {
    const before = { ...base, now: "2025-10-20T00:00:00Z" };
    const stillBefore = { ...base, now: "2025-10-23T16:00:00Z" };
    expect(hashSummaryInput(before)).toBe(hashSummaryInput(stillBefore));
    expect(hashSummaryInput(before)).not.toBe(hashSummaryInput(base));
  });

  it("exports an engine version", () => {
    expect(ENGINE_VERSION).toMatch(/^extractive-\d+\.\d+\.\d+$/);
  });
});

describe("rendering", () => {
  const summary = summarizeExtractive(heldMeetingWithReport());

  it("renders markdown with headings, source links with pages, the decision and footnote markers", () => {
    const md = renderSummaryMarkdown(summary);
    expect(md).toContain("## Children Missing from Care - Quarter 2 2025/26");
    expect(md).toMatch(/return home conversation \(RHC\[\^1\]\)/);
    expect(md).toContain("[^1]: **RHC**: Return Home Conversation");
    expect(md).toContain("#page=1)");
    expect(md).toContain("**Decision:** The report was noted.");
    expect(md).toContain("| Month | Offered | Accepted |");
  });

  it("renders plain text for email without markup", () => {
    const text = renderSummaryText(summary);
    expect(text).toContain("Children Missing from Care - Quarter 2 2025/26\n---");
    expect(text).toContain("(RHC[1])");
    expect(text).toContain("[1] RHC: Return Home Conversation");
    expect(text).toContain("Decision: The report was noted.");
    expect(text).not.toMatch(/\*\*|\[\^|##/);
    expect(text.split("\n").every((l) => l.length <= 100)).toBe(true);
  });

  it("leads each item with its decision, before the points behind it (markdown, email text)", () => {
    const md = renderSummaryMarkdown(summary);
    const heading = md.indexOf("## Children Missing from Care");
    expect(md.indexOf("**Decision:**")).toBeGreaterThan(heading);
    expect(md.indexOf("**Decision:**")).toBeLessThan(md.indexOf("- During Quarter 2"));
    const text = renderSummaryText(summary);
    expect(text.indexOf("Decision: The report was noted.")).toBeLessThan(text.indexOf("* During Quarter 2"));
  });

  it("puts the standing business after the business, and numbers footnotes in that reading order", () => {
    const withStanding = {
      ...summary,
      procedural: "Apologies: Ann Lee.\nNon-pecuniary interests: Raj Shah (member of the CNWL board; stayed).",
      footnotes: [],
    };
    const footnotes = findFootnotes(withStanding);
    const numbered = { ...withStanding, footnotes };
    // RHC is met in the item, CNWL only in the standing business: RHC is note 1.
    expect(footnotes.map((f) => f.term).slice(0, 2)).toEqual(["RHC", "CNWL"]);
    const md = renderSummaryMarkdown(numbered);
    expect(md.indexOf("**Standing business**")).toBeGreaterThan(md.indexOf("## Children Missing from Care"));
    expect(md.indexOf("**Standing business**")).toBeGreaterThan(md.indexOf("- During Quarter 2"));
    expect(md).toMatch(/CNWL\[\^2\] board/);
    const text = renderSummaryText(numbered);
    expect(text.indexOf("Standing business:")).toBeGreaterThan(text.indexOf("* During Quarter 2"));
    expect(text).toMatch(/CNWL\[2\] board/);
  });

  it("says of an item with only a title that its minutes are not published, never a bare heading", () => {
    const noted = {
      ...summary,
      sections: [
        ...summary.sections,
        {
          heading: "Library Opening Hours",
          itemNumber: "12",
          bullets: [],
          tables: [],
          decision: null,
          note: "The minutes for this item have not been published.",
        },
      ],
    };
    expect(renderSummaryMarkdown(noted)).toContain(
      "## Library Opening Hours\n\n_The minutes for this item have not been published._",
    );
    expect(renderSummaryText(noted)).toContain("The minutes for this item have not been published.");
  });

  it("lists what is missing", () => {
    const md = renderSummaryMarkdown({ ...summary, missing: ["The minutes have not been published yet"] });
    expect(md).toContain("- The minutes have not been published yet");
  });
});
