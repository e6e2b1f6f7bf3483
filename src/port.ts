/**
 * The one local port: `npm start`, `npm run preview`, `npm run dev`, the local SITE_URL default and the
 * browser tests all read PORT (default 4321), so a build always names the server that serves it.
 */
export function localPort(env: Record<string, string | undefined> = process.env): number {
  const raw = env['PORT'];
  if (raw === undefined || raw === '') return 4321;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`PORT must be a whole number from 1 to 65535; it is ${JSON.stringify(raw)}`);
  }
  return port;
}
