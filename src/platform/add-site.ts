import { syncSites } from './background-client';
import { requestOrigins } from './permissions';

/**
 * Asks the browser for a site's origins and, once granted, has the background start Kamerlens
 * there (registered script, open tabs). Call it synchronously from the user's click or submit:
 * browsers show the permission prompt only inside the user's action. Resolves to whether the
 * reader granted it; rejects when the background could not start it.
 */
export async function addSite(origins: string[]): Promise<boolean> {
  const granted = await requestOrigins(origins);
  if (!granted) return false;
  const synced = await syncSites();
  if (!synced.ok) throw new Error(synced.error);
  return true;
}
