/**
 * Derives the Firefox manifest from the Chrome one (the top-level `manifest.json`), so the two
 * builds never drift apart. Pure: it returns a new object and leaves its input untouched.
 */

/** The add-on id Firefox and addons.mozilla.org know Kamerlens by. */
export const GECKO_ID = 'kamerlens@kamerlens.nl';
/** Firefox 140: the first with the CSS Custom Highlight API and built-in data-collection consent. */
export const GECKO_MIN_VERSION = '140.0';

/**
 * Firefox for Android reads `data_collection_permissions` from version 142 on; the linter warns
 * when the Android minimum is older.
 */
export const GECKO_ANDROID_MIN_VERSION = '142.0';

/** Keys only Chrome reads; Firefox's linter warns about them and they mean nothing there. */
const CHROME_ONLY_KEYS = ['key', 'minimum_chrome_version', 'offline_enabled', 'side_panel'];
/** Permissions only Chrome knows (Firefox's sidebar needs none). */
const CHROME_ONLY_PERMISSIONS = ['sidePanel'];

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Firefox runs MV3 background code as event pages (`background.scripts`), not as a service
 * worker. With no background in the source manifest there is none in the result either.
 */
function firefoxBackground(background: unknown): Json | undefined {
  if (!isObject(background)) return undefined;
  const { service_worker: worker, scripts, type } = background;
  const files =
    typeof worker === 'string'
      ? [worker]
      : Array.isArray(scripts)
        ? [...(scripts as string[])]
        : [];
  if (files.length === 0) return undefined;
  return type === undefined ? { scripts: files } : { scripts: files, type };
}

/**
 * Chrome's `side_panel` page becomes Firefox's sidebar (`sidebar_action`), with the toolbar
 * button's title and icons; closed at install, as in Chrome.
 */
function firefoxSidebar(source: Json): Json | undefined {
  const panel = isObject(source.side_panel) ? source.side_panel.default_path : undefined;
  if (typeof panel !== 'string') return undefined;
  const action = isObject(source.action) ? source.action : {};
  return {
    default_panel: panel,
    ...(action.default_title === undefined ? {} : { default_title: action.default_title }),
    ...(action.default_icon === undefined ? {} : { default_icon: action.default_icon }),
    open_at_install: false,
  };
}

export function forFirefox<T extends object>(manifest: T): T {
  const source = structuredClone(manifest) as Json;
  const result: Json = {};
  for (const [name, value] of Object.entries(source)) {
    if (CHROME_ONLY_KEYS.includes(name) || name === 'background') continue;
    result[name] = value;
  }
  if (Array.isArray(source.permissions))
    result.permissions = source.permissions.filter((p) => !CHROME_ONLY_PERMISSIONS.includes(p));
  const sidebar = firefoxSidebar(source);
  if (sidebar) result.sidebar_action = sidebar;
  const background = firefoxBackground(source.background);
  if (background) result.background = background;

  const specific = isObject(source.browser_specific_settings)
    ? source.browser_specific_settings
    : {};
  const gecko = isObject(specific.gecko) ? specific.gecko : {};
  result.browser_specific_settings = {
    ...specific,
    gecko: {
      ...gecko,
      id: GECKO_ID,
      strict_min_version: GECKO_MIN_VERSION,
      // Kamerlens sends nothing anywhere: Firefox shows this at install time.
      data_collection_permissions: { required: ['none'] },
    },
    gecko_android: {
      ...(isObject(specific.gecko_android) ? specific.gecko_android : {}),
      strict_min_version: GECKO_ANDROID_MIN_VERSION,
    },
  };
  return result as T;
}
