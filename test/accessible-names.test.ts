import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import { itExceptIn } from './helpers/engine.js';
import './helpers/readable-failures.js';
import './helpers/define.js';
import type { MessageStatusList } from '../src/message-status-list.js';
import { freshContact } from './helpers/mock-api.js';
import { part, settled } from './helpers/list.js';

// What Chromium's accessibility tree says, as a screen reader gets it: names and descriptions computed by
// the browser, not read off attributes, so stray spaces and double words show up as a listener hears them.

interface AxNode {
  role: string;
  name?: string;
  description?: string;
  focused?: boolean;
  children?: AxNode[];
}

// a11ySnapshot reads Chromium's accessibility tree through puppeteer; the other engines' drivers have none.
const NO_AX_TREE: ('firefox' | 'webkit')[] = ['firefox', 'webkit'];
const ENDPOINT = '/api/contacts/{contactId}/messages';
const UNBLOCK = '/api/contacts/{contactId}/unblock';

async function listFor(contactId: string): Promise<MessageStatusList> {
  const list = await fixture<MessageStatusList>(
    html`<message-status-list
      id="named"
      contact-id=${contactId}
      endpoint=${ENDPOINT}
      unblock-endpoint=${UNBLOCK}
    ></message-status-list>`,
  );
  await settled(list);
  return list;
}

/** The list's part of the tree; the whole page's while a modal dialog leaves the rest of the page inert. */
async function tree(whole = false): Promise<AxNode> {
  return (await a11ySnapshot(whole ? {} : { selector: '#named' })) as unknown as AxNode;
}

function all(node: AxNode, test: (node: AxNode) => boolean, found: AxNode[] = []): AxNode[] {
  if (test(node)) found.push(node);
  for (const child of node.children ?? []) all(child, test, found);
  return found;
}

describe('accessible names', () => {
  itExceptIn(
    NO_AX_TREE,
    'its driver hands out no accessibility tree',
    'is a region named after the contact',
    async () => {
      await listFor('42');
      const regions = all(await tree(), (node) => node.role === 'region');
      expect(regions.map((node) => node.name)).to.deep.equal(['Messages for ada.lindqvist@example.com']);
    },
  );

  itExceptIn(
    NO_AX_TREE,
    'its driver hands out no accessibility tree',
    'names each chip and link after its message, and says the link opens a new window',
    async () => {
      await listFor('42');
      const root = await tree();
      const link = all(root, (node) => node.role === 'link')[0];
      expect(link.name).to.equal('View message: Order confirmation #10433 (opens in a new window)');
      const chips = all(root, (node) => node.role === 'button' && /—/.test(node.name ?? ''));
      expect(chips.map((node) => node.name)).to.include('Delivered (Opened) — Order confirmation #10433');
      // A pending status's name reads as one phrase, with no stray space before its comma.
      const deferred = chips.find((node) => node.name!.startsWith('Deferred'))!;
      expect(deferred.name).to.match(/^Deferred, [^ ,]/);
      expect(
        chips.every((node) => !/\s,/.test(node.name!)),
        'a space before a comma',
      ).to.equal(true);
    },
  );

  it('leaves no time focusable: a time is no control', async () => {
    const list = await listFor('42');
    const times = [...list.shadowRoot!.querySelectorAll<HTMLElement>('[part~="time"]')];
    expect(times.length).to.be.greaterThan(0);
    expect(times.filter((time) => time.tabIndex >= 0).map((time) => time.textContent)).to.deep.equal([]);
  });

  itExceptIn(
    NO_AX_TREE,
    'its driver hands out no accessibility tree',
    'names "of which blocked" as part of the soft bounces',
    async () => {
      await listFor('42');
      const within = all(await tree(), (node) => /of which/.test(node.name ?? ''));
      expect(within.map((node) => node.name)).to.deep.equal(['Soft bounce, of which Blocked: 1']);
    },
  );

  itExceptIn(
    NO_AX_TREE,
    'its driver hands out no accessibility tree',
    'says the channel once before each address',
    async () => {
      const list = await listFor('42');
      const nodes = all(await tree(), () => true);
      const before = nodes.slice(
        0,
        nodes.findIndex((node) => node.name === 'ada.lindqvist@example.com'),
      );
      expect(before.filter((node) => node.name?.includes('Email')).map((node) => node.role)).to.have.length(1);
      // The icon's tooltip names it too (a screen reader reading line by line meets it): only the eye gets it.
      const titled = [...part(list, 'header')!.querySelectorAll('[title]')];
      expect(titled.filter((element) => !element.closest('[aria-hidden="true"]')).map((element) => element.outerHTML))
        .to.be.empty;
    },
  );

  itExceptIn(
    NO_AX_TREE,
    'its driver hands out no accessibility tree',
    'reads the unblock warning with the dialog’s question',
    async () => {
      const list = await listFor(freshContact('blocked-email'));
      part(list, 'unblock-button')!.click();
      await waitUntil(() => part(list, 'confirm-dialog')?.hasAttribute('open'), 'the dialog did not open');
      const dialog = all(await tree(true), (node) => node.role === 'dialog')[0];
      expect(dialog.name).to.match(/^Unblock .+\?$/);
      expect(dialog.description).to.contain('harms the sender’s reputation');
    },
  );
});

describe('names of several lists on one page', () => {
  /** A list's region and toolbar names, as its markup gives them (the same in every engine). */
  const namesOf = (list: MessageStatusList) => ({
    region: list.shadowRoot!.querySelector('section.region')!.getAttribute('aria-label'),
    toolbar: list.shadowRoot!.querySelector('[role="toolbar"]')!.getAttribute('aria-label'),
  });

  async function lists(markup: ReturnType<typeof html>): Promise<MessageStatusList[]> {
    const page = await fixture<HTMLElement>(markup);
    const found = [...page.querySelectorAll<MessageStatusList>('message-status-list')];
    for (const list of found) await settled(list);
    return found;
  }

  it('numbers the second list for the same contact, in its region, toolbar and announcements', async () => {
    const contactId = freshContact('42');
    const [first, second] = await lists(
      html`<div>
        <message-status-list contact-id=${contactId} endpoint=${ENDPOINT}></message-status-list>
        <message-status-list contact-id=${contactId} endpoint=${ENDPOINT}></message-status-list>
      </div>`,
    );
    const contact = 'ada.lindqvist@example.com';
    expect(namesOf(first)).to.deep.equal({
      region: `Messages for ${contact}`,
      toolbar: `Statuses of the messages shown for ${contact}`,
    });
    expect(namesOf(second)).to.deep.equal({
      region: `Messages for ${contact} (2)`,
      toolbar: `Statuses of the messages shown for ${contact} (2)`,
    });
    await second.refresh();
    await waitUntil(() => /Loaded/.test(second.shadowRoot!.querySelector('[role="status"]')!.textContent!));
    expect(second.shadowRoot!.querySelector('[role="status"]')!.textContent).to.match(
      new RegExp(`^Messages for ${contact} \\(2\\): `),
    );
  });

  it('takes the name the host gives in `label`, and numbers two lists the host named alike', async () => {
    const [panel, again] = await lists(
      html`<div>
        <message-status-list
          label="Side panel"
          contact-id=${freshContact('42')}
          endpoint=${ENDPOINT}
        ></message-status-list>
        <message-status-list
          label="Side panel"
          contact-id=${freshContact('some')}
          endpoint=${ENDPOINT}
        ></message-status-list>
      </div>`,
    );
    expect(namesOf(panel)).to.deep.equal({
      region: 'Side panel',
      toolbar: 'Statuses of the messages shown in Side panel',
    });
    expect(namesOf(again).region).to.equal('Side panel (2)');
    panel.label = 'Ada’s messages';
    await panel.updateComplete;
    expect(namesOf(panel).region).to.equal('Ada’s messages');
  });
});
