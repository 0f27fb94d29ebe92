// Reading server-rendered pages as a person (visible text) or a browser without JavaScript (forms) would.

/** Visible text: scripts dropped, tags turned to spaces, entities decoded. */
export function textOf(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, " ")
    .replace(/<!-- -->/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}

/** The text from the first `from` up to the next `to` after it ("" when `from` is missing). */
export function between(text: string, from: string, to: string): string {
  const start = text.indexOf(from);
  const end = text.indexOf(to, start + from.length);
  return start < 0 ? "" : text.slice(start, end < 0 ? undefined : end);
}

function attr(tag: string, name: string): string | null {
  const match = new RegExp(`\\s${name}="([^"]*)"`, "i").exec(tag);
  return match ? match[1]!.replace(/&amp;/g, "&").replace(/&quot;/g, '"') : null;
}

export interface PlainForm {
  /** absolute URL the browser posts to (an empty action means the page itself) */
  url: string;
  method: string;
  enctype: string;
  /** every named input with its value, in document order, as a browser would submit an untouched form */
  fields: [string, string][];
}

/** The form containing the element with `id`, read from the page's HTML as a browser would submit it. */
export function readForm(html: string, pageUrl: string, id: string): PlainForm {
  const forms = html.match(/<form\b[\s\S]*?<\/form>/g) ?? [];
  const form = forms.find((f) => f.includes(`id="${id}"`));
  if (!form) throw new Error(`no form containing #${id}`);
  const open = /^<form\b[^>]*>/.exec(form)![0];
  const fields: [string, string][] = [];
  for (const input of form.match(/<input\b[^>]*>/g) ?? []) {
    const name = attr(input, "name");
    const type = (attr(input, "type") ?? "text").toLowerCase();
    if (!name || attr(input, "disabled") !== null || type === "submit" || type === "checkbox" || type === "radio")
      continue;
    fields.push([name, attr(input, "value") ?? ""]);
  }
  for (const [, open, text] of form.matchAll(/(<textarea\b[^>]*>)([\s\S]*?)<\/textarea>/g)) {
    const name = attr(open!, "name");
    if (name) fields.push([name, text!.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&")]);
  }
  return {
    url: new URL(attr(open, "action") || pageUrl, pageUrl).toString(),
    method: (attr(open, "method") ?? "get").toLowerCase(),
    enctype: (attr(open, "enctype") ?? "application/x-www-form-urlencoded").toLowerCase(),
    fields,
  };
}

/**
 * Posts a form with some fields filled in, as a browser without JavaScript does; redirects are not followed.
 * `ticked` are the checkboxes and radio buttons chosen (readForm leaves them out), as name/value pairs.
 */
export function submitForm(
  form: PlainForm,
  values: Record<string, string>,
  origin: string,
  ticked: [string, string][] = [],
  extraHeaders: Record<string, string> = {},
): Promise<Response> {
  const pairs = [...form.fields.map(([name, value]): [string, string] => [name, values[name] ?? value]), ...ticked];
  if (form.method === "get") {
    const url = new URL(form.url);
    url.search = new URLSearchParams(pairs).toString();
    return fetch(url, { redirect: "manual" });
  }
  let body: FormData | URLSearchParams;
  if (form.enctype === "multipart/form-data") {
    body = new FormData();
    for (const [name, value] of pairs) body.append(name, value);
  } else {
    body = new URLSearchParams(pairs);
  }
  return fetch(form.url, {
    method: form.method.toUpperCase(),
    body,
    redirect: "manual",
    headers: { ...extraHeaders, Origin: origin },
  });
}

/** The checkboxes and radio buttons ticked in the form containing #id, as a browser would post them untouched. */
export function tickedIn(html: string, id: string): [string, string][] {
  const forms = html.match(/<form\b[\s\S]*?<\/form>/g) ?? [];
  const form = forms.find((f) => f.includes(`id="${id}"`));
  if (!form) throw new Error(`no form containing #${id}`);
  const out: [string, string][] = [];
  for (const input of form.match(/<input\b[^>]*>/g) ?? []) {
    const type = (attr(input, "type") ?? "text").toLowerCase();
    const name = attr(input, "name");
    if (!name || (type !== "checkbox" && type !== "radio") || !/\schecked(?:=""|\s|\/?>)/.test(input)) continue;
    out.push([name, attr(input, "value") ?? "on"]);
  }
  return out;
}
