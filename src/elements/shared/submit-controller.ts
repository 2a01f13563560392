import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isAbortError, toSupplierApiError, type FieldErrors, type SupplierApiError } from '../../api/errors.js';
import { newIdempotencyKey } from './idempotency.js';

/** Where a write stands: nothing under way, sending, or failed with the platform's error. */
export type SubmitState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'sending' }
  | { readonly kind: 'failed'; readonly error: SupplierApiError };

/** What one sending gets: the key to send (the same on every retry until it succeeds) and a signal aborted on disconnect. */
export interface SubmitRequest {
  readonly idempotencyKey: string;
  readonly signal: AbortSignal;
}

export interface SubmitOptions {
  /** The platform answered "conflict" (someone changed the data meanwhile): reload it; what the user typed stays. */
  readonly onConflict?: () => void;
  /** Turns the platform's field errors (path → code) into the form's (field → code or message); the default keeps them. */
  readonly mapFieldErrors?: (fieldErrors: FieldErrors) => FieldErrors;
}

export interface SubmitCall {
  /**
   * The key to send, when the caller keeps it itself (in a draft that survives a reload, or one per write when the
   * controller sends several different writes); else the controller keeps one until a sending without `key` succeeds.
   */
  readonly key?: string;
  /** What "Try again" does: the caller's whole action, when it acts on the result; the default only sends the same write again. */
  readonly retry?: () => void;
}

const IDLE: SubmitState = { kind: 'idle' };

/**
 * The submit cycle of a form, written once: a busy state that refuses a second sending, an idempotency key kept until
 * the write succeeds (a retry or a double click writes once), the platform's field errors mapped onto the form,
 * "Try again", a reload when the platform answers "conflict", and the write aborted when the element leaves the page.
 */
export class SubmitController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly options: SubmitOptions;
  private current: SubmitState = IDLE;
  private errors: FieldErrors = {};
  private key: string | null = null;
  private controller: AbortController | null = null;
  private again: (() => void) | null = null;

  constructor(host: ReactiveControllerHost, options: SubmitOptions = {}) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.abort();
  }

  get state(): SubmitState {
    return this.current;
  }

  get sending(): boolean {
    return this.current.kind === 'sending';
  }

  /** The last sending's error, while it is not dismissed. */
  get error(): SupplierApiError | null {
    return this.current.kind === 'failed' ? this.current.error : null;
  }

  /** The platform's field errors of the last sending, mapped; the form clears one as the user changes its field. */
  get fieldErrors(): FieldErrors {
    return this.errors;
  }

  set fieldErrors(errors: FieldErrors) {
    this.errors = errors;
    this.host.requestUpdate();
  }

  /**
   * Sends a write: resolves to its result, or to null when it failed (see `state` and `fieldErrors`), was aborted, or
   * another sending was under way.
   */
  async submit<T>(send: (request: SubmitRequest) => Promise<T>, call: SubmitCall = {}): Promise<T | null> {
    if (this.sending) return null;
    const idempotencyKey = call.key ?? (this.key ??= newIdempotencyKey());
    const controller = new AbortController();
    this.controller = controller;
    this.again = call.retry ?? (() => void this.submit(send, call));
    this.current = { kind: 'sending' };
    this.errors = {};
    this.host.requestUpdate();
    try {
      const result = await send({ idempotencyKey, signal: controller.signal });
      if (call.key === undefined) this.key = null;
      this.again = null;
      this.current = IDLE;
      return result;
    } catch (error) {
      if (isAbortError(error) || controller.signal.aborted) {
        this.current = IDLE;
        return null;
      }
      const apiError = toSupplierApiError(error);
      this.current = { kind: 'failed', error: apiError };
      if (apiError.kind === 'validation')
        this.errors = (this.options.mapFieldErrors ?? ((errors) => errors))(apiError.fieldErrors);
      if (apiError.kind === 'conflict') this.options.onConflict?.();
      return null;
    } finally {
      if (this.controller === controller) this.controller = null;
      this.host.requestUpdate();
    }
  }

  /** Sends the failed write again, with the same key. */
  retry(): void {
    this.again?.();
  }

  /** Stops the write under way (a cancelled upload, the element leaving the page). */
  abort(): void {
    this.controller?.abort();
  }

  /** Hides the error (the user changed something); the key is kept for the next sending. */
  dismiss(): void {
    if (this.current.kind !== 'failed') return;
    this.current = IDLE;
    this.host.requestUpdate();
  }

  /** Forgets the kept key and errors: the next sending is a new write. */
  reset(): void {
    this.abort();
    this.key = null;
    this.again = null;
    this.errors = {};
    this.current = IDLE;
    this.host.requestUpdate();
  }
}

/** One `SubmitController` per key (an order of a bulk action, a document slot): each keeps its own key and error. */
export class SubmitControllers<K> {
  private readonly host: ReactiveControllerHost;
  private readonly writes = new Map<K, SubmitController>();

  constructor(host: ReactiveControllerHost) {
    this.host = host;
  }

  /** The write of `key`, made on first use. */
  of(key: K): SubmitController {
    let write = this.writes.get(key);
    if (!write) {
      write = new SubmitController(this.host);
      this.writes.set(key, write);
    }
    return write;
  }

  /** The write of `key` if there is one. */
  get(key: K): SubmitController | undefined {
    return this.writes.get(key);
  }

  /** Forgets the write of `key` (it succeeded). */
  delete(key: K): void {
    const write = this.writes.get(key);
    if (!write) return;
    this.writes.delete(key);
    this.host.removeController(write);
  }
}
