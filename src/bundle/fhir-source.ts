/**
 * What a needs-assessment bundle made from a FHIR R4 Questionnaire remembers of its source, so a
 * QuestionnaireResponse can use the source's linkIds, nesting, answer types and codings exactly.
 * Held beside the bundle (a WeakMap), not in it: the bundle stays a plain, valid bundle.
 */

/** One answer as FHIR writes it (`valueCoding`, `valueString`, `valueInteger`, …). */
export interface FhirValue {
  valueCoding?: { system?: string; version?: string; code?: string; display?: string };
  valueString?: string;
  valueInteger?: number;
  valueDecimal?: number;
  valueBoolean?: boolean;
  valueDate?: string;
}

/** A condition in the bundle model's terms (see `NaCondition`), kept for items the form does not show. */
export interface SourceCondition {
  question: string;
  operator: 'equals' | 'not-equals' | 'greater-than' | 'less-than' | 'at-least' | 'at-most' | 'answered' | 'unanswered';
  value?: string | number | boolean;
}

/** One item of the source Questionnaire. */
export interface SourceNode {
  linkId: string;
  text?: string;
  /** The FHIR item type (`group`, `choice`, `integer`, …). */
  type: string;
  /** The bundle item that asks it (absent for groups, display text and hidden or read-only items). */
  id?: string;
  /** Bundle option code → the answer as the source writes it. */
  options?: Record<string, FhirValue>;
  /** For `open-choice`: the bundle item that takes an answer in the reader's own words. */
  otherId?: string;
  /** Answers that are fixed (hidden or read-only items with `initial`). */
  fixed?: FhirValue[];
  /** Conditions of a hidden or read-only item (its group's included). */
  enableWhen?: SourceCondition[];
  enableBehavior?: 'all' | 'any';
  item: SourceNode[];
}

export interface FhirSource {
  /** `url|version` (or what the source has of them). */
  questionnaire: string;
  language: string;
  item: SourceNode[];
  /** Answers given beforehand (`initial`, `initialSelected`), by bundle item id. */
  initial: Record<string, string | string[] | number | boolean>;
  /** The Questionnaire as given: `%questionnaire` for calculated values (`weight()` reads its options). */
  resource?: unknown;
}

const sources = new WeakMap<object, FhirSource>();

/** The FHIR source of a bundle made by `fromFhirQuestionnaire`, if it was. */
export function fhirSourceOf(bundle: object): FhirSource | undefined {
  return sources.get(bundle);
}

export function setFhirSource(bundle: object, source: FhirSource): void {
  sources.set(bundle, source);
}

/** True for JSON that claims to be a FHIR Questionnaire. */
export function isFhirQuestionnaire(data: unknown): data is { resourceType: 'Questionnaire' } {
  return typeof data === 'object' && data !== null && (data as { resourceType?: unknown }).resourceType === 'Questionnaire';
}
