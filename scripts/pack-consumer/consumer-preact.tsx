// Type-checked by scripts/pack-check.mjs: Preact's JSX with the package's generated element types
// (`message-status-list/jsx`), registered the way docs/frameworks.md shows.
import 'message-status-list/define';
import type { CustomElements } from 'message-status-list/jsx';
import type { UnblockDetail } from 'message-status-list';

declare module 'preact' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends CustomElements {}
  }
}

const auth = { headers: { Authorization: 'Bearer token' } };
const takeOverUnblock = (event: CustomEvent<UnblockDetail>) => event.preventDefault();

export const app = (
  <message-status-provider endpoint="/api/contacts/{contactId}/messages" max-age={0}>
    <message-status-list
      contact-id="42"
      page-size="20"
      id="history"
      requestInit={auth}
      onunblock-request={takeOverUnblock}
      onmessages-load={(event) => console.log(event.detail.messages.length)}
    />
    <message-status-chip status="HardBounce" channel="sms" />
  </message-status-provider>
);

// @ts-expect-error messages is an array
export const wrongMessages = <message-status-list messages={42} />;
// @ts-expect-error requestInit is a RequestInit
export const wrongRequestInit = <message-status-list requestInit={123} />;
// @ts-expect-error messages-load carries no address
export const wrongDetail = <message-status-list onmessages-load={(event) => event.detail.address} />;
// @ts-expect-error no element has this name
export const misspelled = <message-status-lisst contact-id="42" />;
// @ts-expect-error page-size is a number, and this text is none
export const notANumber = <message-status-list page-size="twenty" />;
