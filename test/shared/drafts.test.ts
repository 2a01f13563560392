import { expect } from '@open-wc/testing';
import { createDraftStore } from '../../src/elements/shared/drafts.js';

interface Draft {
  step: number;
  note: string;
  bankDetails?: { iban: string };
}
const isDraft = (value: unknown): value is Draft => typeof (value as Draft | null)?.step === 'number';

describe('draft store', () => {
  afterEach(() => localStorage.clear());

  it('keeps a draft per key across store instances (as after a reload)', () => {
    createDraftStore<Draft>('test', 1, isDraft).save('order-1', { step: 2, note: 'half done' });
    const reloaded = createDraftStore<Draft>('test', 1, isDraft);
    expect(reloaded.load('order-1')).to.deep.equal({ step: 2, note: 'half done' });
    expect(reloaded.load('order-2')).to.equal(null);
  });

  it('drops a draft of another version instead of misreading it', () => {
    createDraftStore<Draft>('test', 1, isDraft).save('order-1', { step: 2, note: '' });
    expect(createDraftStore<Draft>('test', 2, isDraft).load('order-1')).to.equal(null);
  });

  it('never writes bank details to storage, even when a caller passes them', () => {
    createDraftStore<Draft>('test', 1, isDraft).save('order-1', {
      step: 1,
      note: 'x',
      bankDetails: { iban: 'DE89370400440532013000' },
    });
    const everything = Object.keys(localStorage)
      .map((key) => localStorage.getItem(key))
      .join('\n');
    expect(everything).to.not.include('DE89370400440532013000');
    expect(everything).to.include('"note":"x"');
  });

  it('clears a draft', () => {
    const store = createDraftStore<Draft>('test', 1, isDraft);
    store.save('order-1', { step: 1, note: '' });
    store.clear('order-1');
    expect(store.load('order-1')).to.equal(null);
  });

  it('ignores corrupt storage', () => {
    localStorage.setItem('supplier-flow:draft:test:order-1', '{not json');
    expect(createDraftStore<Draft>('test', 1, isDraft).load('order-1')).to.equal(null);
  });
});
