/**
 * One small driver over two automation libraries, so the studio's end-to-end test runs the same
 * steps in Chromium (playwright-core) and Firefox ESR (puppeteer-core over WebDriver BiDi, the one
 * @web/test-runner-chrome ships; playwright-core's BiDi Firefox needs a newer Firefox than ESR).
 * Elements are found by CSS selector plus, optionally, the text they show (shadow roots
 * included, so the preview's rendered text counts); input goes through the real mouse and keyboard.
 */
import { createRequire } from 'node:module';
import { launchChromium } from '../../scripts/browser.js';

export type Engine = 'chromium' | 'firefox';

interface Handle { click(): Promise<void>; hover(): Promise<void>; focus(): Promise<void>; dispose(): Promise<void> }
interface AnyPage {
  goto(url: string): Promise<unknown>;
  evaluate(f: unknown, ...args: unknown[]): Promise<unknown>;
  evaluateHandle(f: unknown, ...args: unknown[]): Promise<{ asElement(): Handle | null; dispose(): Promise<void> }>;
  waitForFunction(f: unknown, ...args: unknown[]): Promise<unknown>;
  keyboard: { type(t: string): Promise<void>; down(k: string): Promise<void>; up(k: string): Promise<void>; press(k: string): Promise<void> };
  mouse: { move(x: number, y: number): Promise<void> };
  screenshot(o: { path: string; fullPage?: boolean }): Promise<unknown>;
  on(e: 'pageerror', f: (e: Error) => void): void;
}

/** In the page: the first element matching `css` whose text (shadow roots included) contains `text`. */
const FIND = `(([css, text]) => {
  const deep = (n) => {
    let s = '';
    for (const c of n.childNodes) s += c.nodeType === 3 ? c.data : c.nodeType === 1 ? deep(c) : '';
    if (n.shadowRoot) s += deep(n.shadowRoot);
    if (n.tagName === 'TEXTAREA' || n.tagName === 'INPUT') s += n.value;
    return s;
  };
  const all = (root) => [...root.querySelectorAll(css), ...[...root.querySelectorAll('*')].filter((e) => e.shadowRoot).flatMap((e) => all(e.shadowRoot))];
  return all(document).find((e) => !text || deep(e).includes(text)) ?? null;
})`;

export class Driver {
  readonly errors: string[] = [];
  private constructor(readonly engine: Engine, private page: AnyPage, private closer: () => Promise<void>, private setSize: (w: number, h: number) => Promise<unknown>) {
    page.on('pageerror', (e) => this.errors.push(e.message));
  }

  static async launch(engine: Engine, width = 1400, height = 1000): Promise<Driver> {
    if (engine === 'chromium') {
      const browser = await launchChromium();
      const page = await browser.newPage({ viewport: { width, height } });
      // playwright passes one argument after the function; spread ours into it.
      const p = page as unknown as AnyPage;
      const wrap: AnyPage = {
        ...p,
        goto: (u) => page.goto(u),
        evaluate: (f, ...a) => page.evaluate(f as never, a.length > 1 ? a : a[0]),
        evaluateHandle: (f, ...a) => page.evaluateHandle(f as never, a.length > 1 ? a : a[0]) as never,
        waitForFunction: (f, ...a) => page.waitForFunction(f as never, a[0], { timeout: 15000 }),
        keyboard: page.keyboard,
        mouse: page.mouse,
        screenshot: (o) => page.screenshot(o),
        on: (e, f) => page.on(e, f),
      };
      return new Driver(engine, wrap, () => browser.close(), (w, h) => page.setViewportSize({ width: w, height: h }));
    }
    const puppeteer = createRequire(import.meta.resolve('@web/test-runner-chrome'))('puppeteer-core') as {
      launch(o: object): Promise<{ newPage(): Promise<AnyPage & { setViewport(v: object): Promise<void> }>; close(): Promise<void> }>;
    };
    const browser = await puppeteer.launch({ browser: 'firefox', executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', headless: true });
    const page = await browser.newPage();
    await page.setViewport({ width, height });
    const wrap: AnyPage = {
      goto: (u) => page.goto(u),
      evaluate: (f, ...a) => page.evaluate(f, ...a),
      evaluateHandle: (f, ...a) => page.evaluateHandle(f, ...a),
      waitForFunction: (f, ...a) => page.waitForFunction(f, { timeout: 15000 }, ...a),
      keyboard: page.keyboard,
      mouse: page.mouse,
      screenshot: (o) => page.screenshot(o),
      on: (e, f) => page.on(e, f),
    };
    return new Driver(engine, wrap, () => browser.close(), (w, h) => page.setViewport({ width: w, height: h }));
  }

  goto(url: string) {
    return this.page.goto(url);
  }

  viewport(width: number, height: number) {
    return this.setSize(width, height);
  }

  evaluate<T>(f: (arg: never) => T, arg?: unknown): Promise<T> {
    return this.page.evaluate(f, arg) as Promise<T>;
  }

  /** Waits until an element matching `css` (showing `text`, if given) exists. */
  async wait(css: string, text = '', timeout = 15000): Promise<void> {
    const fn = new Function('a', `return !!${FIND}(a)`);
    const t0 = Date.now();
    for (;;) {
      if (await this.page.evaluate(fn, [css, text])) return;
      if (Date.now() - t0 > timeout) throw new Error(`${this.engine}: no ${css}${text ? ` showing "${text}"` : ''} after ${timeout} ms`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  /** Waits until no element matching `css` (showing `text`) exists. */
  async gone(css: string, text = '', timeout = 15000): Promise<void> {
    const fn = new Function('a', `return !${FIND}(a)`);
    const t0 = Date.now();
    while (!(await this.page.evaluate(fn, [css, text]))) {
      if (Date.now() - t0 > timeout) throw new Error(`${this.engine}: ${css} "${text}" still there after ${timeout} ms`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  private async handle(css: string, text = ''): Promise<Handle> {
    await this.wait(css, text);
    const h = await this.page.evaluateHandle(new Function('a', `return ${FIND}(a)`), [css, text]);
    const el = h.asElement();
    if (!el) throw new Error(`${this.engine}: ${css} not found`);
    return el;
  }

  async click(css: string, text = '') {
    const h = await this.handle(css, text);
    await h.click();
    await h.dispose();
  }

  async hover(css: string, text = '') {
    const h = await this.handle(css, text);
    await h.hover();
    await h.dispose();
  }

  /** Focuses the field, selects what it holds and types `value` with the keyboard. */
  async fill(css: string, value: string) {
    const h = await this.handle(css);
    await h.focus();
    await h.dispose();
    await this.page.evaluate(new Function('a', `const e = ${FIND}(a); e.select?.()`), [css, '']);
    if (value) await this.page.keyboard.type(value);
    else await this.press('Backspace');
  }

  /** Chooses `value` in a select (by keyboard-free DOM change, as a user's pick fires it). */
  async select(css: string, value: string) {
    await this.wait(css);
    await this.page.evaluate(new Function('a', `const e = ${FIND}([a[0], '']); e.value = a[1]; e.dispatchEvent(new Event('change', { bubbles: true }))`), [css, value]);
  }

  type(text: string) {
    return this.page.keyboard.type(text);
  }

  /** A key or chord such as `Control+Shift+z`. */
  async press(chord: string) {
    // puppeteer names the space bar ' ', playwright 'Space'.
    const keys = chord.split('+').map((k) => (k === 'Space' && this.engine === 'firefox' ? ' ' : k));
    for (const k of keys.slice(0, -1)) await this.page.keyboard.down(k);
    await this.page.keyboard.press(keys[keys.length - 1]!);
    for (const k of keys.slice(0, -1).reverse()) await this.page.keyboard.up(k);
  }

  mouse(x: number, y: number) {
    return this.page.mouse.move(x, y);
  }

  screenshot(path: string, fullPage = false) {
    return this.page.screenshot({ path, fullPage });
  }

  /** axe-core on the studio (WCAG 2.2 A/AA rules): the violations as `id (count)`. */
  async axe(): Promise<string[]> {
    const { readFileSync } = await import('node:fs');
    await this.page.evaluate(readFileSync('node_modules/axe-core/axe.min.js', 'utf8'));
    return (await this.page.evaluate(
      new Function(`return (async () => {
        if (!window.axe) return ['axe not loaded'];
        const r = await window.axe.run(document.querySelector('pakke-studio'), { runOnly: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] });
        return r.violations.map((v) => v.id + ' (' + v.nodes.length + ') ' + v.nodes.slice(0, 2).map((n) => JSON.stringify(n.target)).join(' '));
      })()`),
    )) as string[];
  }

  close() {
    return this.closer();
  }
}
