/**
 * Shared by the Node-side checks (CSP page, benchmarks): a tiny static server on 127.0.0.1 and
 * a headless Chromium from the system (CHROME_PATH or the usual paths).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export function findChromium(): string {
  const candidates = [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(
    (p): p is string => !!p,
  );
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`No Chromium found (looked in ${candidates.join(', ')}). On Debian: apt-get install chromium, or set CHROME_PATH.`);
  return found;
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: CHROMIUM_FLAGS });
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
};

export type Route = (req: IncomingMessage, res: ServerResponse) => boolean;

/** Serves files below `root` (only the listed top-level folders) plus custom routes. */
export function serve(root: string, folders: string[], routes: Route[] = []): Promise<{ server: Server; origin: string }> {
  const base = resolve(root);
  const server = createServer((req, res) => {
    for (const route of routes) if (route(req, res)) return;
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname));
    const top = path.split('/')[1] ?? '';
    const file = join(base, path);
    if (!folders.includes(top) || !file.startsWith(base) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(readFileSync(file));
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      ok({ server, origin: `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}` });
    }),
  );
}

/**
 * A route that answers each path in `bodies` (path → [content type, body]) with that body,
 * uncacheable; `make` may add answers computed from the request (e.g. from its query).
 */
export function bodiesRoute(bodies: Record<string, [string, string]>, make?: (url: URL) => [string, string] | undefined): Route {
  return (req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const hit = bodies[url.pathname] ?? make?.(url);
    if (!hit) return false;
    res.writeHead(200, { 'content-type': hit[0], 'cache-control': 'no-store' }).end(hit[1]);
    return true;
  };
}

/** The page's long tasks so far as [start, duration] in ms (a buffered observer sees those before it too). */
export function longTasks(page: Page): Promise<[number, number][]> {
  return page.evaluate(
    () =>
      new Promise<[number, number][]>((resolve) => {
        const seen: [number, number][] = [];
        new PerformanceObserver((list) => seen.push(...list.getEntries().map((e) => [e.startTime, e.duration] as [number, number]))).observe({ type: 'longtask', buffered: true });
        setTimeout(() => resolve(seen), 300);
      }),
  );
}

/** The page's JS heap after two forced garbage collections (CDP `Runtime.getHeapUsage().usedSize`). */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  await cdp.detach();
  return usedSize;
}

/** Counts and prints pass/fail lines for the Node-side checks; `summary` prints `N passed, N failed`. */
export function checklist(name: string) {
  let passes = 0;
  let failures = 0;
  return {
    check(ok: boolean, what: string): void {
      if (ok) passes++;
      else failures++;
      console.log(`${ok ? '✓' : '✗'} ${what}`);
    },
    /** Prints the closing line and returns the exit code. */
    summary(): number {
      console.log(`${name}: ${passes} passed, ${failures} failed`);
      return failures > 0 || passes === 0 ? 1 : 0;
    },
  };
}
