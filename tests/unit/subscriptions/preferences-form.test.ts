import { describe, expect, it } from "vitest";
import { readStoredPreferences, DEFAULT_PREFERENCES } from "@/lib/subscriptions/preferences";
import { parsePreferencesForm, PREFERENCES_ERRORS, splitKeywords } from "@/lib/subscriptions/preferences-form";

function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) for (const v of [value].flat()) data.append(key, v);
  return data;
}

describe("the preferences form", () => {
  it("reads a full set of choices", () => {
    expect(
      parsePreferencesForm(
        form({
          scope: "selected",
          committee: ["harrow:788", "harrow:249"],
          topic: "housing",
          keywords: " Stanmore ;HS2\nlibraries ",
          onlyWhenMatches: "on",
        }),
      ),
    ).toEqual({
      ok: true,
      preferences: {
        scope: "selected",
        councils: ["harrow"],
        committees: [
          { council: "harrow", cid: 788 },
          { council: "harrow", cid: 249 },
        ],
        topics: ["housing"],
        keywords: ["Stanmore", "HS2", "libraries"],
        issues: [],
        onlyWhenMatches: true,
      },
    });
    expect(parsePreferencesForm(form({ scope: "all" }))).toEqual({
      ok: true,
      preferences: { ...DEFAULT_PREFERENCES, onlyWhenMatches: false },
    });
  });

  it("names every problem with unknown or malformed values", () => {
    expect(
      parsePreferencesForm(form({ scope: "some", committee: "harrow:x", topic: "Housing!", keywords: "a" })),
    ).toEqual({
      ok: false,
      errors: ["scope", "committee", "topic", "keyword-length"],
    });
    for (const code of ["scope", "committee", "topic", "keyword-length", "nothing-picked"] as const)
      expect(PREFERENCES_ERRORS[code]).toMatch(/\.$/);
  });

  it("takes the councils ticked when the form showed them, and otherwise keeps the subscriber's", () => {
    const current = { councils: ["brent"] };
    const parse = (fields: Record<string, string | string[]>) => parsePreferencesForm(form(fields), current);
    expect(parse({ scope: "all" })).toMatchObject({ ok: true, preferences: { councils: ["brent"] } });
    expect(parse({ "councils-shown": "1", scope: "all", council: ["harrow", "brent", "harrow"] })).toMatchObject({
      ok: true,
      preferences: { councils: ["harrow", "brent"] },
    });
    expect(parse({ "councils-shown": "1", scope: "selected", topic: "housing" })).toMatchObject({
      ok: true,
      preferences: { councils: ["brent"] },
    });
    expect(parse({ "councils-shown": "1", scope: "all" })).toEqual({ ok: false, errors: ["no-council"] });
    expect(parse({ "councils-shown": "1", scope: "all", council: "Brent!" })).toEqual({
      ok: false,
      errors: ["council"],
    });
    for (const code of ["council", "no-council"] as const) expect(PREFERENCES_ERRORS[code]).toMatch(/\.$/);
  });

  it("de-duplicates keywords case-insensitively", () => {
    expect(splitKeywords("Care, care ,CARE, care leavers")).toEqual(["Care", "care leavers"]);
  });

  it("falls back to the defaults for stored JSON it cannot read", () => {
    expect(readStoredPreferences({})).toEqual(DEFAULT_PREFERENCES);
    expect(readStoredPreferences({ scope: "nonsense" })).toEqual(DEFAULT_PREFERENCES);
    expect(readStoredPreferences(null)).toEqual(DEFAULT_PREFERENCES);
    expect(readStoredPreferences({ scope: "selected", topics: ["housing"] })).toEqual({
      ...DEFAULT_PREFERENCES,
      scope: "selected",
      topics: ["housing"],
    });
  });
});
