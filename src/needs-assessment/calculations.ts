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
import { hasCalculations, type FormState } from './logic.js';

type Engine = typeof import('./calculate.js');
let engine: Engine | undefined;
let loading: Promise<Engine> | undefined;

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
  /** A form state and its calculation, waiting for the hydrating render (see `attach`). */
  private deferred?: { state: FormState; calculate: NonNullable<FormState['calculate']> };

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {}

  /** After the hydrating render: the values the server could not work out, drawn in place. */
  hostUpdated(): void {
    const d = this.deferred;
    if (!d) return;
    this.deferred = undefined;
    d.state.calculate = d.calculate;
    if (d.state.recalculate().length) this.host.requestUpdate();
  }

  /**
   * The form once the evaluator it needs is loaded (the form itself when it needs none, or it is).
   * A server render does not wait: it shows the calculated items without a value.
   */
  ready(bundle: NeedsAssessmentBundle | Promise<NeedsAssessmentBundle>): NeedsAssessmentBundle | Promise<NeedsAssessmentBundle> {
    if (bundle instanceof Promise) return bundle.then((b) => this.ready(b));
    return engine || isServer || !hasCalculations(bundle) ? bundle : loadEngine().then(() => bundle);
  }

  /**
   * Gives a new form state its calculations (compiled here: an expression that cannot be used
   * refuses the form). Without the evaluator (a server render) the values stay empty until the
   * browser takes over. `hydrating`: the first render must match the server's HTML, which has no
   * values; they are worked out right after it.
   */
  attach(state: FormState, hydrating = false): void {
    const bundle = state.bundle;
    if (!engine || !hasCalculations(bundle)) return;
    const calculator = engine.compileCalculations(bundle, fhirSourceOf(bundle)?.resource);
    const authored = new Date().toISOString();
    const calculate: NonNullable<FormState['calculate']> = (id, answers) => calculator.evaluate(id, toQuestionnaireResponse(bundle, answers, { authored }));
    // Hydrating: no values until the server's HTML is taken over (restored answers included).
    if (hydrating) return void (this.deferred = { state, calculate });
    state.calculate = calculate;
    state.recalculate();
  }
}
