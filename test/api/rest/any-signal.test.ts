import { expect } from '@open-wc/testing';
import { anySignal } from '../../../src/api/rest/any-signal.js';

/** The REST adapter's time-out and the caller's signal in one, also where the engine has no `AbortSignal.any`. */
describe('anySignal', () => {
  const withoutNative = (signals: AbortSignal[]) => anySignal(signals, undefined);

  it('aborts with the reason of whichever signal aborts first, without AbortSignal.any', () => {
    const caller = new AbortController();
    const timeout = new AbortController();
    const both = withoutNative([caller.signal, timeout.signal]);
    expect(both.aborted).to.equal(false);
    timeout.abort(new DOMException('late', 'TimeoutError'));
    expect(both.aborted).to.equal(true);
    expect((both.reason as DOMException).name).to.equal('TimeoutError');
    caller.abort(new DOMException('gone', 'AbortError'));
    expect((both.reason as DOMException).name, 'the first reason stays').to.equal('TimeoutError');
  });

  it('is aborted at once when a signal already is, without AbortSignal.any', () => {
    const both = withoutNative([new AbortController().signal, AbortSignal.abort('stop')]);
    expect(both.aborted).to.equal(true);
    expect(both.reason).to.equal('stop');
  });

  it('uses AbortSignal.any where the engine has it', () => {
    const seen: AbortSignal[][] = [];
    const caller = new AbortController().signal;
    const result = anySignal([caller], (signals) => (seen.push(signals), caller));
    expect(result).to.equal(caller);
    expect(seen).to.deep.equal([[caller]]);
  });
});
