// The operator status page as plain HTML: tables only, no script and no inline style (the site's
// Content-Security-Policy allows neither), readable in any browser and by `curl | less`.
import { DELIVERY_OUTCOMES } from "@/lib/digest/delivery-rows";
import { escapeHtml } from "@/lib/escape-html";
import { LONDON_TIME_ZONE } from "@/lib/london-time";
import type { OpsStatus } from "./load-ops-status";

const esc = (value: unknown) => escapeHtml(String(value ?? ""));

const when = (d: Date | string | null) => (d ? new Date(d).toISOString().replace("T", " ").slice(0, 19) + " UTC" : "—");
const seconds = (from: Date, to: Date | null) =>
  to ? `${Math.round((to.getTime() - from.getTime()) / 100) / 10} s` : "running";

function table(caption: string, head: string[], rows: unknown[][], empty = "None."): string {
  if (rows.length === 0) return `<h2>${esc(caption)}</h2>\n<p>${esc(empty)}</p>`;
  const th = head.map((h) => `<th scope="col">${esc(h)}</th>`).join("");
  const trs = rows.map(
    (r) =>
      `<tr>${r.map((c) => `<td>${typeof c === "object" && c !== null && "html" in c ? (c as { html: string }).html : esc(c)}</td>`).join("")}</tr>`,
  );
  return `<h2>${esc(caption)}</h2>\n<table border="1" cellpadding="4">\n<thead><tr>${th}</tr></thead>\n<tbody>\n${trs.join("\n")}\n</tbody>\n</table>`;
}

const list = (items: string[]) => ({
  html: items.length ? `<ul>${items.map((i) => `<li>${esc(i)}</li>`).join("")}</ul>` : "",
});

function healthSection(s: OpsStatus): string {
  const h = s.health;
  const problems = [
    ...(h.database.ok ? [] : [`database unreachable: ${h.database.error ?? ""}`]),
    ...h.councils
      .filter((c) => c.stale)
      .map(
        (c) =>
          `${c.slug}: ${c.ageHours === null ? "never scraped successfully" : `last successful scrape ${c.ageHours} h ago`}`,
      ),
    ...(h.queue?.stalled
      ? [`queue: a job has waited ${h.queue.oldestReadyMinutes} min to start (is a worker running?)`]
      : []),
    ...(s.queue.deadLetterCount > 0 ? [`${s.queue.deadLetterCount} job(s) in the dead-letter queue`] : []),
  ];
  return `<p><strong>${h.ok ? "Healthy" : "Unhealthy"}</strong> (as /api/health reports it; thresholds: scrapes ${h.thresholds.maxScrapeAgeHours} h, queue wait ${h.thresholds.maxQueueWaitMinutes} min).</p>
${problems.length ? `<ul>${problems.map((p) => `<li>${esc(p)}</li>`).join("")}</ul>` : "<p>Nothing needs attention.</p>"}`;
}

export function renderOpsStatusHtml(s: OpsStatus): string {
  const byCouncil = new Map(s.health.councils.map((c) => [c.slug, c]));
  const sections = [
    healthSection(s),
    table(
      "Problems reported by readers",
      ["reported", "page", "message", "contact"],
      s.problemReports.map((r) => [when(r.createdAt), r.pagePath, r.message, r.contact ?? "—"]),
      "None reported.",
    ),
    table(
      "Councils",
      ["slug", "name", "ModernGov site", "fetched from", "last successful scrape", "age (h)", "latest run"],
      s.councils.map((c) => {
        const h = byCouncil.get(c.slug);
        return [
          c.slug,
          c.name,
          c.baseUrl,
          c.mirrorUrl ?? "the site",
          when(h?.lastSuccessAt ?? null),
          h?.ageHours ?? "—",
          h?.lastRun ? `${h.lastRun.status}${h.lastRun.failureReason ? `: ${h.lastRun.failureReason}` : ""}` : "none",
        ];
      }),
    ),
    table(
      "Recent scrape runs",
      ["run", "council", "status", "started", "took", "committees refreshed", "failure", "errors"],
      s.scrapeRuns.map((r) => [
        r.id,
        r.council,
        r.status,
        when(r.startedAt),
        seconds(r.startedAt, r.finishedAt),
        r.refreshCommittees === null ? "—" : r.refreshCommittees ? "yes" : "no",
        r.failureReason ?? "",
        list([
          ...r.errors.map((e) => `${e.kind}: ${e.url} — ${e.message}`),
          ...(r.errorCount > r.errors.length ? [`… and ${r.errorCount - r.errors.length} more`] : []),
        ]),
      ]),
    ),
    table(
      "Summaries pending",
      ["council", "meetings", "without a summary", "from an older engine version"],
      s.summariesPending.map((p) => [p.council, p.meetings, p.missing, p.outdated]),
    ),
    table(
      "Digest issues",
      [
        "issue",
        "council",
        "week",
        "headline",
        "published",
        "pending",
        "sending",
        "sent",
        "failed",
        "uncertain (run died mid-send)",
        "skipped",
      ],
      s.digestIssues.map((i) => [
        i.id,
        i.council,
        i.week,
        i.headline,
        when(i.publishedAt),
        ...DELIVERY_OUTCOMES.map((k) => i.deliveries[k]),
      ]),
    ),
    s.queue.available
      ? `<h2>Queue</h2>\n<p>${s.queue.ready} job(s) ready and not started${s.queue.oldestReadySeconds === null ? "" : `, the oldest waiting ${Math.round(s.queue.oldestReadySeconds)} s`}; ${s.queue.deadLetterCount} dead letter(s).</p>`
      : `<h2>Queue</h2>\n<p>No worker has started yet (pg-boss creates its tables on the first \`npm run worker\`).</p>`,
    table(
      "Jobs by queue and state",
      ["queue", "waiting", "retry", "active", "completed", "failed", "cancelled"],
      s.queue.queues.map((q) => [q.name, q.created, q.retry, q.active, q.completed, q.failed, q.cancelled]),
    ),
    table(
      "Dead letters (jobs that failed every retry)",
      ["job", "queued", "data"],
      s.queue.deadLetters.map((d) => [d.id, when(d.createdOn), JSON.stringify(d.data)]),
    ),
    table(
      "Latest failed jobs",
      ["queue", "job", "failed", "error", "data"],
      s.queue.recentFailures.map((f) => [f.queue, f.id, when(f.at), f.message ?? "", JSON.stringify(f.data)]),
    ),
    table(
      "Recent job runs",
      ["run", "queue", "council", "attempt", "worker", "status", "started", "took", "error"],
      s.jobRuns.map((j) => [
        j.id,
        j.queue,
        j.council ?? "—",
        j.attempt,
        j.worker,
        j.status,
        when(j.startedAt),
        seconds(j.startedAt, j.finishedAt),
        j.error ?? "",
      ]),
    ),
    table(`Schedules (${LONDON_TIME_ZONE})`, ["schedule", "cron"], Object.entries(s.schedules)),
  ];
  return `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><meta name="robots" content="noindex"><title>Operator status</title></head>
<body>
<h1>Operator status</h1>
<p>Generated ${esc(when(s.generatedAt))}. <a href="?format=json">JSON</a></p>
${sections.join("\n")}
</body>
</html>
`;
}
