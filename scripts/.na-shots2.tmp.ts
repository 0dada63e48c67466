import { launchChromium, serve } from './browser.js';
let current = '';
const page = (lang: string, ui: string) => `<!doctype html><html lang="${ui}" dir="${ui === 'ar' ? 'rtl' : 'ltr'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><style>body{margin:0;padding:8px;font-family:system-ui,sans-serif}</style><script type="module" src="/dist/cdn/pakke-needs-assessment.js"></script></head><body><pakke-needs-assessment src="/content/needs-assessment/pakkeforlop-hjem-behovskartlegging/1.0.0.json" lang="${lang}"></pakke-needs-assessment></body></html>`;
const { server, origin } = await serve('.', ['dist', 'content'], [
  (req, res) => {
    const p = new URL(req.url ?? '/', 'http://x').pathname;
    if (p === '/shot.html') { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(current); return true; }
    return false;
  },
]);
const browser = await launchChromium();
for (const [lang, ui, w] of [['nb', 'nb', 320], ['en', 'en', 1280], ['nb', 'ar', 320]] as const) {
  current = page(lang, ui);
  const p = await browser.newPage({ viewport: { width: w, height: 1400 } });
  await p.goto(`${origin}/shot.html`);
  await p.waitForFunction(() => (document.querySelector('pakke-needs-assessment') as any)?.status === 'ready');
  await p.evaluate(() => {
    const el = document.querySelector('pakke-needs-assessment') as any;
    el.answers = { samhandlingspunkt: 'sp2', family: 'talk', 'family-more': 'Søsteren min hjelper meg mye, men hun bor langt unna.', work: 'help', 'work-more': 'Jeg vet ikke om jeg kan jobbe.', finances: 'help' };
  });
  for (let i = 0; i < 8; i++) {
    const done = await p.evaluate(() => (document.querySelector('pakke-needs-assessment') as any).view !== 'form');
    if (done) break;
    await p.evaluate(() => {
      const r = (document.querySelector('pakke-needs-assessment') as any).shadowRoot;
      for (const fs of r.querySelectorAll('fieldset.item')) if (fs.querySelector('.required') && !fs.querySelector('input:checked')) fs.querySelector('input')?.click();
    });
    await p.locator('pakke-needs-assessment button[type=submit]').click();
    await p.waitForTimeout(150);
  }
  const ov = await p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  console.log(lang, ui, w, 'overflow', ov);
  await p.locator('pakke-needs-assessment .summary-page').first().screenshot({ path: `/tmp/shots/sum1-${ui}-${w}.png` });
  await p.locator('pakke-needs-assessment .summary-page').nth(1).screenshot({ path: `/tmp/shots/sum2-${ui}-${w}.png` });
  await p.locator('pakke-needs-assessment .flags').screenshot({ path: `/tmp/shots/flags-${ui}-${w}.png` });
  await p.close();
}
await browser.close();
server.close();
