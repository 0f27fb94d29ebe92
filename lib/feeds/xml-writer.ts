// A small XML writer for the feeds. The `feed` package would do this but is not installed (and packages may not be
// added here), so this covers exactly what RSS needs: elements, attributes, text, all escaped, and characters that
// XML 1.0 forbids (form feeds from PDF text, NULs, lone surrogates) removed rather than emitted as invalid XML.

export interface XmlElement {
  name: string;
  attributes: Record<string, string | null | undefined>;
  children: XmlChild[];
}

export type XmlChild = XmlElement | string | null | undefined | false;

const NAME = /^[A-Za-z_][A-Za-z0-9_.:-]*$/;
// Everything outside XML 1.0's Char production: C0 controls other than tab/LF/CR, lone surrogates, U+FFFE/U+FFFF.
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function stripInvalidXmlChars(text: string): string {
  return text.replace(INVALID_XML_CHARS, "");
}

export function escapeXmlText(text: string): string {
  return stripInvalidXmlChars(text).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Attribute values also escape quotes, and line breaks and tabs, which parsers would otherwise normalise to spaces. */
export function escapeXmlAttribute(text: string): string {
  return escapeXmlText(text).replace(/"/g, "&quot;").replace(/'/g, "&apos;").replace(/\t/g, "&#9;").replace(/\n/g, "&#10;").replace(/\r/g, "&#13;");
}

/** An element; null, undefined and false children are skipped so optional parts can be written inline. */
export function el(name: string, attributes: XmlElement["attributes"] = {}, ...children: XmlChild[]): XmlElement {
  if (!NAME.test(name)) throw new Error(`Invalid XML element name: ${name}`);
  for (const key of Object.keys(attributes)) if (!NAME.test(key)) throw new Error(`Invalid XML attribute name: ${key}`);
  return { name, attributes, children };
}

function renderElement(element: XmlElement, depth: number, out: string[]): void {
  const indent = "  ".repeat(depth);
  const attributes = Object.entries(element.attributes)
    .filter((entry): entry is [string, string] => entry[1] !== null && entry[1] !== undefined)
    .map(([key, value]) => ` ${key}="${escapeXmlAttribute(value)}"`)
    .join("");
  const children = element.children.filter((c): c is XmlElement | string => c !== null && c !== undefined && c !== false);
  if (children.length === 0) {
    out.push(`${indent}<${element.name}${attributes}/>`);
  } else if (children.every((c) => typeof c === "string")) {
    out.push(`${indent}<${element.name}${attributes}>${children.map((c) => escapeXmlText(c as string)).join("")}</${element.name}>`);
  } else {
    out.push(`${indent}<${element.name}${attributes}>`);
    for (const child of children) {
      if (typeof child === "string") out.push(`${indent}  ${escapeXmlText(child)}`);
      else renderElement(child, depth + 1, out);
    }
    out.push(`${indent}</${element.name}>`);
  }
}

/** A complete document: the XML declaration, then the root element, indented for people reading the source. */
export function renderXmlDocument(root: XmlElement): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  renderElement(root, 0, out);
  return out.join("\n") + "\n";
}
