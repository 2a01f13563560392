/**
 * Server rendering with React (Next.js, Remix, …): `renderToString` of every wrapper of `supplier-flow/react`
 * in plain Node gives its tag, with the wrappers nested as a host page nests them. Needs `npm run build`.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import * as React from 'react';
import { renderToString } from 'react-dom/server';

describe('React wrappers rendered on the server', () => {
  it('renders every wrapper to its tag inside a provider', async () => {
    const wrappers = await import('supplier-flow/react');
    const { SupplierProvider, ...elements } = wrappers;
    const tagOf = (name) =>
      name.replace(/[A-Z]/g, (letter, index) => `${index === 0 ? '' : '-'}${letter.toLowerCase()}`);
    const children = Object.entries(elements).map(([name, Component]) =>
      React.createElement(Component, { key: name, locale: 'de' }),
    );
    const markup = renderToString(React.createElement(SupplierProvider, null, children));
    assert.match(markup, /^<supplier-provider>/);
    for (const name of Object.keys(elements))
      assert.match(markup, new RegExp(`<${tagOf(name)}></${tagOf(name)}>`), `${name} is not rendered`);
    assert.ok(Object.keys(elements).length >= 9, `only ${Object.keys(elements).length} wrappers`);
  });
});
