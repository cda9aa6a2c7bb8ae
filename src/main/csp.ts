/**
 * The renderer's Content Security Policy: only the app's own scripts run (no inline script, no
 * eval), nothing is fetched from the network. Inline styles are allowed because Mantine sets
 * CSS variables through style attributes. The same policy is in `src/renderer/index.html`
 * (a test keeps them equal) and is sent as a header by the app protocol.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  // The PDF preview draws pages in a worker loaded from the app's own files.
  "worker-src 'self'",
].join('; ')
