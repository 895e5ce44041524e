// webRequest's `requestBody` (raw byte chunks or parsed form fields) as one body to scan for canaries. Nothing of it
// is stored: the caller scans it and keeps only what matched.

/** The shape both browsers give (Chrome: ArrayBuffer chunks; form posts as parsed fields instead). */
export interface RawRequestBody {
  error?: string;
  formData?: Record<string, unknown>;
  raw?: Array<{ bytes?: ArrayBuffer | ArrayBufferView; file?: string }>;
}

/** Bytes of one request's body that are scanned; a bigger upload is scanned up to here and says it was cut. */
export const BODY_SCAN_CAP = 512 * 1024;

/** What is scanned: the delivered bytes as they are (the scanner decodes only a body that holds a canary), or text. */
export interface ScanBody {
  body: string | Uint8Array;
  bytes: number;
  truncated: boolean;
}

function bytesOf(b: ArrayBuffer | ArrayBufferView): Uint8Array {
  return b instanceof ArrayBuffer ? new Uint8Array(b) : new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

/**
 * Form fields become `name=value` lines (the browser has already URL-decoded them, so the plain pattern matches);
 * raw chunks are the bytes the request sent, in order and joined (a canary split over two chunks is one copy), not
 * copied when there is one chunk. File parts are names only. A body with both (neither browser sends one) is the
 * lines and the decoded bytes as one text.
 */
export function requestBodyOf(body: RawRequestBody | null | undefined, cap = BODY_SCAN_CAP): ScanBody {
  if (!body || typeof body !== 'object') return { body: '', bytes: 0, truncated: false };
  const lines: string[] = [];
  let bytes = 0;
  let truncated = false;
  if (body.formData && typeof body.formData === 'object') {
    for (const [name, values] of Object.entries(body.formData)) {
      for (const v of Array.isArray(values) ? values : [values]) {
        const line = `${name}=${typeof v === 'string' ? v : ''}`;
        if (bytes + line.length > cap) {
          truncated = true;
          break;
        }
        bytes += line.length;
        lines.push(line);
      }
    }
  }
  const chunks: Uint8Array[] = [];
  if (Array.isArray(body.raw)) {
    for (const chunk of body.raw) {
      if (!chunk?.bytes || (!(chunk.bytes instanceof ArrayBuffer) && !ArrayBuffer.isView(chunk.bytes))) continue;
      const all = bytesOf(chunk.bytes);
      if (all.byteLength === 0) continue;
      const take = Math.min(all.byteLength, cap - bytes);
      if (take < all.byteLength) truncated = true;
      if (take <= 0) break;
      chunks.push(all.subarray(0, take));
      bytes += take;
    }
  }
  if (chunks.length === 0) return { body: lines.join('\n'), bytes, truncated };
  let raw = chunks[0]!;
  if (chunks.length > 1) {
    raw = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
    let at = 0;
    for (const c of chunks) {
      raw.set(c, at);
      at += c.byteLength;
    }
  }
  if (lines.length === 0) return { body: raw, bytes, truncated };
  lines.push(new TextDecoder('utf-8', { fatal: false }).decode(raw));
  return { body: lines.join('\n'), bytes, truncated };
}
