import { createContext } from '@lit/context';
import type { SharedConfig } from '../../first/shared-config.js';

export type { SharedConfig } from '../../first/shared-config.js';

export const sharedConfigContext = createContext<SharedConfig | undefined>(Symbol('message-status-config'));
