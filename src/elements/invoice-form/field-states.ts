import type { ReactiveControllerHost } from 'lit';
import { NO_STATE, type FieldState } from '../shared/field.js';
import type { SubmitController } from '../shared/submit-controller.js';

/**
 * What each field of the form shows: the platform's word on it first (a validation error of the last write), then,
 * once the supplier has left it (or tried to go on), the form's own check: valid, or why not.
 */
export class FieldStates {
  private readonly host: ReactiveControllerHost;
  private readonly submitter: SubmitController;
  /** The fields the supplier has left, or tried to go on past. */
  touched: ReadonlySet<string> = new Set();

  constructor(host: ReactiveControllerHost, submitter: SubmitController) {
    this.host = host;
    this.submitter = submitter;
  }

  touch(...fields: string[]): void {
    this.touched = new Set([...this.touched, ...fields]);
    this.host.requestUpdate();
  }

  of(field: string, problem: string | undefined): FieldState {
    const server = this.submitter.fieldErrors[field];
    if (server) return { kind: 'error', message: server };
    if (!this.touched.has(field)) return NO_STATE;
    return problem ? { kind: 'error', message: problem } : { kind: 'valid' };
  }
}
