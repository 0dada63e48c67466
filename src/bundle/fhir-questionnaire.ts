/**
 * FHIR R4 Questionnaire in: `fromFhirQuestionnaire(json)` checks a Questionnaire against a zod
 * schema of the subset this toolkit renders and maps it to a needs-assessment bundle, which is then
 * checked like any bundle. What it cannot render faithfully — an item type, a repeating group, an
 * extension that changes meaning, a ValueSet that is not contained — is refused with a `schema`
 * error whose message and issues name the item's linkId and the feature; nothing is dropped.
 * Purely presentational extensions it does not use are ignored with a console note.
 * No network: `answerValueSet` must point to a ValueSet in `contained` (`#id`).
 */
import * as z from 'zod/mini';
import { BundleError, type SchemaIssue } from './errors.js';
import { setFhirSource, type FhirSource, type FhirValue, type SourceCondition, type SourceNode } from './fhir-source.js';
import { needsAssessmentBundle, type NeedsAssessmentBundle } from './kinds/needs-assessment.js';
import { parseBundle } from './load.js';
import { ID_PATTERN, LOCALE_PATTERN, lazySchema, SEMVER_PATTERN } from './parts.js';

const SD = 'http://hl7.org/fhir/StructureDefinition/';
const SDC = 'http://hl7.org/fhir/uv/sdc/StructureDefinition/';
const EXT = {
  itemControl: `${SD}questionnaire-itemControl`,
  minValue: `${SD}minValue`,
  maxValue: `${SD}maxValue`,
  sliderStepValue: `${SD}questionnaire-sliderStepValue`,
  entryFormat: `${SD}entryFormat`,
  hidden: `${SD}questionnaire-hidden`,
  unit: `${SD}questionnaire-unit`,
  ordinalValue: `${SD}ordinalValue`,
  itemWeight: `${SD}itemWeight`,
  translation: `${SD}translation`,
  openLabel: `${SDC}sdc-questionnaire-openLabel`,
  maxDecimalPlaces: `${SD}maxDecimalPlaces`,
  calculatedExpression: `${SDC}sdc-questionnaire-calculatedExpression`,
  variable: `${SDC}sdc-questionnaire-variable`,
} as const;

/** Extensions that change only how something looks: ignored with a console note. */
const PRESENTATIONAL = new Set([
  `${SD}rendering-style`,
  `${SD}rendering-styleSensitive`,
  `${SD}rendering-xhtml`,
  `${SD}rendering-markdown`,
  `${SD}questionnaire-choiceOrientation`,
  `${SD}questionnaire-displayCategory`,
  `${SD}questionnaire-optionPrefix`,
  `${SD}questionnaire-supportLink`,
  `${SDC}sdc-questionnaire-shortText`,
  `${SDC}sdc-questionnaire-collapsible`,
  `${SDC}sdc-questionnaire-width`,
  `${SDC}sdc-questionnaire-choiceColumn`,
]);
/** Item controls that are only a way to draw what this toolkit draws its own way. */
const CONTROLS = new Set(['radio-button', 'check-box', 'drop-down', 'slider', 'spinner', 'list', 'autocomplete', 'text-box', 'page', 'help', 'flyover', 'prompt', 'lower', 'upper', 'legal', 'inline', 'unit']);

const ITEM_TYPES = ['group', 'display', 'boolean', 'choice', 'open-choice', 'integer', 'decimal', 'string', 'text', 'date'] as const;

/** The supported subset, as a zod schema (built on first use). Unknown fields pass; known ones are typed. */
const questionnaireSchema = lazySchema(() => {
  const extension = z.looseObject({ url: z.string(), get extension() { return z.optional(z.array(extension)); } });
  const primitive = z.optional(z.looseObject({ extension: z.optional(z.array(extension)) }));
  const coding = z.looseObject({ system: z.optional(z.string()), version: z.optional(z.string()), code: z.optional(z.string()), display: z.optional(z.string()), _display: primitive });
  const answerValue = {
    valueCoding: z.optional(coding),
    valueString: z.optional(z.string()),
    _valueString: primitive,
    valueInteger: z.optional(z.int()),
    valueDate: z.optional(z.string()),
  };
  const answerOption = z.looseObject({ ...answerValue, initialSelected: z.optional(z.boolean()), extension: z.optional(z.array(extension)) });
  const initial = z.looseObject({ ...answerValue, valueBoolean: z.optional(z.boolean()), valueDecimal: z.optional(z.number()) });
  const enableWhen = z.looseObject({
    question: z.string(),
    operator: z.enum(['exists', '=', '!=', '>', '<', '>=', '<=']),
    answerBoolean: z.optional(z.boolean()),
    answerDecimal: z.optional(z.number()),
    answerInteger: z.optional(z.int()),
    answerDate: z.optional(z.string()),
    answerString: z.optional(z.string()),
    answerCoding: z.optional(coding),
  });
  const item = z.looseObject({
    linkId: z.string().check(z.minLength(1)),
    text: z.optional(z.string()),
    _text: primitive,
    type: z.string(),
    required: z.optional(z.boolean()),
    repeats: z.optional(z.boolean()),
    readOnly: z.optional(z.boolean()),
    maxLength: z.optional(z.int().check(z.gte(1))),
    enableWhen: z.optional(z.array(enableWhen)),
    enableBehavior: z.optional(z.enum(['all', 'any'])),
    answerValueSet: z.optional(z.string()),
    answerOption: z.optional(z.array(answerOption)),
    initial: z.optional(z.array(initial)),
    extension: z.optional(z.array(extension)),
    modifierExtension: z.optional(z.array(extension)),
    get item() {
      return z.optional(z.array(item));
    },
  });
  const concept = z.looseObject({ code: z.string(), display: z.optional(z.string()), _display: primitive, extension: z.optional(z.array(extension)) });
  const valueSet = z.looseObject({
    resourceType: z.literal('ValueSet'),
    id: z.string(),
    compose: z.optional(z.looseObject({ include: z.array(z.looseObject({ system: z.optional(z.string()), version: z.optional(z.string()), concept: z.optional(z.array(concept)), filter: z.optional(z.array(z.unknown())), valueSet: z.optional(z.array(z.string())) })), exclude: z.optional(z.array(z.unknown())) })),
    expansion: z.optional(z.looseObject({ contains: z.optional(z.array(z.looseObject({ system: z.optional(z.string()), version: z.optional(z.string()), code: z.optional(z.string()), display: z.optional(z.string()), _display: primitive, extension: z.optional(z.array(extension)) }))) })),
  });
  return z.looseObject({
    resourceType: z.literal('Questionnaire'),
    id: z.optional(z.string()),
    url: z.optional(z.string()),
    version: z.optional(z.string()),
    name: z.optional(z.string()),
    title: z.optional(z.string()),
    _title: primitive,
    status: z.enum(['draft', 'active', 'retired', 'unknown']),
    experimental: z.optional(z.boolean()),
    date: z.optional(z.string()),
    publisher: z.optional(z.string()),
    description: z.optional(z.string()),
    copyright: z.optional(z.string()),
    approvalDate: z.optional(z.string()),
    lastReviewDate: z.optional(z.string()),
    effectivePeriod: z.optional(z.looseObject({ start: z.optional(z.string()), end: z.optional(z.string()) })),
    language: z.optional(z.string()),
    contained: z.optional(z.array(z.looseObject({ resourceType: z.string(), id: z.optional(z.string()) }))),
    extension: z.optional(z.array(extension)),
    modifierExtension: z.optional(z.array(extension)),
    item: z.array(item).check(z.minLength(1)),
  });
});

type Q = z.infer<ReturnType<typeof questionnaireSchema>>;
type QItem = Q['item'][number];
type Ext = { url: string; extension?: Ext[]; [k: string]: unknown };
type Primitive = { extension?: Ext[] } | undefined;
type Text = Record<string, string>;
type Condition = SourceCondition;

interface Asked {
  /** The bundle item (plain JSON, checked by the bundle schema afterwards). */
  json: Record<string, unknown>;
  node: SourceNode;
  /** The FHIR type. */
  type: string;
  /** Option code → value, for conditions. */
  options?: { code: string; value: FhirValue }[];
}

class Refusals {
  readonly issues: SchemaIssue[] = [];
  add(linkId: string | undefined, feature: string, path = '$'): void {
    this.issues.push({ path, message: linkId === undefined ? feature : `Item "${linkId}": ${feature}` });
  }
}

function slug(s: string): string {
  const out = s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return ID_PATTERN.test(out) ? out : '';
}

/**
 * Maps a parsed FHIR R4 Questionnaire to a needs-assessment bundle; throws a `BundleError`
 * (`schema`) naming every linkId and feature it cannot render.
 */
export function fromFhirQuestionnaire(data: unknown, url?: string): NeedsAssessmentBundle {
  const checked = questionnaireSchema().safeParse(data);
  if (!checked.success) {
    const issues = checked.error.issues.map((i) => ({ path: `$${i.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('')}`, message: i.message }));
    throw new BundleError({ code: 'schema', url, issues, message: `The FHIR Questionnaire is not one this toolkit reads (${issues.length} problem${issues.length === 1 ? '' : 's'})` });
  }
  const q = checked.data;
  const refusals = new Refusals();
  const notes: string[] = [];
  const lang = q.language && LOCALE_PATTERN.test(q.language.toLowerCase()) ? q.language.toLowerCase() : 'en';
  const locales = new Set([lang]);

  /** A text in the default language plus its `translation` extensions. */
  const text = (s: string | undefined, p: Primitive): Text | undefined => {
    if (s === undefined || !s.trim()) return undefined;
    const out: Text = { [lang]: s };
    for (const e of p?.extension ?? []) {
      if (e.url !== EXT.translation) continue;
      const l = String(e.extension?.find((x) => x.url === 'lang')?.valueCode ?? '').toLowerCase();
      const content = e.extension?.find((x) => x.url === 'content')?.valueString;
      if (LOCALE_PATTERN.test(l) && typeof content === 'string' && content.trim()) {
        out[l] = content;
        locales.add(l);
      }
    }
    return out;
  };
  const plain = (s: string | undefined) => (s && s.trim() ? { [lang]: s } : undefined);
  /** Words of no language (a number, a date): given to every locale once all are known. */
  const neutral: Text[] = [];
  const numeral = (s: string): Text => {
    const t = { [lang]: s };
    neutral.push(t);
    return t;
  };

  /** Checks an element's extensions: supported, presentational (noted) or refused. */
  const checkExtensions = (linkId: string | undefined, exts: readonly Ext[] | undefined, supported: readonly string[], where: string, modifiers?: readonly Ext[]) => {
    for (const m of modifiers ?? []) refusals.add(linkId, `modifier extension ${m.url} is not supported`, where);
    for (const e of exts ?? []) {
      if (supported.includes(e.url)) continue;
      if (PRESENTATIONAL.has(e.url)) notes.push(`${linkId ? `item "${linkId}"` : 'Questionnaire'}: ${e.url} (presentational) is ignored`);
      else refusals.add(linkId, `extension ${e.url} is not supported`, where);
    }
  };
  const ext = (exts: readonly Ext[] | undefined, u: string) => exts?.find((e) => e.url === u);
  const controlOf = (it: QItem): string | undefined => {
    const cc = ext(it.extension as Ext[], EXT.itemControl)?.valueCodeableConcept as { coding?: { code?: string }[] } | undefined;
    return cc?.coding?.find((c) => c.code)?.code;
  };

  checkExtensions(undefined, q.extension as Ext[], [EXT.variable], '$.extension', q.modifierExtension as Ext[]);

  /** SDC `variable` extensions as the bundle's variables (FHIRPath only; named; unique). */
  const variablesOf = (linkId: string | undefined, exts: readonly Ext[] | undefined, where: string) => {
    const out: { name: string; expression: string }[] = [];
    (exts ?? []).forEach((e, i) => {
      if (e.url !== EXT.variable) return;
      const x = expressionOf(e);
      if (typeof x === 'string') return refusals.add(linkId, x, `${where}[${i}]`);
      if (!x.name || !/^[A-Za-z][A-Za-z0-9_]{0,63}$/.test(x.name)) return refusals.add(linkId, `a variable needs a name of letters, digits and _ (got "${x.name ?? ''}")`, `${where}[${i}]`);
      out.push({ name: x.name, expression: x.expression });
    });
    return out.length ? out : undefined;
  };
  const rootVariables = variablesOf(undefined, q.extension as Ext[], '$.extension');

  // Contained ValueSets by `#id`.
  const valueSets = new Map<string, Record<string, unknown>>();
  for (const r of q.contained ?? []) if (r.resourceType === 'ValueSet' && r.id) valueSets.set(`#${r.id}`, r);

  const ids = new Set<string>();
  // A linkId's last path segment ("/44249-1/44250-9" → "44250-9") where that is unique.
  const uniqueId = (linkId: string, fallback: string) => {
    const base = slug(linkId.split('/').filter(Boolean).pop() ?? '') || slug(linkId) || fallback;
    let id = base;
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`;
    ids.add(id);
    return id;
  };
  const asked = new Map<string, Asked>(); // by linkId
  const initial: FhirSource['initial'] = {};
  let counter = 0;

  type Option = { code: string; text: Text; value: FhirValue; initialSelected?: boolean };
  const optionsOf = (it: QItem, where: string): Option[] | undefined => {
    const used = new Set<string>();
    const code = (raw: string) => {
      let c = slug(raw) || `o${used.size + 1}`;
      for (let n = 2; used.has(c); n++) c = `${slug(raw) || 'o'}-${n}`;
      used.add(c);
      return c;
    };
    const weightExts = [EXT.ordinalValue, EXT.itemWeight];
    if (it.answerOption) {
      const out: Option[] = [];
      it.answerOption.forEach((o, oi) => {
        checkExtensions(it.linkId, o.extension as Ext[], weightExts, `${where}.answerOption[${oi}]`);
        if (o.valueCoding) {
          const c = o.valueCoding;
          const shown = text(c.display ?? c.code, c._display as Primitive);
          if (!shown) return refusals.add(it.linkId, `answerOption ${oi} has neither display nor code`, `${where}.answerOption[${oi}]`);
          const v: FhirValue['valueCoding'] = {};
          if (c.system !== undefined) v.system = c.system;
          if (c.version !== undefined) v.version = c.version;
          if (c.code !== undefined) v.code = c.code;
          if (c.display !== undefined) v.display = c.display;
          out.push({ code: code(c.code ?? c.display ?? ''), text: shown, value: { valueCoding: v }, initialSelected: o.initialSelected });
        } else if (o.valueString !== undefined) {
          const shown = text(o.valueString, o._valueString as Primitive);
          if (shown) out.push({ code: code(o.valueString), text: shown, value: { valueString: o.valueString }, initialSelected: o.initialSelected });
        } else if (o.valueInteger !== undefined) {
          out.push({ code: code(String(o.valueInteger)), text: numeral(String(o.valueInteger)), value: { valueInteger: o.valueInteger }, initialSelected: o.initialSelected });
        } else if (o.valueDate !== undefined) {
          out.push({ code: code(o.valueDate), text: numeral(o.valueDate), value: { valueDate: o.valueDate }, initialSelected: o.initialSelected });
        } else {
          refusals.add(it.linkId, `answerOption ${oi} has a value type that is not supported (valueCoding, valueString, valueInteger and valueDate are)`, `${where}.answerOption[${oi}]`);
        }
      });
      return out;
    }
    if (it.answerValueSet) {
      const vs = valueSets.get(it.answerValueSet);
      if (!vs) {
        refusals.add(it.linkId, `answerValueSet "${it.answerValueSet}" is not a contained ValueSet (only "#id" of a ValueSet in contained is read; no terminology server is asked)`, `${where}.answerValueSet`);
        return undefined;
      }
      type Concept = { system?: string; version?: string; code?: string; display?: string; _display?: Primitive; extension?: Ext[] };
      const list: Concept[] = [];
      const expansion = (vs.expansion as { contains?: Concept[] } | undefined)?.contains;
      const compose = vs.compose as { include: { system?: string; version?: string; concept?: Concept[]; filter?: unknown[]; valueSet?: string[] }[]; exclude?: unknown[] } | undefined;
      if (expansion?.length) list.push(...expansion);
      else if (compose) {
        if (compose.exclude?.length) refusals.add(it.linkId, `ValueSet "${it.answerValueSet}": compose.exclude is not supported`, `${where}.answerValueSet`);
        for (const inc of compose.include) {
          if (inc.filter?.length || inc.valueSet?.length || !inc.concept) refusals.add(it.linkId, `ValueSet "${it.answerValueSet}": only compose.include with listed concepts is supported (no filters, no whole code systems, no other ValueSets)`, `${where}.answerValueSet`);
          for (const c of inc.concept ?? []) list.push({ ...c, system: inc.system, version: inc.version });
        }
      }
      const out: Option[] = [];
      list.forEach((c, ci) => {
        checkExtensions(it.linkId, c.extension, weightExts, `${where}.answerValueSet`);
        const shown = text(c.display ?? c.code, c._display);
        if (!shown || c.code === undefined) return refusals.add(it.linkId, `ValueSet "${it.answerValueSet}" concept ${ci} has no code`, `${where}.answerValueSet`);
        const v: FhirValue['valueCoding'] = { code: c.code };
        if (c.system !== undefined) v.system = c.system;
        if (c.version !== undefined) v.version = c.version;
        if (c.display !== undefined) v.display = c.display;
        out.push({ code: code(c.code), text: shown, value: { valueCoding: { system: v.system, ...(v.version ? { version: v.version } : {}), code: v.code, ...(v.display !== undefined ? { display: v.display } : {}) } } });
      });
      return out;
    }
    refusals.add(it.linkId, 'a choice without answerOption or answerValueSet cannot be answered', where);
    return undefined;
  };

  /** One enableWhen in the bundle model's terms. */
  const condition = (it: QItem, ew: NonNullable<QItem['enableWhen']>[number], where: string): Condition | undefined => {
    const target = asked.get(ew.question);
    if (!target) {
      refusals.add(it.linkId, `enableWhen refers to "${ew.question}", which is not an earlier question the form asks`, where);
      return undefined;
    }
    const question = target.json.id as string;
    if (ew.operator === 'exists') return { question, operator: ew.answerBoolean === false ? 'unanswered' : 'answered' };
    const operator = ({ '=': 'equals', '!=': 'not-equals', '>': 'greater-than', '<': 'less-than', '>=': 'at-least', '<=': 'at-most' } as const)[ew.operator];
    const ordered = ew.operator !== '=' && ew.operator !== '!=';
    if (target.options) {
      if (ordered) {
        refusals.add(it.linkId, `enableWhen operator "${ew.operator}" on the choice "${ew.question}" is not supported`, where);
        return undefined;
      }
      const match = target.options.find(({ value: v }) => {
        if (ew.answerCoding) return v.valueCoding && v.valueCoding.code === ew.answerCoding.code && (ew.answerCoding.system === undefined || v.valueCoding.system === ew.answerCoding.system);
        if (ew.answerString !== undefined) return v.valueString === ew.answerString;
        if (ew.answerInteger !== undefined) return v.valueInteger === ew.answerInteger;
        if (ew.answerDate !== undefined) return v.valueDate === ew.answerDate;
        return false;
      });
      if (!match) {
        refusals.add(it.linkId, `enableWhen answer is not one of the options of "${ew.question}"`, where);
        return undefined;
      }
      return { question, operator, value: match.code };
    }
    const value =
      target.type === 'boolean' ? ew.answerBoolean : target.type === 'integer' ? ew.answerInteger : target.type === 'decimal' ? (ew.answerDecimal ?? ew.answerInteger) : target.type === 'date' ? ew.answerDate : ew.answerString;
    if (value === undefined) {
      const wanted = ({ boolean: 'Boolean', integer: 'Integer', decimal: 'Decimal', date: 'Date' } as Record<string, string>)[target.type] ?? 'String';
      refusals.add(it.linkId, `enableWhen on "${ew.question}" (${target.type}) needs an answer${wanted}`, where);
      return undefined;
    }
    if (ordered && (target.type === 'boolean' || target.type === 'string' || target.type === 'text')) {
      refusals.add(it.linkId, `enableWhen operator "${ew.operator}" on the ${target.type} "${ew.question}" is not supported`, where);
      return undefined;
    }
    return { question, operator, value };
  };

  /** The initial answer of an item as a FHIR value. */
  const initialValues = (it: QItem): FhirValue[] =>
    (it.initial ?? []).map((v) => {
      const out: FhirValue = {};
      for (const k of ['valueCoding', 'valueString', 'valueInteger', 'valueDecimal', 'valueBoolean', 'valueDate'] as const) if (v[k] !== undefined) (out as Record<string, unknown>)[k] = v[k];
      return out;
    });

  type Ctx = { conditions: Condition[]; behavior: 'all' | 'any' | undefined };
  /** Conditions of an item joined with those of the groups around it. */
  const conditionsOf = (it: QItem, where: string, outer: Ctx): Ctx | undefined => {
    const own = (it.enableWhen ?? []).map((ew, i) => condition(it, ew, `${where}.enableWhen[${i}]`)).filter((c): c is Condition => !!c);
    if (!own.length) return outer;
    if (!outer.conditions.length) return { conditions: own, behavior: it.enableBehavior };
    const ownAny = own.length > 1 && it.enableBehavior === 'any';
    const outerAny = outer.conditions.length > 1 && outer.behavior === 'any';
    if (ownAny || outerAny) {
      refusals.add(it.linkId, 'enableWhen with enableBehavior "any" inside a group that has its own enableWhen is not supported', `${where}.enableWhen`);
      return undefined;
    }
    return { conditions: [...outer.conditions, ...own], behavior: 'all' };
  };
  const withConditions = (json: Record<string, unknown>, ctx: Ctx) => {
    if (ctx.conditions.length) {
      json.enableWhen = ctx.conditions;
      if (ctx.conditions.length > 1 && ctx.behavior === 'any') json.enableBehavior = 'any';
    }
    return json;
  };

  /** Walks items into bundle items (appended to `out`) and source nodes. */
  const walk = (items: readonly QItem[], where: string, ctx: Ctx, out: Record<string, unknown>[]): SourceNode[] => {
    const nodes: SourceNode[] = [];
    items.forEach((it, i) => {
      const path = `${where}[${i}]`;
      const node: SourceNode = { linkId: it.linkId, type: it.type, item: [] };
      if (it.text !== undefined) node.text = it.text;
      nodes.push(node);
      const exts = it.extension as Ext[] | undefined;
      const control = controlOf(it);
      checkExtensions(
        it.linkId,
        exts,
        [EXT.itemControl, EXT.minValue, EXT.maxValue, EXT.sliderStepValue, EXT.entryFormat, EXT.hidden, EXT.unit, EXT.openLabel, EXT.ordinalValue, EXT.itemWeight, EXT.maxDecimalPlaces, EXT.calculatedExpression, EXT.variable],
        `${path}.extension`,
        it.modifierExtension as Ext[],
      );
      if (control && !CONTROLS.has(control)) refusals.add(it.linkId, `itemControl "${control}" is not supported`, `${path}.extension`);
      if (!(ITEM_TYPES as readonly string[]).includes(it.type)) {
        refusals.add(it.linkId, `item type "${it.type}" is not supported`, `${path}.type`);
        return;
      }
      const hidden = ext(exts, EXT.hidden)?.valueBoolean === true;
      const inner = conditionsOf(it, path, ctx);
      if (!inner) return;
      if (it.type === 'group') {
        if (it.repeats) refusals.add(it.linkId, 'repeating groups (repeats) are not supported', `${path}.repeats`);
        if (hidden) {
          refusals.add(it.linkId, 'a hidden group is not supported', `${path}.extension`);
          return;
        }
        const heading = text(it.text, it._text as Primitive);
        if (heading && !(where === '$.item' && control === 'page')) out.push(withConditions({ id: uniqueId(`${it.linkId}-heading`, `heading-${++counter}`), type: 'display', text: heading }, inner));
        node.item = walk(it.item ?? [], `${path}.item`, inner, out);
        return;
      }
      if (it.type === 'display') {
        const t = text(it.text, it._text as Primitive);
        if (!t || hidden) return;
        if (control === 'help' || control === 'flyover' || control === 'prompt' || control === 'lower' || control === 'upper' || control === 'unit' || control === 'legal') return; // read by the parent question
        out.push(withConditions({ id: uniqueId(it.linkId, `text-${++counter}`), type: 'display', text: t }, inner));
        return;
      }
      // A question.
      const children = it.item ?? [];
      const childText = (codes: string[]) => {
        const c = children.find((ch) => ch.type === 'display' && codes.includes(controlOf(ch) ?? ''));
        return c ? text(c.text, c._text as Primitive) : undefined;
      };
      const label = text(it.text, it._text as Primitive) ?? text(it.linkId, undefined)!;
      const help = childText(['help', 'flyover', 'prompt']);
      const entryFormat = ext(exts, EXT.entryFormat)?.valueString as string | undefined;
      const unit = (ext(exts, EXT.unit)?.valueCoding as { display?: string; code?: string } | undefined) ?? undefined;
      const unitText = unit?.display ?? unit?.code;
      if (it.repeats && it.type !== 'choice' && it.type !== 'open-choice') refusals.add(it.linkId, `repeats on a ${it.type} item is not supported (only choices may repeat)`, `${path}.repeats`);
      const fixedValues = initialValues(it);
      const calculated = ext(exts, EXT.calculatedExpression);
      if (!calculated && exts?.some((e) => e.url === EXT.variable)) refusals.add(it.linkId, 'a variable is read only on the Questionnaire itself or on an item with a calculatedExpression', `${path}.extension`);
      if (calculated) {
        // A value worked out from the other answers (a total score): shown, or only sent if hidden.
        const x = expressionOf(calculated);
        if (typeof x === 'string') refusals.add(it.linkId, x, `${path}.extension`);
        if (it.type !== 'integer' && it.type !== 'decimal') refusals.add(it.linkId, `calculatedExpression on a ${it.type} item is not supported (integer and decimal are)`, `${path}.type`);
        if (children.some((ch) => ch.type !== 'display')) refusals.add(it.linkId, 'questions under a calculated item are not supported', `${path}.item`);
        if (typeof x === 'string' || (it.type !== 'integer' && it.type !== 'decimal')) return;
        const id = uniqueId(it.linkId, `q-${++counter}`);
        node.id = id;
        const places = ext(exts, EXT.maxDecimalPlaces)?.valueInteger;
        const json: Record<string, unknown> = { id, type: 'calculated', text: label, expression: x.expression };
        const vars = variablesOf(it.linkId, exts, `${path}.extension`);
        if (vars) json.variables = vars;
        if (it.type === 'decimal') json.decimals = typeof places === 'number' && places >= 0 && places <= 6 ? Math.trunc(places) : 2;
        if (unitText) json.unit = { [lang]: unitText };
        if (help) json.help = help;
        if (hidden) json.hidden = true;
        out.push(withConditions(json, inner));
        asked.set(it.linkId, { json, node, type: it.type });
        return;
      }
      if (hidden || it.readOnly) {
        // Not asked: its fixed answer (if any) goes into the response while its conditions hold.
        if (fixedValues.length) node.fixed = fixedValues;
        if (inner.conditions.length) {
          node.enableWhen = inner.conditions;
          if (inner.behavior) node.enableBehavior = inner.behavior;
        }
        if (it.readOnly && !hidden) {
          const shown = fixedValues.map((v) => v.valueCoding?.display ?? v.valueCoding?.code ?? String(v.valueString ?? v.valueInteger ?? v.valueDecimal ?? v.valueDate ?? (v.valueBoolean === undefined ? '' : v.valueBoolean))).filter(Boolean);
          const t: Text = {};
          for (const [l, s] of Object.entries(label)) t[l] = shown.length ? `${s}: ${shown.join(', ')}` : s;
          out.push(withConditions({ id: uniqueId(it.linkId, `text-${++counter}`), type: 'display', text: t }, inner));
        }
        if (children.some((ch) => ch.type !== 'display')) refusals.add(it.linkId, 'questions under a hidden or read-only question are not supported', `${path}.item`);
        return;
      }
      const id = uniqueId(it.linkId, `q-${++counter}`);
      node.id = id;
      const json: Record<string, unknown> = { id, text: label };
      const helpParts = [help?.[lang], entryFormat].filter(Boolean);
      if (helpParts.length) {
        const h: Text = { ...(help ?? {}) };
        h[lang] = helpParts.join(' · ');
        json.help = h;
      }
      // A number typed in shows its unit beside the field; any other question (a scale) in its label.
      const bound = (url: string) => {
        const e = ext(exts, url);
        const v = it.type === 'decimal' ? (e?.valueDecimal ?? e?.valueInteger) : e?.valueInteger;
        return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
      };
      const min = bound(EXT.minValue);
      const max = bound(EXT.maxValue);
      // A whole number between bounds within 0–10 is a scale of points (also where the source
      // asks for a slider or spinner: eleven points at most are easier to hit than either), unless
      // it asks for a text box; every other integer or decimal (a weight, a count) is typed in.
      const scale = it.type === 'integer' && min !== undefined && max !== undefined && min >= 0 && max <= 10 && min < max && control !== 'text-box';
      const typedNumber = (it.type === 'integer' || it.type === 'decimal') && !scale;
      if (unitText && !typedNumber) for (const l of Object.keys(label)) (json.text as Text)[l] = `${label[l]} (${unitText})`;
      if (it.required) json.required = true;
      const a: Asked = { json, node, type: it.type };
      switch (it.type) {
        case 'boolean':
          json.type = 'yes-no';
          if (fixedValues[0]?.valueBoolean !== undefined) initial[id] = fixedValues[0].valueBoolean;
          break;
        case 'choice':
        case 'open-choice': {
          const found = optionsOf(it, path);
          const options = found ?? [];
          json.type = it.repeats ? 'multiple-choice' : 'single-choice';
          json.options = options.map((o) => ({ code: o.code, text: o.text }));
          node.options = Object.fromEntries(options.map((o) => [o.code, o.value]));
          a.options = options;
          if (found && options.length < 2 && it.type === 'choice') refusals.add(it.linkId, 'a choice needs at least two options', path);
          const chosen = options.filter((o) => o.initialSelected || fixedValues.some((v) => (v.valueCoding ? v.valueCoding.code === o.value.valueCoding?.code && (v.valueCoding.system === undefined || v.valueCoding.system === o.value.valueCoding?.system) : v.valueString !== undefined ? v.valueString === o.value.valueString : v.valueInteger !== undefined ? v.valueInteger === o.value.valueInteger : v.valueDate !== undefined && v.valueDate === o.value.valueDate)));
          if (chosen.length) initial[id] = it.repeats ? chosen.map((o) => o.code) : chosen[0]!.code;
          break;
        }
        case 'integer':
        case 'decimal': {
          const step = ext(exts, EXT.sliderStepValue)?.valueInteger as number | undefined;
          if (scale) {
            if (step !== undefined && step !== 1) refusals.add(it.linkId, `sliderStepValue ${step} is not supported (every whole number of the scale is offered)`, `${path}.extension`);
            json.type = 'rating';
            if (min !== 0) json.min = min;
            if (max !== 10) json.max = max;
            json.anchors = { min: childText(['lower']) ?? numeral(String(min)), max: childText(['upper']) ?? numeral(String(max)) };
            if (typeof fixedValues[0]?.valueInteger === 'number') initial[id] = fixedValues[0].valueInteger;
            break;
          }
          if (min !== undefined && max !== undefined && min >= max) {
            refusals.add(it.linkId, `minValue ${min} is not below maxValue ${max}`, `${path}.extension`);
            break;
          }
          json.type = 'number';
          if (min !== undefined) json.min = min;
          if (max !== undefined) json.max = max;
          if (it.type === 'decimal') {
            const places = ext(exts, EXT.maxDecimalPlaces)?.valueInteger;
            // Without maxDecimalPlaces a decimal takes up to two places (12,75 kg), the common case.
            json.decimals = typeof places === 'number' && places >= 0 && places <= 6 ? Math.trunc(places) : 2;
          }
          if (unitText) json.unit = { [lang]: unitText };
          const v = it.type === 'decimal' ? (fixedValues[0]?.valueDecimal ?? fixedValues[0]?.valueInteger) : fixedValues[0]?.valueInteger;
          if (typeof v === 'number') initial[id] = v;
          break;
        }
        case 'string':
        case 'text': {
          const long = it.type === 'text' || (it.maxLength ?? 0) > 2000;
          json.type = long ? 'long-text' : 'text';
          if (it.maxLength) json.maxLength = Math.min(it.maxLength, 10000);
          if (fixedValues[0]?.valueString) initial[id] = fixedValues[0].valueString;
          break;
        }
        case 'date':
          json.type = 'date';
          if (fixedValues[0]?.valueDate) initial[id] = fixedValues[0].valueDate;
          break;
      }
      out.push(withConditions(json, inner));
      asked.set(it.linkId, a);
      if (it.type === 'open-choice') {
        const openLabel = ext(exts, EXT.openLabel)?.valueString as string | undefined;
        const otherId = uniqueId(`${it.linkId}-other`, `q-${++counter}`);
        node.otherId = otherId;
        out.push(withConditions({ id: otherId, type: 'text', text: plain(openLabel) ?? otherLabel(label, lang) }, inner));
        const free = fixedValues.find((v) => v.valueString !== undefined && !a.options?.some((o) => o.value.valueString === v.valueString));
        if (free?.valueString) initial[otherId] = free.valueString;
      }
      node.item = walk(children.filter((ch) => !(ch.type === 'display' && ['help', 'flyover', 'prompt', 'lower', 'upper'].includes(controlOf(ch) ?? ''))), `${path}.item`, inner, out);
    });
    return nodes;
  };

  const title = text(q.title ?? q.name ?? q.id ?? 'Questionnaire', q._title as Primitive)!;
  const pages: Record<string, unknown>[] = [];
  const source: SourceNode[] = [];
  const usesPages = q.item.some((it) => it.type === 'group' && controlOf(it) === 'page');
  let loose: QItem[] = [];
  const flushLoose = (index: number) => {
    if (!loose.length) return;
    const items: Record<string, unknown>[] = [];
    source.push(...walk(loose, '$.item', { conditions: [], behavior: undefined }, items));
    if (items.length) pages.push({ id: uniqueId(`page-${index}`, `page-${index}`), title, items });
    loose = [];
  };
  if (!usesPages) flushLoose((loose = [...q.item], 1));
  else
    q.item.forEach((it, i) => {
      if (!(it.type === 'group' && controlOf(it) === 'page')) return void loose.push(it);
      flushLoose(i);
      const items: Record<string, unknown>[] = [];
      // Walked as a one-item list so the group's own checks and conditions apply; its heading is the page title.
      const pageId = uniqueId(it.linkId, `page-${i + 1}`);
      source.push(...walk([it], '$.item', { conditions: [], behavior: undefined }, items));
      if (items.length) pages.push({ id: pageId, title: text(it.text, it._text as Primitive) ?? title, items });
    });
  if (usesPages) flushLoose(q.item.length);

  for (const t of neutral) for (const l of locales) t[l] = t[lang]!;
  if (refusals.issues.length) {
    const names = [...new Set(refusals.issues.map((i) => i.message))];
    throw new BundleError({
      code: 'schema',
      url,
      issues: refusals.issues,
      message: `The FHIR Questionnaire uses what this toolkit cannot show faithfully: ${names.slice(0, 3).join('; ')}${names.length > 3 ? `; and ${names.length - 3} more` : ''}`,
    });
  }
  if (notes.length && typeof console !== 'undefined') console.info(`[pakke-elements] FHIR Questionnaire ${q.url ?? q.id ?? ''}: ${notes.join('; ')}`);

  const day = (s: string | undefined) => (s && /^\d{4}-\d{2}-\d{2}/.test(s) ? s.slice(0, 10) : undefined);
  const published = day(q.date) ?? day(q.approvalDate) ?? day(q.effectivePeriod?.start) ?? '2000-01-01';
  const reviewEnd = day(q.effectivePeriod?.end);
  const version = q.version && SEMVER_PATTERN.test(q.version) ? q.version : `0.0.0${q.version ? `+${q.version.replace(/[^0-9A-Za-z-]+/g, '-').replace(/^-+|-+$/g, '') || 'x'}` : ''}`;
  const questionnaire = q.url ? (q.version ? `${q.url}|${q.version}` : q.url) : `Questionnaire/${q.id ?? ''}`;
  const raw = {
    format: 1,
    kind: 'needs-assessment',
    id: slug(q.id ?? '') || slug(q.name ?? '') || 'fhir-questionnaire',
    version,
    published,
    // FHIR has no review date; without `effectivePeriod.end` the element must not call the form overdue.
    reviewDue: reviewEnd && reviewEnd >= published ? reviewEnd : [published, new Date().toISOString().slice(0, 10)].sort()[1]!,
    locales: [...locales],
    defaultLocale: lang,
    status: q.status === 'active' && !q.experimental ? 'approved' : q.experimental ? 'example' : 'draft',
    title,
    ...(q.description?.trim() ? { summary: plain(q.description) } : {}),
    publisher: { name: plain(q.publisher) ?? { [lang]: q.url ?? title[lang]! } },
    authors: [],
    sources: [],
    licence: { name: q.copyright?.trim() || 'Not stated' },
    disclaimer: { [lang]: questionnaire },
    funding: { [lang]: '–' },
    ...(rootVariables ? { variables: rootVariables } : {}),
    pages,
    domains: [],
    services: [],
    flags: [],
  };
  const bundle = parseBundle(raw, needsAssessmentBundle(), 'needs-assessment', url);
  // The Questionnaire itself is kept only for calculated values (`%questionnaire`): a form without
  // them need not hold a second copy of its source in memory.
  // (The test of `hasCalculations` in needs-assessment/logic.ts, written out: importing that module
  // here would split it out of the element's file into a chunk of its own, one more request.)
  const calculated = bundle.pages.some((p) => p.items.some((it) => it.type === 'calculated'));
  setFhirSource(bundle, { questionnaire, language: lang, item: source, initial, ...(calculated ? { resource: data } : {}) });
  return bundle;
}

/** An Expression (SDC `valueExpression`) in FHIRPath, or why it cannot be used. */
function expressionOf(e: Ext): { name?: string; expression: string } | string {
  const what = e.url.split('/').pop()!.replace(/^sdc-questionnaire-/, '');
  const v = e.valueExpression as { name?: unknown; language?: unknown; expression?: unknown; reference?: unknown } | undefined;
  if (!v || typeof v !== 'object') return `${what} needs a valueExpression`;
  if (v.language !== 'text/fhirpath') return `${what} in the language "${String(v.language ?? '')}" is not supported (text/fhirpath is)`;
  if (typeof v.expression !== 'string' || !v.expression.trim()) return v.reference ? `${what} by reference is not supported` : `${what} is empty`;
  return { ...(typeof v.name === 'string' ? { name: v.name } : {}), expression: v.expression };
}

/** The label of an open-choice's own-words field, in the languages of the question. */
function otherLabel(question: Text, lang: string): Text {
  const words: Record<string, string> = { da: 'Andet svar', nb: 'Annet svar', nn: 'Anna svar', sv: 'Annat svar', en: 'Another answer', ar: 'إجابة أخرى', de: 'Andere Antwort' };
  const out: Text = {};
  for (const l of Object.keys(question)) out[l] = words[l.split('-')[0]!] ?? words.en!;
  if (!out[lang]) out[lang] = words.en!;
  return out;
}
