// People's addresses: the council's UID for councillors (stable across database rebuilds), our row id behind a "p"
// for officers and guests the council lists without one.
import { describe, expect, it } from "vitest";
import { parsePersonSegment, personPath } from "@/lib/urls";

describe("personPath and parsePersonSegment", () => {
  it("addresses a councillor by UID, without the title in the slug", () => {
    expect(personPath({ councilSlug: "harrow", id: 7, externalId: 1401, name: "Councillor Paul Osborn" })).toBe(
      "/harrow/people/1401-paul-osborn",
    );
    expect(parsePersonSegment("1401-paul-osborn")).toEqual({ uid: 1401 });
    expect(parsePersonSegment("1401")).toEqual({ uid: 1401 });
  });

  it("addresses someone without a UID by row id behind a p", () => {
    const path = personPath({ councilSlug: "brent", id: 42, externalId: null, name: "Jane O'Neill" });
    expect(path).toBe("/brent/people/p42-jane-oneill");
    expect(parsePersonSegment(path.split("/").pop()!)).toEqual({ id: 42 });
    expect(parsePersonSegment("p42")).toEqual({ id: 42 });
  });

  it("rejects anything else", () => {
    for (const segment of ["", "p", "p-1", "pp42", "-1", "0", "p0", "x42", "nobody", "99999999999-too-big", "P42"]) {
      expect(parsePersonSegment(segment), segment).toBeNull();
    }
  });
});
