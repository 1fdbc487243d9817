// The test runner sends a failed assertion's `actual` and `expected` values to Node. An element drags
// its whole tree (Lit's internals included) along, and the run hangs instead of failing; send a short
// description instead. Importing this module registers the hook for the test file's root suite.
afterEach(function () {
  const error = this.currentTest?.err as { actual?: unknown; expected?: unknown } | undefined;
  if (!error) return;
  for (const key of ['actual', 'expected'] as const) {
    const value = error[key];
    if (value instanceof Node) error[key] = summarize(value);
  }
});

function summarize(node: Node): string {
  if (!(node instanceof Element)) return node.nodeName;
  const part = node.getAttribute('part');
  return `<${node.localName}${part ? ` part="${part}"` : ''}> ${node.textContent?.trim().slice(0, 80) ?? ''}`;
}

export {};
