const JSON_TYPE = 'application/json; charset=utf-8';

// Every answer is JSON the browser must not sniff into anything else.
const COMMON_HEADERS = { 'Content-Type': JSON_TYPE, 'X-Content-Type-Options': 'nosniff' };

/** An error answer: `{ error }` with a sentence for the agent, never cached. */
export function errorAnswer(status: number, message: string, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify({ error: message }), {
    status,
    headers: { ...COMMON_HEADERS, 'Cache-Control': 'no-store', ...headers },
  });
}

/**
 * A successful JSON answer with an ETag of its body. A request whose `If-None-Match` names that ETag
 * gets an empty 304 instead, so a refresh that finds nothing new costs no body. `private`: the data
 * belongs to one signed-in user, so no shared cache may keep it.
 */
export async function dataAnswer(request: Request, data: unknown, cacheSeconds: number): Promise<Response> {
  const body = JSON.stringify(data);
  const etag = await entityTag(body);
  const headers = {
    ...COMMON_HEADERS,
    'Cache-Control': cacheSeconds > 0 ? `private, max-age=${cacheSeconds}` : 'private, no-cache',
    ETag: etag,
    // Whoever is signed in decides what may be seen, so a cached answer is only good for the same credentials.
    Vary: 'Cookie, Authorization',
  };
  if (matchesEntityTag(request.headers.get('If-None-Match'), etag)) {
    return new Response(null, { status: 304, headers });
  }
  return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers });
}

/** A strong ETag: the SHA-256 of the body, shortened (128 bits is plenty to tell two answers apart). */
async function entityTag(body: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(body)));
  const hex = Array.from(digest.subarray(0, 16), (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `"${hex}"`;
}

/** `If-None-Match` uses the weak comparison: `W/"x"` matches `"x"`, and `*` matches anything. */
function matchesEntityTag(header: string | null, etag: string): boolean {
  if (header === null) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
}
