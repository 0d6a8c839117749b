import { describe, expect, it } from 'vitest';
import {
  dateFromBareLine,
  dateFromDateLine,
  dateFromLabelledValue,
  isParliamentHost,
} from '../../../src/core/dates/in-page';

describe('the date line of a parliamentary paper', () => {
  it.each([
    ['Den Haag, 18 november 2025', '2025-11-18'],
    ['Den Haag,  29 mei 2017', '2017-05-29'],
    ["'s-Gravenhage, 17 juni 2020", '2020-06-17'],
    ['’s-Gravenhage, 17 juni 2020', '2020-06-17'],
    ['Vastgesteld 25 mei 2023', '2023-05-25'],
    ['Datum: 12 maart 2024', '2024-03-12'],
    ['Datum publicatie 18-11-2025', '2025-11-18'],
    ['den haag, 5 december 2017.', '2017-12-05'],
    ['Publicatiedatum: 19 november 2025', '2025-11-19'],
    ['Datum brief: 26 november 2025', '2025-11-26'],
    ['Gepubliceerd op 09-10-2024', '2024-10-09'],
    ['Datum ondertekening: 2025-11-19', '2025-11-19'],
  ])('%j → %s', (line, date) => {
    expect(dateFromDateLine(line)).toBe(date);
  });

  it.each([
    'Op 18 november 2025 schreef de minister uit Den Haag dat het anders moest.',
    'Den Haag, de hofstad',
    'Den Haag, 30 februari 2025',
    'Utrecht, 18 november 2025',
    'Den Haag, 18 november 2025 en verder een lange zin die geen datumregel meer is maar proza',
    '',
  ])('ignores %j', (line) => {
    expect(dateFromDateLine(line)).toBeUndefined();
  });
});

describe('a labelled date', () => {
  it.each([
    ['Datum publicatie', '18-11-2025', '2025-11-18'],
    ['Publicatiedatum:', '2 oktober 2024', '2024-10-02'],
    ['Datum', '2024-10-01', '2024-10-01'],
    ['Datum brief', '26 november 2025', '2025-11-26'],
    ['Gepubliceerd op', '09-10-2024', '2024-10-09'],
  ])('%s %s → %s', (label, value, date) => {
    expect(dateFromLabelledValue(label, value)).toBe(date);
  });

  it('ignores other labels and values that are no date', () => {
    expect(dateFromLabelledValue('Vergaderjaar', '2024-2025')).toBeUndefined();
    expect(dateFromLabelledValue('Datum publicatie', 'onbekend')).toBeUndefined();
  });
});

describe('a block that holds only a date', () => {
  it.each([
    ['29 november 2024', '2024-11-29'],
    ['Brief regering | 29 november 2024', '2024-11-29'],
    ['19-11-2025', '2025-11-19'],
    ['2025-11-19', '2025-11-19'],
  ])('%j → %s', (line, date) => {
    expect(dateFromBareLine(line)).toBe(date);
  });

  it.each([
    'Op 29 november 2024 schreef de minister',
    'Brief regering | onbekend',
    'Kamerstuk 32317 | nr. 856',
    'Een heel lange omschrijving van het soort document | 29 november 2024',
  ])('ignores %j', (line) => {
    expect(dateFromBareLine(line)).toBeUndefined();
  });
});

describe('parliament hosts', () => {
  it.each([
    'tweedekamer.nl',
    'www.tweedekamer.nl',
    'WWW.EersteKamer.nl',
    'zoek.officielebekendmakingen.nl',
  ])('%s is one', (host) => expect(isParliamentHost(host)).toBe(true));
  it.each(['nos.nl', 'officielebekendmakingen.nl.evil.test', 'nottweedekamer.nl'])(
    '%s is not',
    (host) => expect(isParliamentHost(host)).toBe(false),
  );
});
