// Tries what the strict CSP with Trusted Types forbids, from the page's own script, and records what the engine did:
// window.__probe = { trustedTypes, innerHTML, eval, inlineStyleApplied, dataImport, inlineScriptRan, importRan, violations }.
const violations = [];
document.addEventListener('securitypolicyviolation', (event) => violations.push(event.violatedDirective));

const outcome = (action) => {
  try {
    action();
    return 'allowed';
  } catch (error) {
    return `refused (${error.name})`;
  }
};

const probe = {
  trustedTypes: typeof window.trustedTypes?.createPolicy === 'function',
  // A string into an HTML sink: Trusted Types refuse it; CSP alone has no say.
  innerHTML: outcome(() => {
    document.createElement('div').innerHTML = '<b>x</b>';
  }),
  // A string to eval: CSP refuses it without 'unsafe-eval'.
  eval: outcome(() => (0, window.eval)('1')),
};

// An inline script: CSP refuses to run it without 'unsafe-inline' (Trusted Types refuse its text first).
window.__inlineRan = false;
const script = document.createElement('script');
script.append(document.createTextNode('window.__inlineRan = true'));
document.head.append(script);

// An inline style attribute: CSP refuses it without 'unsafe-inline' in style-src (no Trusted Types involved).
const styled = document.body.appendChild(document.createElement('p'));
styled.setAttribute('style', 'color: rgb(255, 0, 0)');
probe.inlineStyleApplied = getComputedStyle(styled).color === 'rgb(255, 0, 0)';

// Code from another origin than 'self' (a data: URL): script-src refuses to load it (no Trusted Types involved).
window.__importRan = false;
probe.dataImport = await import('data:text/javascript,window.__importRan=true').then(
  () => 'allowed',
  (error) => `refused (${error.name})`,
);

// The violation events are dispatched as tasks: read them after one.
setTimeout(() => {
  window.__probe = {
    ...probe,
    inlineScriptRan: window.__inlineRan,
    importRan: window.__importRan,
    violations: [...new Set(violations)].sort(),
  };
});
