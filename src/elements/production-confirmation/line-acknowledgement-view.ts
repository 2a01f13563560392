/** The answers per line as sent, with the platform's response to each (a badge in words, and what a counter-proposal proposes). */
import { html, nothing, type TemplateResult } from 'lit';
import { positionById } from '../../domain/positions.js';
import type {
  AcknowledgedLine,
  LineAcknowledgement,
  LineResponseStatus,
  Order,
  StageStatus,
} from '../../domain/types.js';
import type { LocalizeController } from '../../i18n/localize.js';
import type { LongList } from '../shared/long-list.js';
import { renderScrollRegion } from '../shared/scroll-region.js';
import { renderBadge } from '../shared/status-badge.js';
import type { ProductionConfirmationMessages } from './production-confirmation.messages.js';

type I18n = LocalizeController<ProductionConfirmationMessages>;

const TONES: Readonly<Record<LineResponseStatus, StageStatus>> = {
  pending: 'waiting',
  accepted: 'done',
  'counter-proposal': 'action-required',
};

function answerText({ answer }: AcknowledgedLine, ordered: number, i18n: I18n): string {
  switch (answer.kind) {
    case 'accept':
      return i18n.t('answer.accept');
    case 'accept-quantity':
      return i18n.t('answer.accept-quantity', {
        quantity: i18n.number(answer.quantity),
        ordered: i18n.number(ordered),
      });
    case 'propose-date':
      return i18n.t('answer.propose-date', { date: i18n.date(answer.date) });
    case 'decline':
      return i18n.t('answer.decline', { reason: i18n.t(`reason.${answer.reason}`) });
  }
}

function renderResponse({ response }: AcknowledgedLine, i18n: I18n): TemplateResult {
  const proposed = [
    response.quantity !== null ? i18n.t('counter.quantity', { quantity: i18n.number(response.quantity) }) : '',
    response.date !== null ? i18n.t('counter.date', { date: i18n.date(response.date) }) : '',
  ].filter(Boolean);
  return html`${renderBadge(TONES[response.status], i18n.t(`response.${response.status}`))}
  ${proposed.length > 0 ? html`<p class="proposal">${i18n.list(proposed)}</p>` : nothing}
  ${response.note ? html`<p class="muted">${response.note}</p>` : nothing}`;
}

/** The result table, a page of lines at a time (`list`); its heading takes focus after sending. */
export function renderLineAcknowledgement(
  order: Order,
  acknowledgement: LineAcknowledgement,
  list: LongList<AcknowledgedLine>,
  i18n: I18n,
): TemplateResult {
  const view = list.view(acknowledgement.lines);
  return html`<section part="line-results" class="line-results" aria-labelledby="lines-result-title">
    <h3 id="lines-result-title" tabindex="-1">${i18n.t('resultTitle')}</h3>
    <p class="muted">${i18n.t('resultSent', { date: i18n.dateTime(acknowledgement.submittedAt, order.timeZone) })}</p>
    ${list.renderFilter(view)}
    ${renderScrollRegion(
      html`<table>
        <thead>
          <tr>
            <th scope="col" class="num">${i18n.t('column.line')}</th>
            <th scope="col">${i18n.t('column.part')}</th>
            <th scope="col">${i18n.t('column.answer')}</th>
            <th scope="col">${i18n.t('column.response')}</th>
          </tr>
        </thead>
        <tbody>
          ${view.rows.map(({ item: line }) => {
            const position = positionById(order, line.answer.positionId);
            const note = line.answer.kind === 'decline' ? line.answer.note : null;
            return html`<tr data-position=${line.answer.positionId}>
              <td class="num">${position ? i18n.number(position.lineNo) : ''}</td>
              <td>
                ${position?.partName ?? line.answer.positionId} <span class="muted">${position?.partNumber ?? ''}</span>
              </td>
              <td>
                ${answerText(line, position?.quantity ?? 0, i18n)}${note ? html`<p class="muted">${note}</p>` : nothing}
              </td>
              <td>${renderResponse(line, i18n)}</td>
            </tr>`;
          })}
        </tbody>
      </table>`,
      { label: i18n.t('resultTable') },
    )}
    ${list.renderPager(view)}
  </section>`;
}
