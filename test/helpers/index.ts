/**
 * Shared test helpers: axe-core checks that see into shadow roots, viewport checks, bundle
 * loading from `content/`, and waiting for elements to settle.
 */
import 'axe-core/axe.min.js';
import { executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import type { AxeResults } from 'axe-core';

declare global {
  interface Window {
    axe: typeof import('axe-core');
  }
}

/** WCAG 2.2 A/AA rule tags. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** Runs axe-core (WCAG 2.2 A/AA) on `el` and its shadow tree; throws listing every violation. */
export async function expectAccessible(el: Element, label = el.localName): Promise<void> {
  const results: AxeResults = await window.axe.run(el, { runOnly: { type: 'tag', values: WCAG_TAGS }, resultTypes: ['violations'] });
  if (results.violations.length) {
    const lines = results.violations.flatMap((v) =>
      v.nodes.map((n) => `  [${v.id}] ${v.help}: ${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`),
    );
    throw new Error(`axe found ${results.violations.length} violation type(s) in ${label}:\n${lines.join('\n')}`);
  }
}

/** Loads a bundle from the repository's `content/` folder (served by the test server). */
export async function loadContent(path: string): Promise<Record<string, unknown>> {
  const res = await fetch(`/content/${path}`);
  if (!res.ok) throw new Error(`content/${path}: HTTP ${res.status}`);
  return (await res.json()) as Record<string, unknown>;
}

/** Lists bundle files in `content/index.json`-less form: fetches a JSON list the test names. */
export async function settle(el: Element & { updateComplete?: Promise<unknown> }): Promise<void> {
  for (let i = 0; i < 5; i++) {
    const done = await el.updateComplete;
    if (done !== false) break;
  }
  await new Promise((r) => requestAnimationFrame(() => r(undefined)));
}

/** True in WebKitGTK, driven over classic WebDriver. */
export const isWebDriver = !/Chrome\/|Firefox\//.test(navigator.userAgent);

const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));

/**
 * Sets the viewport in every engine: the Chromium and Firefox launchers emulate it; for
 * WebKitGTK the test config resizes the browser window instead.
 */
export async function setViewportSize(width: number, height = 800): Promise<void> {
  if (isWebDriver) await executeServerCommand('pakke-webdriver-viewport', { width, height });
  else await setViewport({ width, height });
  await frames();
}

/** How many pixels `el` sticks out sideways at `width` (0 or less: it fits). */
export async function horizontalOverflowAt(width: number, el: Element): Promise<number> {
  await setViewportSize(width, 800);
  const doc = document.scrollingElement ?? document.documentElement;
  const overflow = doc.scrollWidth - doc.clientWidth;
  const rect = el.getBoundingClientRect();
  return Math.max(overflow, Math.ceil(rect.right - width));
}

export async function resetViewport(): Promise<void> {
  await setViewportSize(1024, 768);
}

/**
 * Types text as a user would. WebKitGTK's WebDriver drops spaces and repeated letters inside
 * typed text, so there each character is sent as its own key press.
 */
export async function typeText(text: string): Promise<void> {
  if (!isWebDriver) {
    await sendKeys({ type: text });
    return;
  }
  for (const ch of text) await sendKeys({ press: ch });
}

/** Waits for an element's `status` to leave `loading`. */
export async function untilSettled(el: Element & { status?: string; updateComplete?: Promise<unknown> }, timeout = 5000): Promise<void> {
  const start = performance.now();
  while (el.status === 'loading' || el.status === 'idle') {
    if (performance.now() - start > timeout) throw new Error(`${el.localName} still ${el.status} after ${timeout} ms`);
    await new Promise((r) => setTimeout(r, 10));
  }
  await settle(el);
}

/**
 * Media emulation (forced colours, reduced motion, print) goes through the Chrome DevTools
 * Protocol, which only the Chromium launchers speak; Firefox (WebDriver BiDi) and WebKit
 * (classic WebDriver) cannot emulate media queries, so those tests skip there.
 */
export const canEmulateMedia = /Chrome\//.test(navigator.userAgent) && !/Firefox\//.test(navigator.userAgent);

/**
 * WebKitGTK's MiniBrowser window cannot be made narrower than about 447 CSS px (its toolbar sets
 * the minimum) and classic WebDriver has no viewport emulation, so 320 px checks cannot run
 * there; they run in Chromium and Firefox.
 */
export function canNarrowViewportTo(width: number): boolean {
  return !isWebDriver || width >= 447;
}
