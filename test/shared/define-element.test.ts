import { expect } from '@open-wc/testing';
import { defineElement } from '../../src/elements/shared/define-element.js';

class First extends HTMLElement {
  static supplierFlowVersion = '0.1.0';
}
class SameVersionCopy extends HTMLElement {
  static supplierFlowVersion = '0.1.0';
}
class OtherVersion extends HTMLElement {
  static supplierFlowVersion = '9.9.9';
}
class Foreign extends HTMLElement {}

describe('defineElement', () => {
  it('defines a tag once and tolerates defining the same class again', () => {
    defineElement('sf-test-define-a', First);
    defineElement('sf-test-define-a', First);
    expect(customElements.get('sf-test-define-a')).to.equal(First);
  });

  it('keeps the first copy when a second bundle of the same version loads, without a warning', () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      defineElement('sf-test-define-a', SameVersionCopy);
    } finally {
      console.warn = original;
    }
    expect(customElements.get('sf-test-define-a')).to.equal(First);
    expect(warnings).to.have.length(0);
  });

  it('warns when another version already owns the tag', () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      defineElement('sf-test-define-a', OtherVersion);
    } finally {
      console.warn = original;
    }
    expect(warnings[0]).to.include('0.1.0').and.include('9.9.9');
  });

  it('gives a clear error when a foreign class owns the tag', () => {
    customElements.define('sf-test-define-b', Foreign);
    expect(() => defineElement('sf-test-define-b', First)).to.throw(/already defined by another library/);
  });
});
