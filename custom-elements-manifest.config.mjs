// Read by the analyzer wherever it runs (scripts/manifest.mjs, scripts/docs.mjs): which
// sources, Lit support, and what it cannot see in this codebase's patterns.

/**
 * `src/define.ts` registers through a guarded helper, `define('message-status-list', MessageStatusList)`.
 * The analyzer only understands literal `customElements.define('tag', Class)` calls, so it records
 * the helper's body (`customElements.define(name, constructor)`) as an element named `name` and
 * gives the classes no tag name. This plugin records the helper calls instead.
 */
function guardedDefinePlugin() {
  const isTagName = (name) => /^[a-z][a-z0-9._]*-[a-z0-9._-]*$/.test(name);
  return {
    name: 'msl-guarded-define',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression)) return;
      if (!/define/i.test(node.expression.text)) return;
      const [tag, klass] = node.arguments;
      if (!tag || !klass || !ts.isStringLiteralLike(tag) || !ts.isIdentifier(klass) || !isTagName(tag.text)) return;
      moduleDoc.exports.push({
        kind: 'custom-element-definition',
        name: tag.text,
        // The class's own module is filled in below, once every module is known.
        declaration: { name: klass.text, module: moduleDoc.path },
      });
    },
    packageLinkPhase({ customElementsManifest }) {
      const declaredIn = new Map();
      for (const mod of customElementsManifest.modules) {
        // Element classes only: src/react.ts exports wrappers under the same names.
        for (const declaration of mod.declarations ?? []) {
          if (declaration.customElement) declaredIn.set(declaration.name, { mod, declaration });
        }
      }
      for (const mod of customElementsManifest.modules) {
        mod.exports = (mod.exports ?? []).filter(
          (entry) => entry.kind !== 'custom-element-definition' || isTagName(entry.name),
        );
        for (const entry of mod.exports) {
          if (entry.kind !== 'custom-element-definition') continue;
          const found = declaredIn.get(entry.declaration.name);
          if (!found) continue;
          entry.declaration.module = found.mod.path;
          found.declaration.tagName ??= entry.name;
        }
      }
    },
  };
}

/**
 * Two corrections to what the analyzer infers from Lit classes:
 * - `@state()` fields are internal reactive state, not API, even when not marked `private`;
 * - `dispatchEvent(new CustomEvent(type, …))` inside a generic helper is not an event named "type".
 *   Events are documented with `@fires` instead.
 */
function litCorrectionsPlugin() {
  let stateFields = new Map(); // class name → Set of field names
  let dynamicEventNames = new Set();
  return {
    name: 'msl-lit-corrections',
    analyzePhase({ ts, node }) {
      if (ts.isSourceFile(node)) {
        stateFields = new Map();
        dynamicEventNames = new Set();
      }
      if (ts.isClassDeclaration(node) && node.name) {
        const names = new Set();
        for (const member of node.members) {
          const decorated = ts.canHaveDecorators(member) ? (ts.getDecorators(member) ?? []) : [];
          const isState = decorated.some(
            (d) => ts.isCallExpression(d.expression) && d.expression.expression.getText() === 'state',
          );
          if (isState && member.name) names.add(member.name.getText());
        }
        stateFields.set(node.name.text, names);
      }
      if (
        ts.isNewExpression(node) &&
        /^(Custom)?Event$/.test(node.expression.getText()) &&
        node.arguments?.[0] &&
        !ts.isStringLiteralLike(node.arguments[0])
      ) {
        dynamicEventNames.add(node.arguments[0].getText());
      }
    },
    moduleLinkPhase({ moduleDoc }) {
      for (const declaration of moduleDoc.declarations ?? []) {
        if (declaration.kind !== 'class') continue;
        const state = stateFields.get(declaration.name);
        if (state && declaration.members) {
          declaration.members = declaration.members.filter((m) => !(m.kind === 'field' && state.has(m.name)));
        }
        if (declaration.events) {
          declaration.events = declaration.events.filter((e) => e.description || !dynamicEventNames.has(e.name));
        }
      }
    },
  };
}

/**
 * Gives every documented event its type, read from where the sources write it once: `src/events.ts`'s
 * `LIST_EVENTS = { 'messages-load': detail<MessagesLoadDetail>(), … }` (each becomes
 * `CustomEvent<MessagesLoadDetail>`), or any interface named `…EventMap` with string-keyed members
 * (`'messages-load': CustomEvent<MessagesLoadDetail>`). The `@fires` lines keep only prose.
 */
function eventTypesPlugin() {
  const typeOfEvent = new Map(); // event name → type text
  return {
    name: 'msl-event-types',
    analyzePhase({ ts, node }) {
      if (ts.isVariableDeclaration(node) && node.name.getText() === 'LIST_EVENTS' && node.initializer) {
        if (!ts.isObjectLiteralExpression(node.initializer)) return;
        for (const property of node.initializer.properties) {
          const detail =
            ts.isPropertyAssignment(property) && ts.isCallExpression(property.initializer)
              ? property.initializer.typeArguments?.[0]
              : undefined;
          if (detail && ts.isStringLiteralLike(property.name)) {
            typeOfEvent.set(property.name.text, `CustomEvent<${detail.getText()}>`);
          }
        }
        return;
      }
      if (!ts.isInterfaceDeclaration(node) || !node.name.text.endsWith('EventMap')) return;
      for (const member of node.members) {
        if (ts.isPropertySignature(member) && member.type && ts.isStringLiteralLike(member.name)) {
          typeOfEvent.set(member.name.text, member.type.getText());
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          for (const event of declaration.events ?? []) {
            const text = typeOfEvent.get(event.name);
            if (text && !event.type?.text) event.type = { text };
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  // The server half runs in Node and defines no elements; the manifest describes what a page loads.
  exclude: ['src/server/**'],
  litelement: true,
  plugins: [guardedDefinePlugin(), litCorrectionsPlugin(), eventTypesPlugin()],
};
