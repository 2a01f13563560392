import { expect } from '@open-wc/testing';
import { abortReason, sleep, throwIfAborted } from '../../src/api/abort.js';

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('abort helpers (api/abort.ts)', () => {
  it('sleep resolves once its time is up', async () => {
    await sleep(0);
  });

  it('sleep rejects with an AbortError as soon as a plain abort happens', async () => {
    const controller = new AbortController();
    const waiting = sleep(60_000, controller.signal);
    controller.abort();
    const error = await rejection(waiting);
    expect(error).to.be.instanceOf(DOMException);
    expect((error as DOMException).name).to.equal('AbortError');
  });

  it('sleep rejects with the signal’s reason when it is an Error, as fetch does', async () => {
    const controller = new AbortController();
    const reason = new Error('the host navigated away');
    const waiting = sleep(60_000, controller.signal);
    controller.abort(reason);
    expect(await rejection(waiting)).to.equal(reason);
  });

  it('sleep on an aborted signal rejects without waiting; throwIfAborted throws the same reason', async () => {
    const reason = new Error('gone');
    const signal = AbortSignal.abort(reason);
    expect(await rejection(sleep(60_000, signal))).to.equal(reason);
    expect(() => throwIfAborted(signal)).to.throw(reason.message);
    expect(() => throwIfAborted(new AbortController().signal)).not.to.throw();
  });

  it('abortReason falls back to an AbortError when the reason is not an Error', () => {
    const reason = abortReason(AbortSignal.abort('a string'));
    expect(reason).to.be.instanceOf(DOMException);
    expect((reason as DOMException).name).to.equal('AbortError');
  });
});
