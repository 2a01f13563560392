/** What the wizard's helpers share (tracking list, publishing, the note after Cancel): built once by the wizard. */
import type { LocalizeController } from '../../i18n/localize.js';
import type { SubmitController } from '../shared/submit-controller.js';
import type { ShippingDraft } from './draft.js';
import type { DraftSession } from './draft-session.js';
import type { FieldFeedback } from './field-feedback.js';
import type { ShippingWizardMessages } from './shipping-wizard.messages.js';
import type { StepNavigation } from './step-navigation.js';
import type { WizardProblems } from './wizard-problems.js';

export interface WizardContext {
  readonly i18n: LocalizeController<ShippingWizardMessages>;
  readonly session: DraftSession;
  /** Publishing: busy, the draft's key, the platform's field errors keyed as the draft's fields. */
  readonly submitter: SubmitController;
  readonly problems: WizardProblems;
  readonly feedback: FieldFeedback;
  readonly navigation: StepNavigation;
  /** Changes the draft as the supplier does (nothing while publishing); `touchedKey` is the field changed. */
  change(patch: Partial<ShippingDraft>, touchedKey?: string): void;
  /** Says a text in the wizard's live region. */
  announce(text: string): void;
}
