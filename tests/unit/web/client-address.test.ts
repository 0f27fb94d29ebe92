import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, clientAddressFrom, stampedClientAddress } from "@/lib/web/client-address";
import { installRequestFront } from "@/lib/web/request-front";

describe("clientAddressFrom", () => {
  it("takes the socket's peer and ignores X-Forwarded-For with no trusted proxy (the default)", () => {
    expect(clientAddressFrom("203.0.113.9", "198.51.100.1", 0)).toBe("203.0.113.9");
    expect(clientAddressFrom("203.0.113.9", undefined, 0)).toBe("203.0.113.9");
    expect(clientAddressFrom(undefined, "198.51.100.1", 0)).toBeNull();
  });

  it("behind one proxy, takes the address that proxy appended, not what the client wrote before it", () => {
    // The client forged "1.2.3.4"; nginx appended the real peer 198.51.100.7; nginx itself connects from 10.0.0.2.
    expect(clientAddressFrom("10.0.0.2", "1.2.3.4, 198.51.100.7", 1)).toBe("198.51.100.7");
    expect(clientAddressFrom("10.0.0.2", ["1.2.3.4", "198.51.100.7"], 1)).toBe("198.51.100.7");
  });

  it("behind two proxies, counts two from the right", () => {
    expect(clientAddressFrom("10.0.0.3", "1.2.3.4, 198.51.100.7, 10.0.0.2", 2)).toBe("198.51.100.7");
  });

  it("falls back to the leftmost entry when the chain is shorter than the hops", () => {
    expect(clientAddressFrom("10.0.0.2", "", 1)).toBe("10.0.0.2");
    expect(clientAddressFrom("10.0.0.2", "198.51.100.7", 3)).toBe("198.51.100.7");
  });
});

describe("the request stamp", () => {
  let server: http.Server;
  let url: string;
  beforeAll(async () => {
    installRequestFront({ trustedProxyHops: 0, securityHeaders: { "X-Frame-Options": "DENY" } });
    server = http.createServer((req, res) => {
      const headers = new Headers(Object.entries(req.headers).map(([k, v]): [string, string] => [k, String(v)]));
      res.end(JSON.stringify({ address: stampedClientAddress(headers) }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("gives the socket's address whatever the client claims", async () => {
    const response = await fetch(url, {
      headers: { "X-Forwarded-For": "1.2.3.4", [CLIENT_ADDRESS_HEADER]: "forged 5.6.7.8" },
    });
    expect(await response.json()).toEqual({ address: "127.0.0.1" });
  });

  it("refuses a path that is not UTF-8 with 400 and the headers it was given, before the handler runs", async () => {
    const response = await fetch(url + "harrow/meetings/%ff%fe");
    expect(response.status).toBe(400);
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(await response.text()).toContain("Bad request");
  });

  it("refuses a stamp the process did not make", () => {
    expect(stampedClientAddress(new Headers({ [CLIENT_ADDRESS_HEADER]: "0123 5.6.7.8" }))).toBeNull();
    expect(stampedClientAddress(new Headers())).toBeNull();
  });
});
