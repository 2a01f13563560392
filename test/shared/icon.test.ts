import { expect, fixture, html } from '@open-wc/testing';
import { renderIcon } from '../../src/elements/shared/icon.js';
import { lockIcon } from '../../src/elements/shared/icons/lock.js';
import { warningIcon } from '../../src/elements/shared/icons/warning.js';

/** Symbols drawn from the reader's fonts: emoji and dingbats. */
const EMOJI = /[\u2190-\u21FF\u2300-\u2BFF\u2700-\u27BF\u{1F000}-\u{1FFFF}]/u;

describe('renderIcon', () => {
  it('draws a decorative icon as inline SVG hidden from assistive tech', async () => {
    const el = await fixture<HTMLElement>(html`<p>${renderIcon(lockIcon)} Locked</p>`);
    const icon = el.querySelector('svg')!;
    expect(icon.namespaceURI).to.equal('http://www.w3.org/2000/svg');
    expect(icon.getAttribute('aria-hidden')).to.equal('true');
    expect(icon.hasAttribute('role')).to.equal(false);
    expect(icon.querySelectorAll('rect, path')).to.have.length.greaterThan(0);
    expect(icon.querySelector('path')!.getAttribute('d')).to.match(/^M/);
    expect(el.textContent).not.to.match(EMOJI);
  });

  it('names the icon it draws (data-icon and an icon-<name> class, for tests and styles)', async () => {
    const el = await fixture<HTMLElement>(html`<p>${renderIcon(warningIcon)}</p>`);
    const icon = el.querySelector('svg')!;
    expect(icon.dataset['icon']).to.equal('warning');
    expect(icon.classList.contains('icon-warning')).to.equal(true);
  });

  it('gives an icon that carries meaning a text alternative', async () => {
    const el = await fixture<HTMLElement>(html`<p>${renderIcon(warningIcon, { label: 'Warning' })}</p>`);
    const icon = el.querySelector('svg')!;
    expect(icon.getAttribute('role')).to.equal('img');
    expect(icon.getAttribute('aria-label')).to.equal('Warning');
    expect(icon.hasAttribute('aria-hidden')).to.equal(false);
    await expect(el).to.be.accessible();
  });
});
