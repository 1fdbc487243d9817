import type { StatusKey } from './catalog.js';

/** A status's short label and what it means on each channel, for a support agent reading a contact card. */
export interface StatusText {
  label: string;
  email: string;
  sms: string;
}

/** Every text the statuses module shows, in one language. */
export interface StatusStrings {
  statuses: Record<StatusKey, StatusText>;
  /** The label when the server sent no status text at all. */
  otherLabel: string;
  /** The explanation for a status the widget does not know; `{status}` is replaced by the server's text. */
  otherExplanation: string;
  /** The explanation when the server sent no status text at all. */
  missingExplanation: string;
  /** Added to a deferred email still inside its retry window; `{hours}` is replaced by the whole hours left. */
  deferredRetrying: string;
  /** Added to a deferred email whose retry window has closed. */
  deferredClosed: string;
  /** Read after the label of a status that a later one should follow (a final one has no such words). */
  pendingLabel: string;
}

const en: StatusStrings = {
  statuses: {
    delivered: {
      label: 'Delivered',
      email:
        'The recipient’s mail server accepted the email. Tracking ends there, so this says nothing about whether it was read.',
      sms: 'The operator confirmed that the text message arrived on the recipient’s phone.',
    },
    opened: {
      label: 'Opened',
      email:
        'The email was delivered and then opened. Mail apps that load images automatically also count as an open, so this does not prove that someone read it.',
      sms: 'Text messages do not report when they are opened, so this status normally belongs to email. Treat it as delivered to the phone.',
    },
    'soft-bounce': {
      label: 'Soft bounce',
      email:
        'The receiving mail server accepted the email at first, then returned it, for example because the inbox was full or the server was down. The problem is temporary, and one soft bounce does not block the address: the next send-out tries again. Should they keep coming, though, {limit} soft bounces within {days} days block it.',
      sms: 'A temporary problem stopped the text, such as a fault in the operator network, a phone that is switched off or a full message inbox. If the operator keeps failing after several tries, it reports the text as failed. Soft bounces never block the number.',
    },
    blocked: {
      label: 'Blocked',
      email:
        'The receiving side turned the email away, which counts as a kind of soft bounce. Despite the name, this one message does not block the contact’s address: the next send-out tries again, and send-out statistics count it as a soft bounce. Like other soft bounces, though, {limit} of them within {days} days block it.',
      sms: 'Blocked is an email status, a kind of soft bounce. On a text message, treat it as a temporary failure that does not block the number.',
    },
    'hard-bounce': {
      label: 'Hard bounce',
      email:
        'The email came back because the address is invalid: the domain does not exist or the mailbox is unknown. A single hard bounce blocks the address, and nothing more is sent to it until someone unblocks it.',
      sms: 'The text was returned because the number does not exist or is not valid. A single hard bounce blocks the number, and no more texts go to it until someone unblocks it.',
    },
    deferred: {
      label: 'Deferred',
      email:
        'The receiving domain is holding the email back for now. Delivery is retried for 72 hours; if the email still has not got through by then, it becomes a soft bounce.',
      sms: 'Delivery of this text was postponed and has not finished yet. The final status should follow later.',
    },
    unknown: {
      label: 'Unknown',
      email:
        'No delivery report has come back for this email yet. Often the receiving domain simply sends no status reports, which is common with smaller email providers and company domains. A report may still arrive and change this status.',
      sms: 'No delivery report has come back from the operator yet. The final status may still arrive.',
    },
    'not-delivered': {
      label: 'Not delivered',
      email: 'The email did not reach the recipient, and no further reason was given.',
      sms: 'The text did not reach the phone, or its validity period ran out before it could be delivered.',
    },
    failed: {
      label: 'Failed',
      email: 'The email could not be sent, and no reason was given.',
      sms: 'The text could not be delivered, and the operator gave no reason.',
    },
    expired: {
      label: 'Expired',
      email: 'The email could not be delivered within 72 hours, and no more attempts will be made.',
      sms: 'The text could not be delivered within 48 hours, and no more attempts will be made.',
    },
    'control-group': {
      label: 'Control group',
      email:
        'Deliberately not sent: the contact was in this send-out’s control group, which is held back so that the effect of the send-out can be measured.',
      sms: 'Deliberately not sent: the contact was in this send-out’s control group, which is held back so that the effect of the send-out can be measured.',
    },
    routed: {
      label: 'Routed',
      email: 'The message passed through several parties on its way, so no delivery status is available.',
      sms: 'The text was handed on through several parties on its way, so no delivery status is available.',
    },
  },
  otherLabel: 'No status',
  otherExplanation:
    'The server gave the status “{status}”, which this widget does not know and so cannot explain. The sending platform can tell you what it means.',
  missingExplanation: 'The server sent no status for this message.',
  deferredRetrying: 'Retrying continues for up to {hours} h more.',
  deferredClosed: 'The 72 hours are over, so it should soon be reported as a soft bounce.',
  pendingLabel: 'pending: a later status is expected',
};

const sv: StatusStrings = {
  statuses: {
    delivered: {
      label: 'Levererat',
      email:
        'Mottagarens e-postserver tog emot mejlet. Längre än så kan leveransen inte följas, så statusen säger inget om huruvida mejlet har lästs.',
      sms: 'Operatören har bekräftat att sms:et kom fram till mottagarens telefon.',
    },
    opened: {
      label: 'Öppnat',
      email:
        'Mejlet levererades och har öppnats. E-postprogram som hämtar bilder automatiskt räknas också som en öppning, så det bevisar inte att någon har läst det.',
      sms: 'Sms rapporterar inte när de öppnas, så den här statusen hör normalt till e-post. Se det som att sms:et har levererats till telefonen.',
    },
    'soft-bounce': {
      label: 'Mjuk studs',
      email:
        'Mejlet nådde mottagarens e-postserver men skickades tillbaka (soft bounce), till exempel för att inkorgen var full eller servern låg nere. Felet är tillfälligt, och en enstaka mjuk studs spärrar inte adressen: nästa utskick försöker igen. Fortsätter de däremot spärrar {limit} mjuka studsar inom {days} dagar adressen.',
      sms: 'Ett tillfälligt problem stoppade sms:et (soft bounce), till exempel ett fel i operatörens nät, en avstängd telefon eller en full inkorg. Lyckas operatören inte efter flera försök rapporteras sms:et som misslyckat. Mjuka studsar spärrar aldrig numret.',
    },
    blocked: {
      label: 'Blockerat',
      email:
        'Den mottagande sidan avvisade mejlet, vilket räknas som en sorts mjuk studs. Trots namnet spärrar det här mejlet inte kontaktens adress: nästa utskick försöker igen, och i utskickets statistik räknas det som en mjuk studs. Precis som andra mjuka studsar spärrar dock {limit} stycken inom {days} dagar adressen.',
      sms: 'Blockerat är en e-poststatus och en sorts mjuk studs. Visas den på ett sms kan du se det som ett tillfälligt fel som inte spärrar numret.',
    },
    'hard-bounce': {
      label: 'Hård studs',
      email:
        'Mejlet kom tillbaka (hard bounce) eftersom adressen är ogiltig: domänen finns inte eller mottagaren är okänd. En enda hård studs spärrar adressen, och inget mer skickas dit förrän någon häver spärren.',
      sms: 'Sms:et kom tillbaka (hard bounce) eftersom mobilnumret är ogiltigt. En enda hård studs spärrar numret, och inga fler sms skickas dit förrän någon häver spärren.',
    },
    deferred: {
      label: 'Fördröjt',
      email:
        'Den mottagande domänen håller tillfälligt inne mejlet. Nya leveransförsök görs under 72 timmar, och har mejlet fortfarande inte kommit fram då blir det en mjuk studs.',
      sms: 'Leveransen av sms:et har skjutits upp och är inte klar än. Den slutliga statusen bör komma senare.',
    },
    unknown: {
      label: 'Okänd',
      email:
        'Ingen leveransrapport har kommit tillbaka för mejlet än. Ofta skickar den mottagande domänen helt enkelt inga statusrapporter, vilket är vanligt hos mindre e-postleverantörer och på företagsdomäner. En rapport kan fortfarande komma och ändra statusen.',
      sms: 'Ingen leveransrapport har kommit från operatören än. Den slutliga statusen kan fortfarande dyka upp.',
    },
    'not-delivered': {
      label: 'Ej levererat',
      email: 'Mejlet nådde inte mottagaren, och ingen närmare orsak angavs.',
      sms: 'Sms:et kom inte fram till telefonen, eller så gick dess giltighetstid ut innan det kunde levereras.',
    },
    failed: {
      label: 'Misslyckades',
      email: 'Det gick inte att skicka mejlet, och ingen orsak angavs.',
      sms: 'Sms:et kunde inte levereras, och operatören angav ingen orsak.',
    },
    expired: {
      label: 'Utgånget',
      email: 'Mejlet kunde inte levereras inom 72 timmar, och inga fler försök görs.',
      sms: 'Sms:et kunde inte levereras inom 48 timmar, och inga fler försök görs.',
    },
    'control-group': {
      label: 'Kontrollgrupp',
      email:
        'Skickades medvetet inte: kontakten ingick i utskickets kontrollgrupp, som hålls utanför så att utskickets effekt kan mätas.',
      sms: 'Skickades medvetet inte: kontakten ingick i utskickets kontrollgrupp, som hålls utanför så att utskickets effekt kan mätas.',
    },
    routed: {
      label: 'Vidarebefordrat',
      email: 'Meddelandet gick via flera parter på vägen, så det finns ingen leveransstatus.',
      sms: 'Sms:et förmedlades via flera parter på vägen, så det finns ingen leveransstatus.',
    },
  },
  otherLabel: 'Ingen status',
  otherExplanation:
    'Servern angav statusen ”{status}”. Den känns inte igen här och kan därför inte förklaras, men utskicksverktyget kan visa vad den betyder.',
  missingExplanation: 'Servern skickade ingen status för det här meddelandet.',
  deferredRetrying: 'Nya leveransförsök görs i upp till {hours} h till.',
  deferredClosed: 'De 72 timmarna har gått, så det bör snart rapporteras som en mjuk studs.',
  pendingLabel: 'inte slutlig: en senare status väntas',
};

// Frozen all the way down so that no caller's override can leak into another widget's texts.
function deepFreeze<T extends object>(value: T): Readonly<T> {
  for (const child of Object.values(value)) {
    if (child && typeof child === 'object') deepFreeze(child as object);
  }
  return Object.freeze(value);
}

/** The built-in texts, by language tag; `en` is the fallback. */
export const STATUS_STRINGS: Readonly<Record<string, StatusStrings>> = deepFreeze({ en, sv });
