/** Entry `supplier-flow/configure`: page-wide settings (`configure()`, `update()`, `getSettings()`) alone. */
export * from './settings/settings.js';
