import type { ReactiveControllerHost, TemplateResult } from 'lit';
import type { SupplierApi, UploadProgress } from '../../api/port.js';
import type { DocumentRef } from '../../domain/types.js';
import type { LocalizeController } from '../../i18n/localize.js';
import { checkFile } from '../shared/file-check.js';
import { FileDropController, fileProblemMessage, renderUploadProgress } from '../shared/file-drop.js';
import type { SubmitController } from '../shared/submit-controller.js';
import type { DocumentUploadDraft } from './invoice-draft.js';
import type { InvoiceFormMessages } from './invoice-form.messages.js';
import type { Loaded } from './steps/step-host.js';

/** What the signed PDF's upload asks of the form: what is loaded, the draft's key for a file, and where the document goes. */
export interface SignedPdfHost {
  readonly api: () => SupplierApi;
  readonly loaded: () => Loaded | undefined;
  /** The upload of `file` as the draft keeps it: the same file keeps its key (one document after a reload or a failure). */
  readonly uploadFor: (loaded: Loaded, file: File) => DocumentUploadDraft;
  readonly uploaded: (loaded: Loaded, document: DocumentRef) => void;
}

/** The signed invoice (PDF): its drop zone, the file check (magic bytes, size), the upload with progress and cancel. */
export class SignedPdfController {
  private readonly host: ReactiveControllerHost;
  private readonly i18n: LocalizeController<InvoiceFormMessages>;
  private readonly submitter: SubmitController;
  private readonly form: SignedPdfHost;
  private readonly drop: FileDropController;
  private upload: { readonly name: string; progress: UploadProgress | null } | null = null;
  /** Why the chosen file was refused, in words; empty when none was. */
  problem = '';

  constructor(
    host: ReactiveControllerHost,
    i18n: LocalizeController<InvoiceFormMessages>,
    submitter: SubmitController,
    form: SignedPdfHost,
  ) {
    this.host = host;
    this.i18n = i18n;
    this.submitter = submitter;
    this.form = form;
    this.drop = new FileDropController(host, (files) => void this.handleFile(files[0]));
  }

  private async handleFile(file: File | undefined): Promise<void> {
    const loaded = this.form.loaded();
    if (!loaded || !file) return;
    this.problem = '';
    this.host.requestUpdate();
    const problem = await checkFile(file, 'pdf', loaded.rules.maxDocumentBytes);
    if (problem) {
      this.problem = fileProblemMessage(file.name, problem, this.i18n);
      this.host.requestUpdate();
      return;
    }
    const { key } = this.form.uploadFor(loaded, file);
    const upload = { name: file.name, progress: null as UploadProgress | null };
    this.upload = upload;
    this.host.requestUpdate();
    const document = await this.submitter.submit(
      ({ idempotencyKey, signal }) =>
        this.form.api().uploadInvoiceDocument(
          loaded.order.id,
          { name: file.name, blob: file },
          {
            idempotencyKey,
            signal,
            onProgress: (progress) => {
              upload.progress = progress;
              this.host.requestUpdate();
            },
          },
        ),
      { key, retry: () => void this.handleFile(file) },
    );
    this.upload = null;
    this.host.requestUpdate();
    if (document) this.form.uploaded(loaded, document);
  }

  /** The drop zone, or the upload's progress with "Cancel". */
  render(maxBytes: number): TemplateResult {
    const i18n = this.i18n;
    if (this.upload)
      return renderUploadProgress(this.upload.name, this.upload.progress, () => this.submitter.abort(), i18n);
    return this.drop.render(
      {
        id: 'invoice-file',
        label: i18n.t('uploadLabel'),
        accept: 'application/pdf,.pdf',
        hint: i18n.t('uploadHint', { limit: i18n.fileSize(maxBytes) }),
      },
      i18n,
    );
  }
}
