/** What each field of the wizard shows: nothing until touched or its step attempted; the platform's word first, then the wizard's checks. */
import type { ReactiveControllerHost } from 'lit';
import { NO_STATE, type FieldState } from '../shared/field.js';
import type { SubmitController } from '../shared/submit-controller.js';
import type { ShippingDraft, StepIndex } from './draft.js';
import type { WizardData } from './steps/step-host.js';
import { fieldOrder, stepOfField, trackingIndexOf, type DraftCheck } from './validation.js';
import type { WizardProblems } from './wizard-problems.js';

export class FieldFeedback {
  /** Fields the supplier changed. */
  touched: ReadonlySet<string> = new Set();
  /** Steps the supplier tried to leave (Continue) or publish. */
  private attempted: ReadonlySet<StepIndex> = new Set();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly problems: WizardProblems,
    private readonly submitter: SubmitController,
  ) {}

  /** A field was changed: it shows its state, and the platform's word on it is gone. */
  touch(key: string): void {
    this.touched = new Set([...this.touched, key]);
    if (key in this.submitter.fieldErrors) {
      const { [key]: _removed, ...rest } = this.submitter.fieldErrors;
      this.submitter.fieldErrors = rest;
    }
    this.host.requestUpdate();
  }

  /** Every field of these steps shows its state. */
  attempt(...steps: StepIndex[]): void {
    this.attempted = new Set([...this.attempted, ...steps]);
    this.host.requestUpdate();
  }

  /** Nothing touched or attempted, no word of the platform (another order, published). */
  reset(): void {
    this.touched = new Set();
    this.attempted = new Set();
    this.submitter.fieldErrors = {};
    this.submitter.dismiss();
    this.host.requestUpdate();
  }

  /** The first field of `step` with an error, the wizard's or the platform's, in screen order. */
  firstInvalid(step: StepIndex, check: DraftCheck, draft: ShippingDraft): string | undefined {
    return fieldOrder(step, draft).find((key) => check.errors[key] || this.submitter.fieldErrors[key]);
  }

  state(key: string, check: DraftCheck, data: WizardData, draft: ShippingDraft): FieldState {
    const server = this.submitter.fieldErrors[key];
    if (server !== undefined) return { kind: 'error', message: this.problems.platformMessage(key, server, check) };
    if (!this.attempted.has(stepOfField(key)) && !this.touched.has(key)) return NO_STATE;
    const error = check.errors[key];
    if (error) return { kind: 'error', message: this.problems.describe(error, data) };
    const warning = check.warnings[key];
    if (warning) return { kind: 'warning', message: this.problems.describe(warning, data) };
    if (key === 'items' || key === 'delivery.pickupAddress') return NO_STATE;
    const trackingIndex = trackingIndexOf(key);
    if (trackingIndex !== null && (draft.delivery.trackingNumbers[trackingIndex] ?? '').trim() === '') return NO_STATE;
    return { kind: 'valid' };
  }
}
