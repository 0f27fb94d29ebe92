// robots.txt in the style of London ModernGov hosts (docs/moderngov.md#politeness). Harrow was not among the hosts that
// block mgRss.aspx, so it stays allowed; free-text search and the login pages are blocked, as several hosts do, and the
// AI-training crawlers that councils commonly exclude are refused outright. Every page the digest needs is allowed.
export const robotsTxt = `# robots.txt for moderngov.harrow.gov.uk
User-agent: *
Disallow: /ieDocSearch.aspx
Disallow: /ieSearchResults2.aspx
Disallow: /mgLogin.aspx
Disallow: /mgCalendarWeekView.aspx
Disallow: /mgEPetitionSubmit.aspx

User-agent: GPTBot
Disallow: /

User-agent: CCBot
Disallow: /

User-agent: Google-Extended
Disallow: /
`;
