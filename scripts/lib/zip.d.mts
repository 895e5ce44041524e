export function crc32(data: Uint8Array): number;
export function zipFiles(entries: { name: string; data: Uint8Array }[]): Buffer;
