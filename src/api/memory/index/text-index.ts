/**
 * Substring search over records whose texts repeat: part names and part numbers recur
 * across thousands of orders, so each distinct text is kept once with the records that
 * hold it, and a search scans the distinct texts (one `indexOf` pass over them joined),
 * not every record's copy of them.
 */
import { lowerBound } from './lower-bound.js';

/** Between two texts in the haystack: never typed, never in a text. */
const SEPARATOR = '\u0000';

/**
 * The records a search matched: a 1 at each matching position of `marks`, and those positions in `positions`.
 * Both are views of the index's scratch arrays: valid until its next search.
 */
export interface TextMatches {
  readonly marks: Uint8Array;
  readonly positions: Int32Array;
}

export class TextIndex {
  readonly #idOf = new Map<string, number>();
  readonly #texts: string[] = [];
  /** Text id → the records holding that text. */
  readonly #holders: number[][] = [];
  /** Record → the ids of its texts. */
  readonly #textsOf: number[][];
  #haystack: string | undefined;
  #starts: Int32Array | undefined;
  readonly #marks: Uint8Array;
  readonly #found: Int32Array;

  constructor(readonly size: number) {
    this.#textsOf = Array.from({ length: size }, () => []);
    this.#marks = new Uint8Array(size);
    this.#found = new Int32Array(size);
  }

  /** Gives record `position` these texts (searched in lower case), in place of the ones it had. */
  set(position: number, texts: readonly string[]): void {
    for (const id of this.#textsOf[position] ?? []) {
      const holders = this.#holders[id] as number[];
      holders.splice(holders.indexOf(position), 1);
    }
    const ids = [...new Set(texts.map((text) => text.toLowerCase()))].map((text) => this.#idFor(text));
    for (const id of ids) (this.#holders[id] as number[]).push(position);
    this.#textsOf[position] = ids;
  }

  /** The records with a text containing `search` (lower case, not empty). */
  matching(search: string): TextMatches {
    const { haystack, starts } = this.#joined();
    const marks = this.#marks.fill(0);
    const found = this.#found;
    let count = 0;
    for (let at = haystack.indexOf(search); at >= 0;) {
      const id = lowerBound(starts, at + 1) - 1;
      for (const position of this.#holders[id] as number[]) {
        if (marks[position] === 1) continue;
        marks[position] = 1;
        found[count++] = position;
      }
      at = haystack.indexOf(search, starts[id + 1]);
    }
    return { marks, positions: found.subarray(0, count) };
  }

  #idFor(text: string): number {
    let id = this.#idOf.get(text);
    if (id === undefined) {
      id = this.#texts.push(text) - 1;
      this.#idOf.set(text, id);
      this.#holders.push([]);
      this.#haystack = undefined;
    }
    return id;
  }

  /** Every distinct text in one string, and where each starts (one past the end: where the next would). */
  #joined(): { haystack: string; starts: Int32Array } {
    if (this.#haystack === undefined || this.#starts === undefined) {
      const starts = new Int32Array(this.#texts.length + 1);
      let offset = 0;
      this.#texts.forEach((text, id) => {
        starts[id] = offset;
        offset += text.length + SEPARATOR.length;
      });
      starts[this.#texts.length] = offset;
      this.#starts = starts;
      this.#haystack = this.#texts.join(SEPARATOR) + SEPARATOR;
    }
    return { haystack: this.#haystack, starts: this.#starts };
  }
}
