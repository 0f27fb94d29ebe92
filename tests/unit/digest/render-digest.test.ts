import { describe, expect, it } from "vitest";
import { buildDigestMessage } from "@/lib/digest/build-digest-message";
import { composeDigest } from "@/lib/digest/compose-digest";
import { DEFAULT_PREFERENCES } from "@/lib/subscriptions/preferences";
import { verifySubscriberLink } from "@/lib/subscriptions/tokens";
import { renderConfirmSubscriptionEmail } from "@/lib/email/templates/confirm-subscription";
import { renderManageSubscriptionEmail } from "@/lib/email/templates/manage-subscription";
import { meeting, SETTINGS, weekMeetings } from "./fixtures";

const council = { slug: "harrow", name: "Harrow Council" };
const hostile = meeting({
  externalId: 75009,
  startsAt: new Date("2025-10-24T09:00:00Z"),
  committee: { name: 'Licensing <Panel> & "Friends"', externalId: 9 },
  summary: {
    kind: "outcome",
    overview: "Overview with <img src=x onerror=alert(1)> in it.",
    content: {
      sections: [{ heading: "</h4><script>x()</script>", bullets: [{ text: "<a href='javascript:x'>click</a>" }] }],
    },
  },
});
const content = composeDigest({ council, week: { year: 2025, week: 43 }, meetings: [...weekMeetings(), hostile] })!;
const message = buildDigestMessage(
  content,
  { id: 7, email: "reader@example.org", linkVersion: 2, preferences: DEFAULT_PREFERENCES },
  SETTINGS,
)!;

describe("the digest message", () => {
  it("renders HTML for mail clients: inline styles, no scripts, images, fonts or stylesheets, escaped text", () => {
    const { html } = message;
    expect(html).not.toMatch(/<script|<img|<link|<style|@import|@font-face|url\(|\sclass=/i);
    expect(html).not.toMatch(/href="javascript:/i);
    expect(html).toContain("Licensing &lt;Panel&gt; &amp; &quot;Friends&quot;");
    expect(html).toContain("&lt;/h4&gt;&lt;script&gt;x()&lt;/script&gt;");
    expect(html).toContain("Overview with &lt;img src=x onerror=alert(1)&gt; in it.");
    expect(html).toMatch(/<table role="presentation"[^>]*style="max-width:600px;/);
  });

  it("has a plain-text part with every link written out", () => {
    expect(message.text).toContain(
      "Full summary: https://harrow-digest.example.org/harrow/meetings/75001-corporate-parenting-panel-2025-10-23",
    );
    expect(message.text).toContain("  - Printed minutes: https://moderngov.harrow.gov.uk/documents/g75001/Minutes.pdf");
    expect(message.text).toMatch(
      /Unsubscribe: https:\/\/harrow-digest\.example\.org\/unsubscribe\?token=7\.2\.[\w-]{43}/,
    );
    expect(message.text).toContain("Past issues: https://harrow-digest.example.org/harrow/weekly");
    // plain text is not HTML: no markup of ours, no entities; the council's own words are kept as they are
    expect(message.text).not.toMatch(/<(p|table|h\d|ul|li) |&amp;|&lt;/);
    expect(message.text).toContain('Licensing <Panel> & "Friends"');
  });

  it("names each meeting's repeated links with their meeting, for screen readers", () => {
    const labels = [...message.html.matchAll(/aria-label="([^"]*)"/g)].map((m) => m[1] ?? "");
    expect(labels).toEqual(
      expect.arrayContaining([expect.stringMatching(/^Printed minutes: Corporate Parenting Panel, /)]),
    );
    const summaries = labels.filter((l) => l.startsWith("Read the full summary: "));
    // one per meeting, each different
    expect(summaries.length).toBeGreaterThan(1);
    expect(new Set(summaries).size).toBe(summaries.length);
  });

  it("signs its links for the subscriber and sets the list headers", () => {
    const token = /preferences\?token=([\w.-]+)/.exec(message.text)![1];
    expect(verifySubscriberLink(SETTINGS.secret, "preferences", token)).toEqual({ subscriberId: 7, version: 2 });
    expect(message.list).toEqual({
      unsubscribe: [
        [
          expect.stringMatching(/^https:\/\/harrow-digest\.example\.org\/unsubscribe\/one-click\?token=7\.2\./),
          expect.stringMatching(/^mailto:unsubscribe@harrow-digest\.example\.org\?subject=unsubscribe%207\.2\./),
        ],
      ],
      id: { url: "weekly.harrow-digest.example.org", comment: "Harrow Council weekly digest" },
    });
    expect(message.headers).toEqual({
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      "X-Entity-Ref-ID": "digest-harrow-2025-W43",
    });
    expect(message.messageId).toBe("<digest.harrow.2025-W43.7@weekly.harrow-digest.example.org>");
  });
});

describe("subscription emails", () => {
  it("asks for confirmation with one link, its expiry, and what to do if it wasn't you", () => {
    const email = renderConfirmSubscriptionEmail({
      councilName: "Harrow Council",
      confirmUrl: "https://x.example/confirm?token=abc",
      expiresInHours: 48,
      siteUrl: "https://x.example",
    });
    expect(email.subject).toBe("Confirm your Harrow Council weekly digest subscription");
    for (const part of [email.html, email.text]) {
      expect(part).toContain("https://x.example/confirm?token=abc");
      expect(part).toContain("48 hours");
      expect(part).toContain("ignore this email");
    }
  });

  it("tells a subscriber who signs up again how to manage their subscription", () => {
    const email = renderManageSubscriptionEmail({
      councilName: "Harrow Council",
      preferencesUrl: "https://x.example/p",
      unsubscribeUrl: "https://x.example/u",
      siteUrl: "https://x.example",
    });
    expect(email.text).toContain("You're already subscribed");
    expect(email.html).toContain('href="https://x.example/u"');
  });
});

describe("a meeting whose papers changed (issue 15)", () => {
  it("says so in the HTML and the text of the email", () => {
    const updated = meeting({
      externalId: 75011,
      startsAt: new Date("2025-10-30T18:30:00Z"),
      changes: [{ at: new Date("2025-10-22T09:00:00Z"), summary: "Addendum added" }],
    });
    const issue = composeDigest({ council, week: { year: 2025, week: 43 }, meetings: [...weekMeetings(), updated] })!;
    const msg = buildDigestMessage(
      issue,
      { id: 8, email: "reader@example.org", linkVersion: 2, preferences: DEFAULT_PREFERENCES },
      SETTINGS,
    )!;
    expect(msg.text).toContain("Updated on 22 Oct 2025: Addendum added.");
    expect(msg.html).toContain("<strong>Updated on 22 Oct 2025: Addendum added.</strong>");
  });
});
