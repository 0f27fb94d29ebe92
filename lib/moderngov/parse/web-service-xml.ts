import * as cheerio from "cheerio";
import type { Cheerio, CheerioAPI } from "cheerio";
// Type-only: domhandler is the DOM cheerio is built on, erased at runtime.
import type { Element } from "domhandler";
import { detectBlockPage } from "./block-page";
import { PageParseError } from "./errors";
import { decodeHtmlEntities, extractBlockText, normaliseText } from "./text";

// Shared plumbing for mgWebService.asmx answers. The same payload arrives bare (HTTP GET), or wrapped in a SOAP
// envelope, sometimes with the inner XML escaped as text inside {Op}Result; all three are unwrapped to the
// payload's root element. Text values are HTML-escaped before XML-escaping, so each is decoded twice.

const WRAPPER = /^(?:[\w-]+:)?(envelope|body|header)$|response$|result$/i;

/** The payload root (e.g. <committees>, <getmeetings>, <meeting>), or a PageParseError. */
export function loadWebServiceRoot(
  xml: string,
  url: string,
  expected: readonly string[],
): { $: CheerioAPI; root: Cheerio<Element> } {
  if (!xml || !xml.trim()) throw new PageParseError("empty", url, "the response is empty");
  const block = detectBlockPage(xml);
  if (block)
    throw new PageParseError("blocked", url, `a ${block.vendor} block page was served instead ("${block.evidence}")`);
  if (/^\s*(<!doctype html|<html)/i.test(xml)) {
    throw new PageParseError("wrong-kind", url, "expected a web-service XML response, got an HTML page");
  }
  let $ = cheerio.load(xml, { xml: true });
  let root = payloadRoot($);
  // SOAP responses may carry the payload as escaped text inside <{Op}Result>.
  if (root.length === 0) {
    const escaped = elements($)
      .filter((_, el) => /result$/i.test(el.name) && el.children.every((c) => c.type === "text"))
      .first();
    if (escaped.length > 0 && escaped.text().trim().startsWith("<")) {
      $ = cheerio.load(escaped.text(), { xml: true });
      root = payloadRoot($);
    }
  }
  const name = root.length > 0 ? localName(root.get(0)!) : "nothing";
  if (!expected.includes(name)) {
    throw new PageParseError(
      root.length > 0 ? "wrong-kind" : "malformed",
      url,
      `expected <${expected.join("> or <")}>, got <${name}>`,
    );
  }
  // htmlparser2 forgives a missing end tag, so a cut-off download would parse as a shorter list.
  if (!new RegExp(`</(?:[\\w-]+:)?${name}\\s*>`, "i").test(xml) && !new RegExp(`&lt;/${name}&gt;`, "i").test(xml)) {
    throw new PageParseError("truncated", url, `the response ends before </${name}>`);
  }
  return { $, root };
}

function localName(el: Element): string {
  return el.name.toLowerCase().replace(/^[\w-]+:/, "");
}

/** Every element of the document (the universal selector is typed loosely). */
function elements($: CheerioAPI): Cheerio<Element> {
  return $("*").filter((_, node) => node.type === "tag") as Cheerio<Element>;
}

function payloadRoot($: CheerioAPI): Cheerio<Element> {
  return elements($)
    .filter((_, el) => !WRAPPER.test(localName(el)))
    .first();
}

/** Direct children of `el` with the given local name. */
export function childElements($: CheerioAPI, el: Cheerio<Element>, name: string): Cheerio<Element> {
  return el.children().filter((_, c) => localName(c) === name);
}

/** Text of a direct child, decoded twice (XML then HTML) and whitespace-normalised; null when blank. */
export function childText($: CheerioAPI, el: Cheerio<Element>, name: string): string | null {
  const child = childElements($, el, name).first();
  if (child.length === 0) return null;
  return normaliseText(decodeHtmlEntities(child.text())) || null;
}

/** A child holding escaped HTML (agendatext, minutesnonemptyhtmlbody) as plain text with paragraphs. */
export function childHtmlText($: CheerioAPI, el: Cheerio<Element>, name: string): string | null {
  const child = childElements($, el, name).first();
  const html = child.text().trim();
  if (!html) return null;
  return extractBlockText(cheerio.load(html, null, false).root()) || null;
}

export function childBoolean($: CheerioAPI, el: Cheerio<Element>, name: string): boolean {
  return /^true$/i.test(childText($, el, name) ?? "");
}

export function childInt($: CheerioAPI, el: Cheerio<Element>, name: string): number | null {
  const text = childText($, el, name);
  return text && /^\d+$/.test(text) && Number(text) > 0 ? Number(text) : null;
}
