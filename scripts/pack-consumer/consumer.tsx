// Type-checked by scripts/pack-check.mjs in a clean project: React with the package's wrappers,
// and React 19's own custom-element support (JSX intrinsic elements).
import { MessageStatusChip, MessageStatusList, MessageStatusProvider } from 'message-status-list/react';

export const wrapped = (
  <MessageStatusProvider endpoint="/api/contacts/{contactId}/messages" requestInit={{ credentials: 'include' }}>
    <MessageStatusList
      contactId="42"
      pageSize={20}
      onMessagesLoad={(event) => console.log(event.detail.messages.length)}
      onUnblockRequest={(event) => console.log(event.detail.address)}
    />
    <MessageStatusChip status="HardBounce" channel="email" />
  </MessageStatusProvider>
);

export const intrinsic = (
  <message-status-provider endpoint="/api/contacts/{contactId}/messages">
    <message-status-list contactId="42" onunblock-request={(event) => console.log(event.detail.address)} />
    <message-status-chip status="HardBounce" channel="sms" />
  </message-status-provider>
);

// @ts-expect-error contactId is a string
export const wrongWrapped = <MessageStatusList contactId={42} />;
// @ts-expect-error contactId is a string
export const wrongIntrinsic = <message-status-list contactId={42} />;
// @ts-expect-error unblock-request carries no messages
export const wrongEvent = <MessageStatusList onUnblockRequest={(event) => event.detail.messages} />;
