// The ISR cache handler keeps pages as Next.js renders them minus the scripts the CSP refuses anyway.
import { describe, expect, it } from "vitest";
import { ContentFreshness, stripScripts } from "@/lib/web/isr-cache-handler.mjs";

const RENDERED = [
  '<!DOCTYPE html><html lang="en-GB"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/app.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack.js"/>',
  '<link rel="modulepreload" href="/_next/static/chunks/main.mjs"/>',
  '<script src="/_next/static/chunks/main.js" async=""></script>',
  '<script type="application/ld+json">{"@type":"Event","name":"Cabinet"}</script>',
  "<title>Cabinet - Thursday 23 July 2026</title></head><body>",
  "<p>Agenda item: &lt;script&gt;alert(1)&lt;/script&gt; as the council wrote it</p>",
  '<form action="" encType="multipart/form-data" method="POST"><input type="hidden" name="$ACTION_ID_abc"/>',
  '<input type="email" name="email"/><button type="submit">Subscribe</button></form>',
  "<script>(self.__next_f=self.__next_f||[]).push([0])</script>",
  '<SCRIPT>self.__next_f.push([1,"\\u003c/script\\u003e"])</SCRIPT>',
  "</body></html>",
].join("");

describe("stripScripts", () => {
  const html = stripScripts(RENDERED);

  it("drops inline and external scripts and the hints that would preload them", () => {
    expect(html).not.toMatch(/<script(?![^>]*ld\+json)/i);
    expect(html).not.toContain("__next_f");
    expect(html).not.toContain("webpack.js");
    expect(html).not.toContain("main.mjs");
    expect(html).not.toContain("main.js");
  });

  it("keeps everything else byte for byte: styles, data blocks, escaped text, working forms", () => {
    const expected = RENDERED.replace(
      '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack.js"/>',
      "",
    )
      .replace('<link rel="modulepreload" href="/_next/static/chunks/main.mjs"/>', "")
      .replace('<script src="/_next/static/chunks/main.js" async=""></script>', "")
      .replace("<script>(self.__next_f=self.__next_f||[]).push([0])</script>", "")
      .replace('<SCRIPT>self.__next_f.push([1,"\\u003c/script\\u003e"])</SCRIPT>', "");
    expect(html).toBe(expected);
    expect(html).toContain('<script type="application/ld+json">');
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain('name="$ACTION_ID_abc"');
  });

  it("leaves a page without scripts unchanged", () => {
    expect(stripScripts(html)).toBe(html);
  });
});

/** A page found missing and rendered, as the cache handler reports it. */
function render(state: ContentFreshness, key: string): void {
  state.missing(key);
  state.stored(key);
}

describe("ContentFreshness", () => {
  const make = () => {
    let now = 1_000_000;
    const state = new ContentFreshness({ now: () => now, maxAgeMs: 600_000, minRefreshMs: 15_000 });
    return { state, advance: (ms: number) => (now += ms) };
  };

  it("leaves pages to their own revalidate timer while no notifications flow", () => {
    const { state } = make();
    render(state, "/a");
    expect(state.check("/a")).toBe("timer");
  });

  it("keeps a page fresh, however old, until its data changes, then stale until it is rendered again", () => {
    const { state, advance } = make();
    state.setListening(true);
    render(state, "/a");
    advance(300_000);
    expect(state.check("/a")).toBe("fresh");
    state.changed();
    expect(state.check("/a")).toBe("stale");
    expect(state.check("/a")).toBe("stale");
    state.stored("/a");
    expect(state.check("/a")).toBe("fresh");
  });

  it("keeps a page stale when its data changed while it was being rendered", () => {
    const { state, advance } = make();
    state.setListening(true);
    state.missing("/a");
    state.changed(); // committed after the render read the database
    state.stored("/a");
    advance(15_000);
    expect(state.check("/a")).toBe("stale");
    state.stored("/a");
    advance(15_000);
    expect(state.check("/a")).toBe("fresh");
  });

  it("re-renders a page at most once per refresh interval while changes keep coming", () => {
    const { state, advance } = make();
    state.setListening(true);
    render(state, "/a");
    for (let second = 1; second < 15; second++) {
      advance(1_000);
      state.changed();
      expect(state.check("/a"), `${second} s after its render`).toBe("fresh");
    }
    advance(1_000);
    expect(state.check("/a")).toBe("stale");
    state.stored("/a");
    state.changed();
    expect(state.check("/a")).toBe("fresh");
  });

  it("refreshes pages after the maximum age, for what depends on the clock", () => {
    const { state, advance } = make();
    state.setListening(true);
    render(state, "/a");
    advance(599_999);
    expect(state.check("/a")).toBe("fresh");
    advance(1);
    expect(state.check("/a")).toBe("stale");
  });

  it("treats a lost connection as a possible missed change, and pages it has never seen as unknown", () => {
    const { state, advance } = make();
    state.setListening(true);
    render(state, "/a");
    state.stored("/built"); // stored without having been found missing: no version can match it
    advance(15_000);
    state.setListening(false);
    expect(state.check("/a")).toBe("timer");
    state.setListening(true);
    expect(state.check("/a")).toBe("stale");
    expect(state.check("/never-rendered")).toBe("timer");
    expect(state.check("/built")).toBe("stale");
  });

  it("tracks a bounded number of pages, forgetting the oldest, which fall back to their timer", () => {
    let now = 0;
    const state = new ContentFreshness({ now: () => now, maxTracked: 3 });
    state.setListening(true);
    for (const key of ["/1", "/2", "/3", "/4"]) {
      render(state, key);
    }
    expect(state.tracked).toBe(3);
    expect(state.check("/1")).toBe("timer");
    expect(state.check("/4")).toBe("fresh");
    now += 1;
    state.stored("/2"); // stored again: now the newest
    render(state, "/5");
    expect(state.check("/2")).not.toBe("timer");
    expect(state.check("/3")).toBe("timer");
  });
});
