import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { matchEInvoice, type EInvoiceDifference, type EInvoiceMatch } from '../../domain/e-invoice/match.js';
import type { ReadEInvoice } from '../../domain/e-invoice/model.js';
import type { Order } from '../../domain/types.js';
import type { LocalizeController } from '../../i18n/localize.js';
import { FileDropController } from '../shared/file-drop.js';
import { renderHeading } from '../shared/heading.js';
import type { EInvoiceFileProblem, EInvoiceFileResult } from './e-invoice-file.js';
import type { InvoiceFormMessages } from './invoice-form.messages.js';

type Outcome =
  | { readonly kind: 'read'; readonly name: string; readonly read: ReadEInvoice; readonly match: EInvoiceMatch }
  | { readonly kind: 'problem'; readonly message: string };

/** What the host does with an e-invoice that was read: fill in its form. */
export type ApplyEInvoice = (order: Order, read: ReadEInvoice, match: EInvoiceMatch) => void;

const UNREADABLE: EInvoiceFileProblem = { kind: 'unreadable' };

/**
 * The invoice form's e-invoice side: reading an uploaded XRechnung / ZUGFeRD / Factur-X file into the form
 * (the reader loads on first use and parses in a worker, within a time and a size budget; every way a file can
 * fail ends in a message with a way on by hand, never in a reading state that does not end). The XRechnung of
 * the invoice being written is `EInvoiceReviewController`'s.
 */
export class EInvoiceController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly i18n: LocalizeController<InvoiceFormMessages>;
  private readonly drop: FileDropController;
  private readonly apply: ApplyEInvoice;
  private readonly fillByHand: () => void;
  private order: Order | null = null;
  private maxBytes = Infinity;
  private reading: string | null = null;
  private read: AbortController | null = null;
  private outcome: Outcome | null = null;

  /** `fillByHand` takes the user to the fields to fill in, after a file could not be read. */
  constructor(
    host: ReactiveControllerHost,
    i18n: LocalizeController<InvoiceFormMessages>,
    apply: ApplyEInvoice,
    fillByHand: () => void,
  ) {
    this.host = host;
    this.i18n = i18n;
    this.apply = apply;
    this.fillByHand = fillByHand;
    this.drop = new FileDropController(host, (files) => void this.handleFile(files[0]!));
    host.addController(this);
  }

  hostDisconnected(): void {
    this.read?.abort();
    this.read = null;
    this.reading = null;
  }

  private async handleFile(file: File): Promise<void> {
    const order = this.order;
    if (!order || !file) return;
    this.read?.abort();
    this.read = null;
    this.reading = null;
    if (file.size > this.maxBytes) {
      this.outcome = {
        kind: 'problem',
        message: this.i18n.t('eInvoice.problem.size', { name: file.name, limit: this.i18n.fileSize(this.maxBytes) }),
      };
      this.host.requestUpdate();
      return;
    }
    const read = new AbortController();
    this.read = read;
    this.reading = file.name;
    this.outcome = null;
    this.host.requestUpdate();
    let result: EInvoiceFileResult;
    try {
      const { readInBackground } = await import('./e-invoice-reader.js');
      result = await readInBackground(file, read.signal);
    } catch {
      result = { ok: false, problem: UNREADABLE };
    }
    if (read.signal.aborted) return;
    this.read = null;
    this.reading = null;
    this.outcome = result.ok
      ? this.readOutcome(file.name, result.invoice, order)
      : { kind: 'problem', message: this.problemMessage(file.name, result.problem) };
    this.host.requestUpdate();
  }

  private readOutcome(name: string, read: ReadEInvoice, order: Order): Outcome {
    try {
      const match = matchEInvoice(read, order);
      this.apply(order, read, match);
      return { kind: 'read', name, read, match };
    } catch {
      return { kind: 'problem', message: this.problemMessage(name, UNREADABLE) };
    }
  }

  private problemMessage(name: string, problem: EInvoiceFileProblem): string {
    const i18n = this.i18n;
    switch (problem.kind) {
      case 'missing':
        return i18n.t(`eInvoice.problem.missing.${problem.field}`, { name });
      case 'too-deep':
        return i18n.t('eInvoice.problem.too-deep', { name, limit: i18n.number(problem.limit) });
      case 'too-large':
        return i18n.t('eInvoice.problem.too-large', { name, limit: i18n.fileSize(problem.limit) });
      case 'timeout':
        return i18n.t('eInvoice.problem.timeout', { name, count: problem.seconds });
      default:
        return i18n.t(`eInvoice.problem.${problem.kind}`, { name });
    }
  }

  private handFill(): void {
    this.outcome = null;
    this.host.requestUpdate();
    this.fillByHand();
  }

  private differenceMessage(order: Order, difference: EInvoiceDifference, currency: string): string {
    const i18n = this.i18n;
    const part = (positionId: string) =>
      order.positions.find((position) => position.id === positionId)?.partName ?? positionId;
    switch (difference.kind) {
      case 'currency':
        return i18n.t('eInvoice.difference.currency', { invoice: difference.invoice, order: difference.order });
      case 'order-reference':
        return difference.invoice === null
          ? i18n.t('eInvoice.difference.order-reference-missing', { order: difference.order })
          : i18n.t('eInvoice.difference.order-reference', { invoice: difference.invoice, order: difference.order });
      case 'unknown-line':
        return i18n.t('eInvoice.difference.unknown-line', {
          name: difference.line.partNumber
            ? `${difference.line.partNumber} ${difference.line.name}`.trim()
            : difference.line.name,
        });
      case 'quantity-over':
        return i18n.t('eInvoice.difference.quantity-over', {
          part: part(difference.positionId),
          invoice: i18n.number(difference.invoice),
          invoiceable: i18n.number(difference.invoiceable),
        });
      case 'unit-price':
        return i18n.t('eInvoice.difference.unit-price', {
          part: part(difference.positionId),
          invoice: i18n.money(difference.invoiceMinor, currency),
          order: i18n.money(difference.orderMinor, currency),
        });
      case 'totals':
        return i18n.t('eInvoice.difference.totals', {
          invoice: i18n.money(difference.invoice.grossMinor, currency),
          order: i18n.money(difference.order.grossMinor, currency),
        });
    }
  }

  /** "Fill in from an e-invoice": the file input, the reading state, and what was read or why not. */
  renderImport(order: Order, maxBytes: number, headingLevel: number): TemplateResult {
    this.order = order;
    this.maxBytes = maxBytes;
    const i18n = this.i18n;
    const outcome = this.outcome;
    return html`<section part="e-invoice-import" aria-labelledby="e-invoice-import-title">
      ${renderHeading(headingLevel, i18n.t('eInvoice.importTitle'), { id: 'e-invoice-import-title' })}
      <p class="muted">${i18n.t('eInvoice.importIntro')}</p>
      ${this.drop.render(
        {
          id: 'e-invoice-file',
          label: i18n.t('eInvoice.importLabel'),
          accept: '.xml,application/xml,text/xml,.pdf,application/pdf',
          hint: i18n.t('eInvoice.importHint', { limit: i18n.fileSize(maxBytes) }),
        },
        i18n,
      )}
      <div role="status" class=${outcome?.kind === 'read' || this.reading ? 'notice info' : 'visually-hidden'}>
        ${
          this.reading
            ? i18n.t('eInvoice.reading', { name: this.reading })
            : outcome?.kind === 'read'
              ? i18n.t('eInvoice.read', {
                  number: outcome.read.number,
                  name: outcome.name,
                  count: Object.keys(outcome.match.quantities).length,
                })
              : nothing
        }
      </div>
      ${
        outcome?.kind === 'problem'
          ? html`<div class="notice danger" role="alert" part="error">
              <div class="notice-body">
                <p>${outcome.message}</p>
                <p>${i18n.t('eInvoice.byHand')}</p>
                <button type="button" part="button" class="button" @click=${() => this.handFill()}>
                  ${i18n.t('eInvoice.fillByHand')}
                </button>
              </div>
            </div>`
          : nothing
      }
      ${
        outcome?.kind === 'read' && outcome.match.differences.length
          ? html`<div class="notice warning" part="e-invoice-differences">
              <div class="notice-body">
                <p>${i18n.t('eInvoice.differencesTitle')}</p>
                <ul>
                  ${outcome.match.differences.map((difference) => html`<li>${this.differenceMessage(order, difference, order.currency)}</li>`)}
                </ul>
              </div>
            </div>`
          : nothing
      }
    </section>`;
  }
}
