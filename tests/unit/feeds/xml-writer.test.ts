import * as cheerio from "cheerio";
import { describe, expect, it } from "vitest";
import { el, escapeXmlAttribute, escapeXmlText, renderXmlDocument, stripInvalidXmlChars } from "@/lib/feeds/xml-writer";

describe("XML escaping", () => {
  it("escapes markup characters in text and quotes in attributes", () => {
    expect(escapeXmlText(`<script>alert("x") & 'y'</script>`)).toBe(`&lt;script&gt;alert("x") &amp; 'y'&lt;/script&gt;`);
    expect(escapeXmlAttribute(`a"b'c<d>&e\nf`)).toBe(`a&quot;b&apos;c&lt;d&gt;&amp;e&#10;f`);
  });

  it("drops characters XML 1.0 forbids (form feeds from PDF text, NUL, lone surrogates) and keeps the rest", () => {
    expect(stripInvalidXmlChars("page one\fpage two\u0000\uD800 ok \u{1F600}\t\n")).toBe("page onepage two ok \u{1F600}\t\n");
  });
});

describe("renderXmlDocument", () => {
  it("writes a document that an XML parser reads back to the same text", () => {
    const hostile = `Budget & "cuts" <b>now</b>\f]]> </title><injected/>`;
    const xml = renderXmlDocument(
      el("root", { version: "1", note: hostile }, el("title", {}, hostile), el("empty", { skipped: undefined, kept: "" }), false, null, el("list", {}, el("item", {}, "one"), el("item", {}, "two"))),
    );
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<root')).toBe(true);
    const $ = cheerio.load(xml, { xml: true });
    const clean = hostile.replace("\f", "");
    expect($("root > title").text()).toBe(clean);
    expect($("root").attr("note")).toBe(clean);
    expect($("injected")).toHaveLength(0);
    expect($("root > empty").attr("kept")).toBe("");
    expect($("root > empty").attr("skipped")).toBeUndefined();
    expect($("list > item").map((_, e) => $(e).text()).get()).toEqual(["one", "two"]);
  });

  it("refuses element and attribute names that are not XML names", () => {
    expect(() => el("bad name")).toThrow();
    expect(() => el("ok", { 'x" onload="y': "1" })).toThrow();
  });
});
