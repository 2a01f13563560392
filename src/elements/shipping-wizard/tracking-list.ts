/** The list of tracking number fields: what moves when one is removed. */
import type { FieldErrors } from '../../api/errors.js';
import { fieldId } from './steps/step-host.js';
import { trackingIndexOf, trackingKey } from './validation.js';

/** What the wizard keeps per field, after the field at `index` is removed. */
export interface TrackingListState {
  readonly numbers: readonly string[];
  readonly touched: ReadonlySet<string>;
  readonly fieldErrors: FieldErrors;
}

/** Removes the field at `index`: later fields move up one place, and so do what was touched and the platform's word on them. */
export function withoutTrackingNumber(state: TrackingListState, index: number): TrackingListState {
  const shift = (key: string): string | null => {
    const at = trackingIndexOf(key);
    if (at === null || at < index) return key;
    return at === index ? null : trackingKey(at - 1);
  };
  return {
    numbers: state.numbers.filter((_number, at) => at !== index),
    touched: new Set([...state.touched].map(shift).filter((key): key is string => key !== null)),
    fieldErrors: Object.fromEntries(
      Object.entries(state.fieldErrors).flatMap(([key, code]) => {
        const moved = shift(key);
        return moved === null ? [] : [[moved, code]];
      }),
    ),
  };
}

/** The selector of the tracking number field at `index`. */
export const trackingFieldSelector = (index: number): string => `#${CSS.escape(fieldId(trackingKey(index)))}`;
