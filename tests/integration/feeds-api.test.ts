// The read-only JSON API over the scraped and summarised Harrow snapshot, through its route handlers: the shapes
// its description (/api/v1) promises, filters and pages, and JSON 400s and 404s for bad input.
import { afterAll, describe, expect, it } from "vitest";
import { createTestPrisma, testDatabaseUrl, startFromSnapshot } from "../helpers/db";

const SITE = "https://digest.example.org";
// lib/env reads the environment once, on first use, and some modules use it as they load (lib/councils): set it
// first and import everything that reaches lib/env afterwards.
process.env.DATABASE_URL = testDatabaseUrl();
process.env.PUBLIC_BASE_URL = SITE;
process.env.APP_SECRET ??= "feeds-test-secret-".padEnd(40, "x");

const { DETAIL_REQUIRED, MEETING_REQUIRED, openApiDocument } = await import("@/lib/feeds/api/openapi");
const { GET: describeApi } = await import("@/app/api/v1/route");
const { GET: listMeetings } = await import("@/app/api/v1/meetings/route");
const { GET: getMeeting } = await import("@/app/api/v1/meetings/[council]/[meeting]/route");

// The snapshot scraped and summarised as of its own day, 2026-11-26T12:00Z (tests/helpers/snapshot-db.ts).
startFromSnapshot("summarised");
const prisma = createTestPrisma();

type Json = Record<string, unknown> & {
  data: Record<string, unknown>[];
  meta: Record<string, number>;
  links: Record<string, string | null>;
};

async function list(query: string): Promise<{ status: number; body: Json }> {
  const response = await listMeetings(new Request(`${SITE}/api/v1/meetings${query}`));
  expect(response.headers.get("content-type")).toBe("application/json; charset=utf-8");
  return { status: response.status, body: (await response.json()) as Json };
}

interface Schema {
  type?: string | string[];
  enum?: unknown[];
  required?: string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  $ref?: string;
}

/** Where a response departs from the API's own description: keys it does not list or misses, wrong types, enums. */
function departures(value: unknown, schema: Schema, path: string, found: string[] = []): string[] {
  const schemas = (openApiDocument(SITE).components.schemas as unknown as Record<string, Schema>) ?? {};
  const s = schema.$ref ? schemas[schema.$ref.split("/").pop()!]! : schema;
  const types = ([] as string[]).concat(s.type ?? []);
  const actual =
    value === null ? "null" : Array.isArray(value) ? "array" : Number.isInteger(value) ? "integer" : typeof value;
  if (types.length && !types.includes(actual) && !(actual === "integer" && types.includes("number")))
    found.push(`${path}: ${actual}, described as ${types.join(" or ")}`);
  if (s.enum && !s.enum.includes(value)) found.push(`${path}: ${JSON.stringify(value)} is not one of its enum`);
  if (actual === "object" && s.properties) {
    const object = value as Record<string, unknown>;
    for (const key of Object.keys(object))
      if (!(key in s.properties)) found.push(`${path}.${key}: not described`);
      else departures(object[key], s.properties[key]!, `${path}.${key}`, found);
    for (const key of s.required ?? []) if (!(key in object)) found.push(`${path}.${key}: required, missing`);
  }
  if (actual === "array" && s.items)
    (value as unknown[]).forEach((v, i) => departures(v, s.items!, `${path}[${i}]`, found));
  return found;
}

async function detail(council: string, meeting: string) {
  const response = await getMeeting(new Request(`${SITE}/api/v1/meetings/${council}/${meeting}`), {
    params: Promise.resolve({ council, meeting }),
  });
  return {
    status: response.status,
    body: (await response.json()) as { data: Record<string, unknown>; error?: Record<string, unknown> },
  };
}

afterAll(async () => {
  await prisma.$disconnect();
  await (globalThis as { prisma?: { $disconnect(): Promise<void> } }).prisma?.$disconnect();
});

describe("GET /api/v1/meetings", () => {
  it("lists meetings newest first in the documented shape, with paging links", async () => {
    const { status, body } = await list("?pageSize=5");
    expect(status).toBe(200);
    const total = await prisma.meeting.count();
    expect(body.meta).toEqual({ page: 1, pageSize: 5, total, totalPages: Math.ceil(total / 5) });
    expect(body.data).toHaveLength(5);
    for (const meeting of body.data) expect(Object.keys(meeting).sort()).toEqual([...MEETING_REQUIRED].sort());
    const starts = body.data.map((m) => m.startsAt as string);
    expect(starts).toEqual([...starts].sort().reverse());
    expect(body.links).toEqual({
      self: `${SITE}/api/v1/meetings?pageSize=5&page=1`,
      next: `${SITE}/api/v1/meetings?pageSize=5&page=2`,
      prev: null,
    });
    const first = body.data[0]!;
    expect((first.links as Record<string, string>).self).toBe(`${SITE}/api/v1/meetings/harrow/${first.id}`);
    expect((first.links as Record<string, string>).html).toMatch(new RegExp(`^${SITE}/harrow/meetings/${first.id}-`));
  });

  it("filters by committee, status and London dates", async () => {
    const cpp = await list("?committee=788&order=asc");
    expect(cpp.body.data.length).toBeGreaterThan(0);
    expect(new Set(cpp.body.data.map((m) => (m.committee as { id: number }).id))).toEqual(new Set([788]));
    const cancelled = await list("?status=cancelled");
    expect(cancelled.body.data.map((m) => m.id)).toEqual([66399]);
    const day = await list("?from=2026-10-15&to=2026-10-15");
    expect(day.body.data.map((m) => m.id)).toEqual([66391]);
    const summary = cancelled.body.data[0]!.summary as Record<string, unknown>;
    expect(summary).toMatchObject({ kind: "cancelled", machineGenerated: true, engine: "extractive" });
  });

  it("answers an empty page past the end, with a link back", async () => {
    const { status, body } = await list("?page=500");
    expect(status).toBe(200);
    expect(body.data).toEqual([]);
    expect(body.links.next).toBeNull();
    expect(body.links.prev).toBe(`${SITE}/api/v1/meetings?page=${body.meta.totalPages}`);
  });

  it("answers 400 with a JSON error naming each bad parameter", async () => {
    const { status, body } = await list(
      "?committee=abc&from=yesterday&status=maybe&pageSize=1000&colour=blue&page=1&page=2",
    );
    expect(status).toBe(400);
    const error = body.error as { status: number; code: string; message: string; issues: { parameter: string }[] };
    expect(error.status).toBe(400);
    expect(error.code).toBe("invalid_parameters");
    expect(error.issues.map((i) => i.parameter).sort()).toEqual([
      "colour",
      "committee",
      "from",
      "page",
      "pageSize",
      "status",
    ]);
    expect((await list("?council=nowhere")).status).toBe(400);
    expect((await list("?from=2026-12-01&to=2026-01-01")).status).toBe(400);
  });
});

describe("GET /api/v1/meetings/{council}/{MId}", () => {
  it("returns the meeting with items, documents, attendance, topics and the structured summary", async () => {
    const { status, body } = await detail("harrow", "66101");
    expect(status).toBe(200);
    const data = body.data;
    for (const key of DETAIL_REQUIRED) expect(data, key).toHaveProperty(key);
    expect(data).toMatchObject({
      id: 66101,
      council: "harrow",
      committee: { id: 788, name: "Corporate Parenting Panel" },
    });
    const items = data.items as { position: number; title: string }[];
    expect(items.length).toBeGreaterThan(3);
    expect(items.map((i) => i.position)).toEqual([...items.map((i) => i.position)].sort((a, b) => a - b));
    const documents = data.documents as { id: number; url: string | null; itemPosition: number | null }[];
    expect(documents.length).toBeGreaterThan(0);
    expect(documents.every((d) => d.url === null || d.url.startsWith("https://"))).toBe(true);
    expect((data.attendance as unknown[]).length).toBeGreaterThan(0);
    expect((data.topics as { slug: string }[]).map((t) => t.slug)).toContain("childrens-services");
    const summary = data.summary as {
      content: { sections: { bullets: { source: { documentId: number | null } }[] }[] };
    };
    const cited = summary.content.sections
      .flatMap((s) => s.bullets)
      .map((b) => b.source.documentId)
      .filter((id) => id !== null);
    // Summaries cite documents by the ids the API gives them.
    expect(cited.length).toBeGreaterThan(0);
    for (const id of cited) expect(documents.map((d) => d.id)).toContain(id);
  });

  it("returns every meeting just as the description says, field by field, nested ones included", async () => {
    const doc = openApiDocument(SITE) as unknown as { components: { schemas: Record<string, Schema> } };
    const { body } = await list("?pageSize=100");
    expect(body.data.length).toBeGreaterThan(10);
    const found: string[] = [];
    for (const meeting of body.data) {
      departures(meeting, doc.components.schemas.Meeting!, `list #${String(meeting.id)}`, found);
      const { status, body: one } = await detail("harrow", String(meeting.id));
      expect(status).toBe(200);
      departures(one.data, doc.components.schemas.MeetingDetail!, `#${String(meeting.id)}`, found);
    }
    expect(found).toEqual([]);
  });

  it("answers 404 for an unknown meeting or council and 400 for an id that is not a number", async () => {
    expect(await detail("harrow", "424242")).toMatchObject({
      status: 404,
      body: { error: { status: 404, code: "not_found" } },
    });
    expect((await detail("nowhere", "66101")).status).toBe(404);
    for (const bad of ["abc", "66101-slug", "0", "99999999999", "1;drop"]) {
      expect(await detail("harrow", bad)).toMatchObject({
        status: 400,
        body: { error: { code: "invalid_parameters" } },
      });
    }
  });
});

describe("GET /api/v1", () => {
  it("describes the API as OpenAPI 3.1 with this site as its server", async () => {
    const response = describeApi();
    expect(response.status).toBe(200);
    const doc = (await response.json()) as {
      openapi: string;
      servers: { url: string }[];
      paths: Record<string, unknown>;
    };
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.servers[0]!.url).toBe(SITE);
    expect(Object.keys(doc.paths)).toEqual([
      "/api/v1/meetings",
      "/api/v1/meetings/{council}/{meetingId}",
      "/api/v1/planning/{council}",
      "/api/v1/planning/{council}/{reference}",
    ]);
  });
});
