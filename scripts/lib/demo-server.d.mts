// Types for demo-server.mjs (hand-written: the scripts are plain Node ESM).

export interface DemoLogEntry {
  /** ms since epoch when the response was sent */
  t: number;
  host: string;
  method: string;
  /** path and query as requested */
  path: string;
  status: number;
  scheme: 'http' | 'https';
}

export interface DemoServer {
  httpPort: number;
  httpsPort: number;
  /** Value for Chromium's --host-resolver-rules */
  hostRules: string;
  /** Everything the server answered, in order */
  log: DemoLogEntry[];
  close(): Promise<void>;
}

export const DEMO_HOSTS: readonly string[];
export const TRACKER_HOSTS: readonly string[];
export function hostRulesFor(httpPort: number, httpsPort: number): string;
export function startDemoServer(options?: { httpPort?: number; httpsPort?: number }): Promise<DemoServer>;
