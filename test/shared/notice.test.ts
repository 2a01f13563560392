import { expect, fixture, html } from '@open-wc/testing';
import { customElement } from 'lit/decorators.js';
import { SupplierElement } from '../../src/elements/shared/supplier-element.js';

/** The two shapes of notice the elements render: words in paragraphs inside the body, or the body a paragraph itself. */
@customElement('sf-test-notices')
class Notices extends SupplierElement {
  override render() {
    return html`<div class="notice info" id="paragraphs">
        <span class="icon">i</span>
        <div class="notice-body">
          <p>Documents will appear once the platform has processed this shipment.</p>
          <p>It checks again.</p>
        </div>
      </div>
      <div class="notice warning" id="paragraph">
        <span class="icon">!</span>
        <p class="notice-body">Upload it by December 19.</p>
      </div>`;
  }
}

/** The boxes of the text inside `node` (glyph boxes, the same measure for the icon and the words). */
function textRects(node: Node): DOMRect[] {
  const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
  const rects: DOMRect[] = [];
  for (let text = walker.nextNode(); text; text = walker.nextNode()) {
    if (!text.textContent!.trim()) continue;
    const range = document.createRange();
    range.selectNodeContents(text);
    rects.push(...range.getClientRects());
  }
  return rects;
}

describe('.notice (base styles)', () => {
  it('sets the first line of its words level with its icon, framed by its padding alone', async () => {
    const el = await fixture<Notices>(html`<sf-test-notices></sf-test-notices>`);
    for (const id of ['paragraphs', 'paragraph']) {
      const notice = el.shadowRoot!.getElementById(id)!;
      const icon = textRects(notice.querySelector('.icon')!)[0]!;
      const words = textRects(notice.querySelector('.notice-body')!);
      expect(Math.abs(words[0]!.top - icon.top), `${id}: first line against the icon`).to.be.below(1);
      const style = getComputedStyle(notice);
      const room = notice.getBoundingClientRect().bottom - Math.max(...words.map((rect) => rect.bottom));
      const frame = parseFloat(style.paddingBlockEnd) + parseFloat(style.borderBlockEndWidth);
      expect(room - frame, `${id}: room below the words beyond the padding`).to.be.below(8);
    }
  });
});
