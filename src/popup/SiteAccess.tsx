import { useState } from 'preact/hooks';
import { addSite } from '../platform/add-site';
import { manifestMatches } from '../platform/permissions';
import { originsForInput } from '../platform/site-patterns';
import { t, type Lang } from '../ui/i18n';
import { StatusLine, type Status } from '../ui/StatusLine';

/**
 * On a site Kamerlens does not run on: one button that switches it on there. The browser asks the
 * reader for that site (permissions.request, called inside the click); once granted, the
 * background registers the content script and starts it in the open tab.
 */
export function SiteAccess({
  url,
  lang,
  onStarted,
}: {
  /** The tab's address, where the browser lets the popup see it (activeTab). */
  url: string | undefined;
  lang: Lang;
  onStarted: () => void;
}) {
  const [status, setStatus] = useState<Status>(null);
  const parsed = url && /^https?:/.test(url) ? originsForInput(url, manifestMatches()) : null;
  if (!parsed?.ok) return <p class="note">{t(lang, 'popupNoTab')}</p>;
  const { site, origins } = parsed.site;
  const switchOn = () => {
    // Synchronously in the click: browsers ask for a permission only inside the user's action.
    addSite(origins)
      .then((granted) => {
        if (!granted) {
          setStatus({ kind: 'error', text: t(lang, 'optionsSiteDenied', site) });
          return;
        }
        setStatus({ kind: 'ok', text: t(lang, 'optionsSiteAdded', site) });
        onStarted();
      })
      .catch((error: unknown) =>
        setStatus({ kind: 'error', text: t(lang, 'optionsSiteFailed', String(error)) }),
      );
  };
  return (
    <div class="site-access">
      <p class="note">{t(lang, 'popupNotHere', site)}</p>
      <button type="button" class="button" data-action="enable-site" onClick={switchOn}>
        {t(lang, 'popupEnableSite', site)}
      </button>
      <StatusLine status={status} scope="enable-site" />
    </div>
  );
}
