import { executeServerCommand } from '@web/test-runner-commands';

/** Pins the test browser's time zone (an IANA name); `null` restores the machine's. */
export async function emulateTimeZone(timeZone: string | null): Promise<void> {
  await executeServerCommand('emulate-timezone', { timeZone });
}

/** Emulates CSS media features, e.g. `[{ name: 'forced-colors', value: 'active' }]`; `null` restores them all. */
export async function emulateMedia(features: { name: string; value: string }[] | null): Promise<void> {
  await executeServerCommand('emulate-media-features', { features });
}
