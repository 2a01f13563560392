import type { ReactiveControllerHost } from 'lit';
import type { SupplierApi } from '../../api/port.js';
import { checkBankDetails } from '../../domain/invoice-rules.js';
import type { BankDetails, CompanyProfile } from '../../domain/types.js';
import { newIdempotencyKey } from '../shared/idempotency.js';
import type { SubmitController } from '../shared/submit-controller.js';
import type { BankField } from './steps/step-host.js';

const EMPTY_BANK: BankDetails = { accountHolder: '', iban: '', bic: '', bankName: '' };

/**
 * The company's bank details as the Details step edits them: typed the first time (or after "Edit"), checked, and
 * saved to the company profile under one key until saved. Kept in memory only, never in the draft.
 */
export class BankDetailsEditor {
  private readonly host: ReactiveControllerHost;
  private readonly submitter: SubmitController;
  private editing = false;
  private key = newIdempotencyKey();
  /** What is typed. */
  bank: BankDetails = EMPTY_BANK;

  constructor(host: ReactiveControllerHost, submitter: SubmitController) {
    this.host = host;
    this.submitter = submitter;
  }

  /** The form shows: the profile has no bank details yet, or the supplier chose "Edit". */
  showsForm(profile: CompanyProfile): boolean {
    return this.editing || !profile.bankDetails;
  }

  problems(profile: CompanyProfile): ReturnType<typeof checkBankDetails> | Record<string, never> {
    return this.showsForm(profile) ? checkBankDetails(this.bank) : {};
  }

  set(field: BankField, value: string): void {
    this.bank = { ...this.bank, [field]: value };
    this.host.requestUpdate();
  }

  edit(saved: BankDetails): void {
    this.editing = true;
    this.bank = { ...saved };
    this.host.requestUpdate();
  }

  /** Saves what is typed when the form shows: `saved`, `unchanged` (nothing to save) or `failed` (the submitter says why). */
  async save(api: SupplierApi, profile: CompanyProfile, retry: () => void): Promise<'saved' | 'unchanged' | 'failed'> {
    if (!this.showsForm(profile)) return 'unchanged';
    const saved = await this.submitter.submit(
      ({ idempotencyKey, signal }) => api.saveBankDetails(this.bank, { idempotencyKey, signal }),
      { key: this.key, retry },
    );
    if (!saved) return 'failed';
    this.key = newIdempotencyKey();
    this.editing = false;
    this.bank = EMPTY_BANK;
    this.host.requestUpdate();
    return 'saved';
  }
}
