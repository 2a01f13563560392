/** What the list scenarios do with either list: make it, find its rows and scroll container, read what it shows. */
import type { OrderSort, SortDirection } from '../../src/api/port.js';
import type { CurrentStage } from '../../src/domain/types.js';
import { stage } from '../measure.js';
import { listData } from './list-data.js';

/** `ours` is `<order-list>`; `naive` is the baseline in bench/naive-order-list.ts. */
export type ListKind = 'ours' | 'naive';

/** The properties both lists share. */
export interface ListState {
  search: string;
  stage: CurrentStage | '';
  needsAction: boolean;
  overdue: boolean;
  sort: OrderSort;
  direction: SortDirection;
}

export type ListElement = HTMLElement & ListState;

/** A new, not yet connected list of `kind` (the naive one already holds every order). */
export function createList(kind: ListKind): ListElement {
  if (kind === 'ours') return document.createElement('order-list');
  const { summaries } = listData();
  if (summaries.length === 0) throw new Error('call bench.prepareNaive() first');
  const naive = document.createElement('naive-order-list');
  naive.orders = summaries;
  return naive;
}

export function mountList(list: ListElement): void {
  stage().append(list);
}

export function unmountList(list: ListElement): void {
  list.remove();
}

const root = (list: ListElement) => list.shadowRoot as ShadowRoot;

/** The data row at `index` (both lists mark rows with part="row" and data-index). */
export const rowAt = (list: ListElement, index: number) =>
  root(list).querySelector<HTMLElement>(`[part~="row"][data-index="${index}"]`);

export const hasRows = (list: ListElement) => rowAt(list, 0) !== null;

/** The order numbers of the first three rows. */
export const shown = (list: ListElement): string =>
  [0, 1, 2].map((index) => rowAt(list, index)?.firstElementChild?.textContent?.trim() ?? '').join(',');

/** The element that scrolls the rows (`.rows` in both lists). */
export function scroller(list: ListElement): HTMLElement {
  const rows = root(list).querySelector<HTMLElement>('.rows');
  if (!rows) throw new Error('no .rows scroll container in the list');
  return rows;
}

/** Applies a state in one go (one update of the element). */
export function applyState(list: ListElement, state: Partial<ListState>): void {
  Object.assign(list, state);
}
