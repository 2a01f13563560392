import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { SupplierApi } from '../../api/port.js';
import { eInvoiceFor, type EInvoiceResult } from '../../domain/e-invoice/from-order.js';
import type { EInvoice } from '../../domain/e-invoice/model.js';
import { writeXRechnung } from '../../domain/e-invoice/xrechnung.js';
import type { LocalizeController } from '../../i18n/localize.js';
import { renderCheckbox } from '../shared/field.js';
import { renderHeading } from '../shared/heading.js';
import { newIdempotencyKey } from '../shared/idempotency.js';
import { safeHref } from '../shared/safe-url.js';
import { draftItems, type InvoiceDraft } from './invoice-draft.js';
import type { InvoiceFormMessages } from './invoice-form.messages.js';
import type { Loaded } from './steps/step-host.js';

/** From this many lines on, the review's XRechnung is written after the review shows. */
const LONG_INVOICE_LINES = 500;

const fileNameOf = (number: string) =>
  `XRechnung-${number.trim().replace(/[^\p{L}\p{N}._-]+/gu, '_') || 'invoice'}.xml`;

type MadeFrom = Pick<InvoiceDraft, 'quantities' | 'number' | 'invoiceDate' | 'paymentDate'> & {
  readonly loaded: Loaded;
};

/**
 * The XRechnung of the invoice under review: made from the draft once per change of what it is made of, offered for
 * download (a blob: URL made again only when the XML changes), and uploaded beside the PDF on save once per content
 * (a retry re-sends the same key). The XML of a long invoice is written after the review shows.
 */
export class EInvoiceReviewController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly i18n: LocalizeController<InvoiceFormMessages>;
  private made: (MadeFrom & { readonly result: EInvoiceResult }) | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  /** The long e-invoice whose XML is written (the review shows its section then). */
  private xmlWritten: EInvoice | null = null;
  private download: { readonly xml: string; readonly url: string } | null = null;
  private uploaded: { readonly xml: string; readonly documentId: string } | null = null;
  private upload: { readonly xml: string; readonly key: string } | null = null;

  constructor(host: ReactiveControllerHost, i18n: LocalizeController<InvoiceFormMessages>) {
    this.host = host;
    this.i18n = i18n;
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    if (this.download) URL.revokeObjectURL(this.download.url);
    this.download = null;
  }

  /** The XRechnung of the draft, or what keeps it from being made; the same value while nothing it is made of changes. */
  result(loaded: Loaded, draft: InvoiceDraft): EInvoiceResult {
    const made = this.made;
    if (
      made?.loaded === loaded &&
      made.quantities === draft.quantities &&
      made.number === draft.number &&
      made.invoiceDate === draft.invoiceDate &&
      made.paymentDate === draft.paymentDate
    ) {
      return made.result;
    }
    const { order, profile } = loaded;
    const { quantities, number, invoiceDate, paymentDate } = draft;
    const result = eInvoiceFor({
      order,
      profile,
      bankDetails: profile.bankDetails,
      number,
      invoiceDate,
      paymentDate,
      items: draftItems(draft),
    });
    this.made = { loaded, quantities, number, invoiceDate, paymentDate, result };
    return result;
  }

  /**
   * The review's XRechnung section: send it (checkbox) and download it, or why it cannot be made yet. Writing the XML
   * of a long invoice takes a while: then the review shows first, the XML is written in a task of its own, and the
   * section with its download follows in another.
   */
  render(
    loaded: Loaded,
    draft: InvoiceDraft,
    onSendChange: (send: boolean) => void,
    headingLevel: number,
  ): TemplateResult {
    const i18n = this.i18n;
    const result = this.result(loaded, draft);
    const heading = renderHeading(headingLevel, i18n.t('eInvoice.title'), { id: 'e-invoice-title' });
    if (!result.ok) {
      return html`<section part="e-invoice" aria-labelledby="e-invoice-title">
        ${heading}
        <div class="notice info">
          <div class="notice-body">
            <p>${i18n.t('eInvoice.gapsTitle')}</p>
            <ul>
              ${result.gaps.map((gap) => html`<li>${i18n.t(`eInvoice.gap.${gap}`, { currency: loaded.order.currency })}</li>`)}
            </ul>
          </div>
        </div>
      </section>`;
    }
    if (result.invoice.lines.length > LONG_INVOICE_LINES && this.xmlWritten !== result.invoice) {
      this.writeLater(result.invoice);
      return html`<section part="e-invoice" aria-labelledby="e-invoice-title" aria-busy="true">
        ${heading}
        <p class="muted">${i18n.t('eInvoice.preparing')}</p>
      </section>`;
    }
    const xml = writeXRechnung(result.invoice);
    return html`<section part="e-invoice" aria-labelledby="e-invoice-title">
      ${heading}
      <p class="muted">${i18n.t('eInvoice.sendHint')}</p>
      ${renderCheckbox({ id: 'e-invoice-send', label: i18n.t('eInvoice.send'), checked: draft.sendEInvoice !== false, onChange: onSendChange }, i18n)}
      <a
        part="button e-invoice-download"
        class="button"
        href=${this.downloadUrl(xml) ?? nothing}
        download=${fileNameOf(result.invoice.number)}
        >${i18n.t('eInvoice.download')}</a
      >
    </section>`;
  }

  private writeLater(invoice: EInvoice): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      writeXRechnung(invoice);
      this.xmlWritten = invoice;
      // Render (and make the download's blob) in a task after this one, not in this task's microtasks.
      this.timer = setTimeout(() => this.host.requestUpdate());
    });
  }

  /** A blob: URL of the XML, made again only when its content changes. */
  private downloadUrl(xml: string): string | undefined {
    if (this.download?.xml !== xml) {
      if (this.download) URL.revokeObjectURL(this.download.url);
      this.download = { xml, url: URL.createObjectURL(new Blob([xml], { type: 'application/xml' })) };
    }
    return safeHref(this.download.url);
  }

  /**
   * Uploads the XRechnung of `result` beside the PDF and gives its document id. The same XML is uploaded once;
   * a retry of a failed upload re-sends the same idempotency key, a changed XML gets a new one.
   */
  async uploadFor(orderId: string, result: Extract<EInvoiceResult, { ok: true }>, api: SupplierApi): Promise<string> {
    const xml = writeXRechnung(result.invoice);
    if (this.uploaded?.xml === xml) return this.uploaded.documentId;
    if (this.upload?.xml !== xml) this.upload = { xml, key: newIdempotencyKey() };
    const blob = new Blob([xml], { type: 'application/xml' });
    const document = await api.uploadInvoiceDocument(
      orderId,
      { name: fileNameOf(result.invoice.number), blob },
      { idempotencyKey: this.upload.key },
    );
    this.uploaded = { xml, documentId: document.id };
    return document.id;
  }
}
