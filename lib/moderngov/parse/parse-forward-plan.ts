import type { Cheerio, CheerioAPI } from "cheerio";
import type { AnyNode } from "domhandler";
import * as cheerio from "cheerio";
import { PageParseError } from "./errors";
import { loadModernGovPage, validateResult } from "./page-kind";
import { decisionFields } from "./parse-issue-page";
import { extractBlockText, normaliseText } from "./text";
import { forwardPlanPageSchema, plansHomeSchema, type ForwardPlanPage, type PlanItem, type PlansHome } from "./types";
import { readQueryInt, resolveUrl } from "./urls";

// The forward plan (notice of key decisions). mgPlansHome.aspx / mgListPlans.aspx list the plans
// (mgListPlanItems.aspx?PlanId=); a plan's page lists each coming decision as a link to its issue
// (ieIssueDetails.aspx?IId=&PlanId=) followed by its "Label: value" lines, as Cherwell's plan page prints them
// ("Decision maker:", "Decision due: March 2022", "Lead officer:", "Notice of proposed decision first
// published: 16/02/2022"; see tests/fixtures/moderngov/issue-html/ORIGIN.md).

export const FORWARD_PLAN_PARSER = "forward-plan:1";
export const PLANS_HOME_PARSER = "plans-home:1";

const FIELD = /^([A-Z][A-Za-z ?'/-]{2,60}?)\s*:\s*(.*)$/s;

export function parsePlansHome(html: string, pageUrl: string): PlansHome {
  if (!html || !/<\/html\s*>/i.test(html))
    throw new PageParseError("truncated", pageUrl, "the page ends before </html>");
  const $ = cheerio.load(html);
  if ($("#modgov").length === 0)
    throw new PageParseError("malformed", pageUrl, "not a ModernGov page (no #modgov container)");
  const plans: PlansHome["plans"] = [];
  $('#modgov a[href*="mgListPlanItems.aspx" i]').each((_, a) => {
    const href = $(a).attr("href");
    const planId = readQueryInt(href, ["PlanId", "PLANID", "planid"]);
    const url = resolveUrl(href, pageUrl);
    if (!planId || !url || plans.some((p) => p.planId === planId)) return;
    plans.push({ planId, title: normaliseText($(a).text()), url });
  });
  return validateResult(plansHomeSchema, { plans }, pageUrl);
}

export function parseForwardPlan(html: string, pageUrl: string): ForwardPlanPage {
  const $ = loadModernGovPage(html, pageUrl, ["plan"]);
  const root = $("#modgov");
  const items: PlanItem[] = [];
  const links = root.find('a[href*="ieIssueDetails.aspx" i], a[href*="mgIssueHistoryHome.aspx" i]').toArray();
  links.forEach((a, index) => {
    const href = $(a).attr("href");
    const issueId = readQueryInt(href, ["IId", "IID", "iid"]);
    const url = resolveUrl(href, pageUrl);
    const title = normaliseText($(a).text()).replace(/\s*New!$/, "");
    if (!issueId || !url || !title || items.some((i) => i.issueId === issueId)) return;
    const block = blockAfter($, a, links[index + 1]);
    const fields = readFields($, block);
    const purpose = block.filter("p, div.mgWordPara").filter((_, el) => !FIELD.test(normaliseText($(el).text())));
    items.push({
      url,
      issueId,
      title,
      purpose: purpose.length ? extractBlockText(purpose.first()) || null : null,
      // A forward plan of key decisions: an entry is key unless it says otherwise.
      ...decisionFields(fields, true),
    });
  });
  const planId = readQueryInt(pageUrl, ["PlanId", "PLANID", "planid"]);
  const title = normaliseText(root.find(".mgSubTitleTxt").first().text()) || null;
  return validateResult(forwardPlanPageSchema, { url: resolveUrl(pageUrl, pageUrl), planId, title, items }, pageUrl);
}

/** The elements between an item's link (its heading) and the next item's link, at the heading's level. */
function blockAfter($: CheerioAPI, link: AnyNode, nextLink: AnyNode | undefined): Cheerio<AnyNode> {
  const container = $(link).closest("div.mgPlanItem, li, tr");
  if (container.length) return container.find("p, div.mgWordPara, div.mgFieldGroup");
  const heading = $(link).closest("h2, h3, h4, p");
  const until = nextLink ? $(nextLink).closest("h2, h3, h4, p") : null;
  const out: AnyNode[] = [];
  for (let el = heading.next(); el.length && (!until || !el.is(until)); el = el.next()) {
    if (el.is("h2.mgSectionTitle")) break;
    out.push(el[0]!, ...el.find("p").toArray());
  }
  return $(out);
}

function readFields($: CheerioAPI, block: Cheerio<AnyNode>): Map<string, string> {
  const fields = new Map<string, string>();
  block.filter("p, li").each((_, p) => {
    const m = FIELD.exec(normaliseText($(p).text()));
    if (!m) return;
    const key = m[1]!.trim().toLowerCase();
    const value = normaliseText(m[2]);
    if (value && !fields.has(key)) fields.set(key, value);
  });
  return fields;
}
