import { z } from "zod";

// Primitives shared by the schemas. Dates are "yyyy-mm-dd"; instants are ISO 8601 with the London offset in
// force ("2025-07-08T18:30:00+01:00"), so a reader never has to guess whether 6.30 pm meant BST or GMT.

export const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
export const isoInstant = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
export const absoluteUrl = z.string().regex(/^https?:\/\//);
export const positiveId = z.number().int().positive();
