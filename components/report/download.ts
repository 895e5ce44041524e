// Saves one export file through a Blob URL and an <a download> click: no `downloads` permission needed.
import type { ExportFile } from '../../utils/export/types.ts';

/** The browser needs the URL until the download has started; a few seconds is ample, and the page may close first. */
export const REVOKE_AFTER_MS = 10_000;

export function downloadFile(file: ExportFile, doc: Document = document): void {
  const blob = new Blob([file.text], { type: file.mime });
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = file.name;
  a.rel = 'noopener';
  a.hidden = true;
  doc.body.append(a);
  try {
    a.click();
  } finally {
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
  }
}
