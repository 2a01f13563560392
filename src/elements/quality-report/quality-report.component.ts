import { Task, TaskStatus } from '@lit/task';
import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { isAbortError } from '../../api/errors.js';
import type { SupplierApi, UploadProgress } from '../../api/port.js';
import { hasTypedDocuments, isQualityRequired } from '../../domain/quality-documents.js';
import type { DocumentRef, Order, PackagingRules } from '../../domain/types.js';
import { LocalizeController } from '../../i18n/localize.js';
import { checkFile } from '../shared/file-check.js';
import { FileDropController, fileDropStyles, fileProblemMessage, renderUploadProgress } from '../shared/file-drop.js';
import { newIdempotencyKey } from '../shared/idempotency.js';
import { safeHref } from '../shared/safe-url.js';
import { statusBadgeStyles } from '../shared/status-badge.js';
import { SupplierElement } from '../shared/supplier-element.js';
import { errorView, renderTask } from '../shared/task-view.js';
import { QualityReportRemovedEvent, QualityReportUploadedEvent } from './quality-report.events.js';
import { qualityReportMessages } from './quality-report.messages.js';
import { qualityReportStyles } from './quality-report.styles.js';
import { TypedDocumentsController, typedDocumentsStyles } from './typed-documents.js';
import { renderHeading } from '../shared/heading.js';

interface Loaded {
  readonly order: Order;
  readonly reports: readonly DocumentRef[];
  readonly rules: PackagingRules;
}

interface Upload {
  readonly file: File;
  readonly key: string;
  readonly replacesId: string | undefined;
  readonly controller: AbortController;
  progress: UploadProgress | null;
}

/**
 * The Quality control stage: upload one or more QC reports (PDF, checked by
 * content and size) by file picker or drag and drop, with progress and cancel;
 * list, download, replace or remove them until shipping starts.
 *
 * When the host asks for typed quality documents (`order.quality.documents`), it shows one slot per
 * type instead: its state (missing, in review, accepted, rejected with the reviewer's reason), an upload
 * of a new version (photos: JPEG, PNG or WebP; others: PDF) and every version kept, newest first. While
 * a version is in review it checks again every `poll-interval` ms and announces the reviewer's verdict.
 *
 * @summary Upload and manage the quality control reports and typed quality documents of an order.
 *
 * @fires {QualityReportUploadedEvent} quality-report-uploaded - Detail `{ orderId, report }`.
 * @fires {QualityReportRemovedEvent} quality-report-removed - Detail `{ orderId, report }`.
 * @fires {QualityDocumentUploadedEvent} quality-document-uploaded - Detail `{ orderId, type, slot }`: a new version of a typed document.
 *
 * @csspart file-drop - The drop zone with its file picker.
 * @csspart upload-progress - An upload in progress with its cancel button.
 * @csspart reports - The list of uploaded reports.
 * @csspart report - One uploaded report.
 * @csspart document-link - The download link of a report.
 * @csspart button - Every button.
 * @csspart error - A refused file or a failed upload, with "Try again" where it helps.
 * @csspart slots - The list of typed quality document slots.
 * @csspart slot - One typed document slot (also `slot-missing`, `slot-uploaded`, `slot-accepted`, `slot-rejected`).
 * @csspart status-badge - A slot's or version's state (icon and words; also `document-<state>`).
 * @csspart rejection - The reviewer's reason for rejecting the newest version.
 * @csspart new-version - The "Upload new version" button.
 * @csspart versions - The versions of a slot, newest first.
 * @csspart version - One version.
 *
 * @cssprop --sf-color-accent - The drop zone while a file is dragged over it.
 * @cssprop --sf-color-success - Accepted documents.
 * @cssprop --sf-color-danger - Missing and rejected documents.
 */
export class QualityReport extends SupplierElement {
  static override styles = [
    ...SupplierElement.styles,
    fileDropStyles,
    statusBadgeStyles,
    qualityReportStyles,
    typedDocumentsStyles,
  ];

  /** The order whose QC reports are managed. */
  @property({ attribute: 'order-id', reflect: true }) orderId = '';

  /** How often (ms) to check again while a typed document is in review (default 15 000). */
  @property({ type: Number, attribute: 'poll-interval' }) pollInterval = 15_000;

  @state() private upload: Upload | null = null;
  @state() private problem = '';
  @state() private writeError: { error: unknown; retry: () => void } | null = null;
  @state() private replacing: DocumentRef | null = null;
  @state() private announcement = '';

  private readonly i18n = new LocalizeController(this, qualityReportMessages);
  private readonly drop = new FileDropController(this, (files) => void this.handleFiles(files));
  private readonly typed = new TypedDocumentsController(this, this.i18n);
  private pollTimer: ReturnType<typeof setTimeout> | undefined;

  private readonly loadTask = new Task(this, {
    task: async ([orderId]: readonly [string, number], { signal }): Promise<Loaded> => {
      const api = this.api.adapter;
      const [order, reports, rules] = await Promise.all([
        api.getOrder(orderId, { signal }),
        api.listQualityReports(orderId, { signal }),
        api.getPackagingRules({ signal }),
      ]);
      return { order, reports, rules };
    },
    args: () => [this.orderId, this.api.revision] as const,
    onComplete: ({ order }) => {
      this.typed.noticeReviews(order);
      this.schedulePoll(order);
    },
  });

  /** Loads the order and its reports again. */
  reload(): Promise<unknown> {
    return this.loadTask.run();
  }

  /** The checked adapter (for the typed documents controller). */
  supplierApi(): SupplierApi {
    return this.api.adapter;
  }

  /** Says `text` in the live region. */
  announce(text: string): void {
    this.announcement = text;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.loadTask.status === TaskStatus.COMPLETE && this.loadTask.value)
      this.schedulePoll(this.loadTask.value.order);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.upload?.controller.abort();
    clearTimeout(this.pollTimer);
    this.pollTimer = undefined;
  }

  private schedulePoll(order: Order): void {
    clearTimeout(this.pollTimer);
    this.pollTimer = undefined;
    if (!this.isConnected || !TypedDocumentsController.awaitsReview(order)) return;
    this.pollTimer = setTimeout(
      () => {
        this.pollTimer = undefined;
        if (this.isConnected) void this.loadTask.run();
      },
      Math.max(50, this.pollInterval),
    );
  }

  private async handleFiles(files: readonly File[]): Promise<void> {
    const loaded = this.loadTask.value;
    if (!loaded || this.upload) return;
    this.problem = '';
    for (const file of this.replacing ? files.slice(0, 1) : files) {
      const problem = await checkFile(file, 'pdf', loaded.rules.maxDocumentBytes);
      if (problem) {
        this.problem = fileProblemMessage(file.name, problem, this.i18n);
        return;
      }
      await this.send({
        file,
        key: newIdempotencyKey(),
        replacesId: this.replacing?.id,
        controller: new AbortController(),
        progress: null,
      });
    }
  }

  private async send(upload: Upload): Promise<void> {
    this.upload = upload;
    this.writeError = null;
    try {
      const report = await this.api.adapter.uploadQualityReport(
        this.orderId,
        { name: upload.file.name, blob: upload.file },
        {
          idempotencyKey: upload.key,
          signal: upload.controller.signal,
          ...(upload.replacesId ? { replacesId: upload.replacesId } : {}),
          onProgress: (progress) => {
            upload.progress = progress;
            this.requestUpdate();
          },
        },
      );
      this.replacing = null;
      this.announcement = this.i18n.t('uploaded', { name: report.name });
      this.dispatchEvent(new QualityReportUploadedEvent({ orderId: this.orderId, report }));
      await this.loadTask.run();
    } catch (error) {
      if (!isAbortError(error))
        this.writeError = {
          error,
          retry: () => void this.send({ ...upload, controller: new AbortController(), progress: null }),
        };
    } finally {
      if (this.upload === upload) this.upload = null;
    }
  }

  private async removeReport(report: DocumentRef, key = newIdempotencyKey()): Promise<void> {
    this.writeError = null;
    try {
      await this.api.adapter.removeQualityReport(this.orderId, report.id, { idempotencyKey: key });
      this.announcement = this.i18n.t('removed', { name: report.name });
      this.dispatchEvent(new QualityReportRemovedEvent({ orderId: this.orderId, report }));
      await this.loadTask.run();
    } catch (error) {
      this.writeError = { error, retry: () => void this.removeReport(report, key) };
    }
  }

  override render(): TemplateResult {
    return html`<div role="status" class="visually-hidden">${this.announcement}</div>
      ${renderTask(this.loadTask, this.i18n, { complete: (loaded) => this.renderLoaded(loaded) })}`;
  }

  private renderLoaded({ order, reports, rules }: Loaded): TemplateResult {
    const i18n = this.i18n;
    if (!isQualityRequired(order.quality)) return html`<p>${i18n.t('notRequired')}</p>`;
    if (hasTypedDocuments(order.quality)) return this.typed.render(order, rules);
    const locked = order.shipments.length > 0;
    return html`<p>${i18n.t('intro')}</p>
      ${
        this.replacing
          ? html`<p class="notice info">
              ${i18n.t('replacing', { name: this.replacing.name })}
              <button type="button" part="button" class="button link" @click=${() => (this.replacing = null)}>
                ${i18n.t('cancelReplace')}
              </button>
            </p>`
          : nothing
      }
      ${
        this.upload
          ? renderUploadProgress(
              this.upload.file.name,
              this.upload.progress,
              () => this.upload?.controller.abort(),
              i18n,
            )
          : this.drop.render(
              {
                id: 'qc-file',
                label: i18n.t('uploadLabel'),
                accept: 'application/pdf,.pdf',
                multiple: !this.replacing,
                hint: i18n.t('uploadHint', { limit: i18n.fileSize(rules.maxDocumentBytes) }),
              },
              i18n,
            )
      }
      ${this.problem ? html`<p part="error" class="notice danger" role="alert">${this.problem}</p>` : nothing}
      ${this.writeError ? errorView(this.writeError.error, i18n, this.writeError.retry) : nothing}
      ${renderHeading(this.headingLevel, i18n.t('reports'))}
      ${
        reports.length === 0
          ? html`<p class="muted">${i18n.t('none')}</p>`
          : html`<ul part="reports" class="reports">
              ${reports.map((report) => this.renderReport(report, locked))}
            </ul>`
      }
      ${locked && reports.length ? html`<p class="muted">${i18n.t('lockedAfterShipping')}</p>` : nothing}`;
  }

  private renderReport(report: DocumentRef, locked: boolean): TemplateResult {
    const i18n = this.i18n;
    const href = safeHref(report.url);
    const label = `${report.name} (${i18n.fileSize(report.sizeBytes)})`;
    return html`<li part="report" class="report">
      <span class="name"
        >${href ? html`<a part="document-link" href=${href} download=${report.name} target="_blank" rel="noopener">${label}</a>` : label}
        <span class="muted">${i18n.t('uploadedOn', { date: i18n.dateTime(report.createdAt) })}</span></span
      >
      ${
        locked
          ? nothing
          : html`<button
                type="button"
                part="button"
                class="button"
                aria-label=${i18n.t('replaceLabel', { name: report.name })}
                @click=${() => (this.replacing = report)}
              >
                ${i18n.t('replace')}
              </button>
              <button
                type="button"
                part="button"
                class="button danger"
                aria-label=${i18n.t('removeLabel', { name: report.name })}
                @click=${() => void this.removeReport(report)}
              >
                ${i18n.t('remove')}
              </button>`
      }
    </li>`;
  }
}
