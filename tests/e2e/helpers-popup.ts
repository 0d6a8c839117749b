import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import type { Page } from 'playwright-core';
import {
  EXTENSION_ID,
  extensionUrl,
  OPTIONS_PAGE,
  POPUP_PAGE,
  ROOT,
  type Session,
} from './harness';

const AXE = path.join(ROOT, 'node_modules/axe-core/axe.min.js');

export async function openOptions(session: Session): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(extensionUrl(OPTIONS_PAGE));
  await page.locator('main.options').waitFor();
  return page;
}

export async function openPopup(session: Session, tabId: number): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 380, height: 700 });
  await page.goto(`${extensionUrl(POPUP_PAGE)}?tabId=${tabId}`);
  await page.locator('main.popup').waitFor();
  return page;
}

/** axe-core's WCAG A/AA violations on the page as it is now, as "rule: targets" lines. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Extension pages forbid inline scripts (CSP), so addScriptTag cannot be used there; the
  // DevTools protocol's evaluate is not subject to the page's CSP.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(AXE, 'utf8'));
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: AxeLike }).axe;
    const result = await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      },
      resultTypes: ['violations'],
    });
    return result.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
  });
}

interface AxeLike {
  run(
    context: Document,
    options: object,
  ): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
}

/** Checks the page in light and in dark colours. */
export async function expectAccessible(page: Page): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    expect(await axeViolations(page), `axe, ${colorScheme}`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: 'light' });
}

/**
 * Changes Kamerlens' site access as the browser's own extension settings do ("Site access").
 * Headless Chromium cannot show the permission prompt of `permissions.request`, so tests grant
 * here first; the extension's request then resolves at once, exactly as after the user accepted.
 */
async function changeInBrowserSettings(
  session: Session,
  origins: string[],
  change: 'addHostPermission' | 'removeHostPermission',
): Promise<void> {
  const page = await session.context.newPage();
  await page.goto(`chrome://extensions/?id=${EXTENSION_ID}`);
  for (const origin of origins) {
    await page.evaluate(
      ([id, o, method]) =>
        (
          globalThis as unknown as {
            chrome: {
              developerPrivate: Record<typeof method, (id: string, o: string) => Promise<void>>;
            };
          }
        ).chrome.developerPrivate[method](id, o),
      [EXTENSION_ID, origin, change] as const,
    );
  }
  await page.close();
}

/** The user granting Kamerlens access to sites in the browser's extension settings. */
export const grantInBrowserSettings = (session: Session, origins: string[]) =>
  changeInBrowserSettings(session, origins, 'addHostPermission');

/** The user taking access away again in the browser's extension settings. */
export const revokeInBrowserSettings = (session: Session, origins: string[]) =>
  changeInBrowserSettings(session, origins, 'removeHostPermission');
