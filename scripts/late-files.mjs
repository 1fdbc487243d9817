// A dev-server middleware (web-dev-server and web-test-runner) that serves some files late, as a slow link would:
// the cookie `msl-late=<ms>:<text>` holds every request whose path contains <text> for <ms> (at most 10 s) before
// answering. A path under `/fresh/<token>/` is served as the path without that prefix: a URL the browser has never
// seen, so it cannot answer from its cache, and the file really arrives late. test/pay-as-you-go.test.ts holds back
// the rest of the widget this way, to use the first rows before the rest has arrived. Without either, nothing waits.
const MAX_DELAY = 10_000;

export function lateFiles() {
  return async (ctx, next) => {
    const fresh = /^\/fresh\/[\w-]+(\/.*)$/.exec(ctx.path);
    if (fresh) ctx.path = fresh[1];
    const late = /(?:^|;\s*)msl-late=(\d+):([^;]+)/.exec(ctx.get('Cookie') ?? '');
    if (late && ctx.path.includes(decodeURIComponent(late[2]))) {
      await new Promise((resolve) => setTimeout(resolve, Math.min(Number(late[1]), MAX_DELAY)));
    }
    await next();
  };
}
