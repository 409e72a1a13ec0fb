// The browser's session is the HttpOnly `parallax_session` cookie the API sets on sign-in: scripts (and so an
// XSS) cannot read it, and it never appears in a URL. All this module keeps is a non-secret marker that this
// browser signed in, so the app knows whether to show the sign-in page before asking the API.
const MARKER = 'parallax.signedIn';
// Where older versions kept the session token itself; removed on sight.
const LEGACY_TOKEN_KEY = 'parallax.token';

function storage(): Storage | null {
  try {
    return localStorage;
  } catch {
    return null;
  }
}

/** True when this browser signed in (the cookie may still have expired: the API then says UNAUTHENTICATED). */
export function hasSession(): boolean {
  const s = storage();
  s?.removeItem(LEGACY_TOKEN_KEY);
  return s?.getItem(MARKER) === '1';
}

/** Records a sign-in (true) or a sign-out / expiry (false). */
export function rememberSession(signedIn: boolean): void {
  const s = storage();
  s?.removeItem(LEGACY_TOKEN_KEY);
  if (signedIn) s?.setItem(MARKER, '1');
  else s?.removeItem(MARKER);
}

/** @deprecated The token stays in its cookie; use {@link hasSession}. Returns a marker, not the token. */
export function getToken(): string | null {
  return hasSession() ? 'cookie' : null;
}

/** @deprecated Use {@link rememberSession}; the token passed is not stored. */
export function setToken(token: string | null): void {
  rememberSession(token !== null);
}
