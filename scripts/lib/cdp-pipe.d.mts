import type { Readable, Writable } from 'node:stream';

export interface CdpMessage {
  method?: string;
  params?: Record<string, unknown>;
  sessionId?: string;
}
export interface CdpPipe {
  send(method: string, params?: object, sessionId?: string): Promise<Record<string, unknown> | undefined>;
  listeners: Set<(msg: CdpMessage) => void>;
}
export function cdpPipe(toChrome: Writable, fromChrome: Readable): CdpPipe;
