/**
 * `pakke studio [dir] [--port N]`: the authoring studio. Serves the studio app (src/studio/) and a
 * small JSON API over the content folder (./studio-files.ts) on 127.0.0.1 only. The first line
 * of stdout is the URL with this run's token; add `&open=<path>` to open a bundle.
 *
 * Every API request needs the token (header `x-pakke-token`) and the studio's own Host; every
 * write also needs the studio's Origin (same-origin). Anything else gets a 403.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ContentFolder, HttpError } from './studio-files.js';

const here = dirname(fileURLToPath(import.meta.url));

/** The app's files: prebuilt next to the CLI (dist/cli/studio/), else built now from src/studio/ with esbuild. */
async function appFiles(): Promise<Map<string, string>> {
  // dist/cli/pakke.js may load this module from a chunk in dist/cli/assets/.
  const built = [join(here, 'studio'), join(here, '..', 'studio')].find((d) => existsSync(join(d, 'app.js')));
  if (built) {
    return new Map(readdirSync(built).filter((f) => f.endsWith('.js')).map((f) => [f, readFileSync(join(built, f), 'utf8')]));
  }
  // From the repository (tsx): not analysable on purpose, so the CLI build does not pull esbuild in.
  const script = pathToFileURL(join(here, '..', '..', 'scripts', 'build-studio.ts')).href;
  const { buildStudio } = (await import(/* @vite-ignore */ script)) as { buildStudio(): Promise<Map<string, string>> };
  return buildStudio();
}

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>pakke studio</title>
<style>html,body{margin:0;font:16px/1.45 system-ui,sans-serif;color:#1b1b1f;background:#f6f6f8}</style>
</head>
<body>
<pakke-studio></pakke-studio>
<script type="module" src="/app.js"></script>
</body>
</html>
`;

const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  // Lit and CodeMirror style through constructed style sheets and <style> elements.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' https: data:",
  "connect-src 'self'",
  "font-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

function send(res: ServerResponse, status: number, body: string, type: string): void {
  res.writeHead(status, {
    'content-type': type,
    'cache-control': 'no-store',
    'content-security-policy': CSP,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'cross-origin-resource-policy': 'same-origin',
    'cross-origin-opener-policy': 'same-origin',
  });
  res.end(body);
}
const json = (res: ServerResponse, status: number, value: unknown) => send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');

function readBody(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > 10 * 1024 * 1024) reject(new HttpError(413, 'Too large'));
      else chunks.push(c);
    });
    req.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}'));
      } catch {
        reject(new HttpError(400, 'The request body is not JSON'));
      }
    });
    req.on('error', reject);
  });
}

export interface StudioServer {
  server: Server;
  url: string;
  token: string;
  folder: ContentFolder;
  close(): Promise<void>;
}

export async function startStudio(dir: string, port = 0): Promise<StudioServer> {
  const folder = new ContentFolder(dir);
  const files = await appFiles();
  const token = randomBytes(24).toString('base64url');
  const tokenBytes = Buffer.from(token);
  let origin = '';

  const tokenOk = (req: IncomingMessage) => {
    const given = Buffer.from(String(req.headers['x-pakke-token'] ?? ''));
    return given.length === tokenBytes.length && timingSafeEqual(given, tokenBytes);
  };

  async function api(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    if (!tokenOk(req)) throw new HttpError(403, 'Missing or wrong token');
    if (req.method === 'GET') {
      switch (url.pathname) {
        case '/api/library':
          return json(res, 200, { root: folder.root, entries: folder.library() });
        case '/api/file':
          return json(res, 200, folder.read(url.searchParams.get('path') ?? ''));
        case '/api/hash':
          return json(res, 200, { hash: folder.hash(url.searchParams.get('path') ?? '') });
        default:
          throw new HttpError(404, 'No such API');
      }
    }
    if (req.method !== 'POST') throw new HttpError(405, 'Only GET and POST');
    // Writes: same origin only (a page elsewhere cannot send the studio's Origin).
    const fetchSite = req.headers['sec-fetch-site'];
    if (req.headers.origin !== origin || (fetchSite !== undefined && fetchSite !== 'same-origin')) throw new HttpError(403, 'Cross-origin request refused');
    if (!String(req.headers['content-type'] ?? '').startsWith('application/json')) throw new HttpError(403, 'Expected application/json');
    const body = (await readBody(req)) as Record<string, unknown>;
    const text = typeof body.text === 'string' ? body.text : '';
    const parsed = () => {
      try {
        return JSON.parse(text) as Record<string, unknown>;
      } catch (e) {
        throw new HttpError(400, `Invalid JSON: ${e instanceof Error ? e.message : String(e)}`);
      }
    };
    switch (url.pathname) {
      case '/api/check':
        return json(res, 200, folder.checks(parsed()));
      case '/api/diff':
        return json(res, 200, folder.diff(parsed()));
      case '/api/save':
        return json(res, 200, folder.saveDraft(String(body.path ?? ''), text, typeof body.hash === 'string' ? body.hash : null));
      case '/api/new':
        return json(res, 200, folder.create(body.kind, body.id, body.locales, body.base));
      case '/api/draft':
        return json(res, 200, folder.draftFrom(String(body.path ?? '')));
      case '/api/publish':
        return json(
          res,
          200,
          folder.publish(
            String(body.path ?? ''),
            String(body.hash ?? ''),
            String(body.version ?? ''),
            typeof body.reviewDue === 'string' && body.reviewDue ? body.reviewDue : undefined,
            typeof body.status === 'string' && ['draft', 'example', 'approved'].includes(body.status) ? body.status : undefined,
          ),
        );
      default:
        throw new HttpError(404, 'No such API');
    }
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    // Another host name pointing at 127.0.0.1 (DNS rebinding) is refused.
    if (req.headers.host !== new URL(origin).host) return json(res, 403, { error: 'Wrong host' });
    if (url.pathname.startsWith('/api/')) {
      api(req, res, url).catch((e: unknown) => {
        if (e instanceof HttpError) json(res, e.status, { error: e.message, detail: e.detail });
        else json(res, 500, { error: e instanceof Error ? e.message : String(e) });
      });
      return;
    }
    if (req.method !== 'GET') return json(res, 405, { error: 'Only GET' });
    if (url.pathname === '/') return send(res, 200, PAGE, 'text/html; charset=utf-8');
    const name = url.pathname.slice(1);
    const js = files.get(name);
    if (js !== undefined) return send(res, 200, js, 'text/javascript; charset=utf-8');
    return json(res, 404, { error: 'Not found' });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  origin = `http://127.0.0.1:${actual}`;
  return {
    server,
    url: `${origin}/?token=${token}`,
    token,
    folder,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The command: prints the URL first, then serves until interrupted. */
export async function studio(args: string[]): Promise<number> {
  const pi = args.indexOf('--port');
  const port = pi >= 0 ? Number(args[pi + 1]) : 0;
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error('pakke studio: --port takes a number from 0 to 65535');
    return 2;
  }
  const dir = args.find((a, i) => !a.startsWith("--") && (pi < 0 || i !== pi + 1)) ?? 'content';
  const s = await startStudio(dir, port);
  process.stdout.write(`${s.url}\n`);
  process.stdout.write(`pakke studio: serving ${s.folder.root} on 127.0.0.1 only; add &open=<path> to open a bundle; Ctrl+C stops\n`);
  return new Promise((resolve) => {
    const stop = () => void s.close().then(() => resolve(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
