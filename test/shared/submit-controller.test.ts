import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { SupplierApiError } from '../../src/api/errors.js';
import {
  SubmitController,
  SubmitControllers,
  type SubmitOptions,
  type SubmitRequest,
} from '../../src/elements/shared/submit-controller.js';

class SubmitHost extends LitElement {
  options: SubmitOptions = {};
  submitter!: SubmitController;
  updates = 0;
  attach(options: SubmitOptions): SubmitController {
    this.submitter = new SubmitController(this, options);
    return this.submitter;
  }
  protected override updated(): void {
    this.updates += 1;
  }
}
customElements.define('submit-controller-host', SubmitHost);

/** A write the test answers by hand. */
function pendingWrite() {
  const requests: SubmitRequest[] = [];
  let settle: { resolve: (value: string) => void; reject: (error: unknown) => void } | null = null;
  const send = (request: SubmitRequest) => {
    requests.push(request);
    return new Promise<string>((resolve, reject) => {
      settle = { resolve, reject };
      request.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
    });
  };
  return {
    requests,
    send,
    resolve: (value: string) => settle!.resolve(value),
    reject: (error: unknown) => settle!.reject(error),
  };
}

async function mount(options: SubmitOptions = {}): Promise<{ host: SubmitHost; submitter: SubmitController }> {
  const host = await fixture<SubmitHost>(html`<submit-controller-host></submit-controller-host>`);
  return { host, submitter: host.attach(options) };
}

describe('SubmitController', () => {
  it('is sending while a write is under way and refuses a second one meanwhile', async () => {
    const { submitter } = await mount();
    const write = pendingWrite();
    const first = submitter.submit(write.send);
    expect(submitter.sending).to.equal(true);
    expect(await submitter.submit(write.send)).to.equal(null);
    expect(write.requests).to.have.length(1);
    write.resolve('done');
    expect(await first).to.equal('done');
    expect(submitter.state).to.deep.equal({ kind: 'idle' });
  });

  it('keeps the idempotency key until the write succeeds: a retry sends the same key, the next write a new one', async () => {
    const { submitter } = await mount();
    const write = pendingWrite();
    const first = submitter.submit(write.send);
    write.reject(new SupplierApiError('network', 'offline'));
    expect(await first).to.equal(null);
    expect(submitter.state.kind).to.equal('failed');
    expect(submitter.error?.kind).to.equal('network');
    submitter.retry();
    expect(write.requests).to.have.length(2);
    expect(write.requests[1]!.idempotencyKey).to.equal(write.requests[0]!.idempotencyKey);
    write.resolve('ok');
    await waitUntil(() => submitter.state.kind === 'idle');
    const next = submitter.submit(write.send);
    expect(write.requests).to.have.length(3);
    expect(write.requests[2]!.idempotencyKey).to.not.equal(write.requests[0]!.idempotencyKey);
    write.resolve('again');
    await next;
  });

  it('sends the key the caller keeps (a draft) when it gives one', async () => {
    const { submitter } = await mount();
    const write = pendingWrite();
    const sent = submitter.submit(write.send, { key: 'draft-key' });
    write.resolve('ok');
    await sent;
    expect(write.requests[0]!.idempotencyKey).to.equal('draft-key');
  });

  it('maps the platform field errors of a validation error onto the form', async () => {
    const { submitter } = await mount({
      mapFieldErrors: (errors) =>
        Object.fromEntries(Object.entries(errors).map(([key, code]) => [`form.${key}`, code])),
    });
    const write = pendingWrite();
    const sent = submitter.submit(write.send);
    write.reject(new SupplierApiError('validation', 'bad', { fieldErrors: { number: 'duplicate' } }));
    await sent;
    expect(submitter.fieldErrors).to.deep.equal({ 'form.number': 'duplicate' });
    expect(submitter.error?.kind).to.equal('validation');
  });

  it('calls the reload callback on a conflict, and only then', async () => {
    let reloads = 0;
    const { submitter } = await mount({ onConflict: () => (reloads += 1) });
    const write = pendingWrite();
    let sent = submitter.submit(write.send);
    write.reject(new SupplierApiError('server', 'down'));
    await sent;
    expect(reloads).to.equal(0);
    sent = submitter.submit(write.send);
    write.reject(new SupplierApiError('conflict', 'changed'));
    await sent;
    expect(reloads).to.equal(1);
  });

  it('aborts the write when the element leaves the page, and shows no error for it', async () => {
    const { host, submitter } = await mount();
    const write = pendingWrite();
    const sent = submitter.submit(write.send);
    host.remove();
    expect(write.requests[0]!.signal.aborted).to.equal(true);
    expect(await sent).to.equal(null);
    expect(submitter.state).to.deep.equal({ kind: 'idle' });
  });

  it('asks the host to render when its state changes', async () => {
    const { host, submitter } = await mount();
    await host.updateComplete;
    const before = host.updates;
    const write = pendingWrite();
    const sent = submitter.submit(write.send);
    await host.updateComplete;
    expect(host.updates).to.equal(before + 1);
    write.resolve('ok');
    await sent;
    await host.updateComplete;
    expect(host.updates).to.equal(before + 2);
  });

  it('keeps one write per key: each retries with its own key', async () => {
    const { host } = await mount();
    const writes = new SubmitControllers<string>(host);
    const a = pendingWrite();
    const b = pendingWrite();
    const sentA = writes.of('a').submit(a.send);
    const sentB = writes.of('b').submit(b.send);
    a.reject(new SupplierApiError('network', 'offline'));
    b.reject(new SupplierApiError('network', 'offline'));
    await Promise.all([sentA, sentB]);
    writes.of('a').retry();
    writes.of('b').retry();
    expect(a.requests[1]!.idempotencyKey).to.equal(a.requests[0]!.idempotencyKey);
    expect(b.requests[1]!.idempotencyKey).to.equal(b.requests[0]!.idempotencyKey);
    expect(a.requests[0]!.idempotencyKey).to.not.equal(b.requests[0]!.idempotencyKey);
    a.resolve('ok');
    b.resolve('ok');
  });
});
