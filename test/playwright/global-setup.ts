// Serves the demo site for the example release checks on free local ports, handed to the spec's workers through the
// environment (Playwright passes globalSetup's process.env on), so that two checkouts can run the suite side by side.
import { startDemoServer } from '../../scripts/lib/demo-server.mjs';

export const PORT_ENV = { http: 'CA_DEMO_HTTP_PORT', https: 'CA_DEMO_HTTPS_PORT' } as const;

/** The ports the global setup bound; throws when the spec runs without it. */
export function demoPorts(): { http: number; https: number } {
  const http = Number(process.env[PORT_ENV.http]);
  const https = Number(process.env[PORT_ENV.https]);
  if (!http || !https) throw new Error('the demo server is not running: run the suite through playwright.config.ts');
  return { http, https };
}

export default async function globalSetup(): Promise<() => Promise<void>> {
  const server = await startDemoServer();
  process.env[PORT_ENV.http] = String(server.httpPort);
  process.env[PORT_ENV.https] = String(server.httpsPort);
  return () => server.close();
}
