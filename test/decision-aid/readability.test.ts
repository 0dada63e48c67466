/**
 * LIX per text (warning above 50) and per bundle, for bundles and overlays, each checked by
 * mutating a real bundle or overlay.
 */
import { expect } from '@open-wc/testing';
import { readabilityIssues } from '../../src/bundle/readability.js';
import { richTextToPlain } from '../../src/bundle/rich-text.js';
import { jsonPath } from '../../src/bundle/errors.js';
import { loadContent } from '../helpers/index.js';

type Raw = Record<string, any>;
const HARD_DA = 'Behandlingsmulighederne gennemgås systematisk under konsultationsforløbet med udgangspunkt i retningslinjerne og patientens præferencer vedrørende efterbehandling.';
const check = (raw: Raw) => readabilityIssues(raw, raw.locales as string[], richTextToPlain, jsonPath);

describe('lint: LIX per text and per bundle', () => {
  it('a hard text in a real bundle warns at its own path; the same bundle without it does not', async () => {
    const raw = (await loadContent('decision-aid/rectal-anastomosis-or-stoma/2.0.0.json')) as Raw;
    const before = check(raw).filter((i) => i.path === '$.forWhom.da');
    expect(before).to.deep.equal([]);
    raw.forWhom.da = HARD_DA;
    const after = check(raw).filter((i) => i.path === '$.forWhom.da');
    expect(after).to.have.length(1);
    expect(after[0]!.severity).to.equal('warning');
    expect(after[0]!.message).to.match(/^LIX \d+\.\d for this "da" text/);
  });

  it('a short label is not scored on its own (LIX needs at least 10 words)', async () => {
    const raw = (await loadContent('decision-aid/rectal-anastomosis-or-stoma/2.0.0.json')) as Raw;
    raw.options[0].label.da = 'Behandlingsmuligheder efterbehandlingsforløb';
    expect(check(raw).filter((i) => i.path === '$.options[0].label.da')).to.deep.equal([]);
  });

  it('the whole bundle fails above 50 when every Danish text is hard', async () => {
    const raw = (await loadContent('decision-aid/rectal-anastomosis-or-stoma/2.0.0.json')) as Raw;
    expect(check(raw).filter((i) => i.path === '$' && i.severity === 'error')).to.deep.equal([]);
    const harden = (n: any): any => {
      if (Array.isArray(n)) return n.map(harden);
      if (n && typeof n === 'object') {
        if (typeof n.da === 'string' && typeof n.en === 'string') return { ...n, da: HARD_DA };
        return Object.fromEntries(Object.entries(n).map(([k, v]) => [k, k === 'sources' ? v : harden(v)]));
      }
      return n;
    };
    const hard = harden(raw);
    const whole = check(hard).filter((i) => i.path === '$');
    expect(whole.map((i) => i.severity)).to.include('error');
  });

  it('overlays are checked too: a hard local text warns at its path', async () => {
    const raw = (await loadContent('overlay/eksempel-sykehus-no-breast-cancer/1.0.0.json')) as Raw;
    const path = '$.add[0].contacts[0].note.nb';
    expect(check(raw).filter((i) => i.path === path)).to.deep.equal([]);
    raw.add[0].contacts[0].note.nb = 'Behandlingsmulighetene gjennomgås systematisk under konsultasjonsforløpet med utgangspunkt i retningslinjene og pasientens preferanser vedrørende etterbehandling.';
    const found = check(raw).filter((i) => i.path === path);
    expect(found).to.have.length(1);
    expect(found[0]!.severity).to.equal('warning');
  });
});
