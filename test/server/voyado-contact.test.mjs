// Voyado's contact in the project's `contact` shape: addresses, and opt-outs read from the preferences.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { importServerModule } from '../../scripts/server-module.mjs';

const { contactFromVoyado, revivedContact } = await importServerModule(
  fileURLToPath(new URL('../../src/server/voyado-contact.ts', import.meta.url)),
);

describe('contactFromVoyado', () => {
  it('gives both addresses, unsubscribed where the contact does not accept the channel', () => {
    const voyado = {
      id: 'c1',
      email: ' ada@example.com ',
      mobilePhone: '+46 70 123 45 67',
      preferences: { acceptsEmail: false, acceptsSms: true, acceptsPostal: true },
    };
    assert.deepEqual(contactFromVoyado(voyado), {
      email: { address: 'ada@example.com', unsubscribed: true },
      sms: { address: '+46 70 123 45 67', unsubscribed: false },
    });
  });

  it('says nothing about opting out where the preference is missing or not a boolean', () => {
    assert.deepEqual(contactFromVoyado({ email: 'a@b.c', preferences: { acceptsEmail: 'no' } }), {
      email: { address: 'a@b.c' },
    });
    assert.deepEqual(contactFromVoyado({ mobilePhone: '+46', preferences: null }), { sms: { address: '+46' } });
  });

  it('leaves out an address that is missing, empty or not text', () => {
    assert.deepEqual(contactFromVoyado({ email: '', mobilePhone: 46701234567, preferences: {} }), {});
    assert.deepEqual(contactFromVoyado({ email: null }), {});
  });

  it('gives nothing for a body that is not an object', () => {
    for (const body of [null, 'contact', 42, [{ email: 'a@b.c' }]]) assert.equal(contactFromVoyado(body), undefined);
  });
});

describe('revivedContact', () => {
  it('takes back an object kept as JSON, and refuses anything else', () => {
    assert.deepEqual(revivedContact({ email: { address: 'a@b.c' } }), { email: { address: 'a@b.c' } });
    assert.throws(() => revivedContact('nope'), TypeError);
  });
});
