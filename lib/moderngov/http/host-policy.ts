import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";
import { FetchError } from "./fetch-errors";

// Which hosts a scrape may talk to (issue 12, part 7): the council's own host, the extra hosts its configuration
// names, and the mirror it is configured to fetch from, and nothing else. A page cannot make us request another
// host, another port of the machine we run on (a database), a private address, or an IP address written in one
// of the numeric forms URL parsers accept (2130706433, 0x7f.1, 0177.0.0.1) — unless that address is the mirror.

export type HostPolicy = {
  /** Host names (no port) the council publishes on: its ModernGov host and its `extraHosts`; default ports only. */
  hosts: readonly string[];
  /** Exact `host[:port]` of the configured mirror(s) (fetchBaseUrl): the only place an IP or a loopback is allowed. */
  mirrors: readonly string[];
};

const PRIVATE = new BlockList();
for (const [net, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const) {
  PRIVATE.addSubnet(net, prefix, "ipv4");
}
for (const [net, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const) {
  PRIVATE.addSubnet(net, prefix, "ipv6");
}

/** Whether an address (IPv4, IPv6, or IPv4-mapped IPv6) is private, loopback, link-local or otherwise not public. */
export function isPrivateAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(bare)?.[1];
  if (mapped) return PRIVATE.check(mapped, "ipv4");
  const family = isIP(bare);
  if (family === 4) return PRIVATE.check(bare, "ipv4");
  if (family === 6) return PRIVATE.check(bare, "ipv6");
  return false;
}

function normaliseHostname(hostname: string): string {
  return hostname.toLowerCase().replace(/\.$/, "");
}

/** The host exactly as written in the URL text (before the parser turned 2130706433 into 127.0.0.1). */
function writtenHost(raw: string): string | null {
  const match = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^:/?#]*)/i.exec(raw.trim());
  return match ? normaliseHostname(match[1]!) : null;
}

/** Host names from a config value: a bare host ("democracy.example.gov.uk") or a URL. */
export function hostOf(value: string): string {
  return URL.canParse(value) ? normaliseHostname(new URL(value).hostname) : normaliseHostname(value);
}

/**
 * Why `url` may not be requested under `policy`, or null when it may. `raw` is the URL as written (a link, a
 * Location header), to catch numeric IP forms the parser has already rewritten.
 */
export function refuseReason(url: URL, policy: HostPolicy, raw: string = url.href): string | null {
  if (url.username || url.password) return "it carries a user name or password";
  if (policy.mirrors.includes(url.host.toLowerCase())) {
    const written = writtenHost(raw);
    // The mirror's own address, but written in another form: refuse the trick, not the mirror.
    if (written !== null && written !== normaliseHostname(url.hostname) && !written.startsWith("[")) {
      return `its host is written as "${written}", a numeric form of ${url.hostname}`;
    }
    return null;
  }
  const hostname = normaliseHostname(url.hostname);
  if (isIP(hostname.replace(/^\[|\]$/g, ""))) return `${url.hostname} is an IP address, not one of the council's hosts`;
  if (hostname === "localhost" || hostname.endsWith(".localhost")) return `${url.hostname} is this machine`;
  if (!policy.hosts.includes(hostname))
    return `${url.host} is not one of the council's hosts (${policy.hosts.join(", ")})`;
  if (url.port) return `port ${url.port} is not the council's (${url.host})`;
  return null;
}

/** Throws FetchError "off-site" unless the policy allows the URL, resolving its name to refuse private addresses. */
export type HostGuard = (url: URL, raw?: string) => Promise<void>;

export function createHostGuard(
  policy: HostPolicy,
  resolve: (hostname: string) => Promise<string[]> = resolveAll,
): HostGuard {
  const resolved = new Map<string, Promise<string | null>>();
  return async (url, raw) => {
    const reason = refuseReason(url, policy, raw);
    if (reason) throw offSite(url, reason);
    if (policy.mirrors.includes(url.host.toLowerCase())) return;
    const hostname = normaliseHostname(url.hostname);
    let check = resolved.get(hostname);
    if (!check) {
      check = resolve(hostname).then(
        (addresses) => addresses.find(isPrivateAddress) ?? null,
        () => null, // unresolvable: the request itself will fail with a network error that says so
      );
      resolved.set(hostname, check);
    }
    const privateAddress = await check;
    if (privateAddress) throw offSite(url, `${hostname} resolves to a private address (${privateAddress})`);
  };
}

async function resolveAll(hostname: string): Promise<string[]> {
  return (await lookup(hostname, { all: true })).map((a) => a.address);
}

function offSite(url: URL, reason: string): FetchError {
  return new FetchError("off-site", `Not requesting ${url.href}: ${reason}`, { url: url.href });
}
