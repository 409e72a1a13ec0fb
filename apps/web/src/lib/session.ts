const KEY = 'parallax.token';

/** The session token from sign-in (also set as an httpOnly cookie by the API for sockets and downloads). */
export function getToken(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

/** Stores or clears the session token. */
export function setToken(token: string | null): void {
  if (token) localStorage.setItem(KEY, token);
  else localStorage.removeItem(KEY);
}
