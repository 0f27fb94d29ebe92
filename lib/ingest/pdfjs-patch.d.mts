// Types of pdfjs-patch.mjs (plain JavaScript, loaded by the PDF thread before the TypeScript loader).
export declare const ORIGINAL: string;
export declare const REPLACEMENT: string;
export declare function patchWorkerSource(source: string): string | null;
