// Built by scripts/pack-check.mjs with `next build`: a Server Component (this file has no 'use client') that imports
// the React wrappers and renders them. It builds and prerenders only if message-status-list/react opens with
// 'use client': without it Next.js runs the wrappers' hooks on the server and the build stops (`useRef is not a
// function`). No credentials here: props given from a Server Component are written into the page's HTML.
import { MessageStatusChip, MessageStatusList, MessageStatusProvider } from 'message-status-list/react';

export default function Page() {
  return (
    <MessageStatusProvider endpoint="/api/contacts/{contactId}/messages">
      <MessageStatusList contactId="42" pageSize={20} />
      <MessageStatusChip status="HardBounce" channel="sms" />
    </MessageStatusProvider>
  );
}
