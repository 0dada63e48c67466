/**
 * Shared test helpers: axe-core checks that see into shadow roots, viewport checks, bundle
 * loading from `content/`, and waiting for elements to settle.
 */
import 'axe-core/axe.min.js';
import { setViewport } from '@web/test-runner-commands';
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

/** Sets a narrow viewport and reports whether the document scrolls sideways. */
export async function horizontalOverflowAt(width: number, el: Element): Promise<number> {
  await setViewport({ width, height: 800 });
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  const doc = document.scrollingElement ?? document.documentElement;
  const overflow = doc.scrollWidth - doc.clientWidth;
  const rect = el.getBoundingClientRect();
  return Math.max(overflow, Math.ceil(rect.right - width));
}

export async function resetViewport(): Promise<void> {
  await setViewport({ width: 1024, height: 768 });
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
