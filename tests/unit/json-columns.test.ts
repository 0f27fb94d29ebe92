import { describe, expect, it } from "vitest";
import { toJson } from "@/lib/db/json";

interface Stored {
  heading: string;
  note?: string;
  bullets: { text: string; page: number | null }[];
}

describe("toJson, the typed way into a Json column", () => {
  it("writes what JSON reads back: interfaces accepted, absent optional fields left out", () => {
    const value: Stored = { heading: "Budget", note: undefined, bullets: [{ text: "Fees rise", page: null }] };
    expect(toJson(value)).toEqual({ heading: "Budget", bullets: [{ text: "Fees rise", page: null }] });
    expect(Object.keys(toJson(value) as object)).not.toContain("note");
  });

  it("refuses at compile time what JSON would change, and at run time the numbers it cannot write", () => {
    // @ts-expect-error a Date would come back as a string
    expect(toJson({ at: new Date("2026-01-01T00:00:00Z") })).toEqual({ at: "2026-01-01T00:00:00.000Z" });
    // @ts-expect-error a Map would come back as {}
    expect(toJson({ m: new Map([["a", 1]]) })).toEqual({ m: {} });
    expect(() => toJson({ score: Number.NaN })).toThrow(/NaN has no JSON form/);
    expect(() => toJson([1, Number.POSITIVE_INFINITY])).toThrow(/Infinity has no JSON form/);
  });
});
