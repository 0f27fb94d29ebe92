// How a failure is named in the run record: the fetcher's and parser's own kinds where they have one.
import { FetchError } from "@/lib/moderngov/http/http-client";
import { PageParseError } from "@/lib/moderngov/parse/errors";

export function errorKind(error: unknown): string {
  if (error instanceof FetchError) return `fetch:${error.kind}`;
  if (error instanceof PageParseError) return `parse:${error.kind}`;
  return "error";
}

export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
