/**
 * The "benefits and risks in numbers" view: for each outcome, the comparator's number and each
 * option's for the same group, denominator and time frame, as three-category icon arrays (has it
 * anyway / spared, helped or harmed by the option / not either way) with a legend and whole
 * sentences. Numbers that depend on the patient's group are shown only once a group is chosen.
 * Outcomes without a comparator (bundles written before the comparator model) keep the older
 * effect-only picture.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { msg, str } from '@lit/localize';
import type { DecisionAidBundle, DecisionOption, DecisionOutcome, HostNumbers, NumberCell } from '../bundle/kinds/decision-aid.js';
import { effectiveCells } from '../bundle/kinds/decision-aid.cells.js';
import { formatNumber } from '../l10n/format.js';
import { filledIcons } from './rounding.js';
import { grammar, timeframeWords } from './grammar.js';
import { phrases, timeframeText } from './phrases.js';
import { riskRow, type RiskCell, type RiskRow } from './risk.js';
import './icon-array.js';

type Text = Readonly<Record<string, string>> | undefined;

/** What a view needs from the element. */
export interface ViewHost {
  t(text: Text): string;
  h(offset: number, content: unknown, id?: string): TemplateResult;
  refs(ids: readonly string[] | undefined): unknown;
  readonly locale: string;
}

export interface OutcomesInput {
  bundle: DecisionAidBundle;
  profileId: string | undefined;
  options: DecisionOption[];
  host: HostNumbers | undefined;
  picker: unknown;
}

/** Outcomes whose numbers some profile changes: they need the patient's group first. */
export function groupDependent(b: DecisionAidBundle): Set<string> {
  const out = new Set<string>();
  for (const p of b.profiles ?? []) for (const n of p.numbers) out.add(n.outcome);
  return out;
}

/** True when the aid must ask for the group before numbers are shown. */
export function needsGroup(b: DecisionAidBundle, profileId: string | undefined): boolean {
  return !profileId && !!b.profilePrompt && (b.profiles?.length ?? 0) > 0;
}

export function renderOutcomes(v: ViewHost, input: OutcomesInput): TemplateResult {
  const { bundle: b, profileId: pid, options, host } = input;
  const cells = effectiveCells(b, pid, host?.numbers);
  const profile = pid ? b.profiles?.find((p) => p.id === pid) : undefined;
  const ask = needsGroup(b, pid);
  const dependent = groupDependent(b);
  // Without a group, options limited to some groups are not compared with each other.
  const shown = ask ? b.outcomes.filter((o) => !dependent.has(o.id) && !(b.profiles ?? []).some((p) => p.options)) : b.outcomes;
  return html`
    ${input.picker}
    ${profile && !b.profilePrompt ? html`<p class="profile-current">${msg(str`Tallene gælder: ${v.t(profile.label)}`)}</p>` : nothing}
    ${ask
      ? html`<p class="choose-profile" role="note">${msg('Tallene afhænger af, hvilken gruppe du hører til. Vælg din gruppe ovenfor, så vises tallene for den gruppe. Tal fra forskellige grupper sammenlignes ikke.')}</p>`
      : nothing}
    ${host?.label ? html`<p class="host-label">${v.t(host.label)}</p>` : nothing}
    ${shown.length
      ? html`<p class="how-to-read">${msg('Hver figur er én person. Tallene er gennemsnit fra undersøgelser af mennesker i samme situation, ikke en forudsigelse for dig.')}</p>`
      : nothing}
    ${shown.map((o) => renderOutcome(v, b, o, (cells.get(o.id) ?? []).map(([c]) => c), options, profile?.referenceGroup))}
  `;
}

function renderOutcome(v: ViewHost, b: DecisionAidBundle, o: DecisionOutcome, cells: NumberCell[], options: DecisionOption[], profileGroup: Text): TemplateResult {
  const visible = cells.filter((c) => options.some((opt) => opt.id === c.option));
  const row = o.comparator && options.some((opt) => opt.id === o.comparator) ? riskRow(o, visible) : undefined;
  return html`<section class="outcome" part="outcome" data-outcome=${o.id} aria-labelledby=${`out-${o.id}`}>
    ${v.h(2, html`${v.t(o.label)} <span class="direction ${o.direction}">(${o.direction === 'benefit' ? msg('fordel') : msg('risiko')})</span>`, `out-${o.id}`)}
    ${o.description ? html`<p>${v.t(o.description)}</p>` : nothing}
    ${row ? renderRow(v, b, o, row, visible, options, profileGroup) : o.comparator !== undefined ? renderStatements(v, o, visible, options) : renderLegacy(v, o, visible, options)}
    ${o.uncertainty ? html`<p class="uncertainty"><strong>${msg('Usikkerhed:')}</strong> <bdi>${v.t(o.uncertainty)}</bdi></p>` : nothing}
  </section>`;
}

function renderRow(v: ViewHost, b: DecisionAidBundle, o: DecisionOutcome, row: RiskRow, cells: NumberCell[], options: DecisionOption[], profileGroup: Text): TemplateResult {
  const g = grammar(v.locale);
  const loc = v.locale;
  const n = (x: number) => formatNumber(x, loc);
  const comparator = options.find((x) => x.id === o.comparator)!;
  const compCell = cells.find((c) => c.option === o.comparator)!;
  const group = profileGroup ?? o.referenceGroup ?? compCell.referenceGroup;
  const time = timeframeWords(compCell.timeframe ?? cells.find((c) => c.timeframe)?.timeframe, loc, (x) => v.t(x));
  const event = v.t(o.event);
  const kinds = new Set(row.cells.filter((c) => c.changed > 0).map((c) => c.kind));
  const without = options.filter((opt) => opt.id !== o.comparator && !row.cells.some((c) => c.option === opt.id));
  const cellFor = (rc: RiskCell) => {
    const opt = options.find((x) => x.id === rc.option)!;
    const src = cells.find((c) => c.option === rc.option)!;
    const sentences = rc.isComparator
      ? [g.total(n(rc.total), n(row.scale), event, time, rc.rounded), g.others(n(rc.neither))]
      : [
          g.total(n(rc.total), n(row.scale), event, time, rc.rounded),
          g.compared(rc.kind === 'same' ? 'same' : rc.total < row.comparator.total ? 'fewer' : 'more', n(rc.changed), v.t(comparator.label)),
        ];
    const parts = rc.isComparator
      ? []
      : [g.anyway(n(rc.anyway), event), ...(rc.changed && rc.kind !== 'same' ? [g.changed(rc.kind, n(rc.changed), event)] : []), g.neither(n(rc.neither))];
    const label = `${v.t(opt.label)}: ${[...sentences, ...parts].join(' ')}`;
    return html`<li class="cell ${rc.isComparator ? 'comparator' : ''}" data-option=${rc.option} data-scale=${row.scale}>
      <p class="cell-title">${v.t(opt.label)}${rc.isComparator ? html` <span class="baseline-tag">${msg('(sammenligning)')}</span>` : nothing}</p>
      <pakke-icon-array
        part="icon-array"
        count=${rc.anyway}
        denominator=${row.scale}
        total=${row.scale}
        changed=${rc.changed}
        changed-kind=${rc.kind}
        label=${label}
        data-filled=${rc.anyway}
        data-changed=${rc.changed}
      ></pakke-icon-array>
      <div class="in-words">${sentences.map((s) => html`<p>${s}</p>`)}</div>
      ${src.notApplicable ? html`<p class="na-reason">${v.t(src.notApplicable)}</p>` : nothing}
      ${parts.length ? html`<ul class="categories" role="list">${parts.map((s) => html`<li>${s}</li>`)}</ul>` : nothing}
      ${src.range ? html`<p class="range">${msg('Usikkerhed:')} ${phrases(loc).outOf(`${n(src.range.low)}–${n(src.range.high)}`, n(src.denominator ?? 100))}</p>` : nothing}
      ${src.certainty ? html`<p class="certainty">${msg('Sikkerhed for tallet:')} ${certaintyText(src.certainty)}</p>` : nothing}
      ${src.note ? html`<p class="note">${v.t(src.note)}</p>` : nothing}
      ${v.refs(src.sources)}
    </li>`;
  };
  return html`
    ${group ? html`<p class="reference group-sentence">${g.group(v.t(group))}</p>` : nothing}
    ${row.scale === 1000 ? html`<p class="scale-note">${msg('Her er tallene ud af 1.000 personer, fordi de er for små til at vises ud af 100.')}</p>` : nothing}
    <ul class="legend" role="list" aria-label=${msg('Forklaring til figurerne')}>
      <li><pakke-icon-array class="swatch" total="1" count="1" denominator="1" aria-hidden="true"></pakke-icon-array> ${g.legend.anyway}</li>
      ${[...kinds].filter((k) => k !== 'same').map(
        (k) => html`<li><pakke-icon-array class="swatch" total="1" count="0" denominator="1" changed="1" changed-kind=${k} aria-hidden="true"></pakke-icon-array> ${g.legend[k as 'spared']}</li>`,
      )}
      <li><pakke-icon-array class="swatch" total="1" count="0" denominator="1" aria-hidden="true"></pakke-icon-array> ${g.legend.neither}</li>
    </ul>
    <ul class="arrays" role="list">${[row.comparator, ...row.cells].map(cellFor)}</ul>
    ${without.length
      ? html`<p class="no-numbers-lead">${msg('Uden figur, fordi der ikke er et tal for den samme gruppe:')}</p>
          <ul class="no-numbers" role="list">
          ${without.map((opt) => {
            const c = cells.find((x) => x.option === opt.id);
            const reason = c?.notApplicable ?? c?.notKnown;
            return html`<li data-option=${opt.id}><strong>${v.t(opt.label)}:</strong> ${c?.notApplicable ? msg('Gælder ikke.') : reason ? nothing : msg('Ingen tal.')} ${reason ? v.t(reason) : nothing} ${v.refs(c?.sources)}</li>`;
          })}
        </ul>`
      : nothing}
  `;
}

/**
 * An outcome with a comparator whose baseline number is not known (or not shown): each option's
 * statement in words, without a picture, and a note saying why there is none. A picture of the
 * effect alone would hide how big the risk is to begin with.
 */
function renderStatements(v: ViewHost, o: DecisionOutcome, cells: NumberCell[], options: DecisionOption[]): TemplateResult {
  const loc = v.locale;
  const time = timeframeWords(cells.find((c) => c.timeframe)?.timeframe, loc, (x) => v.t(x));
  const g = grammar(loc);
  const listed = options.filter((opt) => cells.some((c) => c.option === opt.id));
  return html`${o.referenceGroup ? html`<p class="reference group-sentence">${g.group(v.t(o.referenceGroup))}</p>` : nothing}
    <p class="no-picture" role="note">${msg('Der er ingen figur her: kilderne giver ikke tallet uden behandlingen for den samme gruppe, og en figur af gevinsten alene ville skjule, hvor stor risikoen er i forvejen.')}</p>
    <ul class="statements" role="list">
      ${listed.map((opt) => {
        const c = cells.find((x) => x.option === opt.id)!;
        const reason = c.notApplicable ?? c.notKnown;
        const text =
          c.count !== undefined
            ? g.total(formatNumber(Math.round((c.count * 100) / (c.denominator ?? 100)), loc), formatNumber(100, loc), v.t(o.event), time, Math.round(c.count) !== c.count)
            : reason
              ? v.t(reason)
              : msg('Ingen tal.');
        return html`<li data-option=${opt.id}><strong>${v.t(opt.label)}:</strong> ${text} ${v.refs(c.sources)}</li>`;
      })}
    </ul>`;
}

/** The effect-only picture of outcomes without a comparator (bundles of the older model). */
function renderLegacy(v: ViewHost, o: DecisionOutcome, cells: NumberCell[], options: DecisionOption[]): TemplateResult {
  return html`${o.referenceGroup ? html`<p class="reference">${msg('Gælder:')} ${v.t(o.referenceGroup)}</p>` : nothing}
    <ul class="arrays" role="list">${options.map((opt) => legacyCell(v, o, opt, cells.find((c) => c.option === opt.id)))}</ul>`;
}

function legacyCell(v: ViewHost, o: DecisionOutcome, opt: DecisionOption, c: NumberCell | undefined): TemplateResult {
  const label = v.t(opt.label);
  if (!c || c.count === undefined) {
    const reason = c?.notApplicable ?? c?.notKnown;
    return html`<li class="cell no-number" data-option=${opt.id}>
      <p class="cell-title">${label}</p>
      <p class="no-number-text"><strong>${c?.notApplicable ? msg('Gælder ikke.') : msg('Ingen tal.')}</strong> ${reason ? v.t(reason) : msg('Indholdet har ingen tal for denne mulighed.')}</p>
      ${v.refs(c?.sources)}
    </li>`;
  }
  const loc = v.locale;
  const p = phrases(loc);
  const d = c.denominator ?? 100;
  const filled = filledIcons(c.count, d, 100);
  const shown = d === 100 ? filled : Math.round(c.count);
  const exact = shown !== c.count;
  const frame = timeframeText(c.timeframe, loc, (x) => v.t(x));
  const main = p.outOf(formatNumber(shown, loc), formatNumber(d, loc));
  const lead = exact ? `${p.about} ${main}` : main.charAt(0).toUpperCase() + main.slice(1);
  const precise = exact ? ` (${p.outOf(formatNumber(c.count, loc), formatNumber(d, loc))})` : '';
  const sentence = `${lead}${precise} ${v.t(o.event)}${frame ? `, ${frame}` : ''}.`;
  return html`<li class="cell" data-option=${opt.id}>
    <p class="cell-title">${label}</p>
    ${d === 100 ? html`<pakke-icon-array part="icon-array" count=${c.count} denominator=${d} label=${`${label}: ${sentence}`} data-filled=${filled}></pakke-icon-array>` : nothing}
    <p class="in-words">${sentence}</p>
    ${c.range ? html`<p class="range">${msg('Usikkerhed:')} ${p.outOf(`${formatNumber(c.range.low, loc)}–${formatNumber(c.range.high, loc)}`, formatNumber(d, loc))}</p>` : nothing}
    ${c.certainty ? html`<p class="certainty">${msg('Sikkerhed for tallet:')} ${certaintyText(c.certainty)}</p>` : nothing}
    ${c.referenceGroup ? html`<p class="reference">${msg('Gælder:')} ${v.t(c.referenceGroup)}</p>` : nothing}
    ${c.note ? html`<p class="note">${v.t(c.note)}</p>` : nothing}
    ${v.refs(c.sources)}
  </li>`;
}

export function certaintyText(c: NonNullable<NumberCell['certainty']>): string {
  switch (c) {
    case 'high':
      return msg('høj');
    case 'moderate':
      return msg('moderat');
    case 'low':
      return msg('lav');
    default:
      return msg('meget lav');
  }
}

/**
 * The key numbers for the take-home summary: for each outcome shown for the chosen group, one
 * whole sentence per option ("Radiotherapy: 21 out of 100 die of breast cancer within 15 years.").
 */
export function riskSummary(v: ViewHost, input: Omit<OutcomesInput, 'picker'>): { id: string; label: string; lines: string[] }[] {
  const { bundle: b, profileId: pid, options, host } = input;
  if (needsGroup(b, pid)) return [];
  const cells = effectiveCells(b, pid, host?.numbers);
  const g = grammar(v.locale);
  const n = (x: number) => formatNumber(x, v.locale);
  const out: { id: string; label: string; lines: string[] }[] = [];
  for (const o of b.outcomes) {
    const visible = (cells.get(o.id) ?? []).map(([c]) => c).filter((c) => options.some((opt) => opt.id === c.option));
    const row = o.comparator && options.some((opt) => opt.id === o.comparator) ? riskRow(o, visible) : undefined;
    if (!row) continue;
    const comp = visible.find((c) => c.option === o.comparator)!;
    const time = timeframeWords(comp.timeframe ?? visible.find((c) => c.timeframe)?.timeframe, v.locale, (x) => v.t(x));
    const lines = [row.comparator, ...row.cells].map((rc) => `${v.t(options.find((x) => x.id === rc.option)?.label)}: ${g.total(n(rc.total), n(row.scale), v.t(o.event), time, rc.rounded)}`);
    out.push({ id: o.id, label: v.t(o.label), lines });
  }
  return out;
}
