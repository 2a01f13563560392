import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Tracking } from '../../domain/types.js';

export type TrackingState =
  | { readonly state: 'queued' }
  | { readonly state: 'loading' }
  | { readonly state: 'done'; readonly tracking: Tracking }
  | { readonly state: 'error'; readonly error: unknown };

/** Tracking requests running at once, at most. */
export const TRACKING_CONCURRENCY = 3;
/** How near the viewport a card is when its tracking is asked for. */
const NEAR_VIEW = '200px 0px';

export interface TrackingLoaderOptions {
  /** The adapter's tracking of one shipment. */
  readonly load: (shipmentId: string, signal: AbortSignal) => Promise<Tracking>;
  /** Whether a shipment has tracking to load (not while the platform is processing it). */
  readonly trackable: (shipmentId: string) => boolean;
}

/**
 * The tracking of a shipment list, loaded on demand: only for the cards in (or near) view, watched by one
 * IntersectionObserver, or when asked (`request`, "Show tracking", "Try again"), TRACKING_CONCURRENCY at a time.
 * 3,000 shipments cost as many requests as cards the supplier looks at, not 3,000.
 */
export class TrackingLoader implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #options: TrackingLoaderOptions;
  #states = new Map<string, TrackingState>();
  #queue: string[] = [];
  #running = 0;
  #controller = new AbortController();
  #observer: IntersectionObserver | undefined;
  /** Each card watched, with the shipment it showed then (a card is reused for another shipment when the list shown changes). */
  #observed = new WeakMap<HTMLElement, string>();
  /** Cards in (or near) view. */
  readonly #inView = new Set<HTMLElement>();

  constructor(host: ReactiveControllerHost, options: TrackingLoaderOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  get(shipmentId: string): TrackingState | undefined {
    return this.#states.get(shipmentId);
  }

  /** Asks for a shipment's tracking: once, or again after an error. */
  request(shipmentId: string): void {
    const current = this.#states.get(shipmentId);
    if ((current && current.state !== 'error') || !this.#options.trackable(shipmentId)) return;
    this.#states.set(shipmentId, { state: 'queued' });
    this.#queue.push(shipmentId);
    this.#pump();
    this.#host.requestUpdate();
  }

  /**
   * Watches shipment cards (`data-shipment-id`): one coming near the view asks for its tracking. A card now
   * showing another shipment is watched anew, so its new shipment is asked for when in view.
   */
  observe(cards: Iterable<HTMLElement>): void {
    if (typeof IntersectionObserver === 'undefined') return;
    const observer = (this.#observer ??= new IntersectionObserver((entries) => this.#seen(entries), {
      rootMargin: NEAR_VIEW,
    }));
    for (const card of cards) {
      const shipmentId = card.dataset['shipmentId'];
      if (shipmentId === undefined || this.#observed.get(card) === shipmentId) continue;
      this.#observed.set(card, shipmentId);
      observer.unobserve(card);
      observer.observe(card);
    }
  }

  /** After new data: the cards in view whose shipment has become trackable ask for their tracking. */
  refresh(): void {
    for (const card of this.#inView) {
      const shipmentId = card.dataset['shipmentId'];
      if (card.isConnected && shipmentId !== undefined) this.request(shipmentId);
    }
  }

  /** Forgets every tracking (a reload, another order) and stops the requests running. */
  reset(): void {
    this.#stop();
    this.#states = new Map();
    this.#host.requestUpdate();
  }

  hostConnected(): void {
    // The cards are watched again after the next render.
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#stop();
    for (const [shipmentId, state] of this.#states)
      if (state.state === 'queued' || state.state === 'loading') this.#states.delete(shipmentId);
  }

  #seen(entries: readonly IntersectionObserverEntry[]): void {
    for (const entry of entries) {
      const card = entry.target as HTMLElement;
      const shipmentId = card.dataset['shipmentId'];
      if (entry.isIntersecting && shipmentId !== undefined) {
        this.#inView.add(card);
        this.request(shipmentId);
      } else {
        this.#inView.delete(card);
      }
    }
  }

  #pump(): void {
    const signal = this.#controller.signal;
    while (this.#running < TRACKING_CONCURRENCY && this.#queue.length > 0) {
      const shipmentId = this.#queue.shift()!;
      this.#running += 1;
      this.#states.set(shipmentId, { state: 'loading' });
      this.#options
        .load(shipmentId, signal)
        .then(
          (tracking): TrackingState => ({ state: 'done', tracking }),
          (error: unknown): TrackingState => ({ state: 'error', error }),
        )
        .then((state) => {
          if (signal.aborted) return;
          this.#states.set(shipmentId, state);
          this.#running -= 1;
          this.#pump();
          this.#host.requestUpdate();
        });
    }
  }

  #stop(): void {
    this.#controller.abort();
    this.#controller = new AbortController();
    this.#queue = [];
    this.#running = 0;
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#observed = new WeakMap();
    this.#inView.clear();
  }
}
