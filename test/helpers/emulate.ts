import { executeServerCommand } from '@web/test-runner-commands';

// The time zone is pinned for the whole run instead, through each browser's environment (scripts/browser-launchers.mjs).

/** Emulates CSS media features (Chromium only: see web-test-runner.config.mjs), e.g. `[{ name: 'forced-colors', value: 'active' }]`; `null` restores them all. */
export async function emulateMedia(features: { name: string; value: string }[] | null): Promise<void> {
  await executeServerCommand('emulate-media-features', { features });
}
