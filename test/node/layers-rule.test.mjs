/**
 * The ESLint rule `supplier-flow/layers` (tools/lint/layers.js) with the layers of eslint.config.js: imports that
 * point down the layers pass, the breaks the rule exists for are reported.
 */
import { describe, it } from 'node:test';
import { RuleTester } from 'eslint';
import { tseslint } from 'supplier-flow-lint';
import { layersRule } from '../../tools/lint/layers.js';
import config from '../../eslint.config.js';

RuleTester.describe = describe;
RuleTester.it = it;

const { layers } =
  config.find((entry) => entry.rules?.['supplier-flow/layers'])?.rules['supplier-flow/layers'][1] ?? {};
const options = [{ layers }];
const at = (filename, code) => ({ filename, code, options });
const bad = (filename, code, messageId) => ({ ...at(filename, code), errors: [{ messageId }] });

new RuleTester({ languageOptions: { parser: tseslint.parser } }).run('supplier-flow/layers', layersRule, {
  valid: [
    at('src/index.ts', "export { OrderList } from './elements/order-list/order-list.component.js';"),
    at(
      'src/elements/order-list/order-row.ts',
      "import { sleep } from '../../api/abort.js'; import '../shared/events.js';",
    ),
    at('src/elements/order-list/order-list.component.ts', "import { getSettings } from '../../settings/settings.js';"),
    at(
      'src/elements/supplier-portal/supplier-portal.component.ts',
      "import '../order-details/order-details.events.js';",
    ),
    at('src/elements/supplier-portal/supplier-portal.component.ts', "import '../order-list/order-list.js';"),
    at(
      'src/elements/supplier-portal/supplier-portal.definition.ts',
      "const load = () => import('../order-details/order-details.definition.js');",
    ),
    at(
      'src/i18n/localize.ts',
      "import { getSettings } from '../settings/settings.js'; import { LitElement } from 'lit';",
    ),
    at('src/api/faults.ts', "import { sleep } from './abort.js'; import type { Order } from '../domain/types.js';"),
    at('src/domain/vat-id.ts', "import { checkVAT } from 'jsvat-next'; import { x } from './e-invoice/model.js';"),
    at('test/elements/order-list.test.ts', "import { configure } from '../../src/configure.js';"),
  ],
  invalid: [
    bad('src/elements/shared/theme-controller.ts', "import { getSettings } from '../../configure.js';", 'layer'),
    bad('src/i18n/localize.ts', "import { getSettings } from '../configure.js';", 'layer'),
    bad('src/i18n/localize.ts', "import '../elements/shared/events.js';", 'layer'),
    bad('src/api/faults.ts', "import { getSettings } from '../settings/settings.js';", 'layer'),
    bad('src/api/memory/adapter.ts', "export * from '../../elements/shared/drafts.js';", 'layer'),
    bad('src/domain/stages.ts', "import type { SupplierApi } from '../api/port.js';", 'layer'),
    bad('src/domain/stages.ts', "import { html } from 'lit';", 'package'),
    bad('src/domain/stages.ts', "import * as z from 'zod/mini';", 'package'),
    bad(
      'src/elements/supplier-portal/supplier-portal.component.ts',
      "import { OrderRow } from '../order-list/order-row.js';",
      'element',
    ),
    bad(
      'src/elements/shared/lazy-tags.ts',
      "const load = () => import('../order-details/order-details.js');",
      'element',
    ),
    bad('src/somewhere/new.ts', "import '../domain/types.js';", 'unknown'),
  ],
});
