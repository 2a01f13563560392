import { expect } from '@open-wc/testing';
import {
  chunked,
  embeddedStreams,
  inflateAtMost,
  readEInvoiceFile,
  type FileLimits,
} from '../../src/elements/invoice-form/e-invoice-file.js';
import {
  CII_SAMPLE,
  deflatedZeros,
  deflateBombPdf,
  streamRecordsPdf,
  zugferdPdf,
} from '../helpers/e-invoice-samples.js';

const MIB = 1024 * 1024;
const LIMITS: FileLimits = { maxXmlBytes: 1 * MIB, maxMarkupChars: 1 * MIB, maxDepth: 256 };

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
}

describe('e-invoice files', () => {
  it('stops inflating at the cap: the rest of a deflate bomb is never read', async () => {
    const bomb = await deflatedZeros(16 * MIB);
    let pulled = 0;
    const source = chunked(bomb, 1024).pipeThrough(
      new TransformStream<Uint8Array<ArrayBuffer>, Uint8Array<ArrayBuffer>>({
        transform(chunk, controller) {
          pulled += chunk.length;
          controller.enqueue(chunk);
        },
      }),
    );
    const inflated = await inflateAtMost(source, 1 * MIB);
    expect(inflated?.length ?? 'nothing', 'bytes inflated').to.equal('nothing');
    expect(pulled, `input read of ${bomb.length} bytes`).to.be.below(bomb.length / 4);
  });

  it('inflates what stays within the cap', async () => {
    const inflated = await inflateAtMost(chunked(await deflatedZeros(100_000), 1024), 100_000);
    expect(inflated).to.have.length(100_000);
  });

  it('finds the embedded invoice of a ZUGFeRD PDF, and nothing in a PDF of bare stream records', async () => {
    const zugferd = new Uint8Array(await (await zugferdPdf(CII_SAMPLE)).arrayBuffer());
    const found = await collect(embeddedStreams(zugferd));
    expect(found.map((stream) => stream.deflated)).to.deep.equal([true]);
    const records = new Uint8Array(await streamRecordsPdf(2 * MIB).arrayBuffer());
    expect(await collect(embeddedStreams(records))).to.deep.equal([]);
  });

  it('stops scanning when its signal is aborted', async () => {
    const records = new Uint8Array(await streamRecordsPdf(4 * MIB).arrayBuffer());
    const controller = new AbortController();
    controller.abort(new DOMException('budget', 'TimeoutError'));
    let error: unknown = null;
    await collect(embeddedStreams(records, controller.signal)).catch((caught: unknown) => (error = caught));
    expect(error).to.be.instanceOf(DOMException);
  });

  it('counts every embedded file against one budget', async () => {
    expect(await readEInvoiceFile(await deflateBombPdf(2 * MIB), LIMITS)).to.deep.equal({
      ok: false,
      problem: { kind: 'too-large', limit: 1 * MIB },
    });
    const xml = new File([CII_SAMPLE], 'invoice.xml');
    expect(await readEInvoiceFile(xml, { ...LIMITS, maxXmlBytes: 100 })).to.deep.equal({
      ok: false,
      problem: { kind: 'too-large', limit: 100 },
    });
    expect((await readEInvoiceFile(xml, LIMITS)).ok).to.equal(true);
  });
});
