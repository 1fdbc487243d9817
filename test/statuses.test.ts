import { expect } from '@open-wc/testing';
import { CHANNELS, type Channel } from '../src/data/types.js';
import { STATUS_CATALOG, STATUS_KEYS, type StatusKey } from '../src/statuses/catalog.js';
import {
  DEFERRED_RETRY_HOURS,
  deferredHoursLeft,
  describeStatus,
  pendingText,
} from '../src/languages/describe-status.js';
import { resolveLanguage } from '../src/languages/resolve-language.js';
import { normalizeStatus } from '../src/statuses/normalize.js';
import { en } from '../src/languages/en.js';
import { loadPackFor } from '../src/languages/packs.js';
import { sv } from '../src/languages/sv.js';

// Each language's texts, as its pack holds them.
const STATUS_STRINGS = { en: en.statuses, sv: sv.statuses };

const HOUR = 3_600_000;
const LANGS = ['en', 'sv'] as const;

/** A built-in explanation as the describer gives it under the default soft-bounce rule. */
function withDefaultRule(text: string): string {
  return text.replaceAll('{limit}', '10').replaceAll('{days}', '90');
}

describe('statuses', () => {
  // Swedish is a pack of its own, fetched where it is spoken: here, before any Swedish text is asked for.
  before(() => loadPackFor('sv'));

  describe('catalog', () => {
    it('lists every key once, in the SPEC table order', () => {
      expect(STATUS_KEYS).to.deep.equal([
        'delivered',
        'opened',
        'soft-bounce',
        'blocked',
        'hard-bounce',
        'deferred',
        'unknown',
        'not-delivered',
        'failed',
        'expired',
        'control-group',
        'routed',
      ]);
      expect(Object.keys(STATUS_CATALOG).sort()).to.deep.equal([...STATUS_KEYS].sort());
    });

    const table: ReadonlyArray<[StatusKey, string, readonly Channel[]]> = [
      ['delivered', 'success', ['email', 'sms']],
      ['opened', 'success', ['email']],
      ['soft-bounce', 'warning', ['email', 'sms']],
      ['blocked', 'warning', ['email']],
      ['hard-bounce', 'danger', ['email', 'sms']],
      ['deferred', 'warning', ['email']],
      ['unknown', 'neutral', ['email']],
      ['not-delivered', 'danger', ['sms']],
      ['failed', 'danger', ['sms']],
      ['expired', 'warning', ['email', 'sms']],
      ['control-group', 'neutral', ['email', 'sms']],
      ['routed', 'neutral', ['sms']],
    ];
    for (const [key, severity, channels] of table) {
      it(`${key} is ${severity} on ${channels.join(' and ')}`, () => {
        expect(STATUS_CATALOG[key].severity).to.equal(severity);
        expect(STATUS_CATALOG[key].channels).to.deep.equal(channels);
      });
    }

    it('counts blocked as a soft bounce, and nothing else as another status', () => {
      expect(STATUS_CATALOG.blocked.countsAs).to.equal('soft-bounce');
      expect(STATUS_KEYS.filter((key) => STATUS_CATALOG[key].countsAs)).to.deep.equal(['blocked']);
    });

    it('lets only a hard bounce block the address', () => {
      expect(STATUS_KEYS.filter((key) => STATUS_CATALOG[key].blocksAddress)).to.deep.equal(['hard-bounce']);
    });

    it('keeps the dot icon for unknown statuses only', () => {
      expect(STATUS_KEYS.map((key) => STATUS_CATALOG[key].icon)).not.to.include('dot');
    });

    it('cannot be changed by a caller', () => {
      expect(Object.isFrozen(STATUS_CATALOG)).to.equal(true);
      expect(Object.isFrozen(STATUS_CATALOG.delivered.channels)).to.equal(true);
      expect(Object.isFrozen(STATUS_KEYS)).to.equal(true);
      expect(Object.isFrozen(STATUS_STRINGS.en.statuses.delivered)).to.equal(true);
    });
  });

  describe('normalizeStatus', () => {
    const spellings: Record<StatusKey, readonly string[]> = {
      delivered: ['Delivered', 'delivered', 'DELIVERED', ' Delivered ', 'DELIVRD'],
      opened: ['Delivered (Opened)', 'Opened', 'delivered_opened', 'DeliveredOpened', 'open', 'Read'],
      'soft-bounce': ['Soft bounce', 'SoftBounce', 'softBounce', 'soft_bounce', 'SOFT-BOUNCE', 'soft-bounce'],
      blocked: ['Blocked', 'blocked', 'BLOCKED'],
      'hard-bounce': ['hardbounce', 'Hard Bounce', 'HardBounce', 'hard_bounce', 'hard-bounce'],
      deferred: ['Deferred', 'DEFERRED', 'delayed'],
      unknown: ['Unknown', 'waiting', 'pending', 'Sent'],
      'not-delivered': ['undelivered', 'notdelivered', 'Not delivered', 'NotDelivered', 'not-delivered', 'UNDELIV'],
      failed: ['Failed', 'failure'],
      expired: ['Expired', 'EXPIRED'],
      'control-group': ['ControlGroup', 'control group', 'control_group', 'control-group'],
      routed: ['Routed', 'routed'],
    };
    for (const key of STATUS_KEYS) {
      for (const spelling of spellings[key]) {
        it(`maps ${JSON.stringify(spelling)} to ${key}`, () => {
          expect(normalizeStatus(spelling)).to.equal(key);
        });
      }
    }

    const unknown: readonly unknown[] = [
      'bounced',
      'Bounce',
      'soft',
      'Delivered later',
      'delivered'.repeat(2),
      '',
      '   ',
      '()-_',
      null,
      undefined,
      42,
      true,
      {},
      ['delivered'],
      new String('Delivered'),
    ];
    for (const raw of unknown) {
      it(`gives undefined for ${typeof raw === 'string' ? JSON.stringify(raw) : String(raw)}`, () => {
        expect(normalizeStatus(raw)).to.equal(undefined);
      });
    }

    it('never throws, whatever it is given', () => {
      const hostile = { toString: () => 'delivered', [Symbol.toPrimitive]: () => 'delivered' };
      expect(normalizeStatus(hostile)).to.equal(undefined);
      expect(normalizeStatus(Symbol('delivered'))).to.equal(undefined);
      expect(normalizeStatus(Object.create(null))).to.equal(undefined);
    });
  });

  describe('texts', () => {
    for (const lang of LANGS) {
      for (const key of STATUS_KEYS) {
        for (const channel of CHANNELS) {
          it(`${lang}: ${key} on ${channel} has a label and an explanation`, () => {
            const text = STATUS_STRINGS[lang].statuses[key];
            expect(text.label.trim()).not.to.equal('');
            expect(text[channel].trim().length).to.be.greaterThan(20);
            const described = describeStatus(key, channel, { lang });
            expect(described.label).to.equal(text.label);
            // The soft-bounce rule's numbers are filled in: Voyado's 10 in 90 days by default.
            expect(described.explanation).to.equal(withDefaultRule(text[channel]));
          });
        }
      }

      it(`${lang}: says one soft bounce does not block an email address but repeated ones can, with the rule's numbers`, () => {
        for (const key of ['soft-bounce', 'blocked'] as const) {
          expect(STATUS_STRINGS[lang].statuses[key].email).to.include('{limit}').and.include('{days}');
          const described = describeStatus(key, 'email', { lang, softBounceRule: { limit: 7, days: 45 } });
          expect(described.explanation).to.include('7').and.include('45').and.not.include('{');
        }
      });

      it(`${lang}: keeps SMS soft bounces to their own rule, with no numbers of the email one`, () => {
        for (const key of ['soft-bounce', 'blocked'] as const) {
          expect(STATUS_STRINGS[lang].statuses[key].sms).not.to.include('{limit}');
        }
      });

      it(`${lang}: has the placeholders the describer fills in`, () => {
        expect(STATUS_STRINGS[lang].otherExplanation).to.include('{status}');
        expect(STATUS_STRINGS[lang].deferredRetrying).to.include('{hours}');
        expect(STATUS_STRINGS[lang].otherLabel.trim()).not.to.equal('');
        expect(STATUS_STRINGS[lang].missingExplanation.trim()).not.to.equal('');
      });

      it(`${lang}: gives every status its own label`, () => {
        const labels = STATUS_KEYS.map((key) => STATUS_STRINGS[lang].statuses[key].label);
        expect(new Set(labels).size).to.equal(STATUS_KEYS.length);
      });
    }

    for (const key of ['delivered', 'soft-bounce', 'hard-bounce', 'expired'] as const) {
      it(`explains ${key} differently for email and SMS`, () => {
        for (const lang of LANGS) {
          const text = STATUS_STRINGS[lang].statuses[key];
          expect(text.email).not.to.equal(text.sms);
        }
      });
    }

    it('gives the right time limits for expired and deferred', () => {
      expect(STATUS_STRINGS.en.statuses.expired.email).to.include('72');
      expect(STATUS_STRINGS.en.statuses.expired.sms).to.include('48');
      expect(STATUS_STRINGS.sv.statuses.expired.email).to.include('72');
      expect(STATUS_STRINGS.sv.statuses.expired.sms).to.include('48');
      expect(STATUS_STRINGS.en.statuses.deferred.email).to.include('72');
      expect(STATUS_STRINGS.sv.statuses.deferred.email).to.include('72');
    });

    it('translates every label and explanation into Swedish', () => {
      for (const key of STATUS_KEYS) {
        for (const channel of CHANNELS) {
          expect(STATUS_STRINGS.sv.statuses[key][channel]).not.to.equal(STATUS_STRINGS.en.statuses[key][channel]);
        }
      }
      expect(STATUS_STRINGS.sv.statuses['hard-bounce'].label).to.equal('Hård studs');
    });
  });

  describe('describeStatus', () => {
    it('describes a known status from any spelling', () => {
      expect(describeStatus('HARD_BOUNCE', 'email')).to.deep.equal({
        key: 'hard-bounce',
        severity: 'danger',
        icon: 'alert',
        label: 'Hard bounce',
        explanation: STATUS_STRINGS.en.statuses['hard-bounce'].email,
        pending: false,
        raw: 'HARD_BOUNCE',
      });
    });

    it('picks the explanation for the channel', () => {
      expect(describeStatus('Hard bounce', 'sms').explanation).to.equal(STATUS_STRINGS.en.statuses['hard-bounce'].sms);
    });

    it('shows an unknown status with the server’s text, neutral and with a dot', () => {
      const described = describeStatus('  Queued for\nreview ', 'sms');
      expect(described.key).to.equal('other');
      expect(described.severity).to.equal('neutral');
      expect(described.icon).to.equal('dot');
      expect(described.label).to.equal('Queued for review');
      expect(described.explanation).to.equal(
        STATUS_STRINGS.en.otherExplanation.replace('{status}', 'Queued for review'),
      );
      expect(described.explanation).not.to.include('{status}');
      expect(described.raw).to.equal('  Queued for\nreview ');
    });

    it('keeps special replacement patterns in the server’s text literal', () => {
      const described = describeStatus("$& $' $$", 'email');
      expect(described.label).to.equal("$& $' $$");
      expect(described.explanation).to.include("“$& $' $$”");
    });

    it('caps a long unknown status at 40 characters with an ellipsis', () => {
      const long = 'Rejected by the recipient gateway because of a policy violation';
      const { label } = describeStatus(long, 'email');
      expect(Array.from(label)).to.have.length(40);
      expect(label.endsWith('…')).to.equal(true);
      expect(label.startsWith('Rejected by the recipient gateway')).to.equal(true);
      expect(describeStatus('x'.repeat(40), 'email').label).to.equal('x'.repeat(40));
    });

    it('never cuts an emoji in half when truncating', () => {
      const { label } = describeStatus('📨'.repeat(50), 'sms');
      expect(label).to.equal('📨'.repeat(39) + '…');
    });

    it('keeps the explanation of a huge status short', () => {
      const { explanation } = describeStatus('y'.repeat(1_000_000), 'email');
      expect(explanation.length).to.be.lessThan(STATUS_STRINGS.en.otherExplanation.length + 200);
    });

    for (const raw of [undefined, null, '', '   ', 17, { status: 'Delivered' }]) {
      it(`gives a label and explanation for no status (${JSON.stringify(raw) ?? 'undefined'})`, () => {
        const described = describeStatus(raw, 'email');
        expect(described.key).to.equal('other');
        expect(described.icon).to.equal('dot');
        expect(described.label).to.equal('No status');
        expect(described.explanation).to.equal(STATUS_STRINGS.en.missingExplanation);
        expect(described.raw).to.equal(typeof raw === 'string' ? raw : '');
      });
    }

    it('speaks Swedish for sv and sv-SE, and falls back to English', () => {
      expect(describeStatus('Delivered', 'email', { lang: 'sv' }).label).to.equal('Levererat');
      expect(describeStatus('Delivered', 'email', { lang: 'sv-SE' }).label).to.equal('Levererat');
      expect(describeStatus('Delivered', 'email', { lang: 'de' }).label).to.equal('Delivered');
      expect(describeStatus('', 'email', { lang: 'sv' }).label).to.equal('Ingen status');
      expect(describeStatus('Weird', 'email', { lang: 'sv' }).explanation).to.include('”Weird”');
    });

    it('lets overrides win, per status, per channel and for unknown statuses', () => {
      const overrides = {
        'soft-bounce': { label: 'Temporary bounce', sms: 'The phone was off.' },
        otherLabel: 'Nothing',
        otherExplanation: 'Unrecognised: {status}.',
      };
      const email = describeStatus('softbounce', 'email', { overrides });
      expect(email.label).to.equal('Temporary bounce');
      expect(email.explanation).to.equal(withDefaultRule(STATUS_STRINGS.en.statuses['soft-bounce'].email));
      expect(describeStatus('softbounce', 'sms', { overrides }).explanation).to.equal('The phone was off.');
      expect(describeStatus('', 'sms', { overrides }).label).to.equal('Nothing');
      expect(describeStatus('Weird', 'sms', { overrides }).explanation).to.equal('Unrecognised: Weird.');
      expect(describeStatus('Delivered', 'sms', { overrides }).label).to.equal('Delivered');
    });

    it('ignores blank overrides so that no chip goes empty', () => {
      const described = describeStatus('Failed', 'sms', { overrides: { failed: { label: '  ', sms: '' } } });
      expect(described.label).to.equal('Failed');
      expect(described.explanation).to.equal(STATUS_STRINGS.en.statuses.failed.sms);
    });

    it('says how long a deferred email is still retried', () => {
      const now = new Date('2024-05-10T12:00:00Z');
      const sentAt = new Date(now.getTime() - 10.5 * HOUR);
      const described = describeStatus('Deferred', 'email', { sentAt, now });
      expect(described.explanation).to.equal(
        `${STATUS_STRINGS.en.statuses.deferred.email} ${STATUS_STRINGS.en.deferredRetrying.replace('{hours}', '62')}`,
      );
      const sv = describeStatus('Deferred', 'email', { sentAt, now, lang: 'sv', overrides: {} });
      expect(sv.explanation).to.include('62 h');
    });

    it('uses the overridden retry sentence', () => {
      const now = new Date('2024-05-10T12:00:00Z');
      const described = describeStatus('Deferred', 'email', {
        sentAt: new Date(now.getTime() - HOUR),
        now,
        overrides: { deferredRetrying: '{hours} hours to go.' },
      });
      expect(described.explanation.endsWith(' 71 hours to go.')).to.equal(true);
    });

    it('says a deferred email whose window closed is about to become a soft bounce', () => {
      const now = new Date('2024-05-10T12:00:00Z');
      const late = new Date(now.getTime() - 80 * HOUR);
      for (const lang of LANGS) {
        const described = describeStatus('Deferred', 'email', { sentAt: late, now, lang });
        expect(described.explanation).to.equal(
          `${STATUS_STRINGS[lang].statuses.deferred.email} ${STATUS_STRINGS[lang].deferredClosed}`,
        );
        expect(described.explanation).not.to.include(' h ');
      }
      expect(describeStatus('Deferred', 'email', { sentAt: late, now }).explanation).to.include('soft bounce');
    });

    it('says nothing about the retry window without a send time, or on SMS', () => {
      const now = new Date('2024-05-10T12:00:00Z');
      const plain = STATUS_STRINGS.en.statuses.deferred;
      expect(describeStatus('Deferred', 'email', { sentAt: null, now }).explanation).to.equal(plain.email);
      expect(describeStatus('Deferred', 'email', { now }).explanation).to.equal(plain.email);
      const recent = new Date(now.getTime() - HOUR);
      expect(describeStatus('Deferred', 'sms', { sentAt: recent, now }).explanation).to.equal(plain.sms);
    });

    it('measures the retry window against the real clock by default', () => {
      const described = describeStatus('Deferred', 'email', { sentAt: new Date(Date.now() - 2 * HOUR) });
      expect(described.explanation).to.include('70 h');
    });
  });

  describe('deferredHoursLeft', () => {
    const sentAt = new Date('2024-05-10T00:00:00Z');
    const at = (hours: number) => new Date(sentAt.getTime() + hours * HOUR);

    it('is the whole window right after sending', () => {
      expect(DEFERRED_RETRY_HOURS).to.equal(72);
      expect(deferredHoursLeft(sentAt, at(0))).to.equal(72);
    });

    it('rounds up to whole hours inside the window', () => {
      expect(deferredHoursLeft(sentAt, at(0.001))).to.equal(72);
      expect(deferredHoursLeft(sentAt, at(1))).to.equal(71);
      expect(deferredHoursLeft(sentAt, at(10.5))).to.equal(62);
      expect(deferredHoursLeft(sentAt, at(71.99))).to.equal(1);
    });

    it('is 0 exactly at the edge and after it', () => {
      expect(deferredHoursLeft(sentAt, new Date(at(72).getTime() - 1))).to.equal(1);
      expect(deferredHoursLeft(sentAt, at(72))).to.equal(0);
      expect(deferredHoursLeft(sentAt, at(500))).to.equal(0);
    });

    it('never promises more than the window, and gives 0 for invalid dates', () => {
      expect(deferredHoursLeft(sentAt, at(-30))).to.equal(72);
      expect(deferredHoursLeft(new Date('nope'), at(1))).to.equal(0);
      expect(deferredHoursLeft(sentAt, new Date(Number.NaN))).to.equal(0);
    });
  });

  describe('resolveLanguage', () => {
    const available = ['en', 'sv'];
    const cases: ReadonlyArray<[string | undefined, string]> = [
      ['sv', 'sv'],
      ['sv-SE', 'sv'],
      ['SV-se', 'sv'],
      ['sv_FI', 'sv'],
      ['en-GB', 'en'],
      ['de', 'en'],
      ['de-DE', 'en'],
      ['', 'en'],
      [undefined, 'en'],
    ];
    for (const [lang, expected] of cases) {
      it(`resolves ${JSON.stringify(lang)} to ${expected}`, () => {
        expect(resolveLanguage(lang, available)).to.equal(expected);
      });
    }

    it('prefers an exact regional match over the primary subtag', () => {
      expect(resolveLanguage('pt-BR', ['en', 'pt', 'pt-BR'])).to.equal('pt-BR');
      expect(resolveLanguage('pt-PT', ['en', 'pt', 'pt-BR'])).to.equal('pt');
    });

    it('falls back to the first language when English is not offered', () => {
      expect(resolveLanguage('de', ['sv', 'fi'])).to.equal('sv');
      expect(resolveLanguage('de', [])).to.equal('en');
    });
  });
});

describe('pending and final statuses', () => {
  it('marks deferred and unknown as pending on both channels, and everything else as final', () => {
    for (const channel of CHANNELS) {
      const pending = STATUS_KEYS.filter((key) => describeStatus(key, channel).pending);
      expect(pending, channel).to.deep.equal(['deferred', 'unknown']);
    }
    expect(describeStatus('Something new', 'email').pending).to.equal(false);
    expect(describeStatus(undefined, 'email').pending).to.equal(false);
  });

  it('says "pending" in words, in each language, with overrides', () => {
    expect(pendingText()).to.match(/^pending/);
    expect(pendingText({ lang: 'sv-SE' })).to.match(/^inte slutlig/);
    expect(pendingText({ overrides: { pendingLabel: 'not settled' } })).to.equal('not settled');
    expect(pendingText({ overrides: { pendingLabel: ' ' } })).to.match(/^pending/);
  });

  it('says an unknown email may still get a status, and an open may be automatic image loading', () => {
    expect(STATUS_STRINGS.en.statuses.unknown.email).to.match(/may still arrive/);
    expect(STATUS_STRINGS.sv.statuses.unknown.email).to.match(/kan fortfarande komma/);
    expect(STATUS_STRINGS.en.statuses.opened.email).to.match(/images automatically/);
    expect(STATUS_STRINGS.sv.statuses.opened.email).to.match(/bilder automatiskt/);
  });
});
