// Read by vite-plugin-svelte and svelte-check.
export default {
  compilerOptions: {
    // Svelte 5 runes everywhere: no legacy reactive statements.
    runes: true,
  },
};
