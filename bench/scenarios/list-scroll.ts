/**
 * Scrolling a list programmatically, a fixed number of pixels per animation frame, until `rows` rows have passed
 * (or the end of the list), loading further pages as the element does. Counts long tasks, dropped frames and
 * frames spent waiting at the end of the loaded rows, and the DOM size and JS heap before and after.
 */
import {
  afterNextPaint,
  domNodes,
  frames,
  heapAfterGc,
  longTasksBetween,
  nextFrame,
  settleObservers,
  waitForDom,
} from '../measure.js';
import { figure, type Figure } from '../stats.js';
import { listData } from './list-data.js';
import {
  createList,
  hasRows,
  mountList,
  rowAt,
  scroller,
  unmountList,
  type ListElement,
  type ListKind,
} from './list-element.js';

/** A frame longer than 1.5 × 16.7 ms means at least one frame was dropped. */
const DROPPED_FRAME_MS = 1.5 * (1000 / 60);
/** Give up when the list does not grow for this long at the end of its loaded rows. */
const STALL_TIMEOUT_MS = 15_000;

export interface ScrollOptions {
  readonly kind: ListKind;
  /** Rows to scroll past (fewer when the list is shorter). */
  readonly rows: number;
  /** Rows scrolled per animation frame. */
  readonly rowsPerFrame: number;
  /** Separate mounts, each scrolled once. */
  readonly runs: number;
}

interface Run {
  rowsPassed: number;
  rowHeight: number;
  frames: number;
  seconds: number;
  longTasks: number;
  longestTask: number;
  droppedFrames: number;
  longestFrame: number;
  medianFrame: number;
  stalledFrames: number;
  nodesAtStart: number;
  nodesAfter: number;
  heapAtStart: number | null;
  heapAfter: number | null;
}

/** The index of the row at the top edge of the scroll container. */
function firstVisibleRow(list: ListElement, box: HTMLElement): number {
  const edge = box.getBoundingClientRect();
  const hit = (list.shadowRoot as ShadowRoot).elementFromPoint(edge.left + edge.width / 2, edge.top + 2);
  return Number(hit?.closest('[part~="row"]')?.getAttribute('data-index') ?? Number.NaN);
}

interface Frames {
  /** Intervals between consecutive animation frames. */
  readonly intervals: readonly number[];
  readonly stalledFrames: number;
  readonly start: number;
  readonly end: number;
}

/**
 * Each animation frame: scrolls `box` down by `step` px, until `done(scrollTop)`. A frame in which the previous step
 * was cut short (the container was at the end of its loaded rows) counts as stalled.
 */
async function scrollByFrames(
  box: HTMLElement,
  step: number,
  done: (top: number) => boolean,
  describe: (top: number) => string,
): Promise<Frames> {
  const intervals: number[] = [];
  let stalledFrames = 0;
  let stalledSince: number | null = null;
  let wanted = 0;
  let last = await nextFrame();
  const start = performance.now();
  for (;;) {
    const frameTime = await nextFrame();
    intervals.push(frameTime - last);
    last = frameTime;
    const top = box.scrollTop;
    if (done(top)) break;
    if (top < wanted - 1) {
      stalledFrames++;
      stalledSince ??= frameTime;
      if (frameTime - stalledSince > STALL_TIMEOUT_MS) throw new Error(`the list stopped growing at ${describe(top)}`);
    } else stalledSince = null;
    wanted = top + step;
    box.scrollTop = wanted;
  }
  return { intervals, stalledFrames, start, end: performance.now() };
}

const heapDelta = (heap: number | null, before: number | null) =>
  heap === null || before === null ? null : heap - before;

async function scrollOnce({ kind, rows, rowsPerFrame }: ScrollOptions): Promise<Run> {
  const heapBefore = await heapAfterGc();
  const list = createList(kind);
  mountList(list);
  await waitForDom(list.shadowRoot as ShadowRoot, () => hasRows(list), 'the first data row');
  await afterNextPaint();
  await frames(3);
  const nodesAtStart = domNodes(list);
  const heapAtStart = await heapAfterGc();
  const box = scroller(list);
  /** The first row's height: the step per frame; rows vary (long part lists wrap), so the end is checked by row index. */
  const rowHeight = (rowAt(list, 0) as HTMLElement).getBoundingClientRect().height;
  const lastIndex = listData().count - 1;
  const atEnd = (top: number) => top >= box.scrollHeight - box.clientHeight - 1 && rowAt(list, lastIndex) !== null;
  const { intervals, stalledFrames, start, end } = await scrollByFrames(
    box,
    rowsPerFrame * rowHeight,
    (top) => atEnd(top) || (top >= rows * rowHeight - 1 && firstVisibleRow(list, box) >= rows),
    (top) => `${kind} row ${Math.round(top / rowHeight)}`,
  );
  await settleObservers();
  const tasks = longTasksBetween(start, end);
  const sorted = [...intervals].sort((a, b) => a - b);
  const run: Run = {
    rowsPassed: firstVisibleRow(list, box),
    rowHeight,
    frames: intervals.length,
    seconds: (end - start) / 1000,
    longTasks: tasks.length,
    longestTask: Math.max(0, ...tasks.map((task) => task.duration)),
    droppedFrames: intervals.filter((interval) => interval > DROPPED_FRAME_MS).length,
    longestFrame: sorted[sorted.length - 1] ?? 0,
    medianFrame: sorted[Math.floor(sorted.length / 2)] ?? 0,
    stalledFrames,
    nodesAtStart,
    nodesAfter: domNodes(list),
    heapAtStart: heapDelta(heapAtStart, heapBefore),
    heapAfter: null,
  };
  run.heapAfter = heapDelta(await heapAfterGc(), heapBefore);
  unmountList(list);
  return run;
}

export type ScrollResult = Readonly<Record<Exclude<keyof Run, 'heapAtStart' | 'heapAfter'>, Figure>> & {
  /** JS heap the mounted list adds (after GC), once its first rows are shown and after scrolling; null without gc(). */
  readonly heapAtStart: Figure | null;
  readonly heapAfter: Figure | null;
};

export async function scrollThrough(options: ScrollOptions): Promise<ScrollResult> {
  const runs: Run[] = [];
  for (let index = 0; index < options.runs; index++) runs.push(await scrollOnce(options));
  const of = (key: keyof Run, unit: Figure['unit']) =>
    figure(
      runs.map((run) => run[key] as number),
      unit,
    );
  const heap = (key: 'heapAtStart' | 'heapAfter') => (runs.every((run) => run[key] !== null) ? of(key, 'bytes') : null);
  return {
    rowsPassed: of('rowsPassed', 'rows'),
    rowHeight: of('rowHeight', 'px'),
    frames: of('frames', 'frames'),
    seconds: of('seconds', 's'),
    longTasks: of('longTasks', 'count'),
    longestTask: of('longestTask', 'ms'),
    droppedFrames: of('droppedFrames', 'frames'),
    longestFrame: of('longestFrame', 'ms'),
    medianFrame: of('medianFrame', 'ms'),
    stalledFrames: of('stalledFrames', 'frames'),
    nodesAtStart: of('nodesAtStart', 'nodes'),
    nodesAfter: of('nodesAfter', 'nodes'),
    heapAtStart: heap('heapAtStart'),
    heapAfter: heap('heapAfter'),
  };
}
