/** Waits `ms`; resolves `true` then, or `false` at once when `deadline` aborts first. */
export function pause(ms: number, deadline: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (deadline.aborted) return resolve(false);
    const timer = setTimeout(() => {
      deadline.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    deadline.addEventListener('abort', onAbort, { once: true });
  });
}
