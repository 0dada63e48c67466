/**
 * What a decision-aid step needs from the element: text resolution, headings, source references,
 * the options and group shown, and the patient's answers with a way to change them. Each step is
 * a function of the bundle and this host, so a step is one file and the element stays the state.
 */
import { html, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { DecisionAidBundle, DecisionOption, HostNumbers } from '../../bundle/kinds/decision-aid.js';
import type { ViewHost } from '../outcomes-view.js';
import { checked } from '../../base/checked.js';

export const PATIENT_STEPS = ['decision', 'options', 'compare', 'outcomes', 'values', 'ready', 'summary'] as const;
export type StepId = (typeof PATIENT_STEPS)[number];
export type ReadinessAnswer = 'yes' | 'no';
export type ChangeKind = 'step' | 'profile' | 'value' | 'leaning' | 'readiness' | 'knowledge' | 'questions';

/** The patient's answers (kept in the page only). */
export interface Answers {
  ratings: Record<string, number>;
  readiness: Record<string, ReadinessAnswer>;
  leaning: string | undefined;
  knowledge: Record<string, string>;
  chosenQuestions: number[];
  ownQuestions: string;
}

export interface StepHost extends ViewHost {
  rich(text: Readonly<Record<string, string>> | undefined, levelOffset: number): unknown;
  date(iso: string): string;
  local(): unknown;
  readonly level: number;
  readonly consultation: boolean;
  readonly answers: Answers;
  /** Updates answers and fires `pakke-change` with `changed: what`. */
  answer(patch: Partial<Answers>, what: ChangeKind): void;
  options(b: DecisionAidBundle): DecisionOption[];
  profileId(b: DecisionAidBundle): string | undefined;
  setProfile(id: string | null): void;
  readonly hostNumbers: HostNumbers | undefined;
}

export const RATINGS = [0, 1, 2, 3, 4] as const;

export function ratingLabel(r: number): string {
  switch (r) {
    case 0:
      return msg('Ikke vigtigt');
    case 1:
      return msg('Lidt vigtigt');
    case 2:
      return msg('Noget vigtigt');
    case 3:
      return msg('Meget vigtigt');
    default:
      return msg('Allervigtigst');
  }
}

export function stepTitle(step: StepId): string {
  switch (step) {
    case 'decision':
      return msg('Beslutningen');
    case 'options':
      return msg('Mulighederne');
    case 'compare':
      return msg('Sammenlign');
    case 'outcomes':
      return msg('Fordele og risici i tal');
    case 'values':
      return msg('Det betyder noget for mig');
    case 'ready':
      return msg('Er jeg klar?');
    default:
      return msg('Mit overblik');
  }
}

/** One native radio button with its visible label (the values, leaning, readiness and knowledge questions). */
export function radioChoice(name: string, value: string | number, on: boolean, label: unknown, onChange: () => void, block = false): TemplateResult {
  return html`<label class=${block ? 'choice block' : 'choice'}>
    <input type="radio" name=${name} value=${value} .checked=${checked(on)} @change=${onChange} />
    <span>${label}</span>
  </label>`;
}
