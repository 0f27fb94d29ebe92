// Every route under /{council} starts by looking the slug up in lib/councils.ts: an unknown council is a 404
// before any database work. Neither generateMetadata nor a page calls notFound() directly (see
// app/_components/http-fallbacks.tsx): metadata falls back to NOT_FOUND_METADATA and the page renders
// NotFoundResponse.
import type { Metadata } from "next";

export const NOT_FOUND_METADATA: Metadata = { title: "Page not found" };

export { findCouncil } from "@/lib/councils";
