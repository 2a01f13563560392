import { html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { isAbortError } from '../../api/errors.js';
import type { SupplierApi, UploadProgress } from '../../api/port.js';
import type { DocumentRef } from '../../domain/types.js';
import type { LocalizeController } from '../../i18n/localize.js';
import { errorMessage } from '../shared/error-message.js';
import { fieldStatus, NO_STATE, type FieldState } from '../shared/field.js';
import { checkFile } from '../shared/file-check.js';
import { FileDropController, fileProblemMessage, renderUploadProgress } from '../shared/file-drop.js';
import { renderIcon } from '../shared/icon.js';
import { checkIcon } from '../shared/icons/check.js';
import { newIdempotencyKey } from '../shared/idempotency.js';
import { downscaleImage, type DownscaleResult } from '../shared/image-downscale.js';
import type { ShippingDraft } from './draft.js';
import type { ShippingWizardMessages } from './shipping-wizard.messages.js';
import type { WizardData } from './steps/step-host.js';

/** Longest side of an uploaded package photo, in pixels. */
const PHOTO_MAX_DIMENSION = 2000;
/** Photos above this size are re-encoded even when small in pixels. */
const PHOTO_TARGET_BYTES = 2 * 1024 * 1024;

interface PhotoUpload {
  readonly name: string;
  readonly progress: UploadProgress | null;
  readonly controller: AbortController | null;
}

/** What the photo field needs from the wizard. */
export interface PhotoUploadOptions {
  readonly i18n: LocalizeController<ShippingWizardMessages>;
  readonly api: () => SupplierApi;
  /** The loaded order and rules, once loaded. */
  readonly data: () => WizardData | undefined;
  /** Nothing may change while publishing. */
  readonly busy: () => boolean;
  /** A photo was chosen: the field counts as touched. */
  readonly onChosen: () => void;
  /** The photo was stored: the wizard keeps its reference in the draft. */
  readonly onUploaded: (photo: DocumentRef) => void;
  readonly announce: (text: string) => void;
  /** Focus the photo's drop zone after the next render. */
  readonly focus: () => void;
}

/**
 * The package photo of the wizard: checked by its bytes, scaled down in the browser, uploaded with progress and
 * "Cancel", shown as a thumbnail; aborted and its blob URL released when the wizard leaves the page.
 */
export class PhotoUploadController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly options: PhotoUploadOptions;
  private readonly drop: FileDropController;
  private upload: PhotoUpload | null = null;
  private refusal: string | null = null;
  private thumbnailUrl: string | null = null;
  /** Who waits for the photo under way (Continue pressed while it uploads). */
  private waiters: ((stored: boolean) => void)[] = [];

  constructor(host: ReactiveControllerHost & HTMLElement, options: PhotoUploadOptions) {
    this.host = host;
    this.options = options;
    this.drop = new FileDropController(host, (files) => {
      const file = files[0];
      const data = options.data();
      if (file && data) void this.handle(file, data);
    });
    host.addController(this);
  }

  hostDisconnected(): void {
    this.upload?.controller?.abort();
    this.upload = null;
    this.settle(false);
    this.clear();
  }

  /** Whether a photo is being prepared or uploaded (publishing waits for it). */
  get uploading(): boolean {
    return this.upload !== null;
  }

  /** Continue was pressed while the photo is under way: it goes on once the photo is stored. */
  get waiting(): boolean {
    return this.waiters.length > 0;
  }

  /** Waits for the photo under way, said aloud ("Uploading the photo…", then why not when it fails); true once it is stored. */
  async waitForUpload(): Promise<boolean> {
    const settled = this.settled();
    this.options.announce(this.options.i18n.t('uploadingPhoto.continue'));
    this.host.requestUpdate();
    const stored = await settled;
    if (!stored && this.refusal) this.options.announce(this.refusal);
    return stored;
  }

  /** Why the last photo was refused or not uploaded, in words; null when it was not. */
  get problem(): string | null {
    return this.refusal;
  }

  /**
   * Resolves once the photo under way is stored (true), or refused, failed or cancelled (false); a photo chosen
   * instead of it is waited for in its place. At once when none is under way (true unless the last one failed).
   */
  settled(): Promise<boolean> {
    if (!this.upload) return Promise.resolve(this.refusal === null);
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private settle(stored: boolean): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const resolve of waiters) resolve(stored);
    this.host.requestUpdate();
  }

  /** Forgets the refusal and the thumbnail (another order, or published). */
  clear(): void {
    this.refusal = null;
    if (this.thumbnailUrl) URL.revokeObjectURL(this.thumbnailUrl);
    this.thumbnailUrl = null;
  }

  private set(patch: { upload?: PhotoUpload | null; problem?: string | null }): void {
    if ('upload' in patch) this.upload = patch.upload ?? null;
    if ('problem' in patch) this.refusal = patch.problem ?? null;
    this.host.requestUpdate();
  }

  private async handle(file: File, data: WizardData): Promise<void> {
    if (this.options.busy()) return;
    const i18n = this.options.i18n;
    this.upload?.controller?.abort();
    this.options.onChosen();
    this.set({ problem: null, upload: { name: file.name, progress: null, controller: null } });
    const typeProblem = await checkFile(file, 'image', Number.MAX_SAFE_INTEGER);
    if (typeProblem) return this.refuse(fileProblemMessage(file.name, typeProblem, i18n));
    let prepared: DownscaleResult;
    try {
      prepared = await downscaleImage(file, file.name, {
        maxDimension: PHOTO_MAX_DIMENSION,
        maxBytes: Math.min(PHOTO_TARGET_BYTES, data.rules.maxPhotoBytes),
      });
    } catch {
      return this.refuse(i18n.t('problem.photo-undecodable', { name: file.name }));
    }
    const sizeProblem = await checkFile(prepared.blob, 'image', data.rules.maxPhotoBytes);
    if (sizeProblem) return this.refuse(fileProblemMessage(file.name, sizeProblem, i18n));
    await this.send(prepared, data);
  }

  private async send(prepared: DownscaleResult, data: WizardData): Promise<void> {
    const i18n = this.options.i18n;
    const controller = new AbortController();
    this.set({ upload: { name: prepared.name, progress: null, controller } });
    try {
      const ref = await this.options.api().uploadPackagePhoto(
        data.order.id,
        { name: prepared.name, blob: prepared.blob },
        {
          idempotencyKey: newIdempotencyKey(),
          signal: controller.signal,
          onProgress: (progress) => {
            if (this.upload?.controller === controller) this.set({ upload: { ...this.upload, progress } });
          },
        },
      );
      if (this.thumbnailUrl) URL.revokeObjectURL(this.thumbnailUrl);
      this.thumbnailUrl = URL.createObjectURL(prepared.blob);
      this.set({ upload: null });
      this.options.onUploaded(ref);
      this.options.announce(i18n.t('package.photoUploaded', { name: ref.name }));
      this.settle(true);
    } catch (error) {
      if (this.upload?.controller !== controller) return;
      if (isAbortError(error)) {
        this.set({ upload: null });
        this.options.announce(i18n.t('package.photoCancelled', { name: prepared.name }));
        return this.settle(false);
      }
      this.set({ upload: null, problem: i18n.t('problem.photo-failed', { reason: errorMessage(error, i18n) }) });
      this.settle(false);
    }
  }

  private refuse(message: string): void {
    this.set({ upload: null, problem: message });
    this.settle(false);
    this.options.focus();
  }

  private cancel(): void {
    const upload = this.upload;
    upload?.controller?.abort();
    this.set({ upload: null });
    this.settle(false);
    if (upload) this.options.announce(this.options.i18n.t('package.photoCancelled', { name: upload.name }));
  }

  /** The photo field: thumbnail, preparing / progress, drop zone and its state (`fieldState` when nothing was refused or is under way). */
  render(draft: ShippingDraft, fieldState: FieldState): TemplateResult {
    const i18n = this.options.i18n;
    const upload = this.upload;
    // While a photo is under way its progress says so: no "wait" error beside it (Continue waits for it).
    const state: FieldState = this.refusal ? { kind: 'error', message: this.refusal } : upload ? NO_STATE : fieldState;
    return html`<div class="photo field" data-state=${state.kind}>
      <span class="photo-label" id="package-photo-label">${i18n.t('package.photo')}</span>
      ${
        draft.photo && !upload
          ? html`<div class="thumbnail" part="thumbnail">
              ${this.thumbnailUrl ? html`<img src=${this.thumbnailUrl} alt=${i18n.t('package.photoAlt', { name: draft.photo.name })} />` : nothing}
              <span>${renderIcon(checkIcon)} ${i18n.t('package.photoUploaded', { name: draft.photo.name })}</span>
            </div>`
          : nothing
      }
      ${
        upload
          ? upload.controller
            ? renderUploadProgress(upload.name, upload.progress, () => this.cancel(), i18n)
            : html`<p role="status" class="muted">${i18n.t('package.photoPreparing', { name: upload.name })}</p>`
          : nothing
      }
      ${this.drop.render(
        {
          id: 'package-photo',
          label: i18n.t('package.photo'),
          accept: 'image/*',
          capture: 'environment',
          hint: i18n.t('package.photoHint'),
          disabled: this.options.busy(),
        },
        i18n,
      )}
      ${fieldStatus('package-photo', state, i18n)}
    </div>`;
  }
}
