// Rollup drops module-level directives (`'use client'`) from its output and warns, because in a bundle a directive
// would speak for code that is not its module's. A module that is its chunk's entry (every module, with
// `preserveModules`) speaks for the file that chunk becomes, so the directive goes back at that file's top: Next.js
// reads `'use client'` there to let a Server Component import `message-status-list/react`.
const KEPT = ['use client'];

/** The directives a module opens with, in order; none when it opens with anything else. */
function prologue(ast) {
  const directives = [];
  for (const statement of ast.body) {
    if (statement.type !== 'ExpressionStatement' || typeof statement.directive !== 'string') break;
    directives.push(statement.directive);
  }
  return directives.filter((directive) => KEPT.includes(directive));
}

export function keepDirectives() {
  const directives = new Map(); // module id → the kept directives it opens with
  return {
    name: 'keep-directives',
    transform(code, id) {
      if (!KEPT.some((directive) => code.includes(directive))) return null;
      const found = prologue(this.parse(code));
      if (found.length > 0) directives.set(id, found);
      return null;
    },
    // Rollup's warning says the directive was dropped; for a module recorded above it is put back by `banner`.
    onLog(_level, log) {
      if (log.code === 'MODULE_LEVEL_DIRECTIVE' && directives.has(log.id)) return false;
      return undefined;
    },
    banner(chunk) {
      const found = directives.get(chunk.facadeModuleId);
      return found ? found.map((directive) => `'${directive}';`).join('\n') : '';
    },
    // A module with a directive merged into another's chunk would lose it without a word.
    generateBundle(_options, bundle) {
      const facades = new Set(Object.values(bundle).map((chunk) => chunk.facadeModuleId));
      for (const [id, found] of directives) {
        if (!facades.has(id) && this.getModuleInfo(id)?.isIncluded) {
          this.warn(
            `${id} opens with ${found.join(', ')}, but is part of another module's chunk: the directive is lost.`,
          );
        }
      }
    },
  };
}
