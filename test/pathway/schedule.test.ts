import { expect } from '@open-wc/testing';
import { parseIsoDate, toIsoDate } from '../../src/base/dates.js';
import { pathwayBundle, type PathwayBundle } from '../../src/bundle/kinds/pathway.js';
import { computeSchedule, targetFor } from '../../src/pathway/schedule.js';
import { loadContent } from '../helpers/index.js';
import { BUNDLES } from './helpers.js';

const d = (s: string) => parseIsoDate(s)!;
const iso = (x: Date | undefined) => (x ? toIsoDate(x) : undefined);

async function bundle(path: string): Promise<PathwayBundle> {
  return pathwayBundle().parse(await loadContent(`pathway/${path}`));
}

describe('pathway dates', () => {
  it('adds days across month ends, in leap and ordinary years', () => {
    const week = { unit: 'days' as const, max: 7, sources: ['x'] };
    expect(iso(targetFor(d('2026-03-28'), week).to)).to.equal('2026-04-04');
    expect(iso(targetFor(d('2026-12-28'), week).to)).to.equal('2027-01-04');
    expect(iso(targetFor(d('2028-02-22'), week).to)).to.equal('2028-02-29');
    expect(iso(targetFor(d('2027-02-22'), week).to)).to.equal('2027-03-01');
  });

  it('adds months to the last day when the day does not exist', () => {
    const month = { unit: 'months' as const, max: 1, sources: ['x'] };
    expect(iso(targetFor(d('2026-01-31'), month).to)).to.equal('2026-02-28');
    expect(iso(targetFor(d('2028-01-31'), month).to)).to.equal('2028-02-29');
  });

  it('turns a window into a range of dates', () => {
    const t = targetFor(d('2026-01-31'), { unit: 'months', min: 3, max: 4, approximate: true, sources: ['x'] });
    expect(t.window).to.equal(true);
    expect(t.approximate).to.equal(true);
    expect([iso(t.from), iso(t.to)]).to.deep.equal(['2026-04-30', '2026-05-31']);
  });

  it('chains the Norwegian breast cancer forløpstider (7 / 12 / 13 or 10) and sums them to 32 / 29 days', async () => {
    const b = await bundle(BUNDLES.noBreast);
    const s = computeSchedule(b.phases!, d('2026-03-14'));
    expect(iso(s.get('forste-oppmote')!.target!.to)).to.equal('2026-03-21');
    expect(iso(s.get('utredning-ferdig')!.target!.to)).to.equal('2026-04-02');
    const treat = s.get('behandling-starter')!;
    expect(iso(treat.alternatives.get('surgery')!.to)).to.equal('2026-04-15');
    expect(iso(treat.alternatives.get('medical')!.to)).to.equal('2026-04-12');
    expect(treat.alternativeTotals.get('surgery')).to.equal(32);
    expect(treat.alternativeTotals.get('medical')).to.equal(29);
    // Counted from surgery, whose date is not known: no date, but the step is marked as such.
    expect(s.get('cellegift-etter-operasjon')!.target).to.equal(undefined);
    expect(s.get('cellegift-etter-operasjon')!.unanchored).to.equal(true);
  });

  it('crosses February correctly in a leap year and an ordinary year', async () => {
    const b = await bundle(BUNDLES.noBreast);
    const leap = computeSchedule(b.phases!, d('2028-02-20'));
    expect(iso(leap.get('forste-oppmote')!.target!.to)).to.equal('2028-02-27');
    expect(iso(leap.get('utredning-ferdig')!.target!.to)).to.equal('2028-03-10');
    expect(iso(leap.get('behandling-starter')!.alternatives.get('surgery')!.to)).to.equal('2028-03-23');
    const plain = computeSchedule(b.phases!, d('2027-02-20'));
    expect(iso(plain.get('utredning-ferdig')!.target!.to)).to.equal('2027-03-11');
  });

  it('sums the colorectal forløpstider to 35 / 35 / 39 days', async () => {
    const b = await bundle(BUNDLES.noColorectal);
    const s = computeSchedule(b.phases!, undefined);
    const totals = s.get('behandling-starter')!.alternativeTotals;
    expect(Object.fromEntries(totals)).to.deep.equal({ surgery: 35, medical: 35, radiotherapy: 39 });
  });

  it('gives Pakkeforløp hjem windows of about 3–4 and 12–18 months after diagnosis', async () => {
    const b = await bundle(BUNDLES.hjem);
    const s = computeSchedule(b.phases!, d('2028-02-29'));
    const p2 = s.get('samhandlingspunkt-2')!.target!;
    const p3 = s.get('samhandlingspunkt-3')!.target!;
    expect([iso(p2.from), iso(p2.to)]).to.deep.equal(['2028-05-29', '2028-06-29']);
    expect([iso(p3.from), iso(p3.to)]).to.deep.equal(['2029-02-28', '2029-08-29']);
    expect(s.get('samhandlingspunkt-1')!.target).to.equal(undefined);
  });

  it('counts the Danish legal 14 days to the start of udredning, and gives treatment no date', async () => {
    const b = await bundle(BUNDLES.dkBreast);
    const s = computeSchedule(b.phases!, d('2026-12-25'));
    expect(iso(s.get('udredning-begynder')!.target!.to)).to.equal('2027-01-08');
    expect(s.get('behandling-begynder')!.target).to.equal(undefined);
  });
});
