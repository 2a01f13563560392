import type { TemplateResult } from 'lit';
import type { checkBankDetails, checkInvoiceDetails } from '../../../domain/invoice-rules.js';
import type { BankDetails, CompanyProfile, Order, PackagingRules, Position } from '../../../domain/types.js';
import type { LocalizeController } from '../../../i18n/localize.js';
import type { FieldState } from '../../shared/field.js';
import type { LongList } from '../../shared/long-list.js';
import type { InvoiceDraft } from '../invoice-draft.js';
import type { InvoiceFormMessages } from '../invoice-form.messages.js';

/** What the form loads before it can show a step. */
export interface Loaded {
  readonly order: Order;
  readonly profile: CompanyProfile;
  readonly rules: PackagingRules;
}

/** One line of the review table. */
export interface ReviewLine {
  readonly position: Position;
  readonly quantity: number;
  readonly unitPriceMinor: number;
}

/** The step's heading: focus moves to it on a step change (`#step-heading`). */
export const STEP_HEADING = { id: 'step-heading', focusable: true } as const;

export const BANK_FIELDS = ['accountHolder', 'iban', 'bic', 'bankName'] as const;
export type BankField = (typeof BANK_FIELDS)[number];
export type DetailField = 'number' | 'invoiceDate' | 'paymentDate';

/** What a step view reads from and asks of the form; the form owns the draft and every write. */
export interface InvoiceStepHost {
  readonly i18n: LocalizeController<InvoiceFormMessages>;
  /** The level of the step's heading (the element's `heading-level`); its sections' headings are one below. */
  readonly headingLevel: number;
  readonly loaded: Loaded;
  readonly draft: InvoiceDraft;
  /** A write is under way. */
  readonly busy: boolean;
  readonly touched: ReadonlySet<string>;
  /** The bank details being typed (first time, or "Edit"). */
  readonly bank: BankDetails;
  readonly showBankForm: boolean;
  readonly today: string;
  readonly positionsList: LongList<Position>;
  readonly reviewList: LongList<ReviewLine>;
  invoiceablePositions(): readonly Position[];
  reviewLines(): readonly ReviewLine[];
  /** A field's state: the platform's word first, then the form's check once touched. */
  fieldState(field: string, problem: string | undefined): FieldState;
  detailProblems(): ReturnType<typeof checkInvoiceDetails>;
  bankProblems(): ReturnType<typeof checkBankDetails> | Record<string, never>;
  /** What is still needed to save, in words. */
  missing(): string[];
  setQuantity(positionId: string, quantity: number): void;
  setBank(field: BankField, value: string): void;
  setDetail(field: DetailField, value: string): void;
  touch(field: string): void;
  editBank(): void;
  goTo(step: 0 | 1 | 2): void;
  continueFromPositions(): void;
  continueFromDetails(): void;
  save(): void;
  /** "Fill in from an e-invoice". */
  renderEInvoiceImport(): TemplateResult;
  /** The XRechnung section of the review. */
  renderEInvoiceReview(): TemplateResult;
  /** The signed PDF: its drop zone, or the upload's progress. */
  renderDocumentUpload(): TemplateResult;
  readonly fileProblem: string;
}
