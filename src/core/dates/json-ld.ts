/**
 * `datePublished` from the raw text of one `<script type="application/ld+json">`.
 *
 * Sites nest it anywhere: a bare object, an array of objects, an `@graph` (Yoast and most
 * WordPress sites), or inside `mainEntity`. A page's graph often dates the WebPage and the
 * Article alike; the article's date is the one that matters, so a node typed as an article wins
 * over an earlier node of another type. All values come back, best first, so that one the date
 * parser cannot read does not hide the next. Invalid JSON is common in the wild and yields [].
 */
export function datesPublishedFromJsonLd(text: string): string[] {
  const data = parseLenient(text);
  const onArticles: string[] = [];
  const onOthers: string[] = [];
  // Breadth-first, so the page's own node comes before dates nested in reviews or citations;
  // bounded in nodes and in depth, so a huge or deeply nested blob cannot hold up the page.
  const queue: { node: unknown; depth: number }[] = [{ node: data, depth: 0 }];
  for (let i = 0; i < queue.length && i < MAX_NODES; i++) {
    const { node, depth } = queue[i] as { node: unknown; depth: number };
    if (depth > MAX_DEPTH) continue;
    if (Array.isArray(node)) {
      for (const item of node as unknown[]) queue.push({ node: item, depth: depth + 1 });
      continue;
    }
    if (!isObject(node)) continue;
    const value = publishedValue(node['datePublished'], 0);
    if (value !== undefined) {
      (isArticle(node['@type']) ? onArticles : onOthers).push(value);
    }
    for (const child of Object.values(node)) {
      if (typeof child === 'object' && child !== null)
        queue.push({ node: child, depth: depth + 1 });
    }
  }
  return [...onArticles, ...onOthers];
}

/** Nodes visited at most, and how deep: real pages nest a date a handful of levels down. */
const MAX_NODES = 10_000;
export const MAX_DEPTH = 32;
/** How deep a `datePublished` value may wrap its string in arrays and `@value` objects. */
const MAX_VALUE_DEPTH = 4;

function parseLenient(text: string): unknown {
  // JSON.parse itself recurses: nesting deep enough to exhaust the stack throws a RangeError,
  // caught below like any invalid JSON.
  // Some CMSes still wrap script content in HTML comments or CDATA markers.
  const cleaned = text
    .trim()
    .replace(/^(?:<!--|\/\/\s*<!\[CDATA\[)/, '')
    .replace(/(?:-->|\/\/\s*\]\]>)$/, '')
    .trim()
    .replace(/;$/, '');
  try {
    return JSON.parse(cleaned) as unknown;
  } catch {
    return undefined;
  }
}

/** A string, the first string of an array, or a JSON-LD value object `{"@value": …}`. */
function publishedValue(v: unknown, depth: number): string | undefined {
  if (typeof v === 'string') return v;
  if (depth >= MAX_VALUE_DEPTH) return undefined;
  if (Array.isArray(v)) return publishedValue(v[0], depth + 1);
  if (isObject(v)) return publishedValue(v['@value'], depth + 1);
  return undefined;
}

function isArticle(type: unknown): boolean {
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && /Article|BlogPosting/i.test(t));
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
