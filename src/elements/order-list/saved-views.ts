import * as z from 'zod/mini';
import '../../api/zod-config.js';
import type { OrderSort, SortDirection } from '../../api/port.js';
import type { CurrentStage } from '../../domain/types.js';
import { browserStorage } from '../shared/browser-storage.js';

/** What `<order-list>` shows: its search, filters and sort. */
export interface ListView {
  readonly search: string;
  readonly stage: CurrentStage | '';
  readonly needsAction: boolean;
  readonly overdue: boolean;
  readonly sort: OrderSort;
  readonly direction: SortDirection;
}

/** A list view under a name. */
export interface SavedView extends ListView {
  readonly name: string;
}

export const MAX_VIEW_NAME = 60;
const MAX_VIEWS = 50;
const PREFIX = 'supplier-flow:views:order-list:';

/** What comes back from storage is checked like an adapter's answer: a tampered or older entry is ignored, not trusted. */
const SavedViewsSchema = z
  .array(
    z.object({
      name: z.string().check(z.minLength(1), z.maxLength(MAX_VIEW_NAME)),
      search: z.string().check(z.maxLength(200)),
      stage: z.enum(['', 'production', 'quality', 'shipping', 'invoice', 'completed']),
      needsAction: z.boolean(),
      overdue: z.boolean(),
      sort: z.enum(['lead-time', 'created', 'value']),
      direction: z.enum(['asc', 'desc']),
    }),
  )
  .check(z.maxLength(MAX_VIEWS));

const keyOf = (userId: string | undefined) => `${PREFIX}${userId ?? 'default'}`;

/** The user's saved views, by name; none when storage is blocked or holds something else. */
export function loadViews(userId: string | undefined): SavedView[] {
  try {
    const raw = browserStorage()?.getItem(keyOf(userId));
    const parsed = z.safeParse(SavedViewsSchema, raw ? JSON.parse(raw) : []);
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** Adds `view`, replacing one of the same name (names compare without case); returns the new list. */
export function saveView(userId: string | undefined, view: SavedView): SavedView[] {
  const others = loadViews(userId).filter((saved) => saved.name.toLowerCase() !== view.name.toLowerCase());
  const views = [...others, view].sort((a, b) => a.name.localeCompare(b.name)).slice(-MAX_VIEWS);
  write(userId, views);
  return views;
}

/** Removes the view named `name`; returns the new list. */
export function deleteView(userId: string | undefined, name: string): SavedView[] {
  const views = loadViews(userId).filter((saved) => saved.name !== name);
  write(userId, views);
  return views;
}

/** Whether two views show the same orders (the name aside). */
export const sameView = (a: ListView, b: ListView): boolean =>
  a.search === b.search &&
  a.stage === b.stage &&
  a.needsAction === b.needsAction &&
  a.overdue === b.overdue &&
  a.sort === b.sort &&
  a.direction === b.direction;

function write(userId: string | undefined, views: readonly SavedView[]): void {
  try {
    browserStorage()?.setItem(keyOf(userId), JSON.stringify(views));
  } catch {
    /* Storage full or blocked: the views live until the page is left. */
  }
}
