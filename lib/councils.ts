// The councils this site covers. Harrow is the default; more ModernGov councils join as configuration.
export interface CouncilConfig {
  slug: string;
  name: string;
  baseUrl: string;
}

export const DEFAULT_COUNCIL_SLUG = "harrow";

export const COUNCILS: readonly CouncilConfig[] = [
  { slug: "harrow", name: "Harrow Council", baseUrl: "https://moderngov.harrow.gov.uk" },
];

export function findCouncil(slug: string): CouncilConfig | undefined {
  return COUNCILS.find((c) => c.slug === slug);
}
