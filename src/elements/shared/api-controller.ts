import { ContextConsumer } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { checkedApi } from '../../api/checked-api.js';
import { supplierApiContext } from '../../api/context.js';
import { SupplierApiError } from '../../api/errors.js';
import type { SupplierApi } from '../../api/port.js';
import { getSettings, onSettingsChange } from '../../settings/settings.js';

type Host = ReactiveControllerHost & HTMLElement;

let sharing: Promise<typeof import('../../api/shared-loads.js') | undefined> | undefined;

/**
 * `source` for `host`, with the loads of an order shared by the elements showing it (`src/api/shared-loads.ts`,
 * a chunk fetched with the first call other than `listOrders`: My Orders never waits for it). Should that chunk
 * not load (offline), the call goes to the adapter unshared and the next one tries again.
 */
export function sharingOrderLoads(source: SupplierApi, host: Element): SupplierApi {
  const caller = { host, loaded: new Set<string>() };
  return new Proxy(source, {
    get(target, method) {
      const value: unknown = Reflect.get(target, method);
      if (typeof value !== 'function') return value;
      // Called on the adapter itself, not on this proxy (a class adapter's private fields are not on the proxy).
      const implementation = value as (...args: unknown[]) => unknown;
      if (typeof method !== 'string' || method === 'listOrders') return implementation.bind(target);
      return async (...args: unknown[]) => {
        const module = await (sharing ??= import('../../api/shared-loads.js').catch(() => (sharing = undefined)));
        return module
          ? module.sharedCall(target, caller, method, implementation, args)
          : implementation.apply(target, args);
      };
    },
  });
}

/**
 * The element's way to its adapter: the nearest `<supplier-provider>` (through
 * `@lit/context`), else `configure({ adapter })`. Every answer passes the
 * schema boundary (`checkedApi`). Elements showing the same order share its
 * load (`sharingOrderLoads`). `revision` changes whenever the adapter does:
 * put it in task arguments so loads re-run.
 */
export class ApiController implements ReactiveController {
  private readonly host: Host;
  private readonly consumer: ContextConsumer<typeof supplierApiContext, Host>;
  private stopSettings: (() => void) | undefined;
  private cachedSource: SupplierApi | undefined;
  private cachedChecked: SupplierApi | undefined;
  /** Increments when the adapter in use changes. */
  revision = 0;

  constructor(host: Host) {
    this.host = host;
    this.consumer = new ContextConsumer(host, {
      context: supplierApiContext,
      subscribe: true,
      callback: () => this.refresh(),
    });
    host.addController(this);
  }

  hostConnected(): void {
    this.stopSettings = onSettingsChange(() => this.refresh());
  }

  hostDisconnected(): void {
    this.stopSettings?.();
  }

  /** Whether any adapter is available. */
  get available(): boolean {
    return this.source() !== undefined;
  }

  /** The checked adapter; throws a `not-configured` error when there is none. */
  get adapter(): SupplierApi {
    const source = this.source();
    if (!source)
      throw new SupplierApiError(
        'not-configured',
        'No adapter: call configure({ adapter }) or use <supplier-provider>.',
      );
    if (source !== this.cachedSource) {
      this.cachedSource = source;
      this.cachedChecked = checkedApi(sharingOrderLoads(source, this.host));
    }
    return this.cachedChecked!;
  }

  private source(): SupplierApi | undefined {
    return this.consumer.value ?? getSettings().adapter;
  }

  private refresh(): void {
    if (this.source() !== this.cachedSource) {
      this.revision += 1;
      this.host.requestUpdate();
    }
  }
}
