/**
 * The typed quality documents of `<quality-report>`: one slot per document type the host asks for, with its
 * state, the reviewer's reason, an upload of a new version (drop zone, progress, cancel, "Try again") and
 * every version kept. A controller of its own so the element's plain QC-report path stays as it was.
 */
import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { SubmitControllers, type SubmitController } from '../shared/submit-controller.js';
import type { SupplierApi, UploadProgress } from '../../api/port.js';
import { acceptsNewVersion, fileKindOf, newestVersion, slotState } from '../../domain/quality-documents.js';
import { productionStatus } from '../../domain/stages.js';
import type {
  Order,
  PackagingRules,
  QualityDocumentSlot,
  QualityDocumentState,
  QualityDocumentType,
  QualityDocumentVersion,
  StageStatus,
} from '../../domain/types.js';
import type { LocalizeController } from '../../i18n/localize.js';
import { checkFile } from '../shared/file-check.js';
import { FileDropController, fileProblemMessage, renderUploadProgress } from '../shared/file-drop.js';
import { newIdempotencyKey } from '../shared/idempotency.js';
import { safeHref } from '../shared/safe-url.js';
import { errorView } from '../shared/task-view.js';
import { QualityDocumentUploadedEvent } from './quality-report.events.js';
import type { QualityReportMessages } from './quality-report.messages.js';
import { renderIcon, type Icon } from '../shared/icon.js';
import { checkIcon } from '../shared/icons/check.js';
import { circleIcon } from '../shared/icons/circle.js';
import { waitingIcon } from '../shared/icons/waiting.js';
import { xIcon } from '../shared/icons/x.js';

/** What the controller needs from its element. */
export interface TypedDocumentsHost extends ReactiveControllerHost, HTMLElement {
  readonly orderId: string;
  readonly renderRoot: HTMLElement | DocumentFragment;
  /** The checked adapter. */
  supplierApi(): SupplierApi;
  /** Loads the order again. */
  reload(): Promise<unknown>;
  /** Says `text` in the element's live region. */
  announce(text: string): void;
}

interface Upload {
  readonly type: QualityDocumentType;
  readonly file: File;
  /** Made once per chosen file and kept for "Try again". */
  readonly key: string;
  /** The slot's write: busy, the key kept for "Try again", aborted on cancel or when the element leaves the page. */
  readonly write: SubmitController;
  progress: UploadProgress | null;
}

/** The badge tone (the stage status colours) and icon of each slot state; never colour alone, the words go with it. */
const BADGES: Readonly<Record<QualityDocumentState, { readonly tone: StageStatus; readonly icon: Icon }>> = {
  missing: { tone: 'action-required', icon: circleIcon },
  uploaded: { tone: 'waiting', icon: waitingIcon },
  accepted: { tone: 'done', icon: checkIcon },
  rejected: { tone: 'action-required', icon: xIcon },
};

export class TypedDocumentsController implements ReactiveController {
  private readonly host: TypedDocumentsHost;
  private readonly i18n: LocalizeController<QualityReportMessages>;
  private readonly drops = new Map<QualityDocumentType, FileDropController>();
  private readonly uploads = new Map<QualityDocumentType, Upload>();
  private readonly writes: SubmitControllers<QualityDocumentType>;
  private readonly problems = new Map<QualityDocumentType, string>();
  /** Slots where the supplier asked to upload a new version. */
  private readonly opened = new Set<QualityDocumentType>();
  /** The newest version's id and state per slot, as last shown: a change is announced. */
  private seen: ReadonlyMap<QualityDocumentType, string> | null = null;
  private rules: PackagingRules | null = null;
  /** Uploads open once the order is confirmed. */
  private open = false;

  constructor(host: TypedDocumentsHost, i18n: LocalizeController<QualityReportMessages>) {
    this.host = host;
    this.i18n = i18n;
    this.writes = new SubmitControllers(host);
    host.addController(this);
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.uploads.clear();
  }

  /** True while a slot's newest version waits for the reviewer (the element checks again then). */
  static awaitsReview(order: Order): boolean {
    return order.quality.documents.some((slot) => slotState(slot) === 'uploaded');
  }

  /** Announces reviews that arrived since the last load (accepted, rejected). */
  noticeReviews(order: Order): void {
    const now = new Map(
      order.quality.documents.map((slot) => [slot.type, `${newestVersion(slot)?.id ?? ''} ${slotState(slot)}`]),
    );
    const before = this.seen;
    this.seen = now;
    if (!before) return;
    for (const slot of order.quality.documents) {
      const state = slotState(slot);
      const previous = before.get(slot.type);
      if (
        (state === 'accepted' || state === 'rejected') &&
        previous !== undefined &&
        previous !== now.get(slot.type) &&
        previous.endsWith(' uploaded')
      ) {
        this.host.announce(
          this.i18n.t(`documentReviewed.${state}`, { type: this.typeName(slot.type), number: slot.versions.length }),
        );
      }
    }
  }

  private typeName(type: QualityDocumentType): string {
    return this.i18n.shared(`qualityDocument.${type}`);
  }

  private drop(type: QualityDocumentType): FileDropController {
    let drop = this.drops.get(type);
    if (!drop) {
      drop = new FileDropController(this.host, (files) => void this.handleFiles(type, files));
      this.drops.set(type, drop);
    }
    return drop;
  }

  private changed(): void {
    this.host.requestUpdate();
  }

  private async handleFiles(type: QualityDocumentType, files: readonly File[]): Promise<void> {
    const [file] = files;
    if (!file || !this.rules || this.uploads.has(type)) return;
    this.problems.delete(type);
    const kind = fileKindOf(type);
    const problem = await checkFile(
      file,
      kind,
      kind === 'image' ? this.rules.maxPhotoBytes : this.rules.maxDocumentBytes,
    );
    if (problem) {
      this.problems.set(type, fileProblemMessage(file.name, problem, this.i18n));
      this.changed();
      return;
    }
    this.writes.get(type)?.reset();
    await this.send({ type, file, key: newIdempotencyKey(), write: this.writes.of(type), progress: null });
  }

  private async send(upload: Upload): Promise<void> {
    const { type } = upload;
    this.uploads.set(type, upload);
    this.changed();
    try {
      const slot = await upload.write.submit(
        ({ idempotencyKey, signal }) =>
          this.host.supplierApi().uploadQualityDocument(
            this.host.orderId,
            type,
            { name: upload.file.name, blob: upload.file },
            {
              idempotencyKey,
              signal,
              onProgress: (progress) => {
                upload.progress = progress;
                this.changed();
              },
            },
          ),
        { key: upload.key, retry: () => void this.send({ ...upload, progress: null }) },
      );
      if (!slot) return;
      this.opened.delete(type);
      const name = newestVersion(slot)?.name ?? upload.file.name;
      this.host.announce(
        this.i18n.t('documentUploaded', { name, type: this.typeName(type), number: slot.versions.length }),
      );
      this.host.dispatchEvent(new QualityDocumentUploadedEvent({ orderId: this.host.orderId, type, slot }));
      await this.host.reload();
    } finally {
      if (this.uploads.get(type) === upload) this.uploads.delete(type);
      this.changed();
    }
  }

  private async openNewVersion(type: QualityDocumentType): Promise<void> {
    this.opened.add(type);
    this.changed();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLInputElement>(`#${inputId(type)}`)?.focus();
  }

  private async closeNewVersion(type: QualityDocumentType): Promise<void> {
    this.opened.delete(type);
    this.problems.delete(type);
    this.changed();
    await this.host.updateComplete;
    this.host.renderRoot.querySelector<HTMLButtonElement>(`[data-type="${type}"] [part~="new-version"]`)?.focus();
  }

  render(order: Order, rules: PackagingRules): TemplateResult {
    this.rules = rules;
    this.open = productionStatus(order) === 'done';
    const i18n = this.i18n;
    return html`<p>
        ${i18n.t('typedIntro')}
        ${order.quality.blocksShipping ? i18n.t('typedBlocksShipping') : i18n.t('typedNotBlocking')}
      </p>
      ${this.open ? nothing : html`<p class="notice info">${i18n.t('typedAfterConfirmation')}</p>`}
      <h4>${i18n.t('documentsHeading')}</h4>
      <ul part="slots" class="slots">
        ${order.quality.documents.map((slot) => this.renderSlot(slot, rules))}
      </ul>`;
  }

  private renderBadge(state: QualityDocumentState): TemplateResult {
    const { tone, icon } = BADGES[state];
    return html`<span class="status-badge ${tone}" part="status-badge document-${state}"
      >${renderIcon(icon)}${this.i18n.t(`state.${state}`)}</span
    >`;
  }

  private renderSlot(slot: QualityDocumentSlot, rules: PackagingRules): TemplateResult {
    const i18n = this.i18n;
    const state = slotState(slot);
    const name = this.typeName(slot.type);
    const newest = newestVersion(slot);
    const problem = this.problems.get(slot.type);
    const error = this.writes.get(slot.type)?.error ?? null;
    return html`<li part="slot slot-${state}" class="slot" data-type=${slot.type}>
      <div class="slot-head">
        <div class="slot-title">
          <h5 id="slot-${slot.type}">${name}</h5>
          <span class="muted">(${slot.required ? i18n.t('required') : i18n.t('optional')})</span>
        </div>
        ${this.renderBadge(state)}
      </div>
      ${
        state === 'rejected' && newest
          ? html`<div part="rejection" class="notice danger">
              <div class="notice-body">
                <strong>${i18n.t('rejectedBecause')}</strong> ${newest.rejectionReason ?? ''}
              </div>
            </div>`
          : nothing
      }
      ${this.renderUpload(slot, state, rules)}
      ${problem ? html`<p part="error" class="notice danger" role="alert">${problem}</p>` : nothing}
      ${error ? errorView(error, i18n, () => this.writes.get(slot.type)?.retry()) : nothing}
      ${slot.versions.length > 0 ? this.renderVersions(slot) : nothing}
    </li>`;
  }

  private renderUpload(
    slot: QualityDocumentSlot,
    state: QualityDocumentState,
    rules: PackagingRules,
  ): TemplateResult | typeof nothing {
    const i18n = this.i18n;
    const upload = this.uploads.get(slot.type);
    if (upload) return renderUploadProgress(upload.file.name, upload.progress, () => upload.write.abort(), i18n);
    if (!this.open || !acceptsNewVersion(slot)) return nothing;
    const name = this.typeName(slot.type);
    if (state !== 'missing' && !this.opened.has(slot.type)) {
      return html`<div class="slot-action">
        <button
          type="button"
          part="button new-version"
          class="button"
          aria-label=${i18n.t('uploadNewVersionLabel', { type: name })}
          @click=${() => void this.openNewVersion(slot.type)}
        >
          ${i18n.t('uploadNewVersion')}
        </button>
      </div>`;
    }
    const image = fileKindOf(slot.type) === 'image';
    const drop = this.drop(slot.type).render(
      {
        id: inputId(slot.type),
        label: i18n.t(image ? 'documentLabelImage' : 'documentLabelPdf', { type: name }),
        accept: image ? 'image/jpeg,image/png,image/webp' : 'application/pdf,.pdf',
        hint: image
          ? i18n.t('imageHint', { limit: i18n.fileSize(rules.maxPhotoBytes) })
          : i18n.t('uploadHint', { limit: i18n.fileSize(rules.maxDocumentBytes) }),
      },
      i18n,
    );
    return state === 'missing'
      ? drop
      : html`${drop}
          <button
            type="button"
            part="button"
            class="button link"
            aria-label=${i18n.t('cancelNewVersionLabel', { type: name })}
            @click=${() => void this.closeNewVersion(slot.type)}
          >
            ${i18n.t('cancelNewVersion')}
          </button>`;
  }

  private renderVersions(slot: QualityDocumentSlot): TemplateResult {
    const name = this.typeName(slot.type);
    const numbered = slot.versions.map((version, index) => ({ version, number: index + 1 })).reverse();
    return html`<ol part="versions" class="versions" aria-label=${this.i18n.t('versions', { type: name })}>
      ${numbered.map(({ version, number }) => this.renderVersion(version, number, number === slot.versions.length))}
    </ol>`;
  }

  private renderVersion(version: QualityDocumentVersion, number: number, newest: boolean): TemplateResult {
    const i18n = this.i18n;
    const href = safeHref(version.url);
    const label = `${version.name} (${i18n.fileSize(version.sizeBytes)})`;
    return html`<li part="version" class="version">
      <span class="name">
        ${href ? html`<a part="document-link" href=${href} download=${version.name} target="_blank" rel="noopener">${label}</a>` : label}
        <span class="muted"
          >${i18n.t('versionLine', { number, date: i18n.dateTime(version.createdAt) })}${
            version.reviewedAt ? html`, ${i18n.t('reviewedOn', { date: i18n.dateTime(version.reviewedAt) })}` : nothing
          }</span
        >
        ${version.status === 'rejected' && !newest && version.rejectionReason ? html`<span class="reason">${version.rejectionReason}</span>` : nothing}
      </span>
      ${this.renderBadge(version.status)}
    </li>`;
  }
}

const inputId = (type: QualityDocumentType) => `quality-document-${type}`;

export const typedDocumentsStyles = css`
  .slots,
  .versions {
    list-style: none;
    padding: 0;
    margin: var(--_space-3) 0;
    display: grid;
    gap: var(--_space-3);
  }
  .slot {
    display: grid;
    gap: var(--_space-2);
    padding: var(--_space-3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-small);
  }
  /* Every slot's head the same at any width: the name with "(required)" flowing after it on the start side, the
     badge at the end, level with the name's first line. */
  .slot-head {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    align-items: start;
    gap: var(--_space-2);
  }
  .slot-title {
    margin: 0;
  }
  .slot-head h5 {
    display: inline;
    margin: 0;
    font-size: 1rem;
  }
  /* The slot's parts spaced by its grid alone. */
  .slot > .notice {
    margin: 0;
  }
  /* "Upload new version" right under what it replaces, at the start, as the drop zone it opens. */
  .slot-action {
    display: flex;
  }
  .versions {
    gap: var(--_space-2);
    margin: 0;
  }
  .version {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: var(--_space-2);
    padding-block-start: var(--_space-2);
    border-block-start: 1px solid var(--_border);
  }
  .version .name {
    display: grid;
    flex: 1;
    min-inline-size: 10rem;
    overflow-wrap: anywhere;
  }
  .version .reason {
    font-size: var(--_font-size-small);
  }
`;
