import { expect, fixture, html } from '@open-wc/testing';
import '../../src/needs-assessment/index.js';
import type { PakkeNeedsAssessment } from '../../src/needs-assessment/index.js';
import { loadContent, settle, untilSettled } from '../helpers/index.js';

type El = PakkeNeedsAssessment;
const EXAMPLES = [
  'needs-assessment/pakkeforlop-hjem-behovskartlegging/1.0.0.json',
  'needs-assessment/behovsvurdering-rehabilitering-palliation/1.0.0.json',
  'needs-assessment/esas-r/1.0.0.json',
];
const LOCALES: Record<string, string> = { 'pakkeforlop-hjem-behovskartlegging': 'nb', 'behovsvurdering-rehabilitering-palliation': 'da', 'esas-r': 'en' };

const groups = (el: El) => [...el.shadowRoot!.querySelectorAll<HTMLFieldSetElement>('fieldset.item')];
const heading = (el: El) => el.shadowRoot!.querySelector('#page-heading')?.textContent?.trim() ?? '';

/** What the reader sees checked on the current page, by question id. */
function seen(el: El): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const fs of groups(el)) out[fs.id.slice(2)] = [...fs.querySelectorAll<HTMLInputElement>('input:checked')].map((i) => i.value);
  return out;
}

/** What the element holds for the questions on the current page, in the same shape. */
function held(el: El): Record<string, string[]> {
  const answers = el.answers as Record<string, unknown>;
  const out: Record<string, string[]> = {};
  for (const fs of groups(el)) {
    const v = answers[fs.id.slice(2)];
    out[fs.id.slice(2)] = v === undefined ? [] : Array.isArray(v) ? v.map(String) : [v === true ? 'yes' : v === false ? 'no' : String(v)];
  }
  return out;
}

async function click(el: El, sel: string): Promise<void> {
  el.shadowRoot!.querySelector<HTMLButtonElement>(sel)!.click();
  await settle(el);
}

describe('<pakke-needs-assessment> paging keeps what the reader sees', function () {
  this.timeout(120000);
  for (const path of EXAMPLES) {
    it(`${path}: answers stay checked after paging Back and Next over every page`, async () => {
      const bundle = await loadContent(path);
      const lang = LOCALES[path.split('/')[1]!]!;
      const el = await fixture<El>(html`<pakke-needs-assessment lang=${lang} .bundle=${bundle}></pakke-needs-assessment>`);
      await untilSettled(el);
      const total = (bundle as { pages: unknown[] }).pages.length;
      // Answer every group on every page, each with a different option, and go forward to the last page.
      for (let p = 0; p < total; p++) {
        groups(el).forEach((fs, i) => {
          const inputs = [...fs.querySelectorAll<HTMLInputElement>('input')];
          inputs[(i + p) % inputs.length]!.click();
        });
        await settle(el);
        expect(seen(el), `page ${p + 1} as answered`).to.deep.equal(held(el));
        if (p < total - 1) await click(el, 'form button[type=submit]');
        expect(el.view).to.equal('form');
      }
      // Back to the first page and forward to the last, twice, checking each page as shown.
      for (let round = 0; round < 2; round++) {
        for (let p = total - 1; p > 0; p--) {
          await click(el, '.nav button.secondary');
          expect(seen(el), `back on "${heading(el)}"`).to.deep.equal(held(el));
        }
        for (let p = 0; p < total - 1; p++) {
          await click(el, 'form button[type=submit]');
          expect(seen(el), `forward on "${heading(el)}"`).to.deep.equal(held(el));
        }
      }
      expect(Object.keys(el.answers).length).to.be.greaterThan(total);
    });
  }
});
