import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectionLine, parseArgs, runScan, scanTo } from '../../../src/cli/scan-command';
import { InputError, readInput } from '../../../src/cli/scan-input';
import { REF_KINDS } from '../../../src/core/detect/types';
import { visibleText } from '../../../src/cli/visible-text';

// The `scan` command against CONTRACT §3: output lines, the --date position line, exit status
// and the single error line. Process-level checks spawn the real entry point through tsx.

const ROOT = join(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'kamerlens-scan-'));

function file(name: string, content: string | Buffer): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

function scanProcess(args: string[], input?: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/scan.ts', ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
  });
}

describe('scan output', () => {
  it('prints one JSON object per detection, keys in contract order', () => {
    const path = file('a.txt', 'Zie Kamerstuk 26 643, nr. 1011 over chatcontrol.\n');
    expect(runScan([path])).toBe(
      '{"start":4,"end":30,"text":"Kamerstuk 26 643, nr. 1011","kind":"kamerstuk","id":"kst-26643-1011"}\n' +
        '{"start":36,"end":47,"text":"chatcontrol","kind":"term","id":"term-chatcontrol"}\n',
    );
  });

  it('ends with the cabinet position at --date', () => {
    const path = file('b.txt', 'Geen verwijzingen hier.');
    expect(runScan([path, '--date', '2024-10-05'])).toBe(
      '{"position":{"date":"2024-10-05","stance":"abstain","since":"2024-10-01","source":"kst-34843-113","stated":"2024-10-01"}}\n',
    );
    expect(JSON.parse(runScan(['--date=2021-01-01', path]))).toEqual({
      position: {
        date: '2021-01-01',
        stance: 'no-proposal',
        since: null,
        source: null,
        stated: null,
      },
    });
  });

  it('gives the day the stance began, not the date of its latest statement', () => {
    // 2024-11-29 (oppose) is restated on 2025-09-29: one period, the newer source.
    expect(JSON.parse(runScan([file('s.txt', ''), '--date', '2025-10-01']))).toEqual({
      position: {
        date: '2025-10-01',
        stance: 'oppose',
        since: '2024-11-29',
        source: 'kst-32317-972',
        stated: '2025-09-29',
      },
    });
  });

  it.each([
    ['2024-10-20', 'kst-32317-891'],
    ['2025-11-18', 'kst-32317-891'],
    // FACTS.md: before 2025-11-25 the name means nr. 891, also before it was submitted.
    ['2024-10-08', 'kst-32317-891'],
    ['2021-06-01', 'kst-32317-891'],
    // Two motions of the name from 25 November 2025: the unresolved name, not one motion's id.
    ['2025-11-25', 'motie-kathmann'],
    ['2025-12-01', 'motie-kathmann'],
  ])('resolves "motie-Kathmann c.s." on a page of %s to %s', (date, id) => {
    const [line] = runScan([
      file('k.txt', 'de motie-Kathmann c.s. over chatcontrole werd aangenomen'),
      '--date',
      date,
    ])
      .trim()
      .split('\n');
    expect(JSON.parse(line ?? '{}')).toMatchObject({ kind: 'motie', id });
  });

  // Issue 12, a journalist's pages on other subjects: the same members submit motions on every
  // subject, so a name resolves to a bundled motion only on a page about the regulation, and
  // never to one not yet submitted at the page's date; else it keeps the names' id (CONTRACT §2).
  it.each([
    ['De Kamer nam de motie-Van Raan over het klimaatbeleid aan.', [], 'motie-van-raan'],
    [
      'De Kamer nam de motie-Van Raan over het klimaatbeleid aan.',
      ['--date', '2019-05-01'],
      'motie-van-raan',
    ],
    [
      'De motie-Kathmann c.s. over datacenters werd aangenomen.',
      ['--date', '2024-10-12'],
      'motie-kathmann',
    ],
    [
      'De motie-Kathmann c.s. over datacenters werd aangenomen.',
      ['--date', '2019-05-01'],
      'motie-kathmann',
    ],
    // On a page about the regulation: the name means the bundled motion.
    ['De motie-Van Raan over chatcontrole.', ['--date', '2022-09-01'], 'kst-26643-885'],
  ])('gives %j with %j the motion id %s', (text, args, id) => {
    const lines = runScan([file('w2.txt', text), ...args])
      .trim()
      .split('\n');
    const motions = lines.map((l) => JSON.parse(l) as { kind?: string; id?: string });
    expect(motions.filter((d) => d.kind === 'motie').map((d) => d.id)).toEqual([id]);
  });

  it('reads a number before a footnote marker in <sup> as the number, at the offsets of the visible text', () => {
    const html =
      '<p>Zie Kamerstuk 32 317, nr. 760<sup>4</sup>, Stb. 2017, 317<sup>8</sup> en ' +
      'Handelingen II 2019/20, nr. 31, item 8<a href="#fn9"><sup>9</sup></a>; Kamerstukken<sup>3</sup> II 2019/20, 35300, nr. 3.</p>';
    const path = file('noten.html', html);
    const text = visibleText(html);
    const found = runScan([path])
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { start: number; end: number; text: string; id: string });
    expect(found.map((d) => d.id)).toEqual([
      'kst-32317-760',
      'stb-2017-317',
      'h-tk-20192020-31-8',
      'kst-35300-3',
    ]);
    // Offsets and text are the page's: the marker inside a citation stays in its text.
    for (const d of found) expect(text.slice(d.start, d.end)).toBe(d.text);
    expect(found[3]?.text).toBe('Kamerstukken3 II 2019/20, 35300, nr. 3');
    // The same text as plain text is read as written (no markup tells the marker apart).
    const plain = runScan([file('noten.txt', 'Kamerstuk 32 317, nr. 7604')]);
    expect(plain).toContain('"kst-32317-7604"');
  });

  it("gives a motion with its number beside its name the number's id only", () => {
    const out = runScan([file('w1.txt', 'De motie-Van Raan (36 410, nr. 12) wordt aangenomen.')]);
    expect(
      out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l) as unknown),
    ).toEqual([
      {
        start: 3,
        end: 34,
        text: 'motie-Van Raan (36 410, nr. 12)',
        kind: 'motie',
        id: 'kst-36410-12',
      },
    ]);
  });

  it('does not let a name alone make a page about the regulation', () => {
    const out = runScan([
      file('w3.txt', 'De motie-Van Raan onder voorzitterschap van de Kamervoorzitter.'),
    ]);
    expect(out).not.toContain('term-');
    expect(out).toContain('"id":"motie-van-raan"');
  });

  it('leaves a motion named without number as detected when no --date is given', () => {
    const [line] = runScan([file('k2.txt', 'de motie-Kathmann c.s.')])
      .trim()
      .split('\n');
    expect(JSON.parse(line ?? '{}')).toMatchObject({ id: 'motie-kathmann' });
  });

  it('prints exactly the contract keys, for inferred and approximate entries and after the last statement too', () => {
    const at = (date: string) =>
      (JSON.parse(runScan([file('i.txt', ''), '--date', date])) as { position: object }).position;
    for (const date of ['2022-07-01', '2022-10-01', '2024-10-05', '2026-11-30', '2030-01-01']) {
      expect(Object.keys(at(date)), date).toEqual(['date', 'stance', 'since', 'source', 'stated']);
    }
    expect(at('2022-10-01')).toMatchObject({ source: 'kst-26643-908', stated: '2022-09' });
    // After the last sourced statement the stance in force is still the one of 26 November 2025.
    for (const date of ['2025-11-27', '2026-04-03', '2026-11-30']) {
      expect(at(date)).toMatchObject({
        stance: 'oppose',
        since: '2025-11-26',
        stated: '2025-11-26',
      });
    }
  });

  it('gives no-proposal with null source, since and stated only before the first statement', () => {
    const at = (date: string) =>
      (JSON.parse(runScan([file('n.txt', ''), '--date', date])) as { position: object }).position;
    // Proposal of 2022-05-11 on the table, no cabinet statement until the fiche of 2022-06-17.
    for (const date of ['1990-01-01', '2022-05-11', '2022-06-16']) {
      expect(at(date)).toEqual({
        date,
        stance: 'no-proposal',
        since: null,
        source: null,
        stated: null,
      });
    }
    expect(at('2022-06-17')).toMatchObject({ source: 'kst-22112-3455', stated: '2022-06-17' });
  });

  it('never cites a source dated after --date', () => {
    for (const date of ['2022-09-20', '2022-09-29', '2024-12-12', '2025-11-26', '2025-12-04']) {
      const { position } = JSON.parse(runScan([file('d.txt', ''), '--date', date])) as {
        position: { stated: string | null };
      };
      const stated = position.stated ?? '';
      expect(stated.length === 7 ? `${stated}-30` <= date : stated <= date, date).toBe(true);
    }
  });

  it('writes each line exactly as JSON.stringify writes the contract object', () => {
    fc.assert(
      fc.property(
        fc.nat(),
        fc.nat(),
        fc.string({ unit: 'binary' }),
        fc.constantFrom(...REF_KINDS),
        fc.oneof(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'binary' })),
        (start, end, text, kind, id) => {
          const d = { start, end, text, kind, id };
          expect(detectionLine(d)).toBe(JSON.stringify({ start, end, text, kind, id }));
        },
      ),
    );
    const quoted = {
      start: 0,
      end: 9,
      text: 'a"b\\c\n\u0001\ud800 \ud83d\ude00 \u2028\u007f',
      kind: 'term' as const,
      id: 'x',
    };
    expect(detectionLine(quoted)).toBe(JSON.stringify(quoted));
    expect(JSON.parse(detectionLine(quoted))).toEqual(quoted);
  });

  it('prints nothing for a text without references', () => {
    expect(runScan([file('c.txt', 'Bel 070-3707000.')])).toBe('');
  });

  it('reads HTML as its visible text', () => {
    const path = file('d.html', '<p>Kamerstuk <a>34 843</a>, nr. 113</p><script>kst-1</script>');
    expect(runScan([path])).toBe(
      '{"start":0,"end":25,"text":"Kamerstuk 34 843, nr. 113","kind":"kamerstuk","id":"kst-34843-113"}\n',
    );
  });

  it('reads a long page in pieces without splitting a character or a reference', () => {
    // Two-, three- and four-byte characters and references at every offset, so some straddle
    // the reader's piece boundaries (every 16 KB).
    const unit = '<p>Kamerstuk 26\u00a0643 – é € 😀 &amp; nr. 1011</p>\n';
    const html = Array.from({ length: 3000 }, (_, k) => 'x'.repeat(k % 7) + unit).join('');
    expect(Buffer.byteLength(html)).toBeGreaterThan(100_000);
    expect(readInput(file('long.html', html))).toBe(visibleText(html));
    expect(readInput(file('bom.html', `\ufeff${html}`))).toBe(visibleText(html));
    expect(readInput(file('bom.txt', '\ufeffKamerstuk 26 643'))).toBe('Kamerstuk 26 643');
  });

  it('writes its output in chunks of whole lines, in order, the same as one string', () => {
    // More detections than one chunk holds, so the lines cross chunk boundaries.
    const text = Array.from({ length: 700 }, (_, k) => `Kamerstuk 26 643, nr. ${k + 1}.`);
    const path = file('many.txt', text.join('\n'));
    const chunks: string[] = [];
    scanTo([path, '--date', '2024-10-05'], (chunk) => chunks.push(chunk));
    expect(chunks.length).toBeGreaterThan(1);
    for (const chunk of chunks) expect(chunk.endsWith('\n')).toBe(true);
    const lines = chunks.join('').split('\n');
    expect(lines).toHaveLength(700 + 2);
    expect(JSON.parse(lines[699] ?? '')).toMatchObject({ id: 'kst-26643-700' });
    expect(lines[700]).toMatch(/^\{"position":/);
    expect(chunks.join('')).toBe(runScan([path, '--date', '2024-10-05']));
  });

  it('writes nothing for bad arguments or input', () => {
    const chunks: string[] = [];
    expect(() => scanTo([join(dir, 'missing.txt')], (c) => chunks.push(c))).toThrow(InputError);
    expect(() => scanTo([file('ok.txt', 'nr. 1'), '--date', 'x'], (c) => chunks.push(c))).toThrow(
      InputError,
    );
    expect(chunks).toEqual([]);
  });

  it.each([
    [['--date', '2024-02-30', 'x.txt'], /--date/],
    [['--date', '0099-01-01', 'x.txt'], /--date needs a day .* between 1990-01-01 and 2100-12-31/],
    [['--date', '0000-00-00', 'x.txt'], /--date/],
    [['--date', '1989-12-31', 'x.txt'], /--date/],
    [['--date', '2101-01-01', 'x.txt'], /--date/],
    [['--date', '2024-1-5', 'x.txt'], /--date/],
    [['--date', '20241005', 'x.txt'], /--date/],
    [['--date=', 'x.txt'], /--date/],
    [['--date', '+02024-10-05', 'x.txt'], /--date/],
    [['x.txt', '--date'], /--date/],
    [['x.txt', '--verbose'], /unknown option/],
    [['a.txt', 'b.txt'], /one file/],
    [[], /usage/],
  ])('rejects bad arguments %j', (args, message) => {
    expect(() => parseArgs(args)).toThrow(message);
    expect(() => parseArgs(args)).toThrow(InputError);
  });

  it.each([
    ['a missing file', () => join(dir, 'missing.txt'), /no such file/],
    ['a directory', () => file('dir.txt', '') && dir, /unsupported file type|directory/],
    ['another file type', () => file('e.pdf', '%PDF-1.4'), /unsupported file type/],
    ['invalid UTF-8', () => file('f.txt', Buffer.from([0x4b, 0xff, 0xfe, 0x00])), /not UTF-8/],
    ['binary data', () => file('g.txt', Buffer.from('abc\u0000def')), /binary/],
    [
      'a character cut off at the end, after the first piece read',
      () =>
        file('h.html', Buffer.concat([Buffer.from('a'.repeat(40_000)), Buffer.from([0xe2, 0x80])])),
      /not UTF-8/,
    ],
    [
      'binary data after the first piece read',
      () => file('i.txt', `${'a'.repeat(40_000)}\u0000`),
      /binary/,
    ],
  ])('rejects %s', (_, path, message) => {
    expect(() => runScan([path()])).toThrow(message);
  });
});

describe('scan process', () => {
  it('exits 0 and reads standard input for "-"', () => {
    const result = scanProcess(
      ['-', '--date', '2025-10-01'],
      '<p>motie-Van Raan c.s. over chatcontrole</p>',
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      '{"start":0,"end":19,"text":"motie-Van Raan c.s.","kind":"motie","id":"kst-26643-885"}\n' +
        '{"start":25,"end":37,"text":"chatcontrole","kind":"term","id":"term-chatcontrol"}\n' +
        '{"position":{"date":"2025-10-01","stance":"oppose","since":"2024-11-29","source":"kst-32317-972","stated":"2025-09-29"}}\n',
    );
  }, 20_000);

  it.each([['0099-01-01'], ['2024-02-30'], ['9999-99-99'], ['tomorrow']])(
    'exits 2 with one clear line on stderr for --date %s, never an internal error',
    (date) => {
      const result = scanProcess([join(dir, 'missing.txt'), '--date', date]);
      expect(result.status).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(/^scan: --date needs a day as YYYY-MM-DD/);
      expect(result.stderr).not.toMatch(/RangeError|unexpected/);
    },
    20_000,
  );

  it('exits 2 with one line on stderr for unreadable input', () => {
    const result = scanProcess([join(dir, 'missing.txt')]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^scan: cannot read .*missing\.txt: no such file\n$/);
  }, 20_000);

  it('ends quietly when its reader closes the pipe early, as `| head -1` does', async () => {
    const many = 'Zie Kamerstuk 26 643, nr. 1011. '.repeat(200_000);
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', 'src/cli/scan.ts', file('many.txt', many)],
      {
        cwd: ROOT,
      },
    );
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const firstLine = await new Promise<string>((resolve) => {
      child.stdout.once('data', (d: Buffer) => {
        resolve(d.toString().split('\n')[0] ?? '');
        child.stdout.destroy();
      });
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(JSON.parse(firstLine)).toMatchObject({ id: 'kst-26643-1011' });
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
