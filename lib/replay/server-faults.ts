// Fault injection for the replay server, so tests and demos can show the HTTP client's behaviour under the
// failures a council site really produces: slowness, rate limiting, outages, dropped connections and
// firewall block pages. A rule applies to the first `times` matching requests, then the URL behaves normally.

export type FaultRule = {
  /** Substring of the request target (raw or percent-decoded), or a RegExp tested against the raw target. */
  match: string | RegExp;
  /** Only requests with this method (default: any). */
  method?: "GET" | "HEAD";
  /** Wait this long before answering (e.g. to trip a client timeout). Combines with the other effects. */
  delay?: number;
  /** Answer with this status and a ModernGov-like error page instead of the content. */
  status?: number;
  /** Retry-After header to send with `status`: seconds, or an HTTP date string. */
  retryAfter?: number | string;
  /** Announce the full Content-Length but send only part (true = half, or this many bytes), then cut the socket. */
  truncate?: boolean | number;
  /** Answer 302 with this Location instead of the content (a redirect to another host, say). */
  redirect?: string;
  /** Serve a firewall "Request Rejected" page with status 200 instead of the content. */
  block?: boolean;
  /** Apply to the first N matching requests only (default: every one). */
  times?: number;
};

export type FaultBook = {
  /** The rule to apply to this request, consuming one of its `times`; the first still-active match wins. */
  takeFault(method: string, target: string): FaultRule | undefined;
  replaceFaults(rules: FaultRule[]): void;
};

export function createFaultBook(): FaultBook {
  let rules: Array<{ rule: FaultRule; used: number }> = [];
  return {
    takeFault(method, target) {
      const decoded = safeDecode(target);
      for (const slot of rules) {
        const { rule } = slot;
        if (rule.method && rule.method !== method) continue;
        if (rule.times !== undefined && slot.used >= rule.times) continue;
        const hit =
          typeof rule.match === "string"
            ? target.includes(rule.match) || decoded.includes(rule.match)
            : testRegExp(rule.match, target);
        if (!hit) continue;
        slot.used++;
        return rule;
      }
      return undefined;
    },
    replaceFaults(next) {
      rules = next.map((rule) => ({ rule, used: 0 }));
    },
  };
}

// A /g or /y RegExp keeps lastIndex between calls, which would make matching alternate; reset it.
function testRegExp(pattern: RegExp, value: string): boolean {
  pattern.lastIndex = 0;
  return pattern.test(value);
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value.replace(/\+/g, "%20"));
  } catch {
    return value;
  }
}

/** How many bytes a truncating rule lets through for a body of `total` bytes (always fewer than total). */
export function countTruncatedBytes(rule: FaultRule, total: number): number {
  const wanted = typeof rule.truncate === "number" ? rule.truncate : Math.floor(total / 2);
  return Math.max(0, Math.min(wanted, total - 1));
}
