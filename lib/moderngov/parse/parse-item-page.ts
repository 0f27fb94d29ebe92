import type { AnyNode } from "domhandler";
import { loadModernGovPage } from "./page-kind";
import { extractBlockText, normaliseText } from "./text";

// mgAi.aspx?ID={AIId}: one agenda item on its own page (h1 "Agenda item", then the item's title), where
// ModernGov prints the whole of minutes that the meeting page cuts at "…" with "View the full minutes text for
// item N.". The minutes are what follows the "Minutes:" label (p.mgSubItemTitleTxt) up to the next label; pages
// without that label (a public copy of Slough's mgAi.aspx?ID=42122 reads "Agenda item / {title} / {minute text}
// / Supporting documents:") give the item's text blocks (.mgWordPara) instead.

export type ItemPage = {
  url: string;
  title: string | null;
  /** The full minutes text; null when the page carries no "Minutes:" section. */
  minutes: string | null;
};

export function parseItemPage(html: string, url: string): ItemPage {
  const $ = loadModernGovPage(html, url, ["item"]);
  const root = $("#modgov");
  const title =
    normaliseText(root.find("h2.mgSubTitleTxt, h2").first().text()).replace(/^agenda item\s*-\s*/i, "") || null;
  const label = root
    .find(".mgSubItemTitleTxt")
    .filter((_, el) => /^minutes\b/i.test(normaliseText($(el).text())))
    .first();
  if (label.length === 0) {
    const text = extractBlockText(root.find(".mgWordPara"));
    return { url, title, minutes: text || null };
  }
  const nodes: AnyNode[] = [];
  let node = label[0]!.nextSibling;
  while (node) {
    if (node.type === "tag" && $(node).is(".mgSubItemTitleTxt")) break;
    nodes.push(node);
    node = node.nextSibling;
  }
  const text = extractBlockText($("<div></div>").append($(nodes).clone()));
  return { url, title, minutes: text || null };
}
