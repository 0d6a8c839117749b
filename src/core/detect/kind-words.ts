// Shared by the letterhead shapes (letterhead-shape.ts, ek-dossier-lines.ts).

/**
 * The first words of the kinds of Kamerstuk as officielebekendmakingen names them ("Brief van
 * de minister", "Memorie van toelichting", "Nota naar aanleiding van het verslag", "Gewijzigd
 * amendement", "Lijst van vragen en antwoorden", "Advies Raad van State", "Koninklijke
 * boodschap", "Voorlopig verslag", "Nadere memorie van antwoord", "Voorstel van wet", "Tweede
 * nota van wijziging", "Voorlichting van de Afdeling advisering", …), for the kind printed in
 * sentence case.
 */
export const KIND_WORDS = [
  'Aanvullende?',
  'Advies',
  'Amendement',
  'Antwoord',
  'Brief',
  'Derde',
  'Eindverslag',
  'Gewijzigde?',
  'Herdruk',
  'Herziene?',
  'Jaarverslag',
  'Koninklijke',
  'Lijst',
  'Memorie',
  'Motie',
  'Nadere?',
  'Nota',
  'Notitie',
  'Ontwerpbesluit',
  'Opnieuw',
  'Rapport',
  'Slotwet',
  'Subamendement',
  'Verslag',
  'Tweede',
  'Verzoekschrift',
  'Vierde',
  'Vijfde',
  'Voorlichting',
  'Voorlopig',
  'Voorstel',
];
