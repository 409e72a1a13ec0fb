import { lookup as dnsLookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { isAllowedHost, isPrivateAddress } from './address-policy.js';
import { FetchFailed } from './fetch.errors.js';

/** Limits of one page fetch; the defaults live in the config schema (IMPORT_FETCH_*). */
export interface FetchPolicy {
  /** Hosts or host:port that may resolve to private addresses (tests, intranets). */
  allow: readonly string[];
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

/** A fetched page: its bytes, its type, and the address it was finally served from. */
export interface FetchedPage {
  finalUrl: string;
  redirects: string[];
  contentType: 'html' | 'text' | 'pdf';
  charset: string | null;
  body: Buffer;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const TYPES: Record<string, FetchedPage['contentType']> = {
  'text/html': 'html',
  'application/xhtml+xml': 'html',
  'text/plain': 'text',
  'application/pdf': 'pdf',
};

/**
 * Fetches a page for import on the server, safely: http(s) only, every host resolved and every address
 * checked (private, loopback and link-local refused unless the allow-list names the host), the
 * connection pinned to the checked address (no DNS rebinding between check and connect), each redirect
 * checked the same way and capped, one deadline for the whole fetch, a byte limit while streaming, and
 * only HTML, plain text and PDF accepted.
 */
export async function fetchPage(url: string, policy: FetchPolicy): Promise<FetchedPage> {
  const deadline = Date.now() + policy.timeoutMs;
  const redirects: string[] = [];
  let current = parseUrl(url);
  for (;;) {
    const address = await checkedAddress(current, policy, deadline);
    const response = await request(current, address, policy, deadline);
    if (REDIRECTS.has(response.status)) {
      if (redirects.length >= policy.maxRedirects) {
        throw new FetchFailed('FETCH_TOO_MANY_REDIRECTS', `The page redirected more than ${policy.maxRedirects} times.`, {
          url: current.href,
        });
      }
      const location = response.location;
      if (!location) throw new FetchFailed('FETCH_FAILED', `The server answered ${response.status} without saying where to.`);
      redirects.push(current.href);
      current = parseUrl(new URL(location, current).href);
      continue;
    }
    return { finalUrl: current.href, redirects, contentType: response.type, charset: response.charset, body: response.body };
  }
}

function parseUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new FetchFailed('FETCH_BAD_URL', `"${raw.slice(0, 200)}" is not a web address.`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchFailed('FETCH_BAD_URL', `Only http and https addresses can be imported, not ${url.protocol.replace(':', '')}.`);
  }
  if (url.username || url.password) throw new FetchFailed('FETCH_BAD_URL', 'Addresses with a user name or password are not fetched.');
  return url;
}

async function checkedAddress(url: URL, policy: FetchPolicy, deadline: number): Promise<{ address: string; family: number }> {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  const port = url.port || (url.protocol === 'https:' ? '443' : '80');
  const allowed = isAllowedHost(policy.allow, host, port);
  let addresses: { address: string; family: number }[];
  if (isIP(host) !== 0) addresses = [{ address: host, family: isIP(host) }];
  else {
    try {
      addresses = await withDeadline(dnsLookup(host, { all: true, verbatim: true }), deadline, url);
    } catch (err) {
      if (err instanceof FetchFailed) throw err;
      throw new FetchFailed('FETCH_FAILED', `The host ${host} could not be found.`, { url: url.href });
    }
  }
  // Every address must pass: a name resolving to one public and one private address is refused.
  const blocked = addresses.find((a) => isPrivateAddress(a.address));
  if (blocked !== undefined && !allowed) {
    throw new FetchFailed(
      'FETCH_BLOCKED',
      `${url.host} points to a private or local network address (${blocked.address}); the server does not fetch such addresses.`,
      { url: url.href },
    );
  }
  if (addresses.length === 0) throw new FetchFailed('FETCH_FAILED', `The host ${host} has no address.`, { url: url.href });
  return addresses[0];
}

interface RawResponse {
  status: number;
  location?: string;
  type: FetchedPage['contentType'];
  charset: string | null;
  body: Buffer;
}

function request(url: URL, target: { address: string; family: number }, policy: FetchPolicy, deadline: number): Promise<RawResponse> {
  // The socket connects to the address checked above, whatever DNS says by now.
  const lookup: LookupFunction = (_host, options, callback) => {
    if ((options as { all?: boolean }).all)
      (callback as unknown as (e: null, a: { address: string; family: number }[]) => void)(null, [target]);
    else callback(null, target.address, target.family);
  };
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    const remaining = deadline - Date.now();
    if (remaining <= 0) return reject(timeout(url, policy));
    const headers = {
      'user-agent': 'ParallaxImporter/1.0 (+article import)',
      accept: 'text/html,application/xhtml+xml,application/pdf,text/plain;q=0.8',
    };
    const req = client.request(url, { method: 'GET', lookup, headers }, (res) => readResponse(res, url, policy).then(resolve, reject));
    const timer = setTimeout(() => req.destroy(timeout(url, policy)), remaining);
    req.on('close', () => clearTimeout(timer));
    req.on('error', (err) =>
      reject(
        err instanceof FetchFailed
          ? err
          : new FetchFailed('FETCH_FAILED', `The page could not be fetched: ${err.message}.`, { url: url.href }),
      ),
    );
    req.end();
  });
}

// Redirects are answered without a body; other answers must be 2xx, of an accepted type, and small enough.
function readResponse(res: http.IncomingMessage, url: URL, policy: FetchPolicy): Promise<RawResponse> {
  const status = res.statusCode ?? 0;
  const refuse = (err: FetchFailed): Promise<RawResponse> => {
    res.destroy();
    return Promise.reject(err);
  };
  if (REDIRECTS.has(status)) {
    res.resume();
    return Promise.resolve({ status, location: res.headers.location, type: 'html', charset: null, body: Buffer.alloc(0) });
  }
  if (status < 200 || status >= 300)
    return refuse(new FetchFailed('FETCH_HTTP_ERROR', `The server answered ${status} for ${url.href}.`, { status, url: url.href }));
  const [mime, ...params] = (res.headers['content-type'] ?? '').split(';').map((p) => p.trim().toLowerCase());
  const type = TYPES[mime];
  if (type === undefined) {
    return refuse(
      new FetchFailed('FETCH_UNSUPPORTED_CONTENT', `The address serves ${mime || 'an unknown type'}, not a web page, text or PDF.`, {
        contentType: mime,
      }),
    );
  }
  if (Number(res.headers['content-length'] ?? 0) > policy.maxBytes) return refuse(tooLarge(policy));
  const charset =
    params
      .find((p) => p.startsWith('charset='))
      ?.slice(8)
      .replace(/"/g, '') ?? null;
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let bytes = 0;
    // The declared length may lie or be missing: the limit is enforced on the bytes that arrive.
    res.on('data', (chunk: Buffer) => {
      bytes += chunk.length;
      if (bytes <= policy.maxBytes) chunks.push(chunk);
      else {
        res.destroy();
        reject(tooLarge(policy));
      }
    });
    res.on('end', () => resolve({ status, type, charset, body: Buffer.concat(chunks) }));
    res.on('error', (err) => reject(new FetchFailed('FETCH_FAILED', `The download failed: ${err.message}.`)));
  });
}

function withDeadline<T>(promise: Promise<T>, deadline: number, url: URL): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new FetchFailed('FETCH_TIMEOUT', `Looking up ${url.hostname} took too long.`)),
      Math.max(0, deadline - Date.now()),
    );
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}

function timeout(url: URL, policy: FetchPolicy): FetchFailed {
  return new FetchFailed('FETCH_TIMEOUT', `${url.host} did not send the page within ${policy.timeoutMs / 1000} s.`, { url: url.href });
}

function tooLarge(policy: FetchPolicy): FetchFailed {
  return new FetchFailed('FETCH_TOO_LARGE', `The page is larger than ${(policy.maxBytes / 1048576).toFixed(1)} MB, the import limit.`, {
    limit: policy.maxBytes,
  });
}

/** Decodes a fetched text or HTML body with its declared charset (header or <meta>), UTF-8 otherwise. */
export function decodeBody(page: FetchedPage): string {
  const sniffed = page.charset ?? /<meta[^>]+charset=["']?([\w-]+)/i.exec(page.body.subarray(0, 4096).toString('latin1'))?.[1] ?? 'utf-8';
  try {
    return new TextDecoder(sniffed.toLowerCase()).decode(page.body);
  } catch {
    return new TextDecoder('utf-8').decode(page.body);
  }
}
