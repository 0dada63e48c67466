/** Format 1.1 of pathways (exits, sequences, continuing follow-up, decision-aid links) and the issue-21 fixes. */
import { expect } from '@open-wc/testing';
import { pathwayBundle } from '../../src/bundle/kinds/pathway.js';
import { applyDocs, jsonSchemaFor } from '../../src/bundle/json-schema.js';
import { pathwayDocs } from '../../src/bundle/kinds/pathway.docs.js';
import { calendarFile, escapeText, fold } from '../../src/pathway/ics.js';
import { splitTerms } from '../../src/pathway/terms.js';
import { envelope } from '../fixtures/envelope.js';
import { $, $$, BUNDLES, restoreUi, show, step, text, ui } from './helpers.js';

const base = (steps: unknown[]) =>
  envelope('pathway', { treatments: [{ id: 'a', label: { da: 'A' } }, { id: 'b', label: { da: 'B' } }], phases: [{ id: 'p', title: { da: 'P' }, steps }] });

describe('pathway format 1.1', () => {
  afterEach(restoreUi);

  it('accepts exits, sequences, continues and decisionAid; refuses an "other" exit without a title and a repeated exit kind', () => {
    const ok = base([
      {
        id: 's', title: { da: 'S' }, actors: ['hospital'],
        exits: [{ kind: 'ruled-out', description: { da: 'Det er ikke kræft.' } }],
        continues: { da: 'Opfølgningen fortsætter, hvis du har brug for det.' },
        decisionAid: { id: 'adjuvant-breast-cancer' },
        alternatives: [
          { treatment: 'a', sequence: [{ label: { da: 'Før' } }, { label: { da: 'Operation' } }, { label: { da: 'Efter' } }] },
          { treatment: 'b' },
        ],
      },
    ]);
    expect(pathwayBundle().safeParse(ok).success).to.equal(true);
    const bad = base([{ id: 's', title: { da: 'S' }, actors: ['hospital'], exits: [{ kind: 'other', description: { da: 'x' } }, { kind: 'not-fit', description: { da: 'x' } }, { kind: 'not-fit', description: { da: 'y' } }] }]);
    const r = pathwayBundle().safeParse(bad);
    expect(r.success).to.equal(false);
    const msgs = r.error!.issues.map((i) => i.message).join(' | ');
    expect(msgs).to.contain('needs a title');
    expect(msgs).to.contain('appears twice');
  });

  it('describes every field of the pathway body in the JSON Schema, and no description points nowhere', () => {
    const json = jsonSchemaFor('pathway');
    expect(applyDocs(structuredClone(json), pathwayDocs)).to.deep.equal([]);
    const undocumented: string[] = [];
    const envelopeKeys = new Set(['$schema', 'format', 'id', 'version', 'published', 'reviewDue', 'locales', 'defaultLocale', 'status', 'title', 'summary', 'publisher', 'authors', 'sources', 'licence', 'disclaimer', 'funding', 'updatePolicy', 'kind']);
    const walk = (node: Record<string, unknown>, path: string, top: boolean) => {
      const props = node.properties as Record<string, Record<string, unknown>> | undefined;
      for (const [k, v] of Object.entries(props ?? {})) {
        if (top && envelopeKeys.has(k)) continue;
        if (typeof v.description !== 'string') undocumented.push(`${path}/${k}`);
        const items = v.items as Record<string, unknown> | undefined;
        walk(items ?? v, `${path}/${k}`, false);
      }
    };
    walk(json, '', true);
    expect(undocumented).to.deep.equal([]);
  });

  it('renders the not-fit exit, the hospital needs assessment and a decision-aid link from the URL template (dk-breast 1.1.0)', async () => {
    await ui('da');
    const el = await show(BUNDLES.dkBreast11, { lang: 'da', 'decision-aid-url': '/beslutning/{id}.html' });
    const exit = step(el, 'beslutning').querySelector('[data-exit="not-fit"]');
    expect(text(exit)).to.contain('Hvis standardforløbet ikke passer til dig');
    expect(text(step(el, 'behovsvurdering'))).to.contain('Hospitalet laver en behovsvurdering');
    const a = step(el, 'behandling-begynder').querySelector<HTMLAnchorElement>('[part="related"] a');
    expect(a?.getAttribute('href')).to.equal('/beslutning/adjuvant-breast-cancer.html');
  });

  it('without a URL template the decision-aid button fires pakke-related-select', async () => {
    const el = await show(BUNDLES.dkBreast11, { lang: 'da' });
    let detail: unknown;
    el.addEventListener('pakke-related-select', (e) => (detail = (e as CustomEvent).detail));
    step(el, 'behandling-begynder').querySelector<HTMLButtonElement>('[part="related"] button')!.click();
    expect(detail).to.deep.equal({ kind: 'decision-aid', id: 'adjuvant-breast-cancer', stepId: 'behandling-begynder' });
  });

  it('shows sources as numbered references by default that open the list in the footer; inline on request', async () => {
    const el = await show(BUNDLES.noBreast, { lang: 'nb' });
    const refs = $$(el, '.source-refs.compact a.ref');
    expect(refs.length).to.be.greaterThan(0);
    expect(refs[0]!.textContent).to.match(/^\[\d+\]$/);
    const details = $(el, 'details.sources') as HTMLDetailsElement;
    expect(details.open).to.equal(false);
    refs[0]!.click();
    expect(details.open).to.equal(true);
    expect(el.shadowRoot!.activeElement?.id).to.match(/^source-/);
    const inline = await show(BUNDLES.noBreast, { lang: 'nb', 'sources-mode': 'inline' });
    expect($$(inline, '.source-refs.compact').length).to.equal(0);
    expect($$(inline, '.source-refs').length).to.be.greaterThan(0);
  });

  it('offers the computed dates as a calendar file only with a start date', async () => {
    const none = await show(BUNDLES.noBreast, { lang: 'nb' });
    expect($(none, '[part="calendar"]')).to.equal(null);
    const el = await show(BUNDLES.noBreast, { lang: 'nb', 'start-date': '2026-03-02' });
    expect($(el, '[part="calendar"]')).to.not.equal(null);
  });

  it('writes a valid all-day iCalendar file: escaped text, folded lines, CRLF, end date exclusive', () => {
    const ics = calendarFile([{ uid: 'x@y', from: new Date(Date.UTC(2026, 2, 9)), to: new Date(Date.UTC(2026, 2, 9)), summary: 'Første oppmøte, sykehus; senest 9. mars', description: 'a\nb' }], 'Brystkreft', new Date(Date.UTC(2026, 0, 1)));
    expect(ics).to.contain('DTSTART;VALUE=DATE:20260309\r\n');
    expect(ics).to.contain('DTEND;VALUE=DATE:20260310\r\n');
    expect(ics).to.contain('SUMMARY:Første oppmøte\\, sykehus\\; senest 9. mars');
    expect(ics).to.contain('DESCRIPTION:a\\nb');
    expect(escapeText('a,b;c\\')).to.equal('a\\,b\\;c\\\\');
    const long = fold('X'.repeat(200));
    for (const line of long.split('\r\n')) expect(new TextEncoder().encode(line).length).to.be.at.most(75);
  });

  it('keeps the full stop after a glossary word with the word', () => {
    const seen: string[] = [];
    splitTerms('Det heter udredning. Så videre', [{ id: 'u', forms: ['udredning'] }], new Set(), (_id, word, after) => (seen.push(`${word}|${after}`), word));
    expect(seen).to.deep.equal(['udredning|.']);
  });
});
