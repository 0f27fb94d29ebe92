import { PAGE, type LaidPage, type Op } from "./layout";

// The two deliberately awkward PDFs: a scan with no text layer and a truncated upload.

/** Deterministic pseudo-random numbers (a linear congruential generator) so the "scan" is identical every run. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * Pages of a "scanned" document: grey paper, a letterhead band, dark bars where lines of type would be, a
 * signature block and a stamp box, all as filled rectangles. There is no text operator anywhere, so text
 * extraction yields nothing, which is what a pipeline meets with a real scan that was never OCRed.
 */
export function scannedPages(pages: number, seed: number): LaidPage[] {
  const rand = lcg(seed);
  return Array.from({ length: pages }, (_, p) => {
    const ops: Op[] = [{ kind: "rect", x: 0, y: 0, w: PAGE.width, h: PAGE.height, fill: 0.93 }];
    const drift = (rand() - 0.5) * 6; // a sheet fed slightly off-square shifts every line a little
    let y = PAGE.height - 90;
    ops.push({ kind: "rect", x: 70 + drift, y, w: 180, h: 14, fill: 0.35 });
    y -= 40;
    while (y > 170) {
      const linesInPara = 3 + Math.floor(rand() * 5);
      for (let l = 0; l < linesInPara && y > 170; l++) {
        const w = l === linesInPara - 1 ? 120 + rand() * 200 : 420 + rand() * 40;
        ops.push({ kind: "rect", x: 70 + drift + (y / PAGE.height) * 2, y, w, h: 6.5, fill: 0.25 + rand() * 0.15 });
        y -= 13;
      }
      y -= 14;
    }
    if (p === pages - 1) {
      for (let s = 0; s < 9; s++)
        ops.push({ kind: "rect", x: 80 + s * 14, y: 130 + Math.sin(s) * 8, w: 16, h: 2.2, fill: 0.15 });
      ops.push({ kind: "rect", x: 400, y: 90, w: 110, h: 70, stroke: 2 });
    }
    return { ops };
  });
}

/** Keeps the first part of a valid PDF, as a failed upload or an interrupted download would. */
export function truncatePdf(bytes: Uint8Array, keepFraction = 0.45): Uint8Array {
  return bytes.slice(0, Math.floor(bytes.length * keepFraction));
}
