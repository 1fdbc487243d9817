/** `loading` while a request is under way, `ready` once messages are shown, `error` when none could be loaded; `idle` with no contact or no endpoint. */
export type ListState = 'idle' | 'loading' | 'ready' | 'error';
