import './languages/en.js';
import { da } from './languages/da.js';
import { fi } from './languages/fi.js';
import { nb } from './languages/nb.js';
import { addPack } from './languages/packs.js';
import { sv } from './languages/sv.js';

export { MessageStatusList } from './message-status-list.js';
export type { ListState } from './first/list-state.js';
export type {
  MessageStatusListEventMap,
  MessagesLoadDetail,
  MessagesErrorDetail,
  UnblockDetail,
  UnblockErrorDetail,
  UnblockRequestDetail,
} from './events.js';
export type { AddressState } from './data/address-state.js';
export type { AddressHealth } from './data/address-health.js';
export type { SoftBounceRule } from './statuses/soft-bounce-rule.js';
export { MessageStatusChip } from './message-status-chip.js';
export { MessageStatusProvider } from './message-status-provider.js';
export { MessageClient, type MessageClientOptions } from './data/message-client.js';
export { MessageLoadError, type LoadErrorKind } from './data/errors.js';
export type { Channel, Contact, ContactAddress, Message, MessagePage, Fetcher } from './data/types.js';
export { normalizeStatus } from './statuses/normalize.js';
export { describeStatus, type StatusDescription, type StatusOverrides } from './languages/describe-status.js';
export { STATUS_KEYS, STATUS_CATALOG, type StatusKey, type Severity } from './statuses/catalog.js';
export type { StringOverrides, UiStrings } from './languages/pack.js';

// The library entry answers `describeStatus` in every built-in language at once, so it carries every pack whole; the
// elements alone (message-status-list/define) fetch a pack only where a list speaks it.
for (const [language, pack] of Object.entries({ sv, nb, da, fi })) addPack(language, pack);
