import { createApp, h, nextTick, reactive, version } from 'vue';
import './helpers/readable-failures.js';
import type { MessageStatusList } from '../src/message-status-list.js';
import { exampleScenarios, type ExampleProps } from './helpers/framework-example.js';

// docs/frameworks.md's Vue example, compiled from the doc by Vue's SFC compiler (scripts/framework-examples.mjs) and
// run in Vue's browser build against the mock API.
describe(`docs/frameworks.md's Vue example, in Vue ${version}`, () => {
  exampleScenarios(async (start: ExampleProps) => {
    const { default: ContactMessages } = await import('/docs/frameworks/example.vue' as string);
    const props = reactive({ ...start });
    const host = document.createElement('div');
    document.body.append(host);
    const warnings: string[] = [];
    const app = createApp({ render: () => h(ContactMessages, props) });
    app.config.warnHandler = (message) => warnings.push(message);
    app.mount(host);
    return {
      host,
      list: host.querySelector<MessageStatusList>('message-status-list')!,
      async update(next) {
        Object.assign(props, next);
        await nextTick();
      },
      unmount() {
        app.unmount();
        host.remove();
        return warnings;
      },
    };
  });
});
