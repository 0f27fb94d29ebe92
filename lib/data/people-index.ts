// The councillors index (/{council}/people): every councillor (a person the council gives a member UID), by
// name, filtered by ward and party; choosing a ward answers "who are my councillors?". Officers and guests are
// not listed here: they appear on the meetings they attended.
import type { PrismaClient } from "@/lib/db";
import { personPath } from "@/lib/urls";
import { localImagePath } from "./safe-url";
import { initialsOf, splitNameAndJob } from "./text-helpers";

export interface PeopleFilters {
  ward: string | null;
  party: string | null;
}

type Query = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || null;

export function parsePeopleFilters(query: Query): PeopleFilters {
  return { ward: one(query.ward)?.slice(0, 100) ?? null, party: one(query.party)?.slice(0, 100) ?? null };
}

export interface CouncillorListItem {
  name: string;
  path: string;
  ward: string | null;
  party: string | null;
  posts: string[];
  photoPath: string | null;
  initials: string;
}

export interface PeopleIndex {
  councillors: CouncillorListItem[];
  /** every ward and party this council's councillors have, for the filter menus */
  wards: string[];
  parties: string[];
}

/** "Councillor Sue Anderson" sorts under A: by surname, as councils list their members. */
function sortKey(name: string): string {
  const words = splitNameAndJob(name)
    .name.replace(/^\s*(councillor|cllr\.?)\s+/i, "")
    .split(/\s+/);
  return `${words[words.length - 1] ?? ""} ${words.join(" ")}`.toLowerCase();
}

export async function listPeopleIndex(
  prisma: PrismaClient,
  councilSlug: string,
  filters: PeopleFilters,
): Promise<PeopleIndex> {
  const rows = await prisma.person.findMany({
    where: { council: { slug: councilSlug }, externalId: { not: null } },
    select: { id: true, externalId: true, name: true, ward: true, party: true, posts: true, photoUrl: true },
  });
  const distinct = (values: (string | null)[]) =>
    [...new Set(values.filter((v): v is string => !!v))].sort((a, b) => a.localeCompare(b, "en-GB"));
  const same = (a: string | null, b: string) =>
    a !== null && a.localeCompare(b, "en-GB", { sensitivity: "base" }) === 0;
  const councillors = rows
    .filter((p) => (!filters.ward || same(p.ward, filters.ward)) && (!filters.party || same(p.party, filters.party)))
    .sort((a, b) => sortKey(a.name).localeCompare(sortKey(b.name), "en-GB"))
    .map((p) => ({
      name: p.name,
      path: personPath({ councilSlug, id: p.id, externalId: p.externalId, name: p.name }),
      ward: p.ward,
      party: p.party,
      posts: p.posts,
      photoPath: localImagePath(p.photoUrl),
      initials: initialsOf(p.name),
    }));
  return { councillors, wards: distinct(rows.map((r) => r.ward)), parties: distinct(rows.map((r) => r.party)) };
}
