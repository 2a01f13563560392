// A host page's own script: the memory adapter of the script-tag build, and a record of policy violations.
import { configure } from '/dist/supplier-flow.js';
import { createMemoryAdapter } from '/dist/supplier-flow/memory-adapter.js';

window.__violations = [];
document.addEventListener('securitypolicyviolation', (event) => {
  window.__violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`.trim());
});
configure({ adapter: createMemoryAdapter({ persist: false }) });
