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

/**
 * The search text as typed, read token by token: a "quoted phrase" (its inner text, the quotes gone) or a word, each
 * with whether a "-" excludes it and where it stands in the text. Shared by describeQuery and the spelling
 * suggestions (lib/search/search-words.ts), so both read a search the same way.
 */
export interface QueryToken {
  kind: "phrase" | "word";
  /** A word as typed; a phrase's inner text, untrimmed. */
  text: string;
  negated: boolean;
  /** Where the word (after any "-") starts and ends in the search text. */
  start: number;
  end: number;
}

export function* queryTokens(q: string): Generator<QueryToken> {
  let i = 0;
  while (i < q.length) {
    const char = q[i]!;
    if (/\s/.test(char)) {
      i++;
      continue;
    }
    const negated = char === "-" && i + 1 < q.length && !/\s/.test(q[i + 1]!);
    const start = negated ? i + 1 : i;
    if (q[start] === '"') {
      const close = q.indexOf('"', start + 1);
      const end = close < 0 ? q.length : close;
      i = end + 1;
      yield { kind: "phrase", text: q.slice(start + 1, end), negated, start, end };
      continue;
    }
    let end = start;
    while (end < q.length && !/\s/.test(q[end]!) && q[end] !== '"') end++;
    i = end;
    yield { kind: "word", text: q.slice(start, end), negated, start, end };
  }
}

export function describeQuery(q: string): QueryDescription {
  const description: QueryDescription = { include: [], exclude: [], usesOr: false, hasPhrase: false };
  for (const t of queryTokens(q)) {
    let token = t.text;
    if (t.kind === "phrase") {
      const words = t.text.trim().replace(/\s+/g, " ");
      if (!words) continue;
      token = words.includes(" ") ? `"${words}"` : words;
      if (words.includes(" ")) description.hasPhrase = true;
    } else {
      if (!t.negated && token.toLowerCase() === "or") {
        description.usesOr = true;
        continue;
      }
      if (!/[\p{L}\p{N}]/u.test(token)) continue;
    }
    (t.negated ? description.exclude : description.include).push(token);
  }
  return description;
}
