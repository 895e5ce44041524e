// Serves the demo site for the example release checks; the ports are fixed so the spec can name them in host rules.
import { startDemoServer } from '../../scripts/lib/demo-server.mjs';

export const DEMO_HTTP_PORT = 18080;
export const DEMO_HTTPS_PORT = 18443;

export default async function globalSetup(): Promise<() => Promise<void>> {
  const server = await startDemoServer({ httpPort: DEMO_HTTP_PORT, httpsPort: DEMO_HTTPS_PORT });
  return () => server.close();
}
