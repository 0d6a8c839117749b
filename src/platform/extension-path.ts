/**
 * A file of the extension as a path inside it ("assets/a.css"), whatever form the browser gave.
 * Chrome's `runtime.getManifest()` keeps the manifest's relative paths; Firefox's resolves them to
 * full `moz-extension://<uuid>/…` addresses, which `scripting.registerContentScripts` and
 * `scripting.insertCSS` refuse ("must be a relative URL"). Pure: `root` is
 * `runtime.getURL('')`, the extension's own address ending in "/".
 */
export function pathInExtension(file: string, root: string): string {
  if (file.startsWith(root)) return file.slice(root.length);
  return file.replace(/^\/+/, '');
}
