import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { WEB_DIR } from './build.ts';

export const SCREENSHOTS = join(WEB_DIR, 'test-output/screenshots');

/** Debian's Chromium, headless; playwright never downloads a browser. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.XW_CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export type Lang = 'zh-CN' | 'ko' | 'en';

/** A fresh browser context in `lang` (kept in localStorage as the app does), on a desktop or a phone screen. */
export async function openContext(browser: Browser, lang: Lang, device: 'desktop' | 'phone' = 'desktop'): Promise<BrowserContext> {
  const context = await browser.newContext({
    locale: lang === 'ko' ? 'ko-KR' : lang === 'en' ? 'en-US' : 'zh-CN',
    viewport: device === 'phone' ? { width: 390, height: 844 } : { width: 1366, height: 900 },
    deviceScaleFactor: 1,
    isMobile: device === 'phone',
    hasTouch: device === 'phone',
  });
  await context.addInitScript((l) => {
    if (!window.localStorage.getItem('xiaowei.lang')) window.localStorage.setItem('xiaowei.lang', l);
  }, lang);
  return context;
}

/** Fails the test on any error the page logs or throws (React warnings included). */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return errors;
}

/** A full-page screenshot in test-output/screenshots/NAME.png. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  // From the top, so that the sticky header is where a reader sees it.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** axe-core's serious and critical violations of WCAG 2 A/AA on the page as it is now. */
export async function seriousViolations(page: Page): Promise<{ id: string; impact: string; help: string; nodes: string[] }[]> {
  // Contrast is judged on the settled page, not halfway through a colour transition.
  await page.addStyleTag({ content: '*, *::before, *::after { transition: none !important; animation: none !important; }' });
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({ id: v.id, impact: String(v.impact), help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')) }));
}

/** Chooses `option` (its visible text) in the antd Select whose input is labelled or identified by `selector`. */
export async function chooseOption(page: Page, selector: string, search: string, option: string | RegExp): Promise<void> {
  await page.locator(selector).click();
  if (search) await page.locator(selector).fill(search);
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
    .filter({ hasText: option })
    .first()
    .click();
}
