import helmet from 'helmet';

/**
 * Security headers on every HTTP response (helmet): a Content-Security-Policy that allows scripts only from
 * the app's own origin (no inline script, so an injected `<script>` or `onerror=` does not run), forbids
 * framing (clickjacking), and limits connections to the app's origin (GraphQL and both sockets); plus
 * `nosniff`, a strict Referrer-Policy and the rest of helmet's defaults. Inline *styles* stay allowed: React
 * sets `style` attributes, which cannot carry script.
 *
 * `secure` (HTTPS deployments, COOKIE_SECURE) turns on HSTS and upgrade-insecure-requests; on plain-HTTP
 * localhost those would break the app.
 */
export function securityHeaders(opts: { secure: boolean; allowedOrigins: readonly string[] }) {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'", ...opts.allowedOrigins, ...opts.allowedOrigins.map((o) => o.replace(/^http/, 'ws'))],
        workerSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(opts.secure ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: opts.secure ? { maxAge: 180 * 24 * 3600, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'no-referrer' },
    crossOriginEmbedderPolicy: false,
    xFrameOptions: { action: 'deny' },
  });
}
