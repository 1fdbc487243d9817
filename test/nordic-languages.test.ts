import { expect, fixture, html } from '@open-wc/testing';
import './helpers/readable-failures.js';
import './helpers/define.js';
import type { MessageStatusList } from '../src/message-status-list.js';
import { da } from '../src/languages/da.js';
import { en } from '../src/languages/en.js';
import { fi } from '../src/languages/fi.js';
import { nb } from '../src/languages/nb.js';
import { sv } from '../src/languages/sv.js';
import type { LanguagePack, Text } from '../src/languages/pack.js';
import { builtInLanguage } from '../src/languages/packs.js';
import { countedText } from '../src/languages/plural.js';
import { resolveLanguage } from '../src/languages/resolve-language.js';
import { format } from '../src/languages/ui-strings.js';
import { chipLabel, chips, explanationOf, loaded, part } from './helpers/list.js';

// Norwegian Bokmål, Danish and Finnish (issue 26): each pack whole, in its own words, with English's placeholders,
// counted in its own plural forms; and a list in each language shows its labels, explanations and times in it.

const PACKS = { nb, da, fi } as const;
type Nordic = keyof typeof PACKS;
const NORDIC = Object.keys(PACKS) as Nordic[];

/** Every text of a pack by its path (`ui.retry`, `statuses.statuses.blocked.email`…). */
function texts(pack: LanguagePack): Map<string, string> {
  const found = new Map<string, string>();
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') found.set(path, value);
    else for (const [key, child] of Object.entries(value as object)) walk(child, path ? `${path}.${key}` : key);
  };
  walk(pack, '');
  return found;
}

const english = texts(en);

// Words these languages spell as English does: a text may equal English's only if it is one of them.
// Besides these words, a text of placeholders and signs only, which every language writes alike: "{name} ({number})".
const SAME_AS_ENGLISH: Record<Nordic, readonly string[]> = { nb: ['SMS', 'Status'], da: ['SMS', 'Status'], fi: [] };

// English words none of these languages uses. `for`, `at`, `time`, `server`, `status`… are left out: they are
// Norwegian or Danish words too.
const ENGLISH_WORDS =
  /(?<!\p{L})(the|and|of|is|are|was|were|been|could|cannot|this|that|which|with|from|has|have|not|yet|still|will|there|message|messages|email|emails|address|addresses|delivered|opened|bounce|bounces|blocked|unblock|unblocked|unsubscribed|loading|loaded|retry|again|show|older|search|please|phone|number|unknown|failed|expired|deferred|routed|widget|sent|send|try)(?!\p{L})/giu;

// Voyado's own names of the two bounces, quoted once beside this language's word so that an agent can match them to
// a send-out's statistics: the one English a pack may hold (docs/languages.md).
const VENDOR_TERMS = /\((soft|hard) bounce\)/g;

const placeholders = (text: string) => [...new Set(text.match(/\{\w+\}/g) ?? [])].sort();

/** A pack's interface texts as a list would give them, placeholders filled. */
const textOf =
  (pack: LanguagePack): Text =>
  (key, values = {}) =>
    format(pack.ui[key], values);

const COUNTS = [0, 1, 2, 5, 21];

// What each language says for 0, 1, 2, 5 and 21 messages, and for as many unreadable ones.
const COUNTED: Record<string, { pack: LanguagePack; messages: string[]; skipped: string[] }> = {
  en: {
    pack: en,
    messages: ['0 messages', '1 message', '2 messages', '5 messages', '21 messages'],
    skipped: ['0 messages could not', 'One message could not', '2 messages could not', '5 messages', '21 messages'],
  },
  sv: {
    pack: sv,
    messages: ['0 meddelanden', '1 meddelande', '2 meddelanden', '5 meddelanden', '21 meddelanden'],
    skipped: ['0 meddelanden gick', 'Ett meddelande gick', '2 meddelanden gick', '5 meddelanden', '21 meddelanden'],
  },
  nb: {
    pack: nb,
    messages: ['0 meldinger', '1 melding', '2 meldinger', '5 meldinger', '21 meldinger'],
    skipped: ['0 meldinger kunne', 'Én melding kunne', '2 meldinger kunne', '5 meldinger', '21 meldinger'],
  },
  da: {
    pack: da,
    messages: ['0 beskeder', '1 besked', '2 beskeder', '5 beskeder', '21 beskeder'],
    skipped: ['0 beskeder kunne', 'Én besked kunne', '2 beskeder kunne', '5 beskeder', '21 beskeder'],
  },
  fi: {
    pack: fi,
    messages: ['0 viestiä', '1 viesti', '2 viestiä', '5 viestiä', '21 viestiä'],
    skipped: ['0 viestiä ei', 'Yhtä viestiä ei', '2 viestiä ei', '5 viestiä ei', '21 viestiä ei'],
  },
};

describe('the Nordic languages', () => {
  for (const lang of NORDIC) {
    describe(lang, () => {
      const own = texts(PACKS[lang]);

      it('has every text English has, and no other, none of them blank', () => {
        expect([...own.keys()].sort()).to.deep.equal([...english.keys()].sort());
        for (const [path, text] of own) expect(text.trim(), path).not.to.equal('');
      });

      it('leaves no English in its texts, but for Voyado’s names of the two bounces', () => {
        for (const [path, text] of own) {
          if (text === english.get(path) && /\p{L}/u.test(text.replace(/\{\w+\}/g, ''))) {
            expect(SAME_AS_ENGLISH[lang], `${path} is English's "${text}"`).to.include(text);
          }
          const words = text
            .replace(VENDOR_TERMS, '')
            .replace(/\{\w+\}/g, '')
            .match(ENGLISH_WORDS);
          expect(words, `${path}: "${text}"`).to.equal(null);
        }
      });

      it('keeps every placeholder English has in each text, and adds none', () => {
        for (const [path, text] of own)
          expect(placeholders(text), path).to.deep.equal(placeholders(english.get(path)!));
      });

      it('gives every status a label of its own, and tells email and SMS apart where English does', () => {
        const { statuses } = PACKS[lang].statuses;
        const labels = Object.values(statuses).map((status) => status.label);
        expect(new Set(labels).size).to.equal(labels.length);
        for (const [key, status] of Object.entries(statuses)) {
          const englishStatus = en.statuses.statuses[key as keyof typeof statuses];
          if (englishStatus.email !== englishStatus.sms) expect(status.email, key).not.to.equal(status.sms);
        }
        // The platform's windows are facts, not words: every language keeps them.
        expect(statuses.expired.email).to.include('72');
        expect(statuses.expired.sms).to.include('48');
        expect(statuses.deferred.email).to.include('72');
      });
    });
  }

  describe('plural forms, by each language’s own rules (Intl.PluralRules)', () => {
    for (const [lang, { pack, messages, skipped }] of Object.entries(COUNTED)) {
      it(`${lang}: 0, 1, 2, 5 and 21 messages`, () => {
        const text = textOf(pack);
        expect(COUNTS.map((count) => countedText(text, lang, 'messageCount', count))).to.deep.equal(messages);
        COUNTS.forEach((count, index) => {
          expect(countedText(text, lang, 'skipped', count)).to.match(new RegExp(`^${skipped[index]}`));
        });
      });
    }

    it('follows a language whose one-form is not just 1, and falls back to English’s rules for a tag Intl refuses', () => {
      const text: Text = (key, values = {}) => `${key} ${values.count}`;
      // French counts 0 as one; Latvian 21 (and 1, 31…).
      expect(countedText(text, 'fr', 'messageCount', 0)).to.equal('messageCountOne 0');
      expect(countedText(text, 'lv', 'messageCount', 21)).to.equal('messageCountOne 21');
      expect(countedText(text, 'lv', 'messageCount', 11)).to.equal('messageCountOther 11');
      expect(countedText(text, 'not a tag!', 'messageCount', 1)).to.equal('messageCountOne 1');
      expect(countedText(text, 'not a tag!', 'messageCount', 2)).to.equal('messageCountOther 2');
    });
  });

  describe('which pack a tag reads', () => {
    const cases: ReadonlyArray<[string, string]> = [
      ['nb', 'nb'],
      ['nb-NO', 'nb'],
      ['NB_no', 'nb'],
      // Norwegian as a whole, and Nynorsk, whose readers read Bokmål far sooner than English.
      ['no', 'nb'],
      ['no-NO', 'nb'],
      ['nn', 'nb'],
      ['nn-NO', 'nb'],
      ['da', 'da'],
      ['da-DK', 'da'],
      ['fi', 'fi'],
      ['fi-FI', 'fi'],
      ['sv-FI', 'sv'],
      // Northern Sami, Faroese, Icelandic and German have no pack: English.
      ['se-NO', 'en'],
      ['fo', 'en'],
      ['is', 'en'],
      ['de-DE', 'en'],
      ['constructor', 'en'],
    ];
    for (const [tag, expected] of cases) {
      it(`${tag} → ${expected}`, () => expect(builtInLanguage(tag)).to.equal(expected));
    }

    it('lets a language the host added win over the nearest pack, which fills its gaps', () => {
      expect(resolveLanguage('nn-NO', ['en', 'nb', 'nn'])).to.equal('nn');
      expect(resolveLanguage('nn-NO', ['en', 'sv'])).to.equal('en');
    });
  });
});

describe('a list in Norwegian, Danish and Finnish', () => {
  const HOUR = 3_600_000;
  const OLD = '2026-01-02T23:30:00Z';
  const OLDER = '2026-01-01T12:00:00Z';
  // The lang a page may give for each language.
  const TAGS: Record<Nordic, string> = { nb: 'no', da: 'da-DK', fi: 'fi-FI' };

  for (const lang of NORDIC) {
    it(`${lang}: labels, explanations, counts and times in ${lang}`, async () => {
      const pack = PACKS[lang];
      const tag = TAGS[lang];
      const recent = new Date(Date.now() - 2 * 24 * HOUR - HOUR).toISOString();
      const messages = [
        { id: '1', channel: 'sms', status: 'Delivered', sentAt: recent, name: 'Påminnelse' },
        { id: '2', channel: 'email', status: 'Hard bounce', sentAt: OLD, name: 'Kampanje' },
        { id: '3', channel: 'email', status: 'Soft bounce', sentAt: OLDER, name: 'Kampanje' },
      ];
      const wrapper = await fixture<HTMLElement>(
        html`<div lang=${tag}>
          <message-status-list time-zone="Europe/Helsinki" .messages=${messages}></message-status-list>
        </div>`,
      );
      const list = wrapper.querySelector<MessageStatusList>('message-status-list')!;
      await loaded(list);
      const { statuses } = pack.statuses;

      const channels = [...list.shadowRoot!.querySelectorAll('[part="channel"]')].map((el) => el.textContent!.trim());
      expect(channels).to.deep.equal([pack.ui.sms, pack.ui.email, pack.ui.email]);
      const shown = chips(list);
      expect(shown.map(chipLabel)).to.deep.equal([
        statuses.delivered.label,
        statuses['hard-bounce'].label,
        statuses['soft-bounce'].label,
      ]);
      expect(explanationOf(shown[0])).to.equal(statuses.delivered.sms);
      expect(explanationOf(shown[1])).to.equal(statuses['hard-bounce'].email);
      // Voyado's rule, in words: 10 soft bounces within 90 days.
      const softBounce = statuses['soft-bounce'].email.replace('{limit}', '10').replace('{days}', '90');
      expect(explanationOf(shown[2])).to.equal(softBounce);

      // The summary counts in the language's plural form.
      expect(part(list, 'summary')!.textContent).to.contain(format(pack.ui.messageCountOther, { count: 3 }));

      const [recentTime, oldTime] = [...list.shadowRoot!.querySelectorAll('[part="time"]')];
      // A recent time's words are its own text; the date after them is for hover, focus and screen readers.
      const words = [...recentTime.childNodes].filter((node) => node.nodeType === Node.TEXT_NODE);
      // Two days ago in the engine's own words for the language (CLDR's: Chromium says "for 2 døgn siden" in Bokmål).
      const ago = (locale: string) => new Intl.RelativeTimeFormat(locale, { numeric: 'always' }).format(-2, 'day');
      expect(words.map((node) => node.textContent).join('')).to.equal(ago(lang));
      expect(ago(lang)).not.to.equal(ago('en'));
      const inZone = (locale: string) =>
        new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Helsinki' });
      const date = new Date(OLD);
      expect(oldTime.textContent).to.equal(inZone(lang).format(date));
      expect(oldTime.textContent).not.to.equal(inZone('en').format(date));
      expect(oldTime.textContent).to.contain('2026');

      expect(list.shadowRoot!.textContent).not.to.match(/Delivered|Hard bounce|Email|messages/);
    });
  }

  it('takes the host’s own words over a pack’s, language by language, the pack filling the rest', async () => {
    const messages = [{ id: '1', channel: 'email', status: 'Hard bounce', sentAt: OLD, name: 'Kampanja' }];
    const list = await fixture<MessageStatusList>(
      html`<message-status-list
        lang="fi"
        .messages=${messages}
        .strings=${{
          fi: { ui: { email: 'Sposti' }, statuses: { 'hard-bounce': { label: 'Virheellinen osoite' } } },
          nb: { ui: { email: 'Epost' } },
        }}
      ></message-status-list>`,
    );
    await loaded(list);
    expect(list.shadowRoot!.querySelector('[part="channel"]')!.textContent!.trim()).to.equal('Sposti');
    expect(chipLabel(chips(list)[0])).to.equal('Virheellinen osoite');
    expect(explanationOf(chips(list)[0])).to.equal(fi.statuses.statuses['hard-bounce'].email);
  });
});
