// Council hosts only (issue 12, part 7): which URLs a scrape may request, every redirect hop and robots.txt
// redirect re-checked against it, and nothing requested from a host the policy refuses.
import { describe, expect, it } from "vitest";
import { createHostGuard, isPrivateAddress, refuseReason, type HostPolicy } from "@/lib/moderngov/http/host-policy";
import { catchFetchError, createFastClient, startInlineServer } from "./test-helpers";

const COUNCIL: HostPolicy = { hosts: ["moderngov.harrow.gov.uk", "docs.harrow.gov.uk"], mirrors: ["127.0.0.1:40123"] };
const check = (raw: string, policy = COUNCIL) => refuseReason(new URL(raw), policy, raw);

describe("host policy", () => {
  it("allows the council's hosts on their default ports, and the configured mirror", () => {
    expect(check("https://moderngov.harrow.gov.uk/ieListDocuments.aspx?MId=1")).toBeNull();
    expect(check("http://MODERNGOV.harrow.gov.uk./x")).toBeNull();
    expect(check("https://docs.harrow.gov.uk/a.pdf")).toBeNull();
    expect(check("http://127.0.0.1:40123/mgListCommittees.aspx")).toBeNull();
  });

  it("refuses other hosts, other ports, this machine, private and numeric-IP forms", () => {
    expect(check("https://evil.example.com/a.pdf")).toMatch(/not one of the council's hosts/);
    expect(check("https://moderngov.harrow.gov.uk.evil.example/a.pdf")).toMatch(/not one of the council's hosts/);
    expect(check("https://moderngov.harrow.gov.uk:8443/a.pdf")).toMatch(/port 8443/);
    expect(check("http://127.0.0.1:5432/")).toMatch(/IP address/); // another port of the mirror's machine
    expect(check("http://localhost:40123/")).toMatch(/this machine/);
    expect(check("http://2130706433/")).toMatch(/IP address/); // decimal 127.0.0.1
    expect(check("http://0x7f.0.0.1/")).toMatch(/IP address/); // hex
    expect(check("http://0177.0.0.1/")).toMatch(/IP address/); // octal
    expect(check("http://169.254.169.254/latest/meta-data/")).toMatch(/IP address/);
    expect(check("http://[::1]/")).toMatch(/IP address/);
    expect(check("http://10.0.0.5/")).toMatch(/IP address/);
    expect(check("https://user:pw@moderngov.harrow.gov.uk/")).toMatch(/user name or password/);
    // The mirror's own address written in a numeric form is a trick, not the mirror.
    expect(check("http://2130706433:40123/x")).toMatch(/numeric form/);
  });

  it("knows private, loopback and link-local addresses", () => {
    for (const a of [
      "127.0.0.1",
      "10.1.2.3",
      "172.20.0.1",
      "192.168.1.1",
      "169.254.169.254",
      "0.0.0.0",
      "::1",
      "fe80::1",
      "fd00::1",
      "::ffff:127.0.0.1",
      "100.64.0.1",
    ]) {
      expect(isPrivateAddress(a), a).toBe(true);
    }
    for (const a of ["8.8.8.8", "151.101.0.1", "2a00:1450:4009:81f::200e"]) expect(isPrivateAddress(a), a).toBe(false);
  });

  it("refuses a council host name that resolves to a private address", async () => {
    const guard = createHostGuard(COUNCIL, async (host) =>
      host === "docs.harrow.gov.uk" ? ["10.0.0.7"] : ["151.101.0.1"],
    );
    await expect(guard(new URL("https://moderngov.harrow.gov.uk/x"))).resolves.toBeUndefined();
    await expect(guard(new URL("https://docs.harrow.gov.uk/x"))).rejects.toMatchObject({
      kind: "off-site",
      message: expect.stringMatching(/private address \(10\.0\.0\.7\)/),
    });
  });
});

describe("http client with a host guard", () => {
  it("checks every redirect hop and robots.txt redirect, and never requests a refused host", async () => {
    const trapHits: string[] = [];
    const trap = await startInlineServer((req, res) => {
      trapHits.push(req.url ?? "");
      res.writeHead(200, { "content-type": "text/plain" }).end("User-agent: *\nAllow: /\n");
    });
    const trapPort = new URL(trap.baseUrl).port;
    const site = await startInlineServer((req, res) => {
      if (req.url === "/robots.txt") return void res.writeHead(404).end();
      if (req.url === "/to-trap") return void res.writeHead(302, { location: `${trap.baseUrl}/secret` }).end();
      if (req.url === "/to-decimal")
        return void res.writeHead(302, { location: `http://2130706433:${trapPort}/secret` }).end();
      if (req.url === "/to-other-host")
        return void res.writeHead(301, { location: "https://evil.example.com/x" }).end();
      res.writeHead(200, { "content-type": "text/html" }).end("<html><body>ok</body></html>");
    });
    const robotsRedirecting = await startInlineServer((req, res) => {
      if (req.url === "/robots.txt") return void res.writeHead(301, { location: `${trap.baseUrl}/robots.txt` }).end();
      res.writeHead(200, { "content-type": "text/html" }).end("<html><body>ok</body></html>");
    });
    try {
      const policy: HostPolicy = {
        hosts: ["moderngov.harrow.gov.uk"],
        mirrors: [new URL(site.baseUrl).host, new URL(robotsRedirecting.baseUrl).host],
      };
      const guard = createHostGuard(policy);
      const client = createFastClient();
      expect(await client.fetchResource(`${site.baseUrl}/page`, { expect: "html", guard })).toMatchObject({
        status: "ok",
      });
      for (const path of ["/to-trap", "/to-decimal", "/to-other-host"]) {
        const error = await catchFetchError(client.fetchResource(`${site.baseUrl}${path}`, { expect: "html", guard }));
        expect(error.kind, path).toBe("off-site");
      }
      expect(
        (await catchFetchError(client.fetchResource(`${trap.baseUrl}/direct`, { expect: "html", guard }))).kind,
      ).toBe("off-site");
      const robots = await catchFetchError(
        client.fetchResource(`${robotsRedirecting.baseUrl}/page`, { expect: "html", guard }),
      );
      expect(robots.kind).toBe("robots-unavailable");
      expect(robots.message).toMatch(/Not requesting .*robots\.txt/);
      expect(trapHits).toEqual([]);
    } finally {
      await Promise.all([trap.close(), site.close(), robotsRedirecting.close()]);
    }
  });
});
