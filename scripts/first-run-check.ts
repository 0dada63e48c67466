/**
 * The README's first command on a fresh clone, as a new user runs it: clones this repository
 * (its committed HEAD) into a temporary folder, runs `npm install && npm start` there, opens the
 * demo in Chromium and visits every example the demo's navigation offers. Each element on each
 * page must reach `ready` (the error examples: `error`, with a visible role=alert message), with
 * no Vite error overlay and no page error. Then the server is stopped and the clone removed.
 *
 * `npm start` is given `--port` (and `--strictPort`) so the check does not collide with a demo
 * already running on 5173. Set FIRST_RUN_KEEP=1 to keep the clone.
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launchChromium } from './browser.js';

const root = resolve(import.meta.dirname, '..');
const port = Number(process.env.FIRST_RUN_PORT ?? 5199);
const dir = mkdtempSync(join(tmpdir(), 'pakke-first-run-'));
const t0 = Date.now();
const log = (s: string) => console.log(`[first-run ${((Date.now() - t0) / 1000).toFixed(1)}s] ${s}`);
let server: ChildProcess | undefined;
/** How long `npm install && npm start` may take (a fresh install is ~50–90 s on 2 busy cores). */
const LIMIT = Number(process.env.FIRST_RUN_TIMEOUT_S ?? 300) * 1000;

/** Stops npm start (or a still running npm install) and waits until it has exited. */
async function stop(): Promise<void> {
  if (server?.pid && server.exitCode === null) {
    const exited = new Promise((ok) => server!.once('exit', ok));
    try {
      process.kill(-server.pid, 'SIGTERM'); // npm, sh and vite: the whole process group
    } catch {
      // already gone
    }
    await Promise.race([exited, new Promise((ok) => setTimeout(ok, 10_000))]);
  }
}

async function waitForServer(url: string, output: () => string): Promise<void> {
  const deadline = Date.now() + LIMIT;
  while (Date.now() < deadline) {
    if (server?.exitCode !== null) throw new Error(`npm start exited (${server?.exitCode}):\n${output()}`);
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((ok) => setTimeout(ok, 300));
  }
  throw new Error(`no answer from ${url} within ${LIMIT / 1000} s:\n${output()}`);
}

async function run(): Promise<void> {
  log(`git clone ${root} → ${dir}`);
  execFileSync('git', ['clone', '--quiet', '--depth', '1', `file://${root}`, dir], { stdio: 'inherit' });
  log('npm install && npm start');
  let out = '';
  server = spawn('sh', ['-c', `npm install --no-audit --no-fund && npm start -- --port ${port} --strictPort`], {
    cwd: dir,
    detached: true,
    env: { ...process.env, CI: 'true', BROWSER: 'none' },
  });
  server.stdout!.on('data', (d: Buffer) => (out += d));
  server.stderr!.on('data', (d: Buffer) => (out += d));
  const origin = `http://127.0.0.1:${port}`;
  await waitForServer(`${origin}/`, () => out);
  log(`demo answers on ${origin}`);

  const browser = await launchChromium();
  const failures: string[] = [];
  try {
    const page = await browser.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (e) => pageErrors.push(e.message));
    const badResponses: string[] = [];
    page.on('response', (r) => {
      // The 404 example fetches a missing bundle on purpose; every other failure is a fault.
      if (r.status() >= 400 && !r.url().includes('/does-not-exist/')) badResponses.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(`${origin}/`, { waitUntil: 'load' });
    await page.waitForSelector('#nav a', { timeout: 60_000 });
    const links = await page.$$eval('#nav a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    if (links.length < 5) failures.push(`the demo offers only ${links.length} examples`);
    for (const href of links) {
      const expectError = href.startsWith('#/error/');
      await page.evaluate((h) => (location.hash = h), href);
      try {
        await page.waitForFunction(
          () => {
            const els = [...document.querySelectorAll('main pakke-pathway, main pakke-decision-aid, main pakke-needs-assessment')] as (HTMLElement & { status?: string })[];
            return els.length > 0 && els.every((e) => e.status === 'ready' || e.status === 'error');
          },
          undefined,
          { timeout: 30_000 },
        );
      } catch {
        failures.push(`${href}: an element did not reach ready or error within 30 s`);
        continue;
      }
      const states = await page.$$eval('main pakke-pathway, main pakke-decision-aid, main pakke-needs-assessment', (els) =>
        els.map((e) => ({
          tag: e.localName,
          status: (e as HTMLElement & { status?: string }).status,
          alert: !!e.shadowRoot?.querySelector('[role=alert]')?.textContent?.trim(),
        })),
      );
      for (const s of states) {
        if (expectError ? s.status !== 'error' || !s.alert : s.status !== 'ready') {
          failures.push(`${href}: <${s.tag}> is ${s.status}${expectError ? (s.alert ? '' : ' without a visible alert') : ''}, expected ${expectError ? 'error' : 'ready'}`);
        }
      }
      if (await page.$('vite-error-overlay')) failures.push(`${href}: Vite error overlay`);
      log(`${href}: ${states.map((s) => `${s.tag} ${s.status}`).join(', ')}`);
    }
    failures.push(...pageErrors.map((m) => `page error: ${m}`), ...badResponses.map((r) => `HTTP ${r}`));
  } finally {
    await browser.close();
  }
  if (failures.length) throw new Error(`first run failed:\n  ${failures.join('\n  ')}`);
  log('every example reached its state; no overlay, no page error');
}

run()
  .then(
    () => 0,
    (e: unknown) => {
      console.error(e instanceof Error ? e.message : e);
      return 1;
    },
  )
  .then(async (code) => {
    await stop();
    if (!process.env.FIRST_RUN_KEEP) rmSync(dir, { recursive: true, force: true });
    process.exitCode = code;
  });
