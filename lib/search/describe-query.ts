// What a search asks for, in the web-search syntax websearch_to_tsquery understands: words, "quoted phrases",
// -exclusions and OR. PostgreSQL does the matching; this reading only lets the page say what it searched for
// (and notice a search that only excludes, which would otherwise list everything). Pure.

export interface QueryDescription {
  /** Words and phrases a result must contain (phrases keep their quotes). */
  include: string[];
  /** Words and phrases a result must not contain. */
  exclude: string[];
  usesOr: boolean;
  hasPhrase: boolean;
}

export function describeQuery(q: string): QueryDescription {
  const description: QueryDescription = { include: [], exclude: [], usesOr: false, hasPhrase: false };
  let i = 0;
  while (i < q.length) {
    const char = q[i]!;
    if (/\s/.test(char)) {
      i++;
      continue;
    }
    const negated = char === "-" && i + 1 < q.length && !/\s/.test(q[i + 1]!);
    const start = negated ? i + 1 : i;
    let token: string;
    if (q[start] === '"') {
      const close = q.indexOf('"', start + 1);
      const end = close < 0 ? q.length : close;
      const words = q
        .slice(start + 1, end)
        .trim()
        .replace(/\s+/g, " ");
      i = end + 1;
      if (!words) continue;
      token = words.includes(" ") ? `"${words}"` : words;
      if (words.includes(" ")) description.hasPhrase = true;
    } else {
      let end = start;
      while (end < q.length && !/\s/.test(q[end]!) && q[end] !== '"') end++;
      token = q.slice(start, end);
      i = end;
      if (!negated && token.toLowerCase() === "or") {
        description.usesOr = true;
        continue;
      }
      if (!/[\p{L}\p{N}]/u.test(token)) continue;
    }
    (negated ? description.exclude : description.include).push(token);
  }
  return description;
}
