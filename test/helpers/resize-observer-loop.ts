// "ResizeObserver loop completed with undelivered notifications" is a browser notice, not an error: the
// virtualizer measures rows and places them in the same frame, and the browser delivers the rest in the
// next one. Mocha reads every window error as a failure, so tests with long (virtualised) lists drop
// just this one, before mocha's handler sees it. Anything else still fails the test.
window.addEventListener(
  'error',
  (event) => {
    if (/^ResizeObserver loop/.test(event.message)) event.stopImmediatePropagation();
  },
  { capture: true },
);

export {};
