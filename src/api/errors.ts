/** The closed set of error kinds every adapter reports and every element understands. */
export type ApiErrorKind =
  | 'contract'
  | 'validation'
  | 'conflict'
  | 'not-found'
  | 'unauthorized'
  | 'forbidden'
  | 'network'
  | 'timeout'
  | 'server'
  | 'not-configured';

/** Field path → message, e.g. `{ 'number': 'already used' }` for a duplicate invoice number. */
export type FieldErrors = Readonly<Record<string, string>>;

/** Base of every error an adapter raises; `kind` decides how the UI reacts. */
export class SupplierApiError extends Error {
  override readonly name: string = 'SupplierApiError';
  readonly kind: ApiErrorKind;
  /** Per-field messages (validation errors). */
  readonly fieldErrors: FieldErrors;
  /** Whether retrying the same call may succeed. */
  readonly retryable: boolean;

  constructor(kind: ApiErrorKind, message: string, options: { fieldErrors?: FieldErrors; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.kind = kind;
    this.fieldErrors = options.fieldErrors ?? {};
    this.retryable = kind === 'network' || kind === 'timeout' || kind === 'server' || kind === 'contract';
  }
}

/** A response did not fit the contract; `path` names the offending field, e.g. `items.3.leadTime`. */
export class ContractError extends SupplierApiError {
  override readonly name = 'ContractError';
  readonly path: string;
  readonly operation: string;
  /** What is wrong with the field, e.g. `is missing`. */
  readonly detail: string;

  constructor(operation: string, path: string, detail: string) {
    super('contract', `${operation}: the response field "${path || '(root)'}" ${detail}`);
    this.path = path;
    this.operation = operation;
    this.detail = detail;
  }
}

export const isSupplierApiError = (error: unknown): error is SupplierApiError => error instanceof SupplierApiError;

export const isAbortError = (error: unknown): boolean =>
  error instanceof DOMException
    ? error.name === 'AbortError'
    : (error as { name?: string } | null)?.name === 'AbortError';

/** Turns anything thrown by an adapter into a SupplierApiError (abort errors are passed through untouched by callers). */
export function toSupplierApiError(error: unknown): SupplierApiError {
  if (error instanceof SupplierApiError) return error;
  if ((error as { name?: string } | null)?.name === 'TimeoutError') {
    return new SupplierApiError('timeout', 'The request took too long.', { cause: error });
  }
  if (error instanceof TypeError) {
    return new SupplierApiError('network', 'The network request failed.', { cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new SupplierApiError('server', message || 'The adapter failed.', { cause: error });
}
