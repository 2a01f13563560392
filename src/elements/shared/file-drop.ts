import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Messages } from '../../i18n/message-catalog.js';
import type { LocalizeController } from '../../i18n/localize.js';
import type { UploadProgress } from '../../api/port.js';
import type { FileProblem } from './file-check.js';
import { renderIcon } from './icon.js';
import { uploadIcon } from './icons/upload.js';

export interface FileDropOptions {
  readonly id: string;
  readonly label: string;
  readonly accept: string;
  /** `environment` opens the rear camera on phones and tablets. */
  readonly capture?: 'environment' | 'user';
  readonly multiple?: boolean;
  readonly disabled?: boolean;
  readonly hint?: string;
}

/**
 * A drop zone with a real file input inside (keyboard and screen readers use the
 * input; pointer users may drop). Call `render()` from the host's template.
 */
export class FileDropController implements ReactiveController {
  private readonly host: ReactiveControllerHost;
  private readonly onFiles: (files: File[]) => void;
  /** True while a file is dragged over the zone. */
  dragActive = false;

  constructor(host: ReactiveControllerHost, onFiles: (files: File[]) => void) {
    this.host = host;
    this.onFiles = onFiles;
    host.addController(this);
  }

  hostConnected(): void {}

  private setDrag(active: boolean): void {
    if (this.dragActive !== active) {
      this.dragActive = active;
      this.host.requestUpdate();
    }
  }

  private readonly handleDragOver = (event: DragEvent) => {
    event.preventDefault();
    this.setDrag(true);
  };

  private readonly handleDragLeave = () => this.setDrag(false);

  private readonly handleDrop = (event: DragEvent) => {
    event.preventDefault();
    this.setDrag(false);
    const files = [...(event.dataTransfer?.files ?? [])];
    if (files.length) this.onFiles(files);
  };

  private readonly handleChange = (event: Event) => {
    const input = event.target as HTMLInputElement;
    const files = [...(input.files ?? [])];
    input.value = '';
    if (files.length) this.onFiles(files);
  };

  render(options: FileDropOptions, i18n: LocalizeController<Messages>): TemplateResult {
    return html`<div
      part="file-drop"
      class="file-drop ${this.dragActive ? 'drag-active' : ''}"
      @dragover=${this.handleDragOver}
      @dragleave=${this.handleDragLeave}
      @drop=${this.handleDrop}
    >
      <span class="file-drop-icon">${renderIcon(uploadIcon)}</span>
      <span>${i18n.shared('dropFiles')}</span>
      <label class="button" part="button file-button" for=${options.id}>${i18n.shared('chooseFile')}</label>
      <input
        id=${options.id}
        class="visually-hidden"
        type="file"
        aria-label=${options.label}
        accept=${options.accept}
        capture=${ifDefined(options.capture)}
        ?multiple=${options.multiple === true}
        ?disabled=${options.disabled === true}
        aria-describedby=${ifDefined(options.hint ? `${options.id}-hint` : undefined)}
        @change=${this.handleChange}
      />
      ${options.hint ? html`<p id="${options.id}-hint" class="muted file-drop-hint">${options.hint}</p>` : nothing}
    </div>`;
  }
}

/** An upload in progress, with a native progress bar and a cancel button. */
export function renderUploadProgress(
  name: string,
  progress: UploadProgress | null,
  onCancel: () => void,
  i18n: LocalizeController<Messages>,
): TemplateResult {
  const percent = progress && progress.total > 0 ? Math.round((progress.loaded / progress.total) * 100) : 0;
  const text = i18n.shared('uploading', { name, percent });
  return html`<div class="upload-progress" part="upload-progress">
    <label>${text}<progress max="100" .value=${percent} aria-label=${text}></progress></label>
    <button type="button" class="button link" part="button" @click=${onCancel}>${i18n.shared('cancelUpload')}</button>
  </div>`;
}

/** The message for a refused file, naming the file as text. */
export function fileProblemMessage(name: string, problem: FileProblem, i18n: LocalizeController<Messages>): string {
  switch (problem.code) {
    case 'empty':
      return i18n.shared('file.empty', { name });
    case 'type':
      return i18n.shared('file.type', { name, expected: i18n.shared(`file.expected.${problem.expected}`) });
    case 'size':
      return i18n.shared('file.size', { name, size: i18n.fileSize(problem.size), limit: i18n.fileSize(problem.limit) });
  }
}

export const fileDropStyles = css`
  .file-drop {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-2) var(--_space-3);
    padding: var(--_space-4);
    border: 2px dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .file-drop.drag-active {
    border-color: var(--_accent);
    background: var(--_info-surface);
  }
  .file-drop:focus-within label.button {
    box-shadow: var(--_focus-ring);
  }
  .file-drop-icon {
    font-size: 1.5rem;
  }
  .file-drop-hint {
    flex-basis: 100%;
    margin: 0;
    font-size: var(--_font-size-small);
  }
  .upload-progress {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-3);
    margin-block: var(--_space-2);
  }
  .upload-progress label {
    display: grid;
    gap: var(--_space-1);
    flex: 1;
    min-inline-size: 12rem;
  }
  .upload-progress progress {
    inline-size: 100%;
    accent-color: var(--_accent);
  }
`;
