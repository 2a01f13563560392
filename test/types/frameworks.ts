/**
 * Compile-time checks of the framework typings (run by `npm run typecheck`):
 * a wrong prop type must fail to compile, so each `@ts-expect-error` is a test.
 */
import type { JSX } from 'react';
import type { GlobalComponents } from 'vue';
import type {} from '../../src/frameworks/jsx.js';
import type {} from '../../src/frameworks/vue.js';

export const reactList: JSX.IntrinsicElements['order-list'] = { sort: 'value', direction: 'desc', 'needs-action': undefined } as JSX.IntrinsicElements['order-list'];
export const reactDetails: JSX.IntrinsicElements['order-details'] = { 'order-id': 'ord-000001', stage: 'shipping' };
// @ts-expect-error: `sort` only takes lead-time, created or value
export const reactWrongSort: JSX.IntrinsicElements['order-list'] = { sort: 'alphabetical' };

type VueListProps = InstanceType<GlobalComponents['order-list']>['$props'];
export const vueList: VueListProps = { overdue: true, search: 'bracket' };
// @ts-expect-error: `overdue` is a boolean
export const vueWrong: VueListProps = { overdue: 'yes' };
