// Svelte's options for svelte-check here (none): without this file it reads the repository's vite.config.ts,
// which has no Svelte plugin, and stops.
export default {};
