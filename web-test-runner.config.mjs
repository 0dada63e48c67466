// Tests run in real browsers. Choose with WTR_BROWSER=chromium (default) | firefox | webkit,
// comma-separated for several. Chromium is found through CHROME_PATH or the usual paths.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { build as esbuild } from 'esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';

const CHROMIUM_FLAGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

function findChromium() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ].filter(Boolean);
  const found = candidates.find((p) => existsSync(p));
  if (!found) {
    console.error(
      '\nNo Chrome or Chromium found for the tests.\n' +
        '  Debian/Ubuntu: sudo apt-get install chromium\n' +
        '  Elsewhere:     install Chrome or Chromium and set CHROME_PATH=/path/to/chrome\n' +
        `  Looked in: ${candidates.join(', ')}\n`,
    );
    process.exit(1);
  }
  return found;
}

function requireBinary(path, apt) {
  if (!existsSync(path)) {
    console.error(`\n${path} not found. On Debian: apt-get install -y ${apt}\n`);
    process.exit(1);
  }
  return path;
}

const browsers = {
  chromium: () =>
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: findChromium(), args: CHROMIUM_FLAGS },
    }),
  // Firefox ESR over WebDriver BiDi, with the puppeteer-core that @web/test-runner-chrome ships.
  firefox: () =>
    chromeLauncher({
      puppeteer: createRequire(import.meta.resolve('@web/test-runner-chrome'))('puppeteer-core'),
      launchOptions: { browser: 'firefox', executablePath: requireBinary(process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', 'firefox-esr'), headless: true },
    }),
  // WebKitGTK's MiniBrowser through WebKitWebDriver (Debian: webkit2gtk-driver, xvfb). It needs a
  // display: run through scripts/with-webkit.sh, which starts Xvfb and the driver on :4445.
  webkit: () =>
    webdriverLauncher({
      automationProtocol: 'webdriver',
      hostname: '127.0.0.1',
      port: Number(process.env.WEBKIT_DRIVER_PORT ?? 4445),
      path: '/',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {
          binary: requireBinary(process.env.WEBKIT_BROWSER ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', 'webkit2gtk-driver'),
          args: ['--automation'],
        },
      },
    }),
};

const selected = (process.env.WTR_BROWSER ?? 'chromium').split(',').map((b) => b.trim()).filter(Boolean);
for (const name of selected) {
  if (!browsers[name]) {
    console.error(`Unknown WTR_BROWSER "${name}"; use ${Object.keys(browsers).join(', ')}`);
    process.exit(1);
  }
}

/**
 * Test-only endpoints for network fault tests:
 *   /__pakke/status/<code>          answers with that HTTP status
 *   /__pakke/slow/<ms>/<path>       serves <path> after a delay
 *   /__pakke/counted/<key>          test/fixtures/bundle.json, uncacheable, counting the requests
 *   /__pakke/count/<key>            how many requests /__pakke/counted/<key> got (JSON number)
 */
const counted = new Map();
function faultMiddleware(ctx, next) {
  const count = /^\/__pakke\/count\/([\w-]+)$/.exec(ctx.path);
  if (count) {
    ctx.set('cache-control', 'no-store');
    ctx.type = 'application/json';
    ctx.body = String(counted.get(count[1]) ?? 0);
    return undefined;
  }
  const countMe = /^\/__pakke\/counted\/([\w-]+)$/.exec(ctx.path);
  if (countMe) {
    counted.set(countMe[1], (counted.get(countMe[1]) ?? 0) + 1);
    // The URL has no file extension: the test runner marks answers for paths with one cacheable for a year.
    ctx.set('cache-control', 'no-store');
    ctx.type = 'application/json';
    ctx.body = readFileSync('test/fixtures/bundle.json');
    return undefined;
  }
  const status = /^\/__pakke\/status\/(\d{3})$/.exec(ctx.path);
  if (status) {
    ctx.status = Number(status[1]);
    ctx.body = `status ${status[1]}`;
    return undefined;
  }
  const slow = /^\/__pakke\/slow\/(\d+)(\/.*)$/.exec(ctx.path);
  if (slow) {
    return new Promise((resolve) => setTimeout(resolve, Number(slow[1]))).then(() => {
      ctx.url = slow[2];
      return next();
    });
  }
  return next();
}

/**
 * React ships CommonJS only, which the dev server cannot serve as modules. Test files under
 * test/react/ are therefore bundled whole with esbuild (one copy of React, Lit and the elements).
 */
const reactBundlePlugin = {
  name: 'pakke-react-bundle',
  async serve(context) {
    if (!/^\/test\/react\/[\w-]+\.test\.ts$/.test(context.path)) return undefined;
    const result = await esbuild({
      entryPoints: [`.${context.path}`],
      bundle: true,
      format: 'esm',
      write: false,
      target: 'es2022',
      tsconfig: './tsconfig.json',
      define: { 'process.env.NODE_ENV': '"development"' },
    });
    return { body: result.outputFiles[0].text, type: 'js' };
  },
};

/**
 * fhirpath.js ships its FHIR models as CommonJS behind an ES module wrapper, which the dev server
 * cannot serve as modules: the model (plain data) is bundled with esbuild on request. The
 * evaluator itself (`fhirpath`) is an ES module and is served as it is.
 */
const fhirModelPlugin = {
  name: 'pakke-fhirpath-model',
  async serve(context) {
    if (!/^\/node_modules\/fhirpath\/fhir-context\/r4\/index\.mjs$/.test(context.path)) return undefined;
    const result = await esbuild({ entryPoints: [`.${context.path}`], bundle: true, format: 'esm', write: false, target: 'es2022' });
    return { body: result.outputFiles[0].text, type: 'js' };
  },
};

/**
 * Viewport for WebKitGTK: @web/test-runner-commands cannot set it under classic WebDriver, so
 * this command (sent by test/helpers `setViewportSize`) resizes the MiniBrowser window until the
 * page's inner size is what the test asked for.
 */
const webdriverViewportPlugin = {
  name: 'pakke-webdriver-viewport',
  async executeCommand({ command, payload, session }) {
    if (command !== 'pakke-webdriver-viewport' || session.browser.type !== 'webdriver') return undefined;
    const driver = session.browser.driver;
    let [w, h] = [payload.width, payload.height];
    let inner = [0, 0];
    // The window manager may apply a size (and MiniBrowser show or hide its toolbar) a moment
    // after the call returns, most of all on a loaded machine: wait a frame or two, and try again.
    for (let i = 0; i < 6; i++) {
      await driver.setWindowSize(w, h);
      await new Promise((r) => setTimeout(r, 50 * (i + 1)));
      inner = await driver.execute(() => [window.innerWidth, window.innerHeight]);
      if (inner[0] === payload.width && inner[1] === payload.height) return true;
      w += payload.width - inner[0];
      h += payload.height - inner[1];
    }
    throw new Error(`could not size the WebKit window to ${payload.width}×${payload.height} (got ${inner.join('×')})`);
  },
};

/**
 * /__pakke/ssr/<content path>?ui=xx&lang=xx&start=YYYY-MM-DD (or fhir/<file> for a Questionnaire
 * in test/fixtures/fhir): that bundle pre-rendered by
 * src/ssr/index.ts (built for Node with esbuild from the same source the browser is served, so
 * the templates match), for the hydration tests.
 */
let ssrModule;
async function ssrMiddleware(ctx, next) {
  const m = /^\/__pakke\/ssr\/((?:pathway|decision-aid|needs-assessment)\/[\w.-]+\/[\w.-]+\.json|fhir\/[\w.-]+\.json)$/.exec(ctx.path);
  if (!m) return next();
  ssrModule ??= (async () => {
    const outfile = 'node_modules/.cache/pakke-ssr-test/index.mjs';
    await esbuild({ entryPoints: ['src/ssr/index.ts'], bundle: true, platform: 'node', format: 'esm', packages: 'external', target: 'node20', outfile, tsconfig: './tsconfig.json' });
    return import(new URL(outfile, import.meta.url).href);
  })();
  const { renderElement } = await ssrModule;
  ctx.set('cache-control', 'no-store');
  ctx.type = 'text/html';
  const q = ctx.query;
  // fhir/<file>: a FHIR Questionnaire from test/fixtures/fhir.
  const file = m[1].startsWith('fhir/') ? `test/fixtures/${m[1]}` : `content/${m[1]}`;
  ctx.body = renderElement({ bundle: readFileSync(file, 'utf8'), uiLocale: q.ui, lang: q.lang, startDate: q.start, mode: q.mode });
  return undefined;
}

export default {
  middleware: [faultMiddleware, ssrMiddleware],
  files: process.env.WTR_FILES ?? ['test/**/*.test.ts', 'src/**/*.test.ts'],
  nodeResolve: true,
  rootDir: '.',
  plugins: [
    webdriverViewportPlugin,
    reactBundlePlugin,
    fhirModelPlugin,
    esbuildPlugin({ ts: true, tsconfig: './tsconfig.json' }),
  ],
  browsers: selected.map((name) => browsers[name]()),
  concurrency: 1,
  // axe-core over every step is slow in WebKitGTK on two cores.
  testFramework: { config: { timeout: 30000 } },
  testsFinishTimeout: 600000,
};
