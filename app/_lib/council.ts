// Every route under /{council} starts here: an unknown council slug is a 404 before any database work.
import { notFound } from "next/navigation";
import { findCouncil, type CouncilConfig } from "@/lib/councils";

export function requireCouncil(slug: string): CouncilConfig {
  const council = findCouncil(slug);
  if (!council) notFound();
  return council;
}
