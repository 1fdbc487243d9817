/** The two channels the widget knows. Postal messages have no delivery status and are left out. */
export type Channel = 'email' | 'sms';

export const CHANNELS: readonly Channel[] = ['email', 'sms'];
