/** The official online location of a canonical id, derived from the id alone. */
import { idKind } from './ids';

const OB = 'https://zoek.officielebekendmakingen.nl';

/**
 * officielebekendmakingen.nl for Kamerstukken, Handelingen, the Aanhangsel, dossiers, Staatsblad,
 * Staatscourant and Tractatenblad; EUR-Lex
 * (Dutch) for EU acts. Terms, motions without a known number and
 * unknown ids have no official link.
 */
export function officialLink(id: string): string | undefined {
  switch (idKind(id)) {
    case 'kamerstuk':
    case 'handelingen':
    case 'aanhangsel':
      return `${OB}/${id}.html`;
    case 'staatsblad':
    case 'staatscourant':
    case 'tractatenblad':
      // As officielebekendmakingen addresses them: https://zoek.officielebekendmakingen.nl/stb-2023-512
      return `${OB}/${id}`;
    case 'dossier':
      return `${OB}/dossier/${id.slice('dossier-'.length)}`;
    case 'eu-act':
      return `https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:${id.slice('celex-'.length)}`;
    default:
      return undefined;
  }
}
