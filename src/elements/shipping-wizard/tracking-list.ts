/** The list of tracking number fields: what moves when one is removed, and editing it. */
import type { FieldErrors } from '../../api/errors.js';
import { fieldId } from './steps/step-host.js';
import { trackingIndexOf, trackingKey } from './validation.js';
import type { WizardContext } from './wizard-context.js';

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

/** The tracking number fields: typed into, added (focused), removed (focus to the one taking its place, said aloud). */
export class TrackingListEditor {
  constructor(private readonly wizard: WizardContext) {}

  set(index: number, value: string): void {
    this.replace((numbers) => numbers.map((number, at) => (at === index ? value : number)), trackingKey(index));
  }

  add(): void {
    const length = this.replace((numbers) => [...numbers, '']);
    this.wizard.navigation.focusAfterRender(trackingFieldSelector(length - 1));
  }

  remove(index: number): void {
    const { feedback, submitter, session, navigation } = this.wizard;
    const before = session.draft?.delivery.trackingNumbers ?? [];
    if (submitter.sending || before.length < 2) return;
    const after = withoutTrackingNumber(
      { numbers: before, touched: feedback.touched, fieldErrors: submitter.fieldErrors },
      index,
    );
    feedback.touched = after.touched;
    submitter.fieldErrors = after.fieldErrors;
    this.replace(() => after.numbers);
    this.wizard.announce(this.wizard.i18n.t('delivery.trackingRemoved', { n: index + 1 }));
    navigation.focusAfterRender(trackingFieldSelector(Math.min(index, after.numbers.length - 1)));
  }

  /** Changes the list; returns its new length. */
  private replace(edit: (numbers: readonly string[]) => readonly string[], touchedKey?: string): number {
    const delivery = this.wizard.session.draft?.delivery;
    if (!delivery) return 0;
    const numbers = edit(delivery.trackingNumbers);
    this.wizard.change({ delivery: { ...delivery, trackingNumbers: [...numbers] } }, touchedKey);
    return numbers.length;
  }
}
