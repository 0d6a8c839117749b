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
  // bounded, so a huge blob cannot hold up the page.
  const queue: unknown[] = [data];
  for (let i = 0; i < queue.length && i < 10_000; i++) {
    const node = queue[i];
    if (Array.isArray(node)) {
      for (const item of node as unknown[]) queue.push(item);
      continue;
    }
    if (!isObject(node)) continue;
    const value = publishedValue(node['datePublished']);
    if (value !== undefined) {
      (isArticle(node['@type']) ? onArticles : onOthers).push(value);
    }
    for (const child of Object.values(node)) {
      if (typeof child === 'object' && child !== null) queue.push(child);
    }
  }
  return [...onArticles, ...onOthers];
}

function parseLenient(text: string): unknown {
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
function publishedValue(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return publishedValue(v[0]);
  if (isObject(v)) return publishedValue(v['@value']);
  return undefined;
}

function isArticle(type: unknown): boolean {
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && /Article|BlogPosting/i.test(t));
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
