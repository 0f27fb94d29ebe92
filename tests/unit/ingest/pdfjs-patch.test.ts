// The one change the PDF thread makes to pdf.js's parser half as it loads it (lib/ingest/pdfjs-patch.mjs): it must
// apply to the pdf.js installed (an upgrade that changes the function fails here, not silently in the reader), give
// the same numbers bit for bit as the function it replaces, and leave any other source alone.
// tests/unit/ingest/pdf-reader.test.ts compares every snapshot PDF read through it with the unpatched pdf.js.
import fs from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { ORIGINAL, REPLACEMENT, patchWorkerSource } from "@/lib/ingest/pdfjs-patch.mjs";

// The parser half pdf-worker.mjs loads: the pdf.js that pdf-parse uses.
const workerFile = createRequire(createRequire(import.meta.url).resolve("pdf-parse")).resolve(
  "pdfjs-dist/legacy/build/pdf.worker.mjs",
);

interface TextState {
  font: { isType3Font: boolean; isCharBBox?: boolean; bbox?: number[] };
  fontSize: number;
  textHScale: number;
  textRise: number;
  fontMatrix: number[];
  textMatrix: number[];
  ctm: Float32Array | number[];
}

// pdf.js 5.4.296's Util.transform, isArrayEqual and FONT_IDENTITY_MATRIX, which the original function calls.
const Util = {
  transform: (m1: ArrayLike<number>, m2: ArrayLike<number>) => [
    m1[0]! * m2[0]! + m1[2]! * m2[1]!,
    m1[1]! * m2[0]! + m1[3]! * m2[1]!,
    m1[0]! * m2[2]! + m1[2]! * m2[3]!,
    m1[1]! * m2[2]! + m1[3]! * m2[3]!,
    m1[0]! * m2[4]! + m1[2]! * m2[5]! + m1[4]!,
    m1[1]! * m2[4]! + m1[3]! * m2[5]! + m1[5]!,
  ],
};
const isArrayEqual = (a: number[], b: number[]) => a.length === b.length && a.every((x, i) => x === b[i]);
const FONT_IDENTITY_MATRIX = [0.001, 0, 0, 0.001, 0, 0];

/** The function as written in `text`, run against the given text state. */
function compile(text: string): (state: TextState) => number[] {
  const make = new Function(
    "Util",
    "isArrayEqual",
    "FONT_IDENTITY_MATRIX",
    `let textState; ${text}; return (state) => { textState = state; return getCurrentTextTransform(); };`,
  ) as (...args: unknown[]) => (state: TextState) => number[];
  return make(Util, isArrayEqual, FONT_IDENTITY_MATRIX);
}

describe("pdfjs-patch.mjs", () => {
  it("applies to the installed pdf.js, once, and changes nothing else", () => {
    const source = fs.readFileSync(workerFile, "utf8");
    const patched = patchWorkerSource(source);
    expect(patched).not.toBeNull();
    expect(patched!.split(REPLACEMENT)).toHaveLength(2);
    expect(patched!.includes(ORIGINAL)).toBe(false);
    expect(patched!.replace(REPLACEMENT, ORIGINAL)).toBe(source);
  });

  it("leaves a source without the function, or with it twice, as it is (null: load pdf.js unchanged)", () => {
    expect(patchWorkerSource("export const x = 1;\n")).toBeNull();
    expect(patchWorkerSource(ORIGINAL + ORIGINAL)).toBeNull();
    expect(patchWorkerSource(ORIGINAL.replace("textState.textRise", "0"))).toBeNull();
  });

  it("gives the same numbers, bit for bit, as the original (−0, NaN, infinities, Float32 matrices, Type 3 fonts)", () => {
    const original = compile(ORIGINAL);
    const replacement = compile(REPLACEMENT);
    const specials = [0, -0, 1, -1, 0.001, 12, 1e-310, 1e308, Infinity, -Infinity, NaN, 0.1 + 0.2, -7.25];
    let seed = 12345;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      const r = seed / 2 ** 31;
      return r < 0.3 ? specials[Math.floor(r * 43) % specials.length]! : (r - 0.5) * 10 ** Math.floor(r * 8 - 3);
    };
    const matrix = () => Array.from({ length: 6 }, random);
    let compared = 0;
    for (let i = 0; i < 20_000; i++) {
      const type3 = i % 5 === 0;
      const state: TextState = {
        font: type3
          ? { isType3Font: true, isCharBBox: i % 2 === 0, bbox: [random(), random(), random(), random()] }
          : { isType3Font: false },
        fontSize: i % 7 === 0 ? 0.5 : random(),
        textHScale: i % 3 === 0 ? 1 : random(),
        textRise: i % 4 === 0 ? 0 : random(),
        fontMatrix: type3 ? matrix() : FONT_IDENTITY_MATRIX,
        textMatrix: matrix(),
        ctm: i % 2 === 0 ? new Float32Array(matrix()) : matrix(),
      };
      const expected = original(state);
      const actual = replacement(state);
      expect(actual).toHaveLength(6);
      for (let k = 0; k < 6; k++) {
        if (!Object.is(actual[k], expected[k]))
          expect({ i, k, actual: actual[k] }).toEqual({ i, k, actual: expected[k] });
      }
      compared++;
    }
    expect(compared).toBe(20_000);
  });
});
