import { knowledgeBase, positionAt, resolveMotionAt, toLexicon } from '../core/data';
import { MAX_YEAR, MIN_YEAR, pickedDay } from '../core/dates/calendar';
import {
  createDetector,
  isAboutRegulation,
  keepInContext,
  type Detection,
  type Detector,
} from '../core/detect';
import { maskFootnoteSpans } from '../core/detect/footnote-marks';
import { InputError, readInput } from './scan-input';

// The `scan` command without its process: arguments, input, detection, output lines (CONTRACT §3).

const USAGE = 'usage: npm run scan -- FILE|- [--date YYYY-MM-DD]';

interface Args {
  file: string;
  date: string | undefined;
}

/**
 * `--date` takes a real day in the years the extension's own date field accepts (core/dates
 * calendar: MIN_YEAR–MAX_YEAR); anything else ("0099-01-01", "2024-02-30", "2024-1-5") is an
 * argument error, reported as CONTRACT §3 says (exit 2, one line on stderr), never as a crash.
 */
function dateArgument(value: string | undefined): string {
  const day = value === undefined ? undefined : pickedDay(value);
  if (day === undefined) {
    const got = value === undefined ? 'nothing' : JSON.stringify(value);
    throw new InputError(
      `--date needs a day as YYYY-MM-DD between ${MIN_YEAR}-01-01 and ${MAX_YEAR}-12-31, got ${got}`,
    );
  }
  return day;
}

export function parseArgs(argv: string[]): Args {
  let file: string | undefined;
  let date: string | undefined;
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k] ?? '';
    if (arg === '--date' || arg.startsWith('--date=')) {
      date = dateArgument(arg === '--date' ? argv[++k] : arg.slice('--date='.length));
    } else if (arg.startsWith('-') && arg !== '-') {
      throw new InputError(`unknown option ${arg}; ${USAGE}`);
    } else if (file === undefined) {
      file = arg;
    } else {
      throw new InputError(`one file at a time; ${USAGE}`);
    }
  }
  if (file === undefined) throw new InputError(USAGE);
  return { file, date };
}

/**
 * A string JSON.stringify writes as it is between quotes: no quote, backslash, control character
 * or surrogate (a lone one is escaped; a pair is not, but the test stays simple).
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what JSON escapes.
const JSON_AS_IS = /^[^"\\\u0000-\u001f\ud800-\udfff]*$/;
/** Kinds as JSON strings: a handful, written once per line each. */
const kindJson = new Map<string, string>();

/** `value` as JSON.stringify writes it, without its call for the usual plain string. */
function jsonString(value: string): string {
  return JSON_AS_IS.test(value) ? `"${value}"` : JSON.stringify(value);
}

/** A detection as CONTRACT §3 prints it, keys in this order. */
export function detectionLine(d: Detection): string {
  // The same text as JSON.stringify({ start, end, text, kind, id }), without an object per line
  // (a quarter less time for the lines of a 5 MB page than a JSON.stringify per value).
  let kind = kindJson.get(d.kind);
  if (kind === undefined) kindJson.set(d.kind, (kind = JSON.stringify(d.kind)));
  return `{"start":${d.start},"end":${d.end},"text":${jsonString(d.text)},"kind":${kind},"id":${jsonString(d.id)}}`;
}

/**
 * The final line with --date: CONTRACT §3's position, exactly its five keys in this order.
 * Whether a statement is inferred or approximate, and that after the last sourced statement the
 * stance is the latest known one, the card and side panel say; the line keeps to the contract.
 */
export function positionLine(date: string): string {
  const { stance, since, source, stated } = positionAt(knowledgeBase.positions, date);
  return JSON.stringify({ position: { date, stance, since, source, stated } });
}

/**
 * With a page date, a motion named without a number means the one of that name that existed on
 * that date (CONTRACT §3); without one, or where two remain, the id stays as detected.
 */
export function resolveAt(d: Detection, date: string | undefined): Detection {
  if (date === undefined || d.kind !== 'motie') return d;
  const id = resolveMotionAt(knowledgeBase, d.id, date);
  return id === d.id ? d : { ...d, id };
}

/**
 * Detections in `text` read with its footnote markers masked (core/detect/footnote-marks.ts), each
 * with its text as the page shows it: a marker inside a citation ("Kamerstukken³ II …") is kept.
 */
function detectBesideNotes(detect: Detector, text: string, notes: readonly number[]): Detection[] {
  if (notes.length === 0) return detect(text);
  return detect(maskFootnoteSpans(text, notes)).map((d) => ({
    ...d,
    text: text.slice(d.start, d.end),
  }));
}

/** A few words that reach the combined pattern and the parsers most pages use. */
const WARM_UP = 'Kamerstuk 26 643, nr. 1011; Verordening (EU) 2021/1232; chatcontrole';

/**
 * Detections joined into one piece of output at a time. Lines written as they are made die young:
 * held until the end, the 3 MB of lines of a 5 MB page were copied by the garbage collector into
 * the old generation and then joined into one more string of their size, and on the development
 * machine every fresh megabyte of memory costs about 4 ms (page faults).
 */
const LINES_PER_CHUNK = 256;

/**
 * Runs `scan` for these arguments (CONTRACT §3) and hands its output to `write` in order, in
 * chunks of whole lines (about 25 KB each); nothing is written if the arguments or the input are
 * bad. Throws InputError for bad arguments or input, before the first chunk.
 */
export function scanTo(argv: string[], write: (chunk: string) => void): void {
  const { file, date } = parseArgs(argv);
  const notes: number[] = [];
  const text = readInput(file, notes);
  const detect = createDetector(toLexicon(knowledgeBase));
  // V8 runs a pattern's first use in its interpreter and compiles it to machine code on the
  // second; two uses on a few words first keep the page's one long text off the slow path
  // (about a quarter of the detection time of a 4 MB page).
  for (let use = 0; use < 2; use++) detect(WARM_UP);
  // The file is one page: terms with a general meaning, and names of the debate's motions, stay
  // only if it is about the regulation (context.ts); a name then resolves at the page's date.
  const found = keepInContext(detectBesideNotes(detect, text, notes), detect.context, date);
  const about = isAboutRegulation(found, detect.context);
  const lines: string[] = [];
  for (const d of found) {
    lines.push(detectionLine(about ? resolveAt(d, date) : d), '\n');
    if (lines.length >= 2 * LINES_PER_CHUNK) {
      write(lines.join(''));
      lines.length = 0;
    }
  }
  if (date !== undefined) lines.push(positionLine(date), '\n');
  if (lines.length > 0) write(lines.join(''));
}

/** The whole output of `scan` for these arguments as one string; throws as `scanTo`. */
export function runScan(argv: string[]): string {
  const chunks: string[] = [];
  scanTo(argv, (chunk) => chunks.push(chunk));
  return chunks.join('');
}
