// The typed boundary between the parsers and ingest (each arrow of the README's Architecture diagram is a zod-validated
// boundary). Every parser validates its result against these schemas before returning, so a parser bug fails loudly at
// the source. One entry point; the schemas live in small files by subject.

export * from "./types-common";
export * from "./types-committee";
export * from "./types-people";
export * from "./types-meeting";
export * from "./types-web-service";
export * from "./types-issue";
