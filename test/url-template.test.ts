import { expect } from '@open-wc/testing';
import { expandUrlTemplate, templateUses } from '../src/data/url-template.js';

describe('expandUrlTemplate', () => {
  it('replaces each placeholder with its value', () => {
    expect(expandUrlTemplate('/api/contacts/{contactId}/{channel}', { contactId: '42', channel: 'sms' })).to.equal(
      '/api/contacts/42/sms',
    );
  });

  it('URI-encodes values so they cannot add path segments or a query', () => {
    expect(expandUrlTemplate('/c/{contactId}/m', { contactId: 'a b/c?d=e&f#g' })).to.equal(
      '/c/a%20b%2Fc%3Fd%3De%26f%23g/m',
    );
  });

  it('stringifies numbers', () => {
    expect(expandUrlTemplate('/c/{contactId}', { contactId: 42 })).to.equal('/c/42');
  });

  it('replaces a placeholder used more than once everywhere', () => {
    expect(expandUrlTemplate('/{channel}/x?c={channel}', { channel: 'email' })).to.equal('/email/x?c=email');
  });

  it('keeps text outside placeholders verbatim, including other braces and encoded characters', () => {
    const template = 'https://h.example/p%20q/{contactId}?filter={"a":1}&x={not-a-name}';
    expect(expandUrlTemplate(template, { contactId: '7' })).to.equal(
      'https://h.example/p%20q/7?filter={"a":1}&x={not-a-name}',
    );
  });

  it('ignores values no placeholder asks for', () => {
    expect(expandUrlTemplate('/c/{contactId}', { contactId: '1', channel: 'sms' })).to.equal('/c/1');
  });

  it('throws a TypeError naming a placeholder that has no value', () => {
    expect(() => expandUrlTemplate('/c/{contactId}/{channel}', { contactId: '1' }))
      .to.throw(TypeError)
      .with.property('message')
      .that.contains('{channel}');
  });

  it('treats undefined and empty values as missing', () => {
    expect(() => expandUrlTemplate('/c/{contactId}', { contactId: undefined })).to.throw(TypeError, '{contactId}');
    expect(() => expandUrlTemplate('/c/{contactId}', { contactId: '' })).to.throw(TypeError, '{contactId}');
  });

  it('does not take values from Object.prototype', () => {
    expect(() => expandUrlTemplate('/c/{constructor}', {})).to.throw(TypeError, '{constructor}');
  });
});

describe('templateUses', () => {
  it('tells whether a placeholder is present', () => {
    expect(templateUses('/c/{contactId}/{channel}', 'channel')).to.equal(true);
    expect(templateUses('/c/{contactId}/messages', 'channel')).to.equal(false);
    expect(templateUses('/c/channel', 'channel')).to.equal(false);
  });
});
