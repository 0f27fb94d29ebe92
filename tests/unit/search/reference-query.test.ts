import { describe, expect, it } from "vitest";
import { expandReferenceQuery, referenceForms } from "@/lib/search/reference-query";

describe("a search for a planning reference", () => {
  it("asks for each written form of a lone reference, whatever shape it was typed in", () => {
    const forms = ["0941/23", "p/0941/23", "pl/0941/23"];
    for (const typed of ["P/0941/23", "0941/23", "P0941/23", "p-0941-23", "PL/0941/23", '"P/0941/23"', " P 0941/23 "])
      expect(referenceForms(typed), typed).toEqual(forms);
    expect(expandReferenceQuery("0941/23")).toBe("0941/23 OR p/0941/23 OR pl/0941/23");
  });

  it("asks for a postcode typed without its space with the space as well", () => {
    expect(expandReferenceQuery("HA26BZ")).toBe('HA26BZ OR "HA2 6BZ"');
    expect(expandReferenceQuery("ha26bz")).toBe('ha26bz OR "ha2 6bz"');
    expect(expandReferenceQuery("W1A1AA")).toBe('W1A1AA OR "W1A 1AA"');
    expect(expandReferenceQuery("HA2 6BZ")).toBe("HA2 6BZ");
  });

  it("leaves every other search as typed", () => {
    for (const typed of [
      "budget",
      "P/0941/23 Manor Way",
      "2023/24",
      "-0941/23",
      "HA2 6BZ",
      "0941/2023",
      "12/34",
      "S106",
      "2024",
    ])
      expect(expandReferenceQuery(typed), typed).toBe(typed);
  });
});
