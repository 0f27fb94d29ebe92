import { describe, expect, it } from "vitest";
import { TOPICS, tagTopics } from "@/lib/summarize/topics";
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
        item(2, "Harrow to Pinner Cycleway - Public consultation outcome", { description: "Report on the cycle route and road safety measures." }),
        item(3, "Revenue Budget Monitoring Quarter 2 2025/26", { description: "The forecast overspend and the council tax base." }),
        item(4, "Provision of Accommodation for Care Leavers and Homeless Young People"),
      ],
      documents: [doc(1, "unused")],
    });
    const byItem = (p: number) => tagTopics(input).filter((t) => t.scope !== "meeting" && t.scope.itemPosition === p).map((t) => t.topic);
    expect(byItem(1)).toEqual([]);
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
});
