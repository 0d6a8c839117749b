import { InputError } from './scan-input';
import { scanTo } from './scan-command';

// `npm run scan -- FILE [--date YYYY-MM-DD]` (CONTRACT §1, §3): one JSON line per detection in
// order of position, with --date a final line with the cabinet's position at that date. Exit 0 on
// success, also with no detections; exit 2 with one line on stderr for bad input or arguments.

// A reader that stops early (`scan page.html | head -1`) closes the pipe: that is the reader's
// choice, not a failure, so the command ends quietly with the lines it could write.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(0);
  process.stderr.write(`scan: cannot write output: ${error.message.replace(/\s+/g, ' ')}\n`);
  process.exit(2);
});

try {
  // Written as it is made, a chunk of lines at a time (synchronous for files and pipes on Linux).
  scanTo(process.argv.slice(2), (chunk) => process.stdout.write(chunk));
} catch (error) {
  const message =
    error instanceof InputError ? error.message : `unexpected error: ${String(error)}`;
  process.stderr.write(`scan: ${message.replace(/\s+/g, ' ')}\n`);
  process.exitCode = 2;
}
