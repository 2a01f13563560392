/** The memory adapter's state, with optional IndexedDB persistence (via `idb`) so a reload keeps it. */
import type { IDBPDatabase } from 'idb';
import { openDB } from 'idb';
import type { CompanyProfile, DocumentRef, Order, QualityDocumentType } from '../../domain/types.js';
import { seedActivity, type StoredActivity } from './backend/activity.js';
import { generateOrders, seedCompanyProfile } from './seed/generator.js';
import { OrderIndex } from './index/order-index.js';

/** What an upload was for. */
export type UploadKind = 'qc-report' | 'package-photo' | 'invoice' | 'quality-document';

/** An uploaded file: its reference (URL still internal) and bytes. */
export interface UploadRecord {
  readonly id: string;
  readonly orderId: string;
  readonly kind: UploadKind;
  readonly ref: DocumentRef;
  readonly bytes: Uint8Array;
}

/** What an idempotent write produced, looked up again when the same key comes back. */
export type WriteResult =
  | { readonly type: 'order'; readonly orderId: string }
  | { readonly type: 'upload'; readonly documentId: string }
  | { readonly type: 'shipment'; readonly orderId: string; readonly shipmentId: string }
  | { readonly type: 'invoice'; readonly orderId: string; readonly invoiceId: string }
  | { readonly type: 'profile' }
  | { readonly type: 'quality-slot'; readonly orderId: string; readonly documentType: QualityDocumentType }
  | { readonly type: 'comment'; readonly orderId: string; readonly entryId: string }
  | { readonly type: 'none' };

/** A key's first payload (as a fingerprint) and what it produced. */
export interface IdempotencyRecord {
  readonly fingerprint: string;
  readonly result: WriteResult;
}

/** A platform-arranged shipment made through the adapter, due to be processed at `dueAt` (ms). */
export interface PendingShipment {
  readonly orderId: string;
  readonly shipmentId: string;
  readonly dueAt: number;
}

/** Changes applied together: at once in memory, in one transaction in IndexedDB. */
export interface Changes {
  readonly orders?: readonly Order[];
  readonly profile?: CompanyProfile;
  readonly idempotency?: readonly (readonly [string, IdempotencyRecord])[];
  readonly uploads?: readonly UploadRecord[];
  readonly pendingPut?: readonly PendingShipment[];
  readonly pendingDelete?: readonly string[];
  /** Activity entries to add (comments, invoice status changes). */
  readonly activity?: readonly StoredActivity[];
}

/** How to seed and where to persist. */
export interface StoreOptions {
  readonly seed: number;
  readonly count: number;
  readonly now: Date;
  /** IndexedDB database name, or null for memory only. */
  readonly databaseName: string | null;
}

const STORES = ['orders', 'uploads', 'idempotency', 'meta'] as const;
type Database = IDBPDatabase;

interface SeedInfo {
  readonly seed: number;
  readonly count: number;
  /** The shape of the stored orders; stored state of another shape is seeded afresh. */
  readonly version?: number;
}

/** Bumped when the stored order shape changes (2: typed quality documents). */
const DATA_VERSION = 2;

/** The adapter's state: orders with their summary index, profile, uploads, idempotency records, pending shipments. */
export class MemoryStore {
  orders: Order[] = [];
  readonly #positionOf = new Map<string, number>();
  index: OrderIndex = new OrderIndex([]);
  profile: CompanyProfile = seedCompanyProfile();
  readonly uploads = new Map<string, UploadRecord>();
  readonly idempotency = new Map<string, IdempotencyRecord>();
  readonly pending = new Map<string, PendingShipment>();
  /** Comments and invoice status changes, in the order they were recorded. */
  activity: StoredActivity[] = [];
  readonly #options: StoreOptions;
  #db: Database | null = null;

  private constructor(options: StoreOptions) {
    this.#options = options;
  }

  /** Opens the store: loads the persisted state when it was made from the same seed, else seeds afresh. */
  static async open(options: StoreOptions): Promise<MemoryStore> {
    const store = new MemoryStore(options);
    if (options.databaseName !== null) store.#db = await openDatabase(options.databaseName);
    if (!(await store.#load())) await store.reset();
    return store;
  }

  /** The order with this id. */
  order(id: string): Order | undefined {
    const position = this.#positionOf.get(id);
    return position === undefined ? undefined : this.orders[position];
  }

  /** Applies changes in memory now (synchronously) and returns when they are persisted. */
  apply(changes: Changes): Promise<void> {
    for (const order of changes.orders ?? []) {
      const position = this.#positionOf.get(order.id);
      if (position === undefined) continue;
      this.orders[position] = order;
      this.index.update(order);
    }
    if (changes.profile) this.profile = changes.profile;
    for (const [key, record] of changes.idempotency ?? []) this.idempotency.set(key, record);
    for (const upload of changes.uploads ?? []) this.uploads.set(upload.id, upload);
    for (const item of changes.pendingPut ?? []) this.pending.set(item.shipmentId, item);
    for (const id of changes.pendingDelete ?? []) this.pending.delete(id);
    if (changes.activity) this.activity = [...this.activity, ...changes.activity];
    return this.#persist(changes);
  }

  /** Back to the seed: regenerates the orders and forgets uploads, idempotency records and the profile's changes. */
  async reset(): Promise<void> {
    const { seed, count, now } = this.#options;
    this.#setOrders(generateOrders({ seed, count, now }));
    this.profile = seedCompanyProfile();
    this.uploads.clear();
    this.idempotency.clear();
    this.pending.clear();
    this.activity = seedActivity(this.orders, this.profile.legalName);
    const db = this.#db;
    if (!db) return;
    const tx = db.transaction(STORES, 'readwrite');
    await Promise.all(STORES.map((name) => tx.objectStore(name).clear()));
    const orders = tx.objectStore('orders');
    for (const order of this.orders) void orders.put(order);
    const meta = tx.objectStore('meta');
    void meta.put(this.profile, 'profile');
    void meta.put({ seed, count, version: DATA_VERSION } satisfies SeedInfo, 'seed');
    void meta.put(this.activity, 'activity');
    await tx.done;
  }

  /** Closes the database connection (state stays in memory). */
  close(): void {
    this.#db?.close();
    this.#db = null;
  }

  #setOrders(orders: Order[]): void {
    this.orders = orders;
    this.#positionOf.clear();
    orders.forEach((order, position) => this.#positionOf.set(order.id, position));
    this.index = new OrderIndex(orders);
  }

  async #load(): Promise<boolean> {
    const db = this.#db;
    if (!db) return false;
    const info = (await db.get('meta', 'seed')) as SeedInfo | undefined;
    if (
      !info ||
      info.seed !== this.#options.seed ||
      info.count !== this.#options.count ||
      info.version !== DATA_VERSION
    )
      return false;
    const orders = (await db.getAll('orders')) as Order[];
    if (orders.length !== info.count) return false;
    this.#setOrders(orders.sort((a, b) => (a.id < b.id ? -1 : 1)));
    this.profile = ((await db.get('meta', 'profile')) as CompanyProfile | undefined) ?? seedCompanyProfile();
    for (const upload of (await db.getAll('uploads')) as UploadRecord[]) this.uploads.set(upload.id, upload);
    const keys = await db.getAllKeys('idempotency');
    const records = (await db.getAll('idempotency')) as IdempotencyRecord[];
    keys.forEach((key, position) => this.idempotency.set(String(key), records[position] as IdempotencyRecord));
    for (const item of ((await db.get('meta', 'pending')) as PendingShipment[] | undefined) ?? [])
      this.pending.set(item.shipmentId, item);
    this.activity = ((await db.get('meta', 'activity')) as StoredActivity[] | undefined) ?? [];
    return true;
  }

  async #persist(changes: Changes): Promise<void> {
    const db = this.#db;
    if (!db) return;
    const tx = db.transaction(STORES, 'readwrite');
    for (const order of changes.orders ?? []) void tx.objectStore('orders').put(order);
    // Bank details stay in memory: the demo backend lives in the browser, and bank details never go to browser storage.
    if (changes.profile) void tx.objectStore('meta').put({ ...changes.profile, bankDetails: null }, 'profile');
    for (const [key, record] of changes.idempotency ?? []) {
      if (!record.fingerprint.includes('"iban"')) void tx.objectStore('idempotency').put(record, key);
    }
    for (const upload of changes.uploads ?? []) void tx.objectStore('uploads').put(upload);
    if (changes.pendingPut || changes.pendingDelete)
      void tx.objectStore('meta').put([...this.pending.values()], 'pending');
    if (changes.activity) void tx.objectStore('meta').put(this.activity, 'activity');
    await tx.done;
  }
}

async function openDatabase(name: string): Promise<Database | null> {
  if (typeof indexedDB === 'undefined') return null;
  try {
    return await openDB(name, 1, {
      upgrade(db) {
        db.createObjectStore('orders', { keyPath: 'id' });
        db.createObjectStore('uploads', { keyPath: 'id' });
        db.createObjectStore('idempotency');
        db.createObjectStore('meta');
      },
    });
  } catch {
    return null;
  }
}
