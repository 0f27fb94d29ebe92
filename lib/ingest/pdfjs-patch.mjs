// One change to pdf.js's parser half (pdfjs-dist/legacy/build/pdf.worker.mjs), made to its source text as the PDF
// thread loads it (pdf-worker.mjs); the file in node_modules is never touched. Plain JavaScript: it runs before the
// TypeScript loader is registered. See docs/benchmarks.md#pdf-reading.
//
// getCurrentTextTransform() (inside PartialEvaluator.getTextContent) gives the position of the glyph being read:
// the text-space matrix [fontSize × hScale, 0, 0, fontSize, 0, rise] multiplied by the text matrix, then by the
// current transformation matrix, through Util.transform, which builds a new array for each product. It runs two or
// three times for every glyph of every page, and Util.transform, shared by all of pdf.js, sees so many kinds of
// array (plain, Float32Array, small integers or doubles) that V8 cannot keep its element reads fast: about a sixth
// of the reading time went there. The replacement makes the same two products with the same multiplications and
// additions in the same order (a `× 0` term is kept: it decides NaN, infinities and −0 as before), from plain
// numbers, into one new array: the numbers are the same, bit for bit. tests/unit/ingest/pdf-reader.test.ts checks
// that the patch applies to the installed pdf.js (so an upgrade that changes the function fails there, not
// silently) and that every snapshot PDF reads as it did with the unpatched pdf.js.
//
// If the original text is not found exactly once, nothing is changed and pdf.js is loaded as it is.

export const ORIGINAL = `    function getCurrentTextTransform() {
      const font = textState.font;
      const tsm = [textState.fontSize * textState.textHScale, 0, 0, textState.fontSize, 0, textState.textRise];
      if (font.isType3Font && (textState.fontSize <= 1 || font.isCharBBox) && !isArrayEqual(textState.fontMatrix, FONT_IDENTITY_MATRIX)) {
        const glyphHeight = font.bbox[3] - font.bbox[1];
        if (glyphHeight > 0) {
          tsm[3] *= glyphHeight * textState.fontMatrix[3];
        }
      }
      return Util.transform(textState.ctm, Util.transform(textState.textMatrix, tsm));
    }
`;

export const REPLACEMENT = `    function getCurrentTextTransform() {
      const font = textState.font;
      const a = textState.fontSize * textState.textHScale;
      let d = textState.fontSize;
      const rise = textState.textRise;
      if (font.isType3Font && (textState.fontSize <= 1 || font.isCharBBox) && !isArrayEqual(textState.fontMatrix, FONT_IDENTITY_MATRIX)) {
        const glyphHeight = font.bbox[3] - font.bbox[1];
        if (glyphHeight > 0) {
          d *= glyphHeight * textState.fontMatrix[3];
        }
      }
      const t = textState.textMatrix;
      const t0 = t[0], t1 = t[1], t2 = t[2], t3 = t[3], t4 = t[4], t5 = t[5];
      const m0 = t0 * a + t2 * 0, m1 = t1 * a + t3 * 0, m2 = t0 * 0 + t2 * d, m3 = t1 * 0 + t3 * d;
      const m4 = t0 * 0 + t2 * rise + t4, m5 = t1 * 0 + t3 * rise + t5;
      const c = textState.ctm;
      const c0 = c[0], c1 = c[1], c2 = c[2], c3 = c[3], c4 = c[4], c5 = c[5];
      return [c0 * m0 + c2 * m1, c1 * m0 + c3 * m1, c0 * m2 + c2 * m3, c1 * m2 + c3 * m3, c0 * m4 + c2 * m5 + c4, c1 * m4 + c3 * m5 + c5];
    }
`;

/** The parser half's source with the change made, or null when the original text is not there exactly once. */
export function patchWorkerSource(source) {
  const at = source.indexOf(ORIGINAL);
  if (at < 0 || source.indexOf(ORIGINAL, at + 1) >= 0) return null;
  return source.slice(0, at) + REPLACEMENT + source.slice(at + ORIGINAL.length);
}
