import type { Cheerio, CheerioAPI } from "cheerio";
// Type-only: domhandler is the DOM cheerio is built on, erased at runtime.
import type { Element } from "domhandler";
import { normaliseText } from "./text";
import { resolveUrl } from "./urls";

// Party, ward and photo are printed the same way on mgUserInfo and in mgMemberIndex entries: labelled
// paragraphs ("Party: Labour", "Ward: Kenton East") and a photo under UserData/….

/** The text after a "Label:" (span.mgLabel or plain text) inside `scope`, or null. */
export function readLabelled($: CheerioAPI, scope: Cheerio<Element>, label: RegExp): string | null {
  const labelled = scope
    .find(".mgLabel")
    .filter((_, el) => label.test(normaliseText($(el).text())))
    .first();
  if (labelled.length > 0) {
    const holder = labelled.parent().clone();
    holder.find(".mgLabel").remove();
    const text = normaliseText(holder.text());
    if (text) return text;
  }
  for (const block of scope.find("p, li, div, td").toArray()) {
    const text = normaliseText($(block).text());
    const match = new RegExp(`^(?:${label.source})\\s*:\\s*(.+)$`, "i").exec(text);
    if (match?.[1] && match[1].length < 120) return match[1].trim();
  }
  return null;
}

/** A councillor photo URL inside `scope` (ModernGov serves them from UserData/…), or null. */
export function readPhotoUrl($: CheerioAPI, scope: Cheerio<Element>, pageUrl: string): string | null {
  const img = scope
    .find("img[src]")
    .filter((_, el) => {
      const src = $(el).attr("src") ?? "";
      const alt = $(el).attr("alt") ?? "";
      return /userdata|photo|pic\.(jpe?g|png|gif)/i.test(src) || /profile image|photo/i.test(alt);
    })
    .first();
  return img.length > 0 ? resolveUrl(img.attr("src"), pageUrl) : null;
}
