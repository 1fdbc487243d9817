import { flushSync, mount, unmount } from 'svelte';
import './helpers/readable-failures.js';
import type { MessageStatusList } from '../src/message-status-list.js';
import { exampleScenarios, type ExampleProps } from './helpers/framework-example.js';

// docs/frameworks.md's Svelte example, compiled from the doc by Svelte's compiler (scripts/framework-examples.mjs),
// mounted through a small harness component that passes it props, against the mock API.
describe("docs/frameworks.md's Svelte example, in Svelte 5", () => {
  exampleScenarios(async (start: ExampleProps) => {
    const { default: Harness } = await import('/test/helpers/svelte-harness.svelte' as string);
    const host = document.createElement('div');
    document.body.append(host);
    const warnings: string[] = [];
    const consoleWarn = console.warn;
    // Svelte reports runtime problems through console.warn in development.
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    const app = mount(Harness, { target: host, props: { start } }) as { set(next: Partial<ExampleProps>): void };
    flushSync();
    return {
      host,
      list: host.querySelector<MessageStatusList>('message-status-list')!,
      async update(next) {
        app.set(next);
        flushSync();
      },
      unmount() {
        void unmount(app);
        host.remove();
        console.warn = consoleWarn;
        return warnings;
      },
    };
  });
});
