/**
 * Which step the wizard shows: Continue's check and Back, a requested step (`step`), the host told of every change,
 * focus moved after a render (the step's heading, or the first field to fix).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isShippingStep, SHIPPING_STEP_KEYS, type ShippingStepKey } from '../../domain/routes.js';
import type { ShippingDraft, StepIndex } from './draft.js';
import type { DraftSession } from './draft-session.js';
import type { FieldFeedback } from './field-feedback.js';
import { ShippingStepChangeEvent } from './shipping-wizard.events.js';
import { fieldTarget } from './steps/step-host.js';
import type { DraftCheck } from './validation.js';

/** The current step's heading, focused on a step change. */
export const STEP_HEADING = '#step-heading';

/** The step shown and its order, or null while none is (loading, locked, nothing left to ship, published). */
export type ShownStep = { readonly orderId: string; readonly step: StepIndex } | null;

type NavigationHost = ReactiveControllerHost & HTMLElement & { readonly renderRoot: HTMLElement | DocumentFragment };

export interface StepNavigationOptions {
  readonly shown: () => ShownStep;
  readonly session: DraftSession;
  readonly feedback: FieldFeedback;
  /** Changes the draft as the supplier does (nothing while publishing). */
  readonly change: (patch: Partial<ShippingDraft>) => void;
  /** Brings a position onto the page of the parts list shown. */
  readonly reveal: (positionId: string) => void;
}

export class StepNavigation implements ReactiveController {
  private pendingFocus: string | null = null;
  private requested = false;
  /** The step last reported by `shipping-step-change`. */
  private reported: StepIndex | null = null;

  constructor(
    private readonly host: NavigationHost,
    private readonly options: StepNavigationOptions,
  ) {
    host.addController(this);
  }

  /** Shows `step` and focuses its heading. */
  goTo(step: StepIndex): void {
    this.options.change({ step });
    this.focusAfterRender(STEP_HEADING);
  }

  back(): void {
    const draft = this.options.session.draft;
    if (draft && draft.step > 0) this.goTo((draft.step - 1) as StepIndex);
  }

  /** Marks the step as attempted; when it has errors, focuses the first invalid field and returns false. */
  validate(step: StepIndex, check: DraftCheck, draft: ShippingDraft): boolean {
    this.options.feedback.attempt(step);
    const first = this.options.feedback.firstInvalid(step, check, draft);
    if (first !== undefined) this.focusField(first, draft);
    return first === undefined;
  }

  /** Focuses a field after the next render; a position's field is brought onto the page shown first. */
  focusField(key: string, draft: ShippingDraft): void {
    const { selector, positionId } = fieldTarget(key, draft);
    if (positionId !== undefined) this.options.reveal(positionId);
    this.focusAfterRender(selector);
  }

  /** Focuses the element `selector` finds after the next render (a fieldset: its first input). */
  focusAfterRender(selector: string): void {
    this.pendingFocus = selector;
    this.host.requestUpdate();
  }

  /** `step` was set: take it once the order and draft are there. */
  request(): void {
    this.requested = true;
  }

  get requestPending(): boolean {
    return this.requested;
  }

  /** Another order: its first step shown is reported again. */
  forget(): void {
    this.reported = null;
  }

  /**
   * Takes the pending request: the requested step when every earlier step is complete, else the first incomplete one
   * (`incomplete`: the steps with errors); null when nothing (valid) was requested. Focus goes to the step's heading
   * when the step moves or the wizard shows its first one; otherwise it stays where the wizard put it.
   */
  take(requested: ShippingStepKey | '', current: StepIndex, incomplete: ReadonlySet<StepIndex>): StepIndex | null {
    this.requested = false;
    if (!isShippingStep(requested)) return null;
    const wanted = SHIPPING_STEP_KEYS.indexOf(requested) as StepIndex;
    const step = ([0, 1, 2] as const).find((earlier) => earlier < wanted && incomplete.has(earlier)) ?? wanted;
    if (step !== current || this.reported === null) this.pendingFocus = STEP_HEADING;
    return step;
  }

  hostUpdated(): void {
    this.report();
    this.focus();
  }

  /** Tells the host which step is shown, once per change. */
  private report(): void {
    const shown = this.options.shown();
    const step = shown?.step ?? null;
    if (step === this.reported) return;
    this.reported = step;
    if (shown)
      this.host.dispatchEvent(
        new ShippingStepChangeEvent({ orderId: shown.orderId, step: SHIPPING_STEP_KEYS[shown.step] }),
      );
  }

  private focus(): void {
    if (this.pendingFocus === null) return;
    const target = this.host.renderRoot.querySelector<HTMLElement>(this.pendingFocus);
    if (!target) return;
    this.pendingFocus = null;
    const focusable = target instanceof HTMLFieldSetElement ? target.querySelector<HTMLElement>('input') : target;
    focusable?.focus();
  }
}
