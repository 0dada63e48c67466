/**
 * Screenshot review of every pathway and overlay bundle: 320 px in each content locale and in
 * Arabic (right to left), 1280 px, and print. Writes PNGs (and one PDF per bundle) to OUT
 * (default /tmp/pathway-shots) for a person to look at; prints any horizontal overflow it finds.
 * Needs `npm run build` first (it serves dist/ and content/).
 *
 *   npx tsx scripts/pathway-screenshots.ts [OUT]
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { launchChromium, serve } from './browser.js';

const OUT = process.argv[2] ?? '/tmp/pathway-shots';
mkdirSync(OUT, { recursive: true });

const latest = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.json')).sort((a, b) => a.localeCompare(b, 'en', { numeric: true })).at(-1)!;
type Case = { name: string; src: string; overlay?: string; locales: string[]; start: string };
const cases: Case[] = [];
for (const id of readdirSync('content/pathway')) {
  const file = latest(`content/pathway/${id}`);
  const b = JSON.parse(readFileSync(`content/pathway/${id}/${file}`, 'utf8')) as { locales: string[] };
  cases.push({ name: `${id}-${file.replace('.json', '')}`, src: `/content/pathway/${id}/${file}`, locales: b.locales, start: '2026-03-02' });
}
for (const id of readdirSync('content/overlay')) {
  const file = latest(`content/overlay/${id}`);
  // The example overlays are for pathways; their base range (e.g. ^1.0) takes the newest base.
  const o = JSON.parse(readFileSync(`content/overlay/${id}/${file}`, 'utf8')) as { base: { id: string } };
  const baseFile = latest(`content/pathway/${o.base.id}`);
  const base = JSON.parse(readFileSync(`content/pathway/${o.base.id}/${baseFile}`, 'utf8')) as { locales: string[] };
  cases.push({ name: `overlay-${id}-${file.replace('.json', '')}`, src: `/content/pathway/${o.base.id}/${baseFile}`, overlay: `/content/overlay/${id}/${file}`, locales: base.locales, start: '2026-03-02' });
}

const page = (c: Case, lang: string, ui: string) => `<!doctype html><html lang="${ui}" dir="${ui === 'ar' ? 'rtl' : 'ltr'}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>${c.name}</title>
<style>body{margin:0;padding:8px;font-family:system-ui,sans-serif}</style>
<script type="module" src="/dist/cdn/pakke-pathway.js"></script></head><body>
<pakke-pathway src="${c.src}" ${c.overlay ? `overlay="${c.overlay}"` : ''} ${lang ? `lang="${lang}"` : ''} start-date="${c.start}"></pakke-pathway></body></html>`;

let current = '';
const { server, origin } = await serve('.', ['dist', 'content'], [
  (req, res) => {
    if (new URL(req.url ?? '/', 'http://x').pathname !== '/shot.html') return false;
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(current);
    return true;
  },
]);
const browser = await launchChromium();
let problems = 0;
try {
  for (const c of cases.filter((x) => !process.env.ONLY || x.name.includes(process.env.ONLY))) {
    const runs: { label: string; lang: string; ui: string; width: number; print?: boolean }[] = [
      ...c.locales.filter((l) => l !== 'en').map((l) => ({ label: `320-${l}`, lang: l, ui: l, width: 320 })),
      { label: '320-ar', lang: '', ui: 'ar', width: 320 },
      { label: `1280-${c.locales[0]}`, lang: c.locales[0]!, ui: c.locales[0]!, width: 1280 },
      { label: `print-${c.locales[0]}`, lang: c.locales[0]!, ui: c.locales[0]!, width: 800, print: true },
    ];
    for (const r of runs) {
      current = page(c, r.lang, r.ui);
      const p = await browser.newPage({ viewport: { width: r.width, height: 900 } });
      await p.goto(`${origin}/shot.html`);
      await p.waitForFunction(() => {
        const el = document.querySelector('pakke-pathway') as (Element & { status?: string }) | null;
        return el?.status === 'ready' || el?.status === 'error';
      });
      await p.waitForTimeout(150);
      if (r.print) {
        await p.emulateMedia({ media: 'print' });
        await p.pdf({ path: `${OUT}/${c.name}-print.pdf`, format: 'A4' });
      }
      const over = await p.evaluate(() => {
        const d = document.scrollingElement!;
        const el = document.querySelector('pakke-pathway')!;
        const out: string[] = [];
        if (d.scrollWidth > d.clientWidth) out.push(`page scrolls sideways by ${d.scrollWidth - d.clientWidth}px`);
        for (const n of el.shadowRoot!.querySelectorAll<HTMLElement>('*')) {
          if (n.clientWidth > 1 && n.scrollWidth > n.clientWidth + 1 && getComputedStyle(n).overflowX !== 'auto') out.push(`${n.localName}.${n.className}: ${n.scrollWidth} > ${n.clientWidth}${n.children.length === 0 || n.localName === "p" ? ` "${(n.textContent ?? "").trim().slice(0, 160)}"` : ""}`);
        }
        return out;
      });
      if (over.length && !r.print) {
        problems++;
        console.log(`${c.name} ${r.label}:\n  ${over.slice(0, 8).join('\n  ')}`);
      }
      await p.screenshot({ path: `${OUT}/${c.name}-${r.label}.png`, fullPage: true });
      // Readable pieces of a long page (an image viewer shrinks a 5000 px page past reading).
      if (process.env.PIECES) {
        const h = await p.evaluate(() => document.scrollingElement!.scrollHeight);
        for (let y = 0, k = 0; y < h; y += 900, k++) {
          await p.screenshot({ path: `${OUT}/${c.name}-${r.label}-part${k}.png`, fullPage: true, clip: { x: 0, y, width: r.width, height: Math.min(900, h - y) } });
        }
      }
      await p.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
console.log(`${cases.length} bundles, screenshots in ${OUT}; ${problems} run(s) with overflow`);
