// `npm run screenshots`: renders the demo's states to PNG files in .screenshots/ for a person to look
// at (light, dark, Swedish, Norwegian, Danish, Finnish, forced colours, a 320 px wide phone, an open explanation, the unblock
// dialog, an error). Serves the sources as the demo does (no build needed); needs Chromium
// (CHROME_PATH, else /usr/bin/chromium). Everything stays on localhost; the script ends by itself.
// `npm run screenshots -- light readme` renders only the shots named.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromiumPath, launchChromium, startLocalServer } from './local-server.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = fileURLToPath(new URL('../.screenshots/', import.meta.url));
// A hung browser or server must not keep the script (or CI) waiting forever.
const DEADLINE_MS = 3 * 60_000;
const MAX_HEIGHT = 1100;

if (!chromiumPath) fail('No Chromium found: set CHROME_PATH.');
const deadline = setTimeout(() => fail(`Gave up after ${DEADLINE_MS / 60_000} minutes.`), DEADLINE_MS);

/**
 * Each shot: the demo's own controls set as a person would, then what to capture.
 * `element` shots crop to the main list; `viewport` shots keep what floats above it.
 */
const SHOTS = [
  { name: 'light', controls: { theme: 'light' } },
  { name: 'dark', controls: { theme: 'dark' }, media: [{ name: 'prefers-color-scheme', value: 'dark' }] },
  { name: 'swedish', controls: { lang: 'sv', 'time-zone': 'Europe/Stockholm' } },
  // One list per Nordic language, for docs/languages.md (copied by hand to docs/images/lang-*.png): the top of it.
  { name: 'norwegian', controls: { lang: 'nb' }, height: 560 },
  { name: 'danish', controls: { lang: 'da' }, height: 560 },
  { name: 'finnish', controls: { lang: 'fi' }, height: 560 },
  { name: 'forced-colors', media: [{ name: 'forced-colors', value: 'active' }] },
  { name: 'narrow-320', width: 320, zoom: 2 },
  { name: 'narrow-320-dark', width: 320, zoom: 2, controls: { theme: 'dark' } },
  { name: 'explanation-hovered', capture: 'viewport', act: hoverChip },
  // Keyboard focus: a row's item (the row shows its full date), and a count in the summary's toolbar.
  { name: 'row-focused', capture: 'viewport', act: focusRow },
  { name: 'toolbar-focused', capture: 'viewport', act: focusToolbar },
  { name: 'unblock-dialog', capture: 'viewport', controls: { contact: 'blocked-email' }, act: openUnblock },
  // Issue 23: why and since when an address is blocked, beside it and in the dialog; a header that outlives an error.
  { name: 'blocked-header', controls: { contact: 'blocked-email' }, height: 330 },
  { name: 'blocked-unexplained', controls: { contact: 'blocked-unexplained' }, height: 330 },
  { name: 'blocked-header-320', width: 320, zoom: 2, controls: { contact: 'blocked-email' }, height: 640 },
  {
    name: 'unblock-dialog-320',
    capture: 'viewport',
    width: 320,
    height: 640,
    zoom: 2,
    controls: { contact: 'blocked-email' },
    act: openUnblock,
  },
  { name: 'error-keeps-header', controls: { contact: '42~status=401' } },
  // The list's top 640 px on a 320 px wide phone: the first message is in view without scrolling.
  { name: 'first-row-320', width: 320, zoom: 2, height: 640 },
  {
    name: 'soft-bounce-warning',
    capture: 'viewport',
    controls: { contact: 'soft-bounces-near' },
    act: hoverSoftBounceWarning,
  },
  { name: 'soft-bounce-block', controls: { contact: 'soft-bounces-at-limit' }, height: 400 },
  { name: 'error', controls: { contact: 'broken' } },
  {
    name: 'partial-error',
    controls: { shape: '/api/contacts/{contactId}/messages?channel={channel}', contact: 'sms-down' },
  },
  { name: 'empty', controls: { contact: 'empty' } },
  { name: 'loading', controls: { contact: 'slow' }, wait: 'loading' },
  // The README's picture (copied by hand to docs/images/demo-light.png): the top of the list, small enough to ship.
  { name: 'readme', height: 640 },
];
const named = process.argv.slice(2);
const unknownShots = named.filter((name) => !SHOTS.some((shot) => shot.name === name));
if (unknownShots.length)
  fail(`No shot named ${unknownShots.join(', ')}; the shots are ${SHOTS.map((s) => s.name).join(', ')}.`);
const shots = named.length ? SHOTS.filter((shot) => named.includes(shot.name)) : SHOTS;

let server;
let browser;
try {
  let origin;
  ({ server, origin } = await startLocalServer(root));
  browser = await launchChromium();
  mkdirSync(outDir, { recursive: true });
  const problems = [];
  for (const shot of shots) {
    const page = await browser.newPage();
    page.on('pageerror', (error) => problems.push(`${shot.name}: ${error.message}`));
    await page.setViewport({
      width: shot.width ?? 1280,
      height: shot.capture === 'viewport' ? (shot.height ?? 900) : 900,
      deviceScaleFactor: shot.zoom ?? 1,
    });
    // Pinned, so the screenshots read the same on every machine.
    await page.emulateTimezone('Europe/Stockholm');
    if (shot.media) {
      const cdp = await page.createCDPSession();
      await cdp.send('Emulation.setEmulatedMedia', { features: shot.media });
    }
    await page.goto(`${origin}/demo/`, { waitUntil: 'load' });
    await waitForList(page, 'ready');
    for (const [id, value] of Object.entries(shot.controls ?? {})) await setControl(page, id, value, !shot.wait);
    await waitForList(page, shot.wait ?? 'settled');
    await shot.act?.(page);
    const path = `${outDir}${shot.name}.png`;
    if (shot.capture === 'viewport') {
      await page.screenshot({ path });
    } else {
      // The list's top part: a long history would make a picture too tall to look at.
      const box = await (await page.$('#list')).boundingBox();
      const clip = { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, shot.height ?? MAX_HEIGHT) };
      await page.screenshot({ path, clip, captureBeyondViewport: true });
    }
    console.log(`wrote .screenshots/${shot.name}.png`);
    await page.close();
  }
  if (problems.length) fail(`The demo reported errors:\n${problems.join('\n')}`);
} finally {
  clearTimeout(deadline);
  await browser?.close();
  await server?.stop();
}

/** Waits until the main list is loading, ready, or done either way (`settled`). */
async function waitForList(page, wanted) {
  await page.waitForFunction(
    (state) => {
      const list = document.querySelector('#list');
      if (!list?.hasUpdated) return false;
      return state === 'settled' ? list.state === 'ready' || list.state === 'error' : list.state === state;
    },
    { timeout: 20_000 },
    wanted,
  );
  // The rest of the widget (header, filters, the keyboard grid; it follows a change of lang) and the list's language
  // pack in, drawn: the pictures show it, and a cold demo is not caught in the language it had before.
  await page.evaluate(async () => {
    await customElements.whenDefined('message-status-chip');
    // A task later, the list has taken the rest's features and asked for the update they bring.
    await new Promise((resolve) => setTimeout(resolve));
    await document.querySelector('#list').updateComplete;
  });
  // One more frame for chips and fonts to settle.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** Sets one of the demo's controls; one that reloads is waited for until the list shows the outcome. */
async function setControl(page, id, value, waitForLoad) {
  const reloads = waitForLoad && (id === 'contact' || id === 'shape');
  const outcome = reloads
    ? page.evaluate(
        () =>
          new Promise((resolve) => {
            const list = document.querySelector('#list');
            list.addEventListener('messages-load', resolve, { once: true });
            list.addEventListener('messages-error', resolve, { once: true });
          }),
      )
    : undefined;
  await page.select(`#${id}`, value);
  await outcome;
}

function inList(page, selector) {
  return page.evaluateHandle((css) => document.querySelector('#list').shadowRoot.querySelector(css), selector);
}

async function hoverChip(page) {
  const chip = await inList(page, '[part~="chip-deferred"]');
  await chip.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await chip.hover();
  await new Promise((resolve) => setTimeout(resolve, 300));
}

async function hoverSoftBounceWarning(page) {
  const trigger = await inList(page, '[part~="address-warning"] .tip-trigger');
  await trigger.hover();
  await new Promise((resolve) => setTimeout(resolve, 300));
}

/** Into the rows' grid at its one stop, then as a keyboard user moves: a row down, an item along. */
async function focusRow(page) {
  const stop = await inList(page, '[role="grid"] [data-row-item][tabindex="0"]');
  await stop.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  // The row's last item: its link (→ goes cell by cell: the text, when it was sent, then the link).
  await page.keyboard.press('End');
  await page.evaluate(() => {
    const focused = document.querySelector('#list').shadowRoot.activeElement;
    focused.closest('[role="row"]').scrollIntoView({ block: 'center' });
  });
  await new Promise((resolve) => setTimeout(resolve, 300));
}

async function focusToolbar(page) {
  const count = await inList(page, '[role="toolbar"] [tabindex="0"]');
  await count.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await count.focus();
  // A key press makes the focus count as keyboard focus (:focus-visible).
  await page.keyboard.press('ArrowRight');
}

async function openUnblock(page) {
  const button = await inList(page, '[part="unblock-button"]');
  await button.click();
  await page.waitForFunction(() => document.querySelector('#list').shadowRoot.querySelector('dialog').open);
}

function fail(message) {
  console.error(message);
  process.exit(1);
}
