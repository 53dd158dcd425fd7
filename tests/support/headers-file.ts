/** One rule of a _headers file: a path pattern and its headers. */
export interface HeaderRule {
  path: string;
  headers: [string, string][];
}

/** Parses the _headers format Netlify and Cloudflare Pages read: a path line, then indented "Name: value" lines. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) rules.push({ path: line.trim(), headers: [] });
    else {
      const colon = line.indexOf(':');
      rules.at(-1)!.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
    }
  }
  return rules;
}

/**
 * The headers a host applies to one request path: every matching rule (a trailing * matches any rest, including
 * none; otherwise the path must be equal). A header set by two rules is joined with ", ", as Cloudflare Pages does:
 * for Content-Security-Policy that means two policies, both enforced, so an overlap shows up in the tests.
 */
export function headersFor(rules: HeaderRule[], path: string): Record<string, string> {
  const result: Record<string, string> = {};
  for (const rule of rules) {
    const matches = rule.path.endsWith('*') ? path.startsWith(rule.path.slice(0, -1)) : path === rule.path;
    if (!matches) continue;
    for (const [name, value] of rule.headers) result[name] = result[name] ? `${result[name]}, ${value}` : value;
  }
  return result;
}
