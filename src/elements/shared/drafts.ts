/**
 * The one place elements keep work in progress: a small versioned store over
 * `localStorage` (synchronous, so a crash of the tab right after typing keeps it).
 * Callers never pass bank details or file contents; `forbiddenKeys` is a second guard.
 */
import { browserStorage } from './browser-storage.js';

export interface DraftStore<T> {
  load(key: string): T | null;
  save(key: string, value: T): void;
  clear(key: string): void;
}

const PREFIX = 'supplier-flow:draft:';

/** Keys that must never reach browser storage, at any depth of a draft. */
export const FORBIDDEN_DRAFT_KEYS: readonly string[] = [
  'iban',
  'bic',
  'accountHolder',
  'bankName',
  'bankDetails',
  'token',
  'password',
];

function strip(value: unknown, forbidden: ReadonlySet<string>): unknown {
  if (Array.isArray(value)) return value.map((item) => strip(item, forbidden));
  if (value && typeof value === 'object') {
    const copy: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) if (!forbidden.has(key)) copy[key] = strip(item, forbidden);
    return copy;
  }
  return value;
}

/**
 * A draft store for one kind of draft (`shipping`, `invoice`), versioned so an old shape is dropped, not misread;
 * `migrate` may bring a draft of an older version into the current shape first (what it returns is checked by `isValid`).
 */
export function createDraftStore<T>(
  kind: string,
  version: number,
  isValid: (value: unknown) => value is T,
  migrate?: (value: unknown, storedVersion: number) => unknown,
): DraftStore<T> {
  const forbidden = new Set(FORBIDDEN_DRAFT_KEYS);
  const storageKey = (key: string) => `${PREFIX}${kind}:${key}`;
  return {
    load(key) {
      try {
        const raw = browserStorage()?.getItem(storageKey(key));
        if (!raw) return null;
        const parsed = JSON.parse(raw) as { version?: number; value?: unknown };
        const stored = parsed.version;
        let value = parsed.value;
        if (stored !== version) {
          if (!migrate || typeof stored !== 'number' || stored > version) return null;
          value = migrate(value, stored);
        }
        return isValid(value) ? value : null;
      } catch {
        return null;
      }
    },
    save(key, value) {
      try {
        browserStorage()?.setItem(
          storageKey(key),
          JSON.stringify({ version, savedAt: Date.now(), value: strip(value, forbidden) }),
        );
      } catch {
        /* Storage full or blocked: the draft stays in memory only. */
      }
    },
    clear(key) {
      try {
        browserStorage()?.removeItem(storageKey(key));
      } catch {
        /* Nothing to clear. */
      }
    },
  };
}
