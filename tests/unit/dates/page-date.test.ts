// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { readPageDate, readPageDateCandidates } from '../../../src/content/page-date';
import { localDay } from '../../../src/core/dates';

const TODAY = '2025-12-01';

function page(head: string, body = ''): Document {
  return new DOMParser().parseFromString(
    `<!doctype html><html lang="nl"><head>${head}</head><body>${body}</body></html>`,
    'text/html',
  );
}

/** Reads the page's date and checks the reading left the page exactly as it was. */
function dateOf(doc: Document, url: string, userPick?: string) {
  const before = doc.documentElement.outerHTML;
  const result = readPageDate(doc, url, TODAY, userPick);
  expect(doc.documentElement.outerHTML).toBe(before);
  return result;
}

const NOS_URL = 'https://nos.nl/artikel/2540123-kabinet-onthoudt-zich-van-stem-over-chatcontrole';
const NOS = page(
  `<meta charset="utf-8">
  <title>Kabinet onthoudt zich van stem over chatcontrole | NOS</title>
  <meta property="og:type" content="article">
  <meta property="og:url" content="${NOS_URL}">
  <meta property="article:published_time" content="2024-10-05T09:30:00+02:00">
  <meta property="article:modified_time" content="2024-10-07T11:02:10+02:00">
  <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
    "datePublished":"2024-10-05T07:30:00Z","dateModified":"2024-10-07T09:02:10Z"}</script>`,
  `<main><article><header><h1>Kabinet onthoudt zich</h1>
    <time datetime="2024-10-07T11:02:10+02:00">Aangepast 7 oktober 2024</time></header>
    <p>Het kabinet steunt het voorstel niet langer.</p></article></main>`,
);

const NRC_URL =
  'https://www.nrc.nl/nieuws/2024/10/05/kabinet-draait-bij-over-chatcontrole-a4868000';
const NRC = page(
  `<meta name="description" content="Het kabinet draait bij.">
  <script type="application/ld+json">{"@context":"https://schema.org","@type":"BreadcrumbList",
    "itemListElement":[{"@type":"ListItem","position":1,"name":"Nieuws"}]}</script>
  <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
    {"@type":"WebPage","@id":"${NRC_URL}#webpage","datePublished":"2024-10-04T20:00:00+02:00"},
    {"@type":"NewsArticle","headline":"Kabinet draait bij","isPartOf":{"@id":"${NRC_URL}#webpage"},
     "datePublished":"2024-10-05T18:00:00+02:00","dateModified":"2024-10-06T08:00:00+02:00",
     "author":[{"@type":"Person","name":"A. Verslaggever"}]}]}</script>`,
  `<article><time datetime="2024-10-06">6 oktober 2024</time><p>Tekst.</p></article>`,
);

const OB_URL = 'https://zoek.officielebekendmakingen.nl/kst-26643-1011.html';
const OB_HEAD = `<meta name="DC.title" content="Informatie- en communicatietechnologie (ICT); Brief">
  <meta name="DC.type" scheme="OVERHEIDop.Parlementair" content="Kamerstuk">
  <meta name="DCTERMS.issued" scheme="OVERHEIDop.XSD.Date" content="2025-11-18">
  <meta name="DCTERMS.available" scheme="OVERHEIDop.XSD.Date" content="2025-11-18">
  <meta name="OVERHEIDop.datumOndertekening" content="2025-11-14">
  <meta name="DCTERMS.modified" scheme="OVERHEIDop.XSD.Date" content="2025-11-19">
  <meta name="OVERHEIDop.dossiernummer" content="26643">`;

describe('readPageDate on realistic pages', () => {
  it('a NOS-like article: article:published_time, as written in its offset', () => {
    expect(dateOf(NOS, NOS_URL)).toEqual({ date: '2024-10-05', source: 'article:published_time' });
  });

  it("an NRC-like article: the NewsArticle's datePublished in a JSON-LD @graph", () => {
    expect(dateOf(NRC, NRC_URL)).toEqual({ date: '2024-10-05', source: 'json-ld' });
  });

  it('an officielebekendmakingen page: DCTERMS.issued before the signing date', () => {
    expect(dateOf(page(OB_HEAD), OB_URL)).toEqual({ date: '2025-11-18', source: 'DCTERMS.issued' });
  });

  it('an officielebekendmakingen page without DCTERMS.issued: the signing date', () => {
    const head = OB_HEAD.replace(/<meta name="DCTERMS.issued"[^>]*>/, '');
    expect(dateOf(page(head), OB_URL)).toEqual({
      date: '2025-11-14',
      source: 'OVERHEIDop.datumOndertekening',
    });
  });

  it('matches meta names case-insensitively', () => {
    const doc = page('<meta name="dcterms.issued" content="2025-11-18">');
    expect(dateOf(doc, OB_URL)).toEqual({ date: '2025-11-18', source: 'DCTERMS.issued' });
  });

  it('a page with only a date in its URL', () => {
    const url = 'https://www.example.nl/nieuws/2024/10/05/kabinet-stemt-niet';
    expect(dateOf(page('<title>Kabinet</title>'), url)).toEqual({
      date: '2024-10-05',
      source: 'url',
    });
  });

  it('a page with nothing: today', () => {
    const doc = page('<title>Kabinet</title>', '<p>Geen datum.</p>');
    expect(dateOf(doc, NOS_URL)).toEqual({ date: TODAY, source: 'today' });
  });

  it("the user's pick wins over everything the page says", () => {
    expect(dateOf(NOS, NOS_URL, '2023-05-31')).toEqual({ date: '2023-05-31', source: 'user' });
  });
});

describe('readPageDateCandidates', () => {
  it('collects every kind, leaving ranking to the core', () => {
    const doc = page(
      `<meta property="og:article:published_time" content="a">
      <meta name="publish-date" content="b">
      <meta name="DC.date.issued" content="c">
      <meta name="date" content="d">
      <script type="application/ld+json">{"datePublished":"e"}</script>
      <script type="application/json">{"datePublished":"not json-ld"}</script>`,
      `<div itemscope><meta itemprop="datePublished" content="f"></div>
      <article><time>no attribute</time><time datetime="g"></time></article>`,
    );
    expect(readPageDateCandidates(doc, 'https://example.nl/')).toEqual([
      { source: 'og:article:published_time', raw: 'a' },
      { source: 'meta:publish-date', raw: 'b' },
      { source: 'DC.date', raw: 'c' },
      { source: 'meta:date', raw: 'd' },
      { source: 'meta:datePublished', raw: 'f' },
      { source: 'json-ld', raw: 'e' },
      { source: 'time', raw: 'g' },
      { source: 'url', raw: 'https://example.nl/' },
    ]);
  });

  it('takes <time> from the article, not from navigation before it', () => {
    const doc = page(
      '',
      `<aside><time datetime="2024-01-01">1 januari</time></aside>
      <article><time datetime="PT4M">4 min</time><time datetime="2024-10-05">5 okt</time></article>`,
    );
    expect(dateOf(doc, 'https://example.nl/')).toEqual({ date: '2024-10-05', source: 'time' });
  });

  it('falls back to <main>, then to <body>, when there is no article', () => {
    const inMain = page(
      '',
      `<nav><time datetime="2024-01-01"></time></nav><main><time datetime="2024-10-05"></time></main>`,
    );
    expect(dateOf(inMain, 'https://example.nl/').date).toBe('2024-10-05');
    const inBody = page('', '<p>Gepubliceerd <time datetime="2024-10-05">5 okt</time></p>');
    expect(dateOf(inBody, 'https://example.nl/').date).toBe('2024-10-05');
  });

  it('survives broken JSON-LD and falls through to the next source', () => {
    const doc = page(
      `<script type="application/ld+json">{"datePublished": "2024-10-05",</script>
      <meta name="DC.date" content="2024-10-04">`,
    );
    expect(dateOf(doc, 'https://example.nl/')).toEqual({ date: '2024-10-04', source: 'DC.date' });
  });

  it("defaults to the global document, its URL and the reader's today", () => {
    const result = readPageDate();
    expect(result.source).toBe('today');
    expect(result.date).toBe(localDay(new Date()));
  });
});

describe('parliament pages that show their date in the text', () => {
  const TK_URL =
    'https://www.tweedekamer.nl/kamerstukken/brieven_regering/detail?did=2025D40000&id=2025Z17000';

  it('reads the date line of a letter on tweedekamer.nl', () => {
    const doc = page(
      '<title>Brief regering</title>',
      `<main><div><p>32 317 JBZ-Raad</p><p>Aan de Voorzitter van de Tweede Kamer</p>
        <p>Den Haag, 29 september 2025</p><p>Op 13 oktober 2025 vergadert de Raad.</p></div></main>`,
    );
    expect(dateOf(doc, TK_URL)).toEqual({ date: '2025-09-29', source: 'page-text' });
  });

  it('prefers a labelled publication date in a table to the date line', () => {
    const doc = page(
      '',
      `<table><thead><tr><th>Datum publicatie</th><th>Vergaderjaar</th></tr></thead>
        <tbody><tr><td>02-10-2024</td><td>2024-2025</td></tr></tbody></table>
        <div id="broodtekst"><p>Den Haag, 1 oktober 2024</p></div>`,
    );
    expect(dateOf(doc, 'https://zoek.officielebekendmakingen.nl/kst-34843-113.html')).toEqual({
      date: '2024-10-02',
      source: 'page-text',
    });
  });

  it('reads a definition list and the report form "Vastgesteld" on eerstekamer.nl', () => {
    const dl = page('', '<dl><dt>Publicatiedatum</dt><dd>5 december 2024</dd></dl>');
    expect(dateOf(dl, 'https://www.eerstekamer.nl/behandeling/20241205/brief')).toEqual({
      date: '2024-12-05',
      source: 'page-text',
    });
    const report = page('', '<article><p>Vastgesteld 25 mei 2023</p></article>');
    expect(dateOf(report, 'https://www.eerstekamer.nl/verslag')).toEqual({
      date: '2023-05-25',
      source: 'page-text',
    });
  });

  it('keeps metadata first and leaves other sites alone', () => {
    const withMeta = page(
      '<meta name="DCTERMS.issued" content="2025-11-18">',
      '<p>Den Haag, 17 november 2025</p>',
    );
    expect(dateOf(withMeta, 'https://zoek.officielebekendmakingen.nl/kst-32317-977.html')).toEqual({
      date: '2025-11-18',
      source: 'DCTERMS.issued',
    });
    const news = page('', '<p>Den Haag, 17 november 2025</p>');
    expect(dateOf(news, 'https://nos.nl/artikel/1')).toEqual({ date: TODAY, source: 'today' });
  });

  it('does not take a date from prose', () => {
    const doc = page('', '<p>Op 18 november 2025 schreef de minister uit Den Haag een brief.</p>');
    expect(dateOf(doc, 'https://www.tweedekamer.nl/x')).toEqual({ date: TODAY, source: 'today' });
  });
});
