// Firewalls in front of councils' ModernGov sites (docs/moderngov.md#politeness: Harrow answered a 403 page) often send
// their block page with status 200. Parsers check for one before anything else so the error says "blocked", not "no
// meetings found". Phrases are specific on purpose: an agenda can contain "rejected" or "denied".

export type BlockPageMatch = { vendor: string; evidence: string };

const SIGNATURES: ReadonlyArray<[vendor: string, pattern: RegExp]> = [
  ["F5 BIG-IP ASM", /The requested URL was rejected\. Please consult with your administrator/i],
  ["F5 BIG-IP ASM", /<title>\s*Request Rejected\s*<\/title>/i],
  ["firewall support id", /Your support ID is:?\s*[\w-]+/i],
  ["Akamai", /<title>\s*Access Denied\s*<\/title>/i],
  ["Akamai", /You don't have permission to access .{0,200} on this server/i],
  ["Cloudflare", /<title>\s*(Just a moment\.\.\.|Attention Required! \| Cloudflare)\s*<\/title>/i],
  ["Cloudflare", /(cf-browser-verification|challenge-platform|cf_chl_opt|Sorry, you have been blocked)/i],
  ["Imperva Incapsula", /(Incapsula incident ID|_Incapsula_Resource)/i],
  ["AWS WAF / CloudFront", /(Request blocked\.\s*We can't connect to the server|The request could not be satisfied)/i],
  ["Fortinet", /(FortiGuard|Web Page Blocked!?)/i],
  ["Barracuda", /Barracuda Web Application Firewall/i],
  ["Sucuri", /Sucuri WebSite Firewall/i],
  ["captcha", /(g-recaptcha|h-captcha|hcaptcha\.com|recaptcha\/api\.js|<title>[^<]*captcha[^<]*<\/title>)/i],
  ["generic 403", /<title>\s*403\s*(-\s*)?Forbidden\s*<\/title>/i],
  ["generic access denied", /<h1>\s*(Access Denied|Forbidden|Request Rejected)\s*<\/h1>/i],
];

// Markers that only real ModernGov output carries. A page with them is never a block page, however it is worded
// (an ePetitions page may legitimately embed a reCAPTCHA).
const MODERNGOV_MARKERS =
  /(id=["']?modgov["'\s>]|class=["']?mg[A-Z]\w+|mgWebService|<(committees|getmeetings|meeting|getmeetingsbydate)>)/;

/** The firewall or challenge page this body looks like, or null for anything else (including real pages). */
export function detectBlockPage(html: string): BlockPageMatch | null {
  if (MODERNGOV_MARKERS.test(html)) return null;
  for (const [vendor, pattern] of SIGNATURES) {
    const match = pattern.exec(html);
    if (match) return { vendor, evidence: match[0].slice(0, 120) };
  }
  return null;
}
