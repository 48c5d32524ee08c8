/** The filename a `Content-Disposition: attachment; filename="…"` header names, else `fallback`. */
export function filenameOf(response: Response, fallback: string): string {
  const header = response.headers.get('Content-Disposition') ?? '';
  const match = /filename="?([^";]+)"?/i.exec(header);
  return match?.[1] ?? fallback;
}

/** Hands bytes the app already holds to the browser as a download named `filename`. */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL; free it once the browser has taken the bytes.
  window.setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 60_000);
}
