/**
 * Saves text as a file through the browser's own download (an `<a download>` on a blob URL): no
 * "downloads" permission, and nothing leaves the machine.
 */
export function downloadText(
  fileName: string,
  text: string,
  type: string,
  doc: Document = document,
) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  // The download has its own reference by now; free the blob once it surely started.
  setTimeout(() => URL.revokeObjectURL(url), 40_000);
}
