// Read model for a council: the row behind /{councilSlug}. Small DTOs for pages; no Prisma types leak out.
import type { PrismaClient } from "@/lib/db";
import { safeExternalUrl } from "./safe-url";

export interface CouncilInfo {
  id: number;
  slug: string;
  name: string;
  /** The council's ModernGov site, for "official papers" links (null if the stored value is not http(s)). */
  baseUrl: string | null;
}

/** The council with this slug, or null before its first import (the home page then explains how to load data). */
export async function getCouncil(prisma: PrismaClient, slug: string): Promise<CouncilInfo | null> {
  const council = await prisma.council.findUnique({
    where: { slug },
    select: { id: true, slug: true, name: true, baseUrl: true },
  });
  return council && { ...council, baseUrl: safeExternalUrl(council.baseUrl) };
}
