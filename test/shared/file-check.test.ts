import { expect } from '@open-wc/testing';
import { checkFile, sniffBytes } from '../../src/elements/shared/file-check.js';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('file checks by content', () => {
  it('recognises PDF, PNG, JPEG and WebP by their magic bytes', () => {
    expect(sniffBytes(new TextEncoder().encode('%PDF-1.7\n'))).to.equal('pdf');
    expect(sniffBytes(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).to.equal('png');
    expect(sniffBytes(bytes(0xff, 0xd8, 0xff, 0xe0))).to.equal('jpeg');
    expect(sniffBytes(new TextEncoder().encode('RIFF\0\0\0\0WEBPVP8 '))).to.equal('webp');
    expect(sniffBytes(new TextEncoder().encode('<html>'))).to.equal('unknown');
  });

  it('refuses a file whose name and type lie about its content', async () => {
    const fake = new File(['<script>alert(1)</script>'], 'report.pdf', { type: 'application/pdf' });
    expect(await checkFile(fake, 'pdf', 1_000_000)).to.deep.equal({ code: 'type', expected: 'pdf' });
  });

  it('refuses empty and oversized files, accepts a fitting one', async () => {
    expect(await checkFile(new File([], 'empty.pdf'), 'pdf', 100)).to.deep.equal({ code: 'empty' });
    const pdf = new File(['%PDF-1.4 ' + 'x'.repeat(200)], 'big.pdf');
    expect(await checkFile(pdf, 'pdf', 100)).to.deep.equal({ code: 'size', limit: 100, size: pdf.size });
    expect(await checkFile(pdf, 'pdf', 10_000)).to.equal(null);
    expect(await checkFile(pdf, 'image', 10_000)).to.deep.equal({ code: 'type', expected: 'image' });
  });
});
