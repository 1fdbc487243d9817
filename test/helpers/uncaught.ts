/** Collects what reaches the window uncaught (errors, unhandled rejections) while `run` runs. */
export async function uncaught(run: () => Promise<void>): Promise<unknown[]> {
  const seen: unknown[] = [];
  const onError = (event: ErrorEvent) => seen.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => seen.push(event.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await run();
    // Give a late rejection its turn.
    await new Promise((resolve) => setTimeout(resolve, 0));
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return seen;
}
