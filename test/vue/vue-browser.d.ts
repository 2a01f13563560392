/** Vue's browser build with its template compiler (the tests compile templates at run time, as a host's build would). */
declare module 'vue/dist/vue.esm-browser.prod.js' {
  export * from 'vue';
}
