// webRequest's `requestBody` (raw byte chunks or parsed form fields) as one text to scan for canaries. Nothing of it
// is stored: the caller scans the text and keeps only what matched.

/** The shape both browsers give (Chrome: ArrayBuffer chunks; form posts as parsed fields instead). */
export interface RawRequestBody {
  error?: string;
  formData?: Record<string, unknown>;
  raw?: Array<{ bytes?: ArrayBuffer | ArrayBufferView; file?: string }>;
}

/** Bytes of one request's body that are scanned; a bigger upload is scanned up to here and says it was cut. */
export const BODY_SCAN_CAP = 512 * 1024;

export interface BodyText {
  text: string;
  bytes: number;
  truncated: boolean;
}

function bytesOf(b: ArrayBuffer | ArrayBufferView): Uint8Array {
  return b instanceof ArrayBuffer ? new Uint8Array(b) : new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
}

/**
 * Form fields become `name=value` lines (the browser has already URL-decoded them, so the plain pattern matches);
 * raw chunks are decoded as UTF-8 (invalid bytes as U+FFFD, never an exception). File parts are names only.
 */
export function requestBodyText(body: RawRequestBody | null | undefined, cap = BODY_SCAN_CAP): BodyText {
  if (!body || typeof body !== 'object') return { text: '', bytes: 0, truncated: false };
  const parts: string[] = [];
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
        parts.push(line);
      }
    }
  }
  if (Array.isArray(body.raw)) {
    const decoder = new TextDecoder('utf-8', { fatal: false });
    for (const chunk of body.raw) {
      if (!chunk?.bytes || (!(chunk.bytes instanceof ArrayBuffer) && !ArrayBuffer.isView(chunk.bytes))) continue;
      const all = bytesOf(chunk.bytes);
      const take = Math.min(all.byteLength, cap - bytes);
      if (take < all.byteLength) truncated = true;
      if (take <= 0) break;
      parts.push(decoder.decode(all.subarray(0, take)));
      bytes += take;
    }
  }
  return { text: parts.join('\n'), bytes, truncated };
}
