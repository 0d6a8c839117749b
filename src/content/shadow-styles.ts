import css from './highlight.css?inline';

let sheet: CSSStyleSheet | null = null;

/**
 * `::highlight()` rules do not cross into shadow trees, so each open shadow root of the page
 * that holds marks adopts our highlight sheet too. No element is added; `remove` undoes it.
 */
export function adoptHighlightStyles(shadow: ShadowRoot): void {
  sheet ??= new CSSStyleSheet();
  if (sheet.cssRules.length === 0) sheet.replaceSync(css);
  if (!shadow.adoptedStyleSheets.includes(sheet)) {
    shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, sheet];
  }
}

export function removeHighlightStyles(shadow: ShadowRoot): void {
  if (sheet && shadow.adoptedStyleSheets.includes(sheet)) {
    shadow.adoptedStyleSheets = shadow.adoptedStyleSheets.filter((s) => s !== sheet);
  }
}
