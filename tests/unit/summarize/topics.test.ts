import { describe, expect, it } from "vitest";
import { TOPICS, tagTopics } from "@/lib/summarize/topics";
import { isQuotableSentence, quotableSentences } from "@/lib/summarize/topics/evidence-sentences";
import { doc, heldMeetingWithReport, item, makeInput } from "./helpers";

describe("tagTopics", () => {
  it("tags the meeting and the item with evidence quoted from the sources", () => {
    const tags = tagTopics(heldMeetingWithReport());
    const itemTag = tags.find((t) => t.topic === "childrens-services" && t.scope !== "meeting");
    expect(itemTag?.scope).toEqual({ itemPosition: 5 });
    expect(itemTag!.evidence.length).toBeGreaterThan(0);
    expect(itemTag!.evidence.some((e) => /missing from care/i.test(e.text))).toBe(true);
    expect(tags.find((t) => t.scope === "meeting" && t.topic === "childrens-services")).toBeDefined();
  });

  it("gives report evidence its document and page", () => {
    const tags = tagTopics(heldMeetingWithReport());
    const fromReport = tags.flatMap((t) => t.evidence).find((e) => e.source.documentId === 501);
    expect(fromReport?.source.page).toBeGreaterThanOrEqual(1);
  });

  it("tags each item by its own subject and skips procedural items", () => {
    const input = makeInput({
      items: [
        item(1, "Declarations of Interest", { minutesText: "Councillor X declared an interest as a school governor." }),
        item(2, "Harrow to Pinner Cycleway - Public consultation outcome", {
          description: "Report on the cycle route and road safety measures.",
        }),
        item(3, "Revenue Budget Monitoring Quarter 2 2025/26", {
          description: "The forecast overspend and the council tax base.",
        }),
        item(4, "Provision of Accommodation for Care Leavers and Homeless Young People"),
      ],
      documents: [doc(1, "unused")],
    });
    const byItem = (p: number) =>
      tagTopics(input)
        .filter((t) => t.scope !== "meeting" && t.scope.itemPosition === p)
        .map((t) => t.topic);
    expect(byItem(1)).toEqual([]);
    // Council's standing "Procedural Motions" item (corpus meeting 65949) is about the meeting, not its business.
    const council = makeInput({
      items: [
        item(1, "Procedural Motions", {
          description:
            "Any procedural motions by Members about the conduct of the meeting are considered; notice received after the summons was issued is tabled.",
        }),
      ],
    });
    expect(tagTopics(council).filter((t) => t.scope !== "meeting")).toEqual([]);
    expect(byItem(2)).toContain("transport-roads");
    expect(byItem(3)).toContain("budget-finance");
    expect(byItem(4)).toEqual(expect.arrayContaining(["childrens-services", "housing"]));
    expect(byItem(3)).not.toContain("transport-roads");
  });

  it("is deterministic and uses only slugs from the taxonomy", () => {
    const input = heldMeetingWithReport();
    const slugs = new Set(TOPICS.map((t) => t.slug));
    expect(tagTopics(input)).toEqual(tagTopics(input));
    expect(tagTopics(input).every((t) => slugs.has(t.topic))).toBe(true);
  });

  it("documents every topic", () => {
    for (const t of TOPICS) {
      expect(t.slug).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(t.description.length).toBeGreaterThan(10);
      expect(t.patterns.length).toBeGreaterThan(3);
    }
  });

  it("quotes whole titles or whole sentences, never fragments or cover-sheet lines", () => {
    const input = heldMeetingWithReport();
    const titles = new Set([...input.items.map((i) => i.title), ...input.documents.map((d) => d.title)]);
    const quotes = tagTopics(input).flatMap((t) => t.evidence.map((e) => e.text));
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(titles.has(quote) || isQuotableSentence(quote), quote).toBe(true);
  });

  it("finds the sentences of a wrapped report page and leaves out its cover fields", () => {
    const page = [
      "REPORT FOR: CORPORATE PARENTING PANEL",
      "Date of Meeting: 23 October 2025",
      "Subject: Children Missing from Care",
      "Summary and Recommendations",
      "This report sets out the number of children in care who were reported missing from their placements during",
      "the year, and the work of the Strategic Director of Children's Services to reduce it. Members are asked to",
      "note the report.",
    ].join("\n");
    const sentences = quotableSentences(page, "pdf");
    expect(sentences).toContain(
      "This report sets out the number of children in care who were reported missing from their placements during the year, and the work of the Strategic Director of Children's Services to reduce it.",
    );
    expect(sentences.some((s) => /REPORT FOR|Date of Meeting/.test(s))).toBe(false);
    expect(isQuotableSentence("of the Strategic Director of Children's Services.")).toBe(false);
  });

  it("quotes the committee's name for a tag from the meeting's name, not the title and the name run together", () => {
    // A real Harrow title (corpus meeting 65787), and a label before the committee's name as Harrow prints them.
    const scrutiny = makeInput({
      meeting: {
        title: "Overview and Scrutiny Committee - Tuesday 9 April 2024 6.30 pm",
        committeeName: "Overview and Scrutiny Committee",
      },
    });
    const governance = tagTopics(scrutiny).find((t) => t.scope === "meeting" && t.topic === "governance");
    expect(governance?.evidence.map((e) => e.text)).toEqual(["Overview and Scrutiny Committee"]);
    const labelled = makeInput({
      meeting: { title: "(Council Tax) Council - Thursday 24 February 2022 7.30 pm", committeeName: "Council" },
    });
    const budget = tagTopics(labelled).find((t) => t.scope === "meeting" && t.topic === "budget-finance");
    expect(budget?.evidence.map((e) => e.text)).toEqual(["(Council Tax)"]);
  });

  it("gives a cancelled meeting no topics", () => {
    const input = heldMeetingWithReport();
    expect(tagTopics({ ...input, meeting: { ...input.meeting, status: "cancelled" } })).toEqual([]);
  });
});
