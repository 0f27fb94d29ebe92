// A tiny XML writer that reproduces the .NET pretty-printing of ModernGov's web service (see lgsf-xml): two-space
// indentation, empty elements written as an open tag, a newline and the close tag (so they hold whitespace),
// counts padded with a leading space, and text escaped for XML on top of whatever HTML escaping it already has.

export type XmlNode = {
  tag: string;
  attrs?: Record<string, string>;
  children?: XmlNode[];
  text?: string;
  preEscaped?: boolean;
};

export function xmlEscape(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

function attrEscape(text: string): string {
  return xmlEscape(text).replaceAll('"', "&quot;");
}

/** ModernGov HTML-escapes titles before the XML layer escapes them again ("Chair&amp;#39;s"). */
export function htmlThenXml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("'", "&#39;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
}

export const el = (tag: string, text?: string | number | boolean, attrs?: Record<string, string>): XmlNode => ({
  tag,
  attrs,
  text: text === undefined ? undefined : typeof text === "boolean" ? (text ? "True" : "False") : String(text),
});

export const parent = (tag: string, children: XmlNode[], attrs?: Record<string, string>): XmlNode => ({
  tag,
  attrs,
  children,
});

/** Pre-escaped text: the caller has already applied the escaping layers it wants (see htmlThenXml). */
export const raw = (tag: string, escaped: string): XmlNode => ({ tag, text: escaped, preEscaped: true });

function render(node: XmlNode, depth: number): string {
  const pad = "  ".repeat(depth);
  const attrs = node.attrs
    ? Object.entries(node.attrs)
        .map(([k, v]) => ` ${k}="${attrEscape(v)}"`)
        .join("")
    : "";
  if (node.children && node.children.length > 0) {
    return `${pad}<${node.tag}${attrs}>\n${node.children.map((c) => render(c, depth + 1)).join("\n")}\n${pad}</${node.tag}>`;
  }
  const text = node.text ?? "";
  if (text === "") return `${pad}<${node.tag}${attrs}>\n${pad}</${node.tag}>`;
  const body = node.preEscaped ? text : xmlEscape(text);
  return `${pad}<${node.tag}${attrs}>${body}</${node.tag}>`;
}

export function xmlDocument(root: XmlNode): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${render(root, 0)}\n`;
}

/** " 3": ModernGov's counts carry a leading space. */
export const count = (n: number): string => ` ${n}`;
