// The home page, served by a real `next build` + `next start`, reads the council and committees from PostgreSQL.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite, startSite, type RunningSite } from "../helpers/next-server";
import { createTestPrisma, resetDatabase, testDatabaseUrl } from "../helpers/db";

const prisma = createTestPrisma();
let site: RunningSite;

beforeAll(async () => {
  await resetDatabase(prisma);
  buildSite(testDatabaseUrl());
  site = await startSite(testDatabaseUrl());
}, 240_000);

afterAll(async () => {
  await site?.stop();
  await prisma.$disconnect();
});

describe("home page", () => {
  it("shows a helpful empty state on an empty database", async () => {
    const response = await fetch(site.baseUrl + "/");
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain("No council data yet");
    expect(html).toContain("npm start");
  });

  it("lists the council's committees from the database", async () => {
    const council = await prisma.council.create({
      data: { slug: "harrow", name: "Harrow Council", baseUrl: "https://moderngov.harrow.gov.uk" },
    });
    const committee = await prisma.committee.create({ data: { councilId: council.id, externalId: 1001, name: "Planning Committee" } });
    await prisma.committee.create({ data: { councilId: council.id, externalId: 788, name: "Corporate Parenting Panel" } });
    await prisma.meeting.create({
      data: {
        councilId: council.id,
        committeeId: committee.id,
        externalId: 65958,
        title: "Planning Committee - Wednesday 18 December 2024 6.30 pm",
        startsAt: new Date("2024-12-18T18:30:00Z"),
        officialUrl: "https://moderngov.harrow.gov.uk/ieListDocuments.aspx?CId=1001&MId=65958",
      },
    });
    const html = await (await fetch(site.baseUrl + "/")).text();
    expect(html).toContain("Harrow Council");
    expect(html).not.toContain("No council data yet");
    const corporate = html.indexOf("Corporate Parenting Panel");
    const planning = html.indexOf("Planning Committee");
    expect(corporate).toBeGreaterThan(-1);
    expect(planning).toBeGreaterThan(corporate); // alphabetical
    expect(html).toMatch(/Planning Committee<\/span><span[^>]*>1<!-- --> <!-- -->meeting</);
  });
});
