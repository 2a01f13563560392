/** Copies of stored data as the adapter answers: documents get blob: URLs, shipments their tracked status. */
import { pdfBytes, DocumentUrls, INTERNAL_URL_PREFIX, seedDocumentBytes } from './documents.js';
import type { DocumentServer } from './documents.js';
import type { DocumentRef, Invoice, Order, QualityDocumentSlot, Shipment } from '../../../domain/types.js';
import { carrierOf, trackedStatus } from './tracking.js';

/** Turns internal records into answers: fresh copies, never the stored objects. */
export class Presenter {
  readonly urls: DocumentUrls;
  readonly #uploadedBytes: (id: string) => Uint8Array | undefined;
  readonly #now: () => Date;

  constructor(uploadedBytes: (id: string) => Uint8Array | undefined, now: () => Date, serve?: DocumentServer) {
    this.urls = new DocumentUrls(serve);
    this.#uploadedBytes = uploadedBytes;
    this.#now = now;
  }

  /** A document with a blob: URL (made from uploaded bytes, or from the name for generated documents). */
  document(ref: DocumentRef, bytes?: () => Uint8Array): DocumentRef {
    if (!ref.url.startsWith(INTERNAL_URL_PREFIX)) return { ...ref };
    const source = bytes ?? (() => this.#uploadedBytes(ref.id) ?? seedDocumentBytes(ref.name));
    return { ...ref, url: this.urls.url(ref.id, ref.contentType, source, ref.name) };
  }

  /** A generated PDF document with its lines, served as a blob: URL. */
  generated(id: string, name: string, createdAt: string, lines: readonly string[]): DocumentRef {
    const bytes = pdfBytes(lines);
    return this.document(
      { id, name, contentType: 'application/pdf', sizeBytes: bytes.length, url: INTERNAL_URL_PREFIX + id, createdAt },
      () => bytes,
    );
  }

  /** A shipment copy with served documents and the status its tracking shows. */
  shipment(shipment: Shipment): Shipment {
    return {
      ...structuredClone(shipment),
      status: trackedStatus(shipment, carrierOf(shipment), this.#now().getTime()),
      photo: shipment.photo ? this.document(shipment.photo) : null,
      documents: shipment.documents.map((document) => this.document(document)),
    };
  }

  /** An invoice copy with its document served. */
  invoice(invoice: Invoice): Invoice {
    return {
      ...structuredClone(invoice),
      document: this.document(invoice.document),
      eInvoice: invoice.eInvoice ? this.document(invoice.eInvoice) : null,
    };
  }

  /** A typed quality document slot with every version served. */
  qualitySlot(slot: QualityDocumentSlot): QualityDocumentSlot {
    return { ...slot, versions: slot.versions.map((version) => ({ ...version, ...this.document(version) })) };
  }

  /** An order copy with every document served. */
  order(order: Order): Order {
    return {
      ...structuredClone(order),
      quality: {
        required: order.quality.required,
        reports: order.quality.reports.map((report) => this.document(report)),
        documents: order.quality.documents.map((slot) => this.qualitySlot(slot)),
        blocksShipping: order.quality.blocksShipping,
      },
      shipments: order.shipments.map((shipment) => this.shipment(shipment)),
      invoices: order.invoices.map((invoice) => this.invoice(invoice)),
    };
  }
}
