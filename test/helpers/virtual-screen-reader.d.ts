// The package's browser build (a single ES module with its dependencies inside, which the dev server can serve)
// ships without types of its own; its API is the package's main entry's.
declare module '@guidepup/virtual-screen-reader/browser.js' {
  export * from '@guidepup/virtual-screen-reader';
}
