import { useEffect, useState } from 'preact/hooks';
import { syncSites } from '../platform/background-client';
import {
  grantedOrigins,
  manifestMatches,
  onPermissionsChanged,
  removeOrigins,
} from '../platform/permissions';
import { addSite } from '../platform/add-site';
import {
  defaultSites,
  originsForInput,
  userSites,
  type SiteInputError,
  type UserSite,
} from '../platform/site-patterns';
import { t, type Lang, type MessageKey } from '../ui/i18n';
import { StatusLine, type Status } from '../ui/StatusLine';

const INPUT_ERROR: Record<SiteInputError, MessageKey> = {
  empty: 'optionsSiteEmpty',
  invalid: 'optionsSiteInvalid',
  'default-site': 'optionsSiteDefault',
};

/** The manifest's own sites, the sites the user added, and adding or removing one. */
export function SitesSection({ lang }: { lang: Lang }) {
  const matches = manifestMatches();
  const [added, setAdded] = useState<UserSite[]>([]);
  const [input, setInput] = useState('');
  const [status, setStatus] = useState<Status>(null);

  const refresh = async () => setAdded(userSites(await grantedOrigins(), matches));
  useEffect(() => {
    void refresh();
    return onPermissionsChanged(() => void refresh());
  }, []);

  /** Grants are asked for inside the submit event itself: browsers allow it only there. */
  const add = (event: Event) => {
    event.preventDefault();
    const parsed = originsForInput(input, matches);
    if (!parsed.ok) {
      setStatus({ kind: 'error', text: t(lang, INPUT_ERROR[parsed.error]) });
      return;
    }
    const { site, origins } = parsed.site;
    addSite(origins)
      .then(async (granted) => {
        if (!granted) {
          setStatus({ kind: 'error', text: t(lang, 'optionsSiteDenied', site) });
          return;
        }
        setInput('');
        setStatus({ kind: 'ok', text: t(lang, 'optionsSiteAdded', site) });
        await refresh();
      })
      .catch((error: unknown) =>
        setStatus({ kind: 'error', text: t(lang, 'optionsSiteFailed', String(error)) }),
      );
  };

  const remove = async (site: UserSite) => {
    try {
      await removeOrigins(site.origins);
      const synced = await syncSites();
      if (!synced.ok) throw new Error(synced.error);
      setStatus({ kind: 'ok', text: t(lang, 'optionsSiteRemoved', site.site) });
      await refresh();
    } catch (error) {
      setStatus({ kind: 'error', text: t(lang, 'optionsSiteFailed', String(error)) });
    }
  };

  return (
    <section aria-labelledby="sites-heading">
      <h2 id="sites-heading">{t(lang, 'optionsSitesHeading')}</h2>
      <p>{t(lang, 'optionsDefaultSites')}</p>
      <ul class="site-list" data-list="default-sites">
        {defaultSites(matches).map((site) => (
          <li key={site}>{site}</li>
        ))}
      </ul>
      <h3 id="user-sites-heading">{t(lang, 'optionsUserSites')}</h3>
      {added.length === 0 ? (
        <p class="note">{t(lang, 'optionsNoUserSites')}</p>
      ) : (
        <ul class="site-list user-sites" aria-labelledby="user-sites-heading">
          {added.map((s) => (
            <li key={s.site} data-user-site={s.site}>
              <span>{s.site}</span>
              <button
                type="button"
                class="button"
                data-action="remove-site"
                onClick={() => void remove(s)}
              >
                {t(lang, 'optionsRemoveSite', s.site)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="add-site" onSubmit={add}>
        <label for="site-input">{t(lang, 'optionsAddSiteLabel')}</label>
        <p id="site-hint" class="note">
          {t(lang, 'optionsAddSiteHint')}
        </p>
        <div class="row">
          <input
            id="site-input"
            type="text"
            inputMode="url"
            autoComplete="off"
            spellcheck={false}
            aria-describedby="site-hint"
            value={input}
            onInput={(e) => setInput(e.currentTarget.value)}
          />
          <button type="submit" class="button" data-action="add-site">
            {t(lang, 'optionsAddSite')}
          </button>
        </div>
      </form>
      <StatusLine status={status} scope="sites" />
    </section>
  );
}
