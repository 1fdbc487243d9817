/** The two channels the widget knows. Postal messages have no delivery status and are left out. */
export type Channel = 'email' | 'sms';

export const CHANNELS: readonly Channel[] = ['email', 'sms'];

/** A space- or comma-separated list of channel names as channels, unknown names left out; never empty. */
export function parseChannels(names: string): Channel[] {
  const wanted = names.toLowerCase().split(/[\s,]+/);
  const list = CHANNELS.filter((channel) => wanted.includes(channel));
  return list.length ? list : [...CHANNELS];
}
