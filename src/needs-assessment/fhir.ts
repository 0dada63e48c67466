/**
 * FHIR R4 output for needs-assessment bundles, as pure functions (no DOM):
 * - `toFhirQuestionnaire(bundle, locale)`: the bundle as a Questionnaire (pages become groups;
 *   items keep their ids as linkIds; enableWhen, answerOption, required, repeats, maxLength,
 *   rating bounds and help text are carried over, with the other locales as FHIR translation
 *   extensions) so EHRs and LHC-Forms can use the same content;
 * - `toQuestionnaireResponse(bundle, answers, options)`: answers as a QuestionnaireResponse that
 *   mirrors the Questionnaire's groups, with typed answers (valueCoding with system and code,
 *   valueInteger, valueBoolean, valueString, valueDate).
 */
import type { NaCondition, NaItem, NeedsAssessmentBundle } from '../bundle/kinds/needs-assessment.js';
import { richTextToPlain } from '../bundle/rich-text.js';
import { resolveText, type LocalizedText } from '../bundle/text.js';
import { fhirSourceOf, type FhirSource, type FhirValue, type SourceNode } from '../bundle/fhir-source.js';
import { evaluateConditions, isAnswered, type AnswerValue, type Answers } from './logic.js';

/* Minimal R4 shapes used here (JSON as FHIR defines it). */
export interface FhirExtension {
  url: string;
  valueInteger?: number;
  valueDecimal?: number;
  valueCode?: string;
  valueCoding?: FhirCoding;
  valueString?: string;
  valueBoolean?: boolean;
  valueCodeableConcept?: { coding: FhirCoding[]; text?: string };
  valueExpression?: { name?: string; language: string; expression: string };
  extension?: FhirExtension[];
}
/** A primitive's extensions (`_text`, `_display`, `_title`): here, translations. */
export interface FhirPrimitiveExtension { extension: FhirExtension[] }
export interface FhirCoding { system?: string; code?: string; display?: string; _display?: FhirPrimitiveExtension }
export interface FhirEnableWhen {
  question: string;
  operator: 'exists' | '=' | '!=' | '>' | '<' | '>=' | '<=';
  answerBoolean?: boolean;
  answerInteger?: number;
  answerDecimal?: number;
  answerDate?: string;
  answerString?: string;
  answerCoding?: FhirCoding;
}
export interface FhirQuestionnaireItem {
  linkId: string;
  text?: string;
  _text?: FhirPrimitiveExtension;
  type: 'group' | 'display' | 'boolean' | 'integer' | 'decimal' | 'date' | 'string' | 'text' | 'choice';
  required?: boolean;
  repeats?: boolean;
  readOnly?: boolean;
  maxLength?: number;
  enableWhen?: FhirEnableWhen[];
  enableBehavior?: 'all' | 'any';
  answerOption?: { valueCoding: FhirCoding }[];
  extension?: FhirExtension[];
  item?: FhirQuestionnaireItem[];
}
export interface FhirQuestionnaire {
  resourceType: 'Questionnaire';
  id: string;
  url: string;
  version: string;
  name: string;
  title: string;
  _title?: FhirPrimitiveExtension;
  status: 'draft' | 'active' | 'retired' | 'unknown';
  experimental: boolean;
  date: string;
  publisher: string;
  description?: string;
  copyright?: string;
  language: string;
  extension?: FhirExtension[];
  item: FhirQuestionnaireItem[];
}
export interface FhirAnswer {
  valueCoding?: FhirCoding;
  valueInteger?: number;
  valueDecimal?: number;
  valueBoolean?: boolean;
  valueString?: string;
  valueDate?: string;
  item?: FhirResponseItem[];
}
export interface FhirResponseItem { linkId: string; text?: string; answer?: FhirAnswer[]; item?: FhirResponseItem[] }
export interface FhirQuestionnaireResponse {
  resourceType: 'QuestionnaireResponse';
  questionnaire: string;
  status: 'in-progress' | 'completed';
  authored: string;
  language: string;
  item?: FhirResponseItem[];
}

const ITEM_CONTROL = 'http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl';
const ITEM_CONTROL_SYSTEM = 'http://hl7.org/fhir/questionnaire-item-control';

/** The canonical base of a bundle: its `codeSystem`, else `urn:pakke:<id>`. */
export function canonicalBase(bundle: NeedsAssessmentBundle): string {
  return bundle.codeSystem ?? `urn:pakke:${bundle.id}`;
}

/** The code system of one item's option codes. */
export function codeSystemFor(bundle: NeedsAssessmentBundle, itemId: string): string {
  const base = canonicalBase(bundle);
  return base.startsWith('urn:') ? `${base}:${itemId}` : `${base.replace(/\/+$/, '')}/${itemId}`;
}

/** FHIR resource ids allow letters, digits, "-" and "." (1–64). */
function fhirId(id: string): string {
  return id.replace(/[^A-Za-z0-9.-]/g, '-').slice(0, 64);
}

function computerName(id: string): string {
  const name = id
    .split(/[-_.]/)
    .filter(Boolean)
    .map((p) => p[0]!.toUpperCase() + p.slice(1))
    .join('');
  return /^[A-Z]/.test(name) ? name : `Q${name}`;
}

function text(t: LocalizedText | undefined, locale: string, bundle: NeedsAssessmentBundle): string {
  return t ? resolveText(t, locale, bundle.defaultLocale).text : '';
}

const TRANSLATION = 'http://hl7.org/fhir/StructureDefinition/translation';

/**
 * The other declared locales of a text as FHIR translation extensions (the text itself is in
 * `locale`). Only locales the text really has are listed, so fallbacks are never labelled as
 * translations.
 */
function translations(t: LocalizedText | undefined, locale: string, bundle: NeedsAssessmentBundle, plain = (x: string) => x): FhirPrimitiveExtension | undefined {
  if (!t) return undefined;
  const shown = resolveText(t, locale, bundle.defaultLocale).locale;
  const ext: FhirExtension[] = [];
  for (const l of bundle.locales) {
    if (l === shown || !Object.prototype.hasOwnProperty.call(t, l)) continue;
    ext.push({ url: TRANSLATION, extension: [{ url: 'lang', valueCode: l }, { url: 'content', valueString: plain(t[l]!) }] });
  }
  return ext.length ? { extension: ext } : undefined;
}

function withText<T extends { text?: string; _text?: FhirPrimitiveExtension }>(target: T, t: LocalizedText, locale: string, bundle: NeedsAssessmentBundle, rich = false): T {
  const plain = rich ? richTextToPlain : (x: string) => x;
  target.text = plain(text(t, locale, bundle));
  const tr = translations(t, locale, bundle, plain);
  if (tr) target._text = tr;
  return target;
}

function coding(bundle: NeedsAssessmentBundle, itemId: string, code: string, t: LocalizedText | undefined, locale: string, translate: boolean): FhirCoding {
  const c: FhirCoding = { system: codeSystemFor(bundle, itemId), code };
  if (t) {
    c.display = text(t, locale, bundle);
    const tr = translate ? translations(t, locale, bundle) : undefined;
    if (tr) c._display = tr;
  }
  return c;
}

function control(code: string): FhirExtension {
  return { url: ITEM_CONTROL, valueCodeableConcept: { coding: [{ system: ITEM_CONTROL_SYSTEM, code }] } };
}

const SDC = 'http://hl7.org/fhir/uv/sdc/StructureDefinition/';
export const CALCULATED_EXPRESSION = `${SDC}sdc-questionnaire-calculatedExpression`;
export const VARIABLE = `${SDC}sdc-questionnaire-variable`;

function variableExtension(v: { name: string; expression: string }): FhirExtension {
  return { url: VARIABLE, valueExpression: { name: v.name, language: 'text/fhirpath', expression: v.expression } };
}

function enableWhen(bundle: NeedsAssessmentBundle, c: NaCondition, target: NaItem | undefined, locale: string): FhirEnableWhen {
  if (c.operator === 'answered' || c.operator === 'unanswered') {
    return { question: c.question, operator: 'exists', answerBoolean: c.operator === 'answered' };
  }
  const operator = ({ equals: '=', 'not-equals': '!=', 'greater-than': '>', 'less-than': '<', 'at-least': '>=', 'at-most': '<=' } as const)[c.operator];
  const out: FhirEnableWhen = { question: c.question, operator };
  switch (target?.type) {
    case 'single-choice':
    case 'multiple-choice': {
      const opt = target.options.find((o) => o.code === c.value);
      out.answerCoding = coding(bundle, target.id, String(c.value), opt?.text, locale, false);
      break;
    }
    case 'rating':
      out.answerInteger = Number(c.value);
      break;
    case 'number':
    case 'calculated':
      if (target.decimals) out.answerDecimal = Number(c.value);
      else out.answerInteger = Number(c.value);
      break;
    case 'yes-no':
      out.answerBoolean = Boolean(c.value);
      break;
    case 'date':
      out.answerDate = String(c.value);
      break;
    default:
      out.answerString = String(c.value);
  }
  return out;
}

function questionnaireItem(bundle: NeedsAssessmentBundle, it: NaItem, locale: string, byId: Map<string, NaItem>): FhirQuestionnaireItem {
  const out = withText<FhirQuestionnaireItem>({ linkId: it.id, type: 'display' }, it.text, locale, bundle, it.type === 'display');
  const children: FhirQuestionnaireItem[] = [];
  switch (it.type) {
    case 'single-choice':
    case 'multiple-choice':
      out.type = 'choice';
      if (it.type === 'multiple-choice') out.repeats = true;
      // Without a control, renderers choose (LHC-Forms shows a drop-down): say what the form shows.
      out.extension = [control(it.type === 'multiple-choice' ? 'check-box' : 'radio-button')];
      out.answerOption = it.options.map((o) => ({ valueCoding: coding(bundle, it.id, o.code, o.text, locale, true) }));
      break;
    case 'rating':
      out.type = 'integer';
      out.extension = [
        { url: 'http://hl7.org/fhir/StructureDefinition/minValue', valueInteger: it.min ?? 0 },
        { url: 'http://hl7.org/fhir/StructureDefinition/maxValue', valueInteger: it.max ?? 10 },
        { url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-sliderStepValue', valueInteger: 1 },
        control('slider'),
      ];
      children.push(
        withText<FhirQuestionnaireItem>({ linkId: `${it.id}__lower`, type: 'display', extension: [control('lower')] }, it.anchors.min, locale, bundle),
        withText<FhirQuestionnaireItem>({ linkId: `${it.id}__upper`, type: 'display', extension: [control('upper')] }, it.anchors.max, locale, bundle),
      );
      break;
    case 'yes-no':
      out.type = 'boolean';
      break;
    case 'text':
      out.type = 'string';
      if (it.maxLength) out.maxLength = it.maxLength;
      break;
    case 'long-text':
      out.type = 'text';
      if (it.maxLength) out.maxLength = it.maxLength;
      break;
    case 'date':
      out.type = 'date';
      break;
    case 'number': {
      // A whole number is `integer`, one with decimals `decimal` (with SDC's maxDecimalPlaces).
      const decimal = !!it.decimals;
      out.type = decimal ? 'decimal' : 'integer';
      const bound = (url: string, v: number): FhirExtension => (decimal ? { url, valueDecimal: v } : { url, valueInteger: v });
      const ext: FhirExtension[] = [];
      if (it.min !== undefined) ext.push(bound('http://hl7.org/fhir/StructureDefinition/minValue', it.min));
      if (it.max !== undefined) ext.push(bound('http://hl7.org/fhir/StructureDefinition/maxValue', it.max));
      if (decimal) ext.push({ url: 'http://hl7.org/fhir/StructureDefinition/maxDecimalPlaces', valueInteger: it.decimals! });
      if (it.unit) {
        const unit = text(it.unit, locale, bundle);
        ext.push({ url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-unit', valueCoding: { display: unit } });
      }
      if (ext.length) out.extension = ext;
      break;
    }
    case 'calculated': {
      // SDC: a read-only integer or decimal with its calculatedExpression (and variables).
      out.type = it.decimals ? 'decimal' : 'integer';
      out.readOnly = true;
      const ext: FhirExtension[] = (it.variables ?? []).map(variableExtension);
      ext.push({ url: CALCULATED_EXPRESSION, valueExpression: { language: 'text/fhirpath', expression: it.expression } });
      if (it.decimals) ext.push({ url: 'http://hl7.org/fhir/StructureDefinition/maxDecimalPlaces', valueInteger: it.decimals });
      if (it.unit) ext.push({ url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-unit', valueCoding: { display: text(it.unit, locale, bundle) } });
      if (it.hidden) ext.push({ url: 'http://hl7.org/fhir/StructureDefinition/questionnaire-hidden', valueBoolean: true });
      out.extension = ext;
      break;
    }
    default:
      break;
  }
  if (it.required && it.type !== 'display') out.required = true;
  if (it.enableWhen) {
    out.enableWhen = it.enableWhen.map((c) => enableWhen(bundle, c, byId.get(c.question), locale));
    if (it.enableWhen.length > 1) out.enableBehavior = it.enableBehavior ?? 'all';
  }
  if (it.help) children.push(withText<FhirQuestionnaireItem>({ linkId: `${it.id}__help`, type: 'display', extension: [control('help')] }, it.help, locale, bundle));
  if (children.length) out.item = children;
  return out;
}

/**
 * The bundle as a FHIR R4 Questionnaire in one locale (texts fall back as in the element).
 * Pages become `group` items whose linkId is the page id.
 */
export function toFhirQuestionnaire(bundle: NeedsAssessmentBundle, locale: string = bundle.defaultLocale): FhirQuestionnaire {
  const byId = new Map<string, NaItem>();
  for (const p of bundle.pages) for (const it of p.items) byId.set(it.id, it);
  const summary = bundle.summary ? text(bundle.summary, locale, bundle) : '';
  const ack = bundle.licence.acknowledgement ? text(bundle.licence.acknowledgement, locale, bundle) : '';
  const q: FhirQuestionnaire = {
    resourceType: 'Questionnaire',
    id: fhirId(bundle.id),
    url: canonicalBase(bundle),
    version: bundle.version,
    name: computerName(bundle.id),
    title: text(bundle.title, locale, bundle),
    status: bundle.status === 'approved' ? 'active' : 'draft',
    experimental: bundle.status !== 'approved',
    date: bundle.published,
    publisher: text(bundle.publisher.name, locale, bundle),
    copyright: [bundle.licence.name, ack].filter(Boolean).join('. '),
    language: locale,
    item: bundle.pages.map((p) => {
      const items = p.items.map((it) => questionnaireItem(bundle, it, locale, byId));
      if (p.intro) items.unshift(withText<FhirQuestionnaireItem>({ linkId: `${p.id}__intro`, type: 'display' }, p.intro, locale, bundle, true));
      // Each page a `page` group (SDC), so renderers that page (and this toolkit, reading it back) show the same pages.
      const group = withText<FhirQuestionnaireItem>({ linkId: p.id, type: 'group', extension: [control('page')] }, p.title, locale, bundle);
      group.item = items;
      return group;
    }),
  };
  if (summary) q.description = richTextToPlain(summary);
  if (bundle.variables) q.extension = bundle.variables.map(variableExtension);
  const titles = translations(bundle.title, locale, bundle);
  if (titles) q._title = titles;
  return q;
}

function fhirAnswers(bundle: NeedsAssessmentBundle, it: NaItem, v: AnswerValue, locale: string): FhirAnswer[] {
  switch (it.type) {
    case 'single-choice':
    case 'multiple-choice': {
      const codes = Array.isArray(v) ? v : [String(v)];
      return codes.map((code) => ({ valueCoding: coding(bundle, it.id, code, it.options.find((o) => o.code === code)?.text, locale, false) }));
    }
    case 'rating':
      return [{ valueInteger: Number(v) }];
    case 'number':
    case 'calculated':
      return [it.decimals ? { valueDecimal: Number(v) } : { valueInteger: Number(v) }];
    case 'yes-no':
      return [{ valueBoolean: Boolean(v) }];
    case 'date':
      return [{ valueDate: String(v) }];
    default:
      return [{ valueString: String(v) }];
  }
}

export interface ResponseOptions {
  status?: 'in-progress' | 'completed';
  /** When the answers were given (ISO date-time). Default: now. */
  authored?: string;
  /** Locale of the texts copied into the response. Default: the bundle's default. */
  locale?: string;
}

/**
 * A FHIR R4 QuestionnaireResponse for answers of shown items (as the element's `answers`).
 * Unknown ids, display items and empty answers are left out.
 */
export function toQuestionnaireResponse(bundle: NeedsAssessmentBundle, answers: Answers, options: ResponseOptions = {}): FhirQuestionnaireResponse {
  const source = fhirSourceOf(bundle);
  if (source) return importedResponse(source, answers, options);
  const locale = options.locale ?? bundle.defaultLocale;
  const groups: FhirResponseItem[] = [];
  for (const p of bundle.pages) {
    const items: FhirResponseItem[] = [];
    for (const it of p.items) {
      if (it.type === 'display') continue;
      const v = answers[it.id];
      if (!isAnswered(v)) continue;
      items.push({ linkId: it.id, text: text(it.text, locale, bundle), answer: fhirAnswers(bundle, it, v, locale) });
    }
    if (items.length) groups.push({ linkId: p.id, text: text(p.title, locale, bundle), item: items });
  }
  const qr: FhirQuestionnaireResponse = {
    resourceType: 'QuestionnaireResponse',
    questionnaire: `${canonicalBase(bundle)}|${bundle.version}`,
    status: options.status ?? 'in-progress',
    authored: options.authored ?? new Date().toISOString(),
    language: locale,
  };
  if (groups.length) qr.item = groups;
  return qr;
}

/** The answers of one source item, typed as its FHIR item type asks. */
function sourceAnswers(node: SourceNode, answers: Answers): FhirAnswer[] {
  if (!node.id) return [];
  const v = answers[node.id];
  const out: FhirAnswer[] = [];
  if (isAnswered(v)) {
    if (node.options) {
      for (const code of Array.isArray(v) ? v : [String(v)]) {
        const value = node.options[code];
        if (value) out.push({ ...(value as FhirAnswer) });
      }
    } else if (node.type === 'boolean') out.push({ valueBoolean: Boolean(v) });
    else if (node.type === 'integer') out.push({ valueInteger: Number(v) });
    else if (node.type === 'decimal') out.push({ valueDecimal: Number(v) });
    else if (node.type === 'date') out.push({ valueDate: String(v) });
    else out.push({ valueString: String(v) });
  }
  const other = node.otherId ? answers[node.otherId] : undefined;
  if (typeof other === 'string' && other.trim()) out.push({ valueString: other });
  return out;
}

function responseItems(nodes: readonly SourceNode[], answers: Answers): FhirResponseItem[] {
  const out: FhirResponseItem[] = [];
  for (const node of nodes) {
    if (node.type === 'display') continue;
    const children = responseItems(node.item, answers);
    const base: FhirResponseItem = { linkId: node.linkId };
    if (node.text !== undefined) base.text = node.text;
    if (node.type === 'group') {
      if (children.length) out.push({ ...base, item: children });
      continue;
    }
    let given: FhirAnswer[];
    if (node.fixed) {
      const shown = !node.enableWhen || evaluateConditions(node.enableWhen, node.enableBehavior, (q) => answers[q]);
      given = shown ? node.fixed.map((f: FhirValue) => ({ ...(f as FhirAnswer) })) : [];
    } else given = sourceAnswers(node, answers);
    // Items under a question go under its answer (R4 qrs-1: never both answer and item).
    if (given.length) {
      if (children.length) given[0]!.item = children;
      out.push({ ...base, answer: given });
    } else if (children.length) out.push({ ...base, item: children });
  }
  return out;
}

/**
 * The response to a bundle made from a FHIR Questionnaire: its linkIds, nesting, answer types
 * and codings as the source has them (see `fromFhirQuestionnaire`).
 */
function importedResponse(source: FhirSource, answers: Answers, options: ResponseOptions): FhirQuestionnaireResponse {
  const qr: FhirQuestionnaireResponse = {
    resourceType: 'QuestionnaireResponse',
    questionnaire: source.questionnaire,
    status: options.status ?? 'in-progress',
    authored: options.authored ?? new Date().toISOString(),
    language: source.language,
  };
  const items = responseItems(source.item, answers);
  if (items.length) qr.item = items;
  return qr;
}
