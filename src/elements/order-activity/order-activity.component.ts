import { Task } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { activityInTimeOrder, COMMENT_MAX_LENGTH, commentProblem, isKnownActivity } from '../../domain/activity.js';
import type { ActivityEntry, ActivityListEntry, CommentActivity, Order } from '../../domain/types.js';
import { SubmitController } from '../shared/submit-controller.js';
import { LocalizeController } from '../../i18n/localize.js';
import { createDraftStore } from '../shared/drafts.js';
import { fieldStatus, NO_STATE, type FieldState } from '../shared/field.js';
import { fieldStyles } from '../shared/field.styles.js';
import { newIdempotencyKey } from '../shared/idempotency.js';
import { SupplierElement } from '../shared/supplier-element.js';
import { errorView, renderTask } from '../shared/task-view.js';
import {
  COMMENT_DRAFT_VERSION,
  EMPTY_COMMENT_DRAFT,
  isCommentDraft,
  nextAttempt,
  type CommentDraft,
} from './comment-draft.js';
import { CommentAddedEvent } from './order-activity.events.js';
import { orderActivityMessages } from './order-activity.messages.js';
import { orderActivityStyles } from './order-activity.styles.js';
import { renderIcon, type Icon } from '../shared/icon.js';
import { documentIcon } from '../shared/icons/document.js';
import { invoiceIcon } from '../shared/icons/invoice.js';
import { labelIcon } from '../shared/icons/label.js';
import { messageIcon } from '../shared/icons/message.js';
import { packageIcon } from '../shared/icons/package.js';
import { successIcon } from '../shared/icons/success.js';

interface Loaded {
  readonly order: Order;
  /** Known entries, oldest first. */
  readonly entries: readonly ActivityEntry[];
  /** How many entries were of kinds this version does not know. */
  readonly unknownCount: number;
}

const ICONS: Readonly<Record<ActivityEntry['kind'], Icon>> = {
  'order-confirmed': successIcon,
  'quality-report-uploaded': documentIcon,
  'shipment-published': packageIcon,
  'shipping-documents-ready': labelIcon,
  'invoice-status': invoiceIcon,
  comment: messageIcon,
};

/** How soon after a comment the element looks for an answer, in seconds. */
const FOLLOW_UP_SECONDS = 6;

const drafts = createDraftStore<CommentDraft>('comment', COMMENT_DRAFT_VERSION, isCommentDraft);

/**
 * The activity of one order as a conversation: every event (confirmation, QC reports, shipments,
 * shipping documents, invoice statuses) and the comments of the supplier and of the platform, oldest
 * first with the comment box after the newest, so a reply reads next to what it answers. The supplier's
 * comment survives a reload as a draft and is sent with one idempotency key across retries. Entries of
 * kinds a newer backend added are left out with a note saying how many.
 *
 * @summary An order's events and comments, with a comment box.
 *
 * @fires {CommentAddedEvent} comment-added - Detail `{ orderId, comment }`: the supplier's comment was added.
 *
 * @csspart entries - The ordered list of entries.
 * @csspart entry - One entry (also `entry-comment`, `entry-event`).
 * @csspart author - The author of a comment (the supplier, or a person at the platform).
 * @csspart unknown-note - The note that entries of unknown kinds were left out.
 * @csspart comment-box - The comment form.
 * @csspart textarea - The comment text area.
 * @csspart character-count - The character count under the text area.
 * @csspart button - Every button.
 * @csspart error - A failed load or send, with "Try again".
 *
 * @cssprop --sf-color-accent - The mark of the supplier's comments.
 * @cssprop --sf-color-success - The mark of the platform's comments.
 * @cssprop --sf-color-surface-alt - The background of the platform's comments.
 */
export class OrderActivity extends SupplierElement {
  static override styles = [...SupplierElement.styles, fieldStyles, orderActivityStyles];

  /** The order whose activity is shown. */
  @property({ attribute: 'order-id', reflect: true }) orderId = '';

  /** How often to look for new entries (e.g. the platform's replies), in seconds, and once 6 s after a comment; 0 turns it off. */
  @property({ attribute: 'refresh-seconds', type: Number }) refreshSeconds = 30;

  @state() private draft: CommentDraft = EMPTY_COMMENT_DRAFT;
  @state() private problem: FieldState = NO_STATE;
  @state() private announcement = '';

  private readonly i18n = new LocalizeController(this, orderActivityMessages);
  /** Sending a comment with the draft's key; the platform's word on the text shows on the text box. */
  private readonly submitter = new SubmitController(this);
  private refreshTimer: ReturnType<typeof setInterval> | undefined;
  private followUpTimer: ReturnType<typeof setTimeout> | undefined;

  private readonly loadTask = new Task(this, {
    task: async ([orderId]: readonly [string, number], { signal }): Promise<Loaded> => {
      const api = this.api.adapter;
      const [order, all] = await Promise.all([
        api.getOrder(orderId, { signal }),
        api.listOrderActivity(orderId, { signal }),
      ]);
      const loaded = toLoaded(order, all);
      this.announceNewComments(this.loadTask.value, loaded);
      return loaded;
    },
    args: () => [this.orderId, this.api.revision] as const,
  });

  /** Loads the activity again (e.g. after a stage changed the order). */
  reload(): Promise<unknown> {
    return this.loadTask.run();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.startRefresh();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearInterval(this.refreshTimer);
    clearTimeout(this.followUpTimer);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('orderId')) {
      this.draft = drafts.load(this.orderId) ?? EMPTY_COMMENT_DRAFT;
      this.problem = NO_STATE;
      this.submitter.dismiss();
    }
    if (changed.has('refreshSeconds') && changed.get('refreshSeconds') !== undefined) this.startRefresh();
  }

  private startRefresh(): void {
    clearInterval(this.refreshTimer);
    if (!(this.refreshSeconds > 0)) return;
    this.refreshTimer = setInterval(() => this.handleRefresh(), this.refreshSeconds * 1000);
  }

  /** After a comment, one early look for an answer (replies to a question often come quickly). */
  private lookForAnswerSoon(): void {
    clearTimeout(this.followUpTimer);
    if (!(this.refreshSeconds > 0)) return;
    this.followUpTimer = setTimeout(
      () => this.handleRefresh(),
      Math.min(FOLLOW_UP_SECONDS, this.refreshSeconds) * 1000,
    );
  }

  private handleRefresh(): void {
    if (document.visibilityState === 'visible' && !this.submitter.sending && this.loadTask.value)
      void this.loadTask.run();
  }

  private announceNewComments(before: Loaded | undefined, after: Loaded): void {
    if (!before || before.order.id !== after.order.id) return;
    const known = new Set(before.entries.map((entry) => entry.id));
    const count = after.entries.filter(
      (entry) => !known.has(entry.id) && entry.kind === 'comment' && entry.author === 'platform',
    ).length;
    if (count > 0) this.announcement = this.i18n.t('newComments', { count });
  }

  private saveDraft(draft: CommentDraft): void {
    this.draft = draft;
    if (draft.text === '' && draft.attempt === null) drafts.clear(this.orderId);
    else drafts.save(this.orderId, draft);
  }

  private handleInput(event: Event): void {
    this.saveDraft({ ...this.draft, text: (event.target as HTMLTextAreaElement).value });
    if (this.problem.kind !== 'none') this.problem = NO_STATE;
  }

  private handleKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void this.handleSubmit();
    }
  }

  private async handleSubmit(event?: Event): Promise<void> {
    event?.preventDefault();
    if (this.submitter.sending) return;
    const problem = commentProblem(this.draft.text);
    if (problem) {
      this.problem = {
        kind: 'error',
        message: this.i18n.t(`problem.${problem}`, { max: this.i18n.number(COMMENT_MAX_LENGTH) }),
      };
      this.textarea()?.focus();
      return;
    }
    const draft = nextAttempt(this.draft, newIdempotencyKey);
    this.saveDraft(draft);
    this.announcement = '';
    const comment = await this.submitter.submit(
      ({ idempotencyKey }) => this.api.adapter.addOrderComment(this.orderId, draft.text, { idempotencyKey }),
      {
        key: draft.attempt!.key,
        retry: () => void this.handleSubmit(),
      },
    );
    if (!comment) return this.showTextProblem();
    this.saveDraft(EMPTY_COMMENT_DRAFT);
    this.announcement = this.i18n.t('commentAdded');
    this.dispatchEvent(new CommentAddedEvent({ orderId: this.orderId, comment }));
    this.lookForAnswerSoon();
    await this.loadTask.run();
    await this.updateComplete;
    this.textarea()?.focus();
  }

  /** The platform's word on the text shows on the text box (not as an error below it). */
  private showTextProblem(): void {
    const textProblem = this.submitter.fieldErrors['text'];
    if (textProblem !== 'required' && textProblem !== 'too-long') return;
    this.problem = {
      kind: 'error',
      message: this.i18n.t(`problem.${textProblem}`, { max: this.i18n.number(COMMENT_MAX_LENGTH) }),
    };
    this.submitter.dismiss();
  }

  private textarea(): HTMLTextAreaElement | null {
    return this.renderRoot.querySelector('textarea');
  }

  override render(): TemplateResult {
    return html`<div role="status" class="visually-hidden">${this.announcement}</div>
      ${renderTask(this.loadTask, this.i18n, {
        complete: (loaded) => this.renderLoaded(loaded),
        isEmpty: (loaded) => loaded.entries.length === 0,
        empty: (loaded) =>
          html`<p class="muted">${this.i18n.t('empty')}</p>
            ${this.renderUnknownNote(loaded)} ${this.renderCommentBox()}`,
      })}`;
  }

  private renderLoaded(loaded: Loaded): TemplateResult {
    return html`<ol
        part="entries"
        class="entries"
        aria-label=${this.i18n.t('listLabel', { number: loaded.order.number })}
      >
        ${loaded.entries.map((entry) => this.renderEntry(entry, loaded.order.timeZone))}
      </ol>
      ${this.renderUnknownNote(loaded)} ${this.renderCommentBox()}`;
  }

  private renderUnknownNote({ unknownCount }: Loaded): TemplateResult | typeof nothing {
    if (unknownCount === 0) return nothing;
    return html`<p part="unknown-note" class="notice info">
      ${this.i18n.t('unknownLeftOut', { count: unknownCount })}
    </p>`;
  }

  private renderEntry(entry: ActivityEntry, timeZone: string): TemplateResult {
    const when = html`<time datetime=${entry.at}>${this.i18n.dateTime(entry.at, timeZone)}</time>`;
    if (entry.kind === 'comment') {
      const author = this.authorOf(entry);
      return html`<li part="entry entry-comment" class="entry comment ${entry.author}">
        <span class="entry-icon">${renderIcon(ICONS.comment)}</span>
        <div>
          <p class="meta"><span part="author" class="author">${author}</span> · ${when}</p>
          <p class="text">${entry.text}</p>
        </div>
      </li>`;
    }
    return html`<li part="entry entry-event" class="entry event">
      <span class="entry-icon">${renderIcon(ICONS[entry.kind])}</span>
      <div>
        <p>${this.describe(entry)}</p>
        <p class="meta">${when}</p>
      </div>
    </li>`;
  }

  private authorOf(comment: CommentActivity): string {
    return this.i18n.t(`author.${comment.author}`, { name: comment.authorName });
  }

  private describe(entry: Exclude<ActivityEntry, CommentActivity>): string {
    const i18n = this.i18n;
    switch (entry.kind) {
      case 'order-confirmed':
        return i18n.t('event.order-confirmed');
      case 'quality-report-uploaded':
        return i18n.t('event.quality-report-uploaded', { name: entry.documentName });
      case 'shipment-published':
        return i18n.t('event.shipment-published', { number: entry.shipmentNumber });
      case 'shipping-documents-ready':
        return i18n.t('event.shipping-documents-ready', { number: entry.shipmentNumber });
      case 'invoice-status':
        return i18n.t(`invoice.${entry.status}`, { number: entry.invoiceNumber });
    }
  }

  private renderCommentBox(): TemplateResult {
    const i18n = this.i18n;
    const text = this.draft.text;
    return html`<form part="comment-box" class="comment-box" novalidate @submit=${this.handleSubmit}>
      <div class="field" part="field" data-state=${this.problem.kind}>
        <label for="comment" part="field-label">${i18n.t('commentLabel')}</label>
        <p id="comment-hint" class="field-hint muted">${i18n.t('commentHint')}</p>
        <textarea
          id="comment"
          part="textarea"
          rows="3"
          maxlength=${COMMENT_MAX_LENGTH}
          .value=${live(text)}
          aria-invalid=${this.problem.kind === 'error' ? 'true' : 'false'}
          aria-describedby="comment-hint comment-count comment-status"
          @input=${this.handleInput}
          @keydown=${this.handleKeydown}
        ></textarea>
        <p id="comment-count" part="character-count" class="count">
          ${i18n.t('characterCount', { count: i18n.number(text.length), max: i18n.number(COMMENT_MAX_LENGTH) })}
        </p>
        ${fieldStatus('comment', this.problem, i18n)}
      </div>
      ${this.submitter.error ? errorView(this.submitter.error, i18n, () => this.submitter.retry()) : nothing}
      <div class="actions">
        <button part="button send-button" class="button primary" type="submit">
          ${this.submitter.sending ? i18n.t('sending') : i18n.t('send')}
        </button>
      </div>
    </form>`;
  }
}

function toLoaded(order: Order, all: readonly ActivityListEntry[]): Loaded {
  const entries = activityInTimeOrder(all.filter(isKnownActivity));
  return { order, entries, unknownCount: all.length - entries.length };
}
