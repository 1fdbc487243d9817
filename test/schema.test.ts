import { expect } from '@open-wc/testing';

// docs/messages.schema.json documents the project's own data shape (docs/data.md).
// These tests hold it to the mock API, which the demo and every element test stand on,
// with a hand-written checker for exactly the JSON Schema keywords the file uses.

type Schema = { [keyword: string]: unknown };

// Anything else in the schema fails the test, so it can never lean on a keyword nobody checks.
const ANNOTATIONS = new Set(['$schema', '$id', '$comment', '$defs', 'title', 'description', 'examples', 'default']);
const CHECKED = new Set(['type', 'enum', 'required', 'properties', 'items', 'minLength', 'format', '$ref']);

/** The errors of `value` against `schema`, as `path: problem`; empty when it is valid. */
function validate(value: unknown, schema: Schema, root: Schema = schema, path = ''): string[] {
  const at = path || '/';
  for (const keyword of Object.keys(schema)) {
    if (!ANNOTATIONS.has(keyword) && !CHECKED.has(keyword)) {
      throw new Error(`The checker does not know the keyword "${keyword}" (at ${at} in the schema).`);
    }
  }
  if (typeof schema.$ref === 'string') {
    return validate(value, resolve(root, schema.$ref), root, path);
  }
  const errors: string[] = [];
  if (schema.type !== undefined) {
    const types = ([] as unknown[]).concat(schema.type) as string[];
    if (!types.some((type) => hasType(value, type))) {
      return [`${at}: expected ${types.join(' or ')}, got ${jsonType(value)}`];
    }
  }
  if (Array.isArray(schema.enum) && !schema.enum.some((option) => option === value)) {
    errors.push(`${at}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  }
  if (typeof value === 'string') {
    if (typeof schema.minLength === 'number' && [...value].length < schema.minLength) {
      errors.push(`${at}: shorter than ${schema.minLength}`);
    }
    if (typeof schema.format === 'string' && !hasFormat(value, schema.format)) {
      errors.push(`${at}: ${JSON.stringify(value)} is not a ${schema.format}`);
    }
  }
  if (Array.isArray(value) && schema.items) {
    value.forEach((item, i) => errors.push(...validate(item, schema.items as Schema, root, `${path}/${i}`)));
  }
  if (jsonType(value) === 'object') {
    const object = value as Record<string, unknown>;
    for (const name of (schema.required as string[] | undefined) ?? []) {
      if (!Object.hasOwn(object, name)) errors.push(`${at}: missing "${name}"`);
    }
    const properties = (schema.properties as Record<string, Schema> | undefined) ?? {};
    for (const [name, sub] of Object.entries(properties)) {
      if (Object.hasOwn(object, name)) errors.push(...validate(object[name], sub, root, `${path}/${name}`));
    }
  }
  return errors;
}

function resolve(root: Schema, ref: string): Schema {
  if (!ref.startsWith('#/')) throw new Error(`Only local $refs are supported, not ${ref}`);
  let node: unknown = root;
  for (const segment of ref.slice(2).split('/')) node = (node as Schema | undefined)?.[segment];
  if (!node || typeof node !== 'object') throw new Error(`$ref ${ref} points nowhere`);
  return node as Schema;
}

function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

function hasType(value: unknown, type: string): boolean {
  const actual = jsonType(value);
  return actual === type || (type === 'number' && actual === 'integer');
}

// RFC 3339 date-time: a zone is required.
const DATE_TIME = /^\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$/;

function hasFormat(value: string, format: string): boolean {
  switch (format) {
    case 'date-time':
      return DATE_TIME.test(value) && !Number.isNaN(Date.parse(value));
    case 'uri':
      return /^[a-z][a-z0-9+.-]*:/i.test(value) && URL.canParse(value);
    case 'uri-reference':
      return !/\s/.test(value) && URL.canParse(value, 'https://example.com/');
    default:
      throw new Error(`The checker does not know the format "${format}".`);
  }
}

async function getJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  expect(response.status, url).to.equal(200);
  return response.json();
}

describe('docs/messages.schema.json', () => {
  let schema: Schema;

  before(async () => {
    schema = (await getJson('/docs/messages.schema.json')) as Schema;
  });

  it('is a draft 2020-12 schema for an object with a list of messages', () => {
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(schema.type).to.equal('object');
    expect(schema.required).to.deep.equal(['messages']);
  });

  for (const url of [
    '/api/contacts/42/messages',
    '/api/contacts/42/messages?channel=sms',
    '/api/contacts/many/messages?count=10',
    '/api/contacts/blocked-email/messages',
    '/api/contacts/unsubscribed/messages',
    '/api/contacts/inferred-block/messages',
    '/api/contacts/empty/messages',
  ]) {
    it(`accepts what the mock API answers to ${url}`, async () => {
      const body = await getJson(url);
      expect(validate(body, schema)).to.deep.equal([]);
    });
  }

  it('is exercised: the mock answers use every documented field', async () => {
    const many = (await getJson('/api/contacts/many/messages?count=10')) as { next?: string };
    expect(many.next, 'a paged answer has "next"').to.be.a('string');
    const ada = (await getJson('/api/contacts/42/messages')) as { messages: Record<string, unknown>[] };
    const fields = new Set(ada.messages.flatMap((message) => Object.keys(message)));
    const documented = Object.keys((resolve(schema, '#/$defs/message').properties as Schema) ?? {});
    expect([...fields].sort()).to.deep.equal([...documented].sort());
  });

  it('rejects documents that break it, saying where', () => {
    const good = {
      contact: { email: { address: 'ada@example.com', blocked: false } },
      messages: [{ id: 'm-1', channel: 'email', status: 'Delivered', sentAt: '2024-03-01T10:15:00Z' }],
    };
    expect(validate(good, schema)).to.deep.equal([]);

    const cases: [unknown, string][] = [
      [[], '/: expected object, got array'],
      [{ items: [] }, '/: missing "messages"'],
      [{ messages: {} }, '/messages: expected array, got object'],
      [{ messages: [{ id: 'm-1', channel: 'email', status: 'Delivered' }] }, '/messages/0: missing "sentAt"'],
      [{ messages: [{ ...good.messages[0], channel: 'postal' }] }, '/messages/0/channel: "postal" is not one of'],
      [{ messages: [{ ...good.messages[0], id: 1.5 }] }, '/messages/0/id: expected string or integer, got number'],
      [{ messages: [{ ...good.messages[0], status: '' }] }, '/messages/0/status: shorter than 1'],
      [{ messages: [{ ...good.messages[0], sentAt: '2024-03-01' }] }, '/messages/0/sentAt: "2024-03-01" is not a'],
      [{ messages: [{ ...good.messages[0], transactional: 'yes' }] }, '/messages/0/transactional: expected boolean'],
      [{ messages: [], contact: { sms: { blocked: true } } }, '/contact/sms: missing "address"'],
      [{ messages: [], contact: { email: { address: 'a@b.c', blocked: 'false' } } }, '/contact/email/blocked:'],
    ];
    for (const [document, expected] of cases) {
      const errors = validate(document, schema);
      expect(errors.join('\n'), JSON.stringify(document)).to.contain(expected);
    }
  });

  it('rejects the mock API’s deliberately messy answer', async () => {
    const messy = await getJson('/api/contacts/messy/messages');
    expect(validate(messy, schema)).not.to.deep.equal([]);
  });
});
