/**
 * Calculated values for `<pakke-needs-assessment>`, as a Lit reactive controller. A form with a
 * `calculated` item (a total score) needs the FHIRPath evaluator (`calculate.ts`, a chunk of its
 * own); the controller loads it while the form loads, so the form is shown with its values worked
 * out, and gives the form state the function that works them out again on every answer. Forms
 * without one load nothing.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { BundleError } from '../bundle/errors.js';
import { fhirSourceOf } from '../bundle/fhir-source.js';
import type { NeedsAssessmentBundle } from '../bundle/kinds/needs-assessment.js';
import { toQuestionnaireResponse } from './fhir.js';
import type { FormState } from './logic.js';

type Engine = typeof import('./calculate.js');
let engine: Engine | undefined;
let loading: Promise<Engine> | undefined;

/** Whether a form has a calculated item. */
export function hasCalculations(bundle: NeedsAssessmentBundle): boolean {
  return bundle.pages.some((p) => p.items.some((it) => it.type === 'calculated'));
}

function loadEngine(): Promise<Engine> {
  loading ??= import('./calculate.js').then(
    (m) => (engine = m),
    (e: unknown) => {
      loading = undefined; // a later form may try again
      throw new BundleError({ code: 'network', message: `The calculator for the form's calculated values could not be loaded: ${e instanceof Error ? e.message : String(e)}` });
    },
  );
  return loading;
}

export class CalculationsController implements ReactiveController {
  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /**
   * The form once the evaluator it needs is loaded (the form itself when it needs none, or it is).
   * A server render does not wait: it shows the calculated items without a value.
   */
  ready(bundle: NeedsAssessmentBundle | Promise<NeedsAssessmentBundle>): NeedsAssessmentBundle | Promise<NeedsAssessmentBundle> {
    if (bundle instanceof Promise) return bundle.then((b) => this.ready(b));
    return engine || isServer || !hasCalculations(bundle) ? bundle : loadEngine().then(() => bundle);
  }

  /**
   * Gives a new form state its calculations (compiled here: an expression that does not parse
   * refuses the form). Without the evaluator (a server render) the values stay empty until the
   * browser takes over.
   */
  attach(state: FormState): void {
    const bundle = state.bundle;
    if (!engine || !hasCalculations(bundle)) return;
    const calculator = engine.compileCalculations(bundle, fhirSourceOf(bundle)?.resource);
    const authored = new Date().toISOString();
    state.calculate = (answers) => calculator.run((values) => toQuestionnaireResponse(bundle, { ...answers, ...values }, { authored }));
    state.recalculate();
  }
}
