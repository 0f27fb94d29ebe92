// The API's description, served at /api/v1 as OpenAPI 3.1 JSON. Written by hand next to the code it describes
// (api-params.ts, api-meetings.ts); tests/integration/feeds-api.test.ts walks every response against it, field by field.
import { COUNCILS, DEFAULT_COUNCIL_SLUG } from "@/lib/councils";
import { MAX_PAGE_SIZE, MEETING_STATUSES } from "./api-params";
import { SITE_NAME } from "@/lib/site";
import { documentKindSchema } from "@/lib/summarize/types";

const string = { type: "string" } as const;
const nullableString = { type: ["string", "null"] } as const;
const integer = { type: "integer" } as const;
const nullableInteger = { type: ["integer", "null"] } as const;
const strings = { type: "array", items: string } as const;
/** An object whose every key is listed, all present (null where there is nothing). */
const record = (properties: Record<string, object>, description?: string) => ({
  type: "object",
  ...(description ? { description } : {}),
  required: Object.keys(properties),
  properties,
});

const meetingProperties = {
  id: { ...integer, description: "The council's meeting id (ModernGov MId)" },
  council: string,
  title: { ...string, description: "As the council writes it" },
  committee: {
    type: "object",
    required: ["id", "name"],
    properties: { id: { ...integer, description: "ModernGov CId" }, name: string },
  },
  startsAt: { ...string, format: "date-time" },
  status: { type: "string", enum: [...MEETING_STATUSES] },
  isSpecial: { type: "boolean" },
  statusNote: nullableString,
  venue: nullableString,
  summary: {
    type: ["object", "null"],
    description: "Machine-generated; null until the meeting has been summarised",
    required: ["kind", "overview", "engine", "machineGenerated", "generatedAt"],
    properties: {
      kind: { type: "string", enum: ["preview", "outcome", "cancelled", "empty"] },
      overview: string,
      engine: { ...string, description: '"extractive" or "llm:<model>"' },
      machineGenerated: { type: "boolean" },
      generatedAt: { ...string, format: "date-time" },
    },
  },
  links: {
    type: "object",
    required: ["self", "html", "official", "webcast"],
    properties: { self: string, html: string, official: nullableString, webcast: nullableString },
  },
};

export const MEETING_REQUIRED = Object.keys(meetingProperties);
export const DETAIL_REQUIRED = [...MEETING_REQUIRED, "topics", "items", "documents", "attendance", "changes"];

const planningProperties = {
  reference: { ...string, description: 'As the council writes it, e.g. "PL/2560/26"' },
  council: string,
  address: string,
  ward: nullableString,
  proposal: nullableString,
  officerRecommendation: { type: ["string", "null"], enum: ["grant", "refuse", null] },
  decision: {
    type: ["string", "null"],
    enum: ["granted", "refused", "deferred", "withdrawn", null],
    description: "null until decided",
  },
  vote: { ...nullableString, description: 'As minuted, e.g. "5 in favour, 2 against", "unanimously"' },
  againstOfficers: { type: "boolean", description: "The committee decided against the officers' recommendation" },
  meeting: { type: "object", properties: { committee: string, startsAt: { ...string, format: "date-time" } } },
  links: { type: "object", required: ["self", "html"], properties: { self: string, html: string } },
};
export const PLANNING_REQUIRED = Object.keys(planningProperties);

const errorSchema = {
  type: "object",
  required: ["error"],
  properties: {
    error: {
      type: "object",
      required: ["status", "code", "message"],
      properties: {
        status: integer,
        code: string,
        message: string,
        issues: { type: "array", items: { type: "object", properties: { parameter: string, message: string } } },
      },
    },
  },
};

const unavailable = {
  description: "The database cannot be reached just now (code `unavailable`); try again after Retry-After seconds",
  headers: { "Retry-After": { schema: integer } },
  content: { "application/json": { schema: errorSchema } },
};

const query = (name: string, description: string, schema: object) => ({
  name,
  in: "query",
  required: false,
  description,
  schema,
});

export function openApiDocument(serverUrl: string) {
  return {
    openapi: "3.1.0",
    info: {
      title: `${SITE_NAME} API`,
      version: "1.0.0",
      description:
        "Read-only JSON for council meetings: titles, agenda items, documents, attendance and machine-generated summaries. " +
        "No key needed; responses may be cached for 60 seconds. Summaries are machine-generated: the linked official papers are the record.",
    },
    servers: [{ url: serverUrl }],
    paths: {
      "/api/v1/meetings": {
        get: {
          summary: "List meetings",
          parameters: [
            query("council", `Council slug (default ${DEFAULT_COUNCIL_SLUG})`, {
              type: "string",
              enum: COUNCILS.map((c) => c.slug),
            }),
            query("committee", "Committee id (ModernGov CId)", integer),
            query("from", "First London date, inclusive (YYYY-MM-DD)", { type: "string", format: "date" }),
            query("to", "Last London date, inclusive (YYYY-MM-DD)", { type: "string", format: "date" }),
            query("status", "Meeting status", { type: "string", enum: [...MEETING_STATUSES] }),
            query("order", "By start time (default desc: newest first)", { type: "string", enum: ["asc", "desc"] }),
            query("page", "1-based page (default 1)", { ...integer, minimum: 1 }),
            query("pageSize", `Results per page (default 20, at most ${MAX_PAGE_SIZE})`, {
              ...integer,
              minimum: 1,
              maximum: MAX_PAGE_SIZE,
            }),
          ],
          responses: {
            "200": {
              description: "A page of meetings",
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    required: ["data", "meta", "links"],
                    properties: {
                      data: { type: "array", items: { $ref: "#/components/schemas/Meeting" } },
                      meta: {
                        type: "object",
                        properties: { page: integer, pageSize: integer, total: integer, totalPages: integer },
                      },
                      links: {
                        type: "object",
                        properties: { self: string, next: nullableString, prev: nullableString },
                      },
                    },
                  },
                },
              },
            },
            "400": {
              description: "A parameter is unknown, repeated or invalid",
              content: { "application/json": { schema: errorSchema } },
            },
            "503": unavailable,
          },
        },
      },
      "/api/v1/meetings/{council}/{meetingId}": {
        get: {
          summary: "One meeting with its agenda items, documents, attendance, topics and summary",
          parameters: [
            { name: "council", in: "path", required: true, schema: string },
            { name: "meetingId", in: "path", required: true, description: "ModernGov MId", schema: integer },
          ],
          responses: {
            "200": {
              description: "The meeting",
              content: {
                "application/json": {
                  schema: { type: "object", properties: { data: { $ref: "#/components/schemas/MeetingDetail" } } },
                },
              },
            },
            "400": {
              description: "The meeting id is not a number",
              content: { "application/json": { schema: errorSchema } },
            },
            "404": {
              description: "No such council or meeting",
              content: { "application/json": { schema: errorSchema } },
            },
            "503": unavailable,
          },
        },
      },
      "/api/v1/planning/{council}": {
        get: {
          summary: "A council's planning applications, newest meeting first",
          parameters: [
            { name: "council", in: "path", required: true, schema: string },
            query("ward", "Ward name, as the officers' reports write it", string),
            query("decision", "granted, refused, deferred, withdrawn, or pending (not yet decided)", {
              type: "string",
              enum: ["granted", "refused", "deferred", "withdrawn", "pending"],
            }),
            query("year", "Year of the meeting", integer),
          ],
          responses: {
            "200": {
              description: "The applications",
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    properties: {
                      data: { type: "array", items: { $ref: "#/components/schemas/PlanningApplication" } },
                    },
                  },
                },
              },
            },
            "404": { description: "No such council", content: { "application/json": { schema: errorSchema } } },
            "503": unavailable,
          },
        },
      },
      "/api/v1/planning/{council}/{reference}": {
        get: {
          summary:
            "One planning application with its meeting, papers and (when configured) the council's planning portal page",
          parameters: [
            { name: "council", in: "path", required: true, schema: string },
            {
              name: "reference",
              in: "path",
              required: true,
              description: 'The reference in lower case with hyphens, e.g. "pl-2560-26"',
              schema: string,
            },
          ],
          responses: {
            "200": {
              description: "The application",
              content: {
                "application/json": {
                  schema: {
                    type: "object",
                    properties: { data: { $ref: "#/components/schemas/PlanningApplication" } },
                  },
                },
              },
            },
            "404": {
              description: "No such council or application",
              content: { "application/json": { schema: errorSchema } },
            },
            "503": unavailable,
          },
        },
      },
    },
    components: {
      schemas: {
        Meeting: { type: "object", required: MEETING_REQUIRED, properties: meetingProperties },
        MeetingDetail: {
          type: "object",
          required: DETAIL_REQUIRED,
          properties: {
            ...meetingProperties,
            summary: {
              ...meetingProperties.summary,
              description: "As in Meeting, plus content: the structured summary (sections, cited bullets, decisions)",
              required: [...meetingProperties.summary.required, "content"],
              properties: {
                ...meetingProperties.summary.properties,
                content: {
                  type: "object",
                  description:
                    "The structured summary: sections (heading, itemNumber, decision, bullets, each bullet citing its source: documentId, one of this meeting's documents, and page) and notes",
                },
              },
            },
            topics: { type: "array", items: record({ slug: string, name: string }) },
            items: {
              type: "array",
              items: record(
                {
                  position: integer,
                  number: { ...nullableString, description: 'As the council numbers it, e.g. "8" or "2/02"' },
                  title: string,
                  description: nullableString,
                  minutesText: nullableString,
                  decisionText: nullableString,
                  isRestricted: { type: "boolean" },
                  topics: { ...strings, description: "Topic slugs" },
                  planningApplications: {
                    type: "array",
                    items: record({ reference: string, self: string, html: string }),
                  },
                  issue: {
                    ...record(
                      { id: { ...integer, description: "The council's issue id (IId)" }, title: string, html: string },
                      "The council's issue: the same matter at other meetings, and its history page here",
                    ),
                    type: ["object", "null"],
                  },
                  recordedVotes: {
                    type: "array",
                    description: "Named votes where the council recorded them (names as printed); empty where none was",
                    items: record({
                      source: {
                        type: "string",
                        enum: ["page", "list", "minutes"],
                        description:
                          "page: the meeting page; list: the council's voting record; minutes: named in the minutes' text",
                      },
                      title: string,
                      result: nullableString,
                      for: strings,
                      against: strings,
                      abstain: strings,
                      other: strings,
                    }),
                  },
                },
                "Agenda items in order",
              ),
            },
            documents: {
              type: "array",
              items: record({
                id: { ...integer, description: "Ours: summaries cite documents by it" },
                title: string,
                kind: { type: "string", enum: [...documentKindSchema.options] },
                url: { ...nullableString, description: "null when restricted" },
                isRestricted: { type: "boolean" },
                sizeBytes: nullableInteger,
                pageCount: nullableInteger,
                itemPosition: {
                  ...nullableInteger,
                  description: "The agenda item's position, null for the meeting's own papers",
                },
              }),
            },
            attendance: {
              type: "array",
              items: record({
                name: string,
                party: nullableString,
                role: nullableString,
                status: { type: "string", enum: ["present", "apologies", "absent", "expected"] },
              }),
            },
            changes: {
              type: "array",
              items: record(
                {
                  kind: { type: "string", enum: ["added", "revised", "withdrawn"] },
                  at: { ...string, format: "date-time" },
                  title: { ...string, description: "The paper's title at the time" },
                  pages: { type: "array", items: integer, description: "revised: the page numbers that changed" },
                },
                "Papers changed after publication, oldest first",
              ),
            },
          },
        },
        PlanningApplication: { type: "object", required: PLANNING_REQUIRED, properties: planningProperties },
      },
    },
  };
}
