import type { Detection } from './types';

// Joining the keyword-free passes' detections to the scan's, in one walk over both lists: a
// page of many blocks with many marks must not cost the square of their number (the earlier
// version compared every extra with every mark).

function isCitation(d: Detection): boolean {
  return d.kind !== 'term';
}

/**
 * `extra` fitted among the citations of `out` (both sorted by start; extras never overlap each
 * other): an extra is kept whole when it overlaps no citation, cut short before the first
 * citation that lies wholly inside it after its start (as `fitAround`), and dropped when a
 * citation starts at or before it and reaches into it, or starts inside it and reaches past it.
 * Each citation of `out` is visited at most twice: once as the running maximum of ends, once
 * inside the one extra whose span holds its start.
 */
function fitAll(out: readonly Detection[], extra: readonly Detection[]): Detection[] {
  const kept: Detection[] = [];
  let i = 0;
  let reach = -1;
  for (const e of extra) {
    for (; i < out.length && (out[i] as Detection).start <= e.start; i++) {
      const d = out[i] as Detection;
      if (isCitation(d) && d.end > reach) reach = d.end;
    }
    if (reach > e.start) continue;
    let cut = e.end;
    let fits = true;
    for (let j = i; j < out.length && (out[j] as Detection).start < e.end; j++) {
      const d = out[j] as Detection;
      if (!isCitation(d)) continue;
      if (d.end > e.end) {
        fits = false;
        break;
      }
      if (d.start < cut) cut = d.start;
    }
    if (!fits) continue;
    if (cut === e.end) {
      kept.push(e);
      continue;
    }
    const text = e.text.slice(0, cut - e.start).trimEnd();
    if (text.length > 0) kept.push({ ...e, end: e.start + text.length, text });
  }
  return kept;
}

/**
 * Adds `extra` (sorted by start, not overlapping each other) to `out` (sorted by start) and
 * returns the merged list, sorted by start then end. An extra replaces the glossary terms it
 * overlaps, is cut short before citations wholly inside it and is dropped when it overlaps any
 * other citation. Detections of `out` may overlap each other (the numbers a range implies share
 * its span). Linear in the two lengths, plus the final sort of the merged list.
 */
export function mergeDetections(out: Detection[], extra: readonly Detection[]): Detection[] {
  if (extra.length === 0) return out;
  const kept = fitAll(out, extra);
  if (kept.length === 0) return out;
  const merged: Detection[] = [];
  let k = 0;
  for (const d of out) {
    if (isCitation(d)) {
      merged.push(d);
      continue;
    }
    // Kept extras are disjoint and sorted, so their ends rise too: skip those ending before d.
    while (k < kept.length && (kept[k] as Detection).end <= d.start) k++;
    const next = kept[k];
    if (!next || next.start >= d.end) merged.push(d);
  }
  merged.push(...kept);
  return merged.sort((a, b) => a.start - b.start || a.end - b.end);
}

function overlaps(d: Detection, e: Detection): boolean {
  return d.kind !== 'term' && d.end > e.start && d.start < e.end;
}

/**
 * `e` as it may join `out`: whole when it overlaps no citation; cut short before the first
 * citation that lies wholly inside it after its start (a letterhead whose title cites an act,
 * "34 670 EU-voorstel: E-privacyverordening COM (2017) 101⏎⏎B VERSLAG": both stay, the
 * letterhead marked on its dossier and title up to the act); else null.
 */
export function fitAround(out: readonly Detection[], e: Detection): Detection | null {
  let cut = e.end;
  for (const d of out) {
    if (!overlaps(d, e)) continue;
    if (d.start <= e.start || d.end > e.end) return null;
    cut = Math.min(cut, d.start);
  }
  if (cut === e.end) return e;
  const text = e.text.slice(0, cut - e.start).trimEnd();
  if (text.length === 0) return null;
  return { ...e, end: e.start + text.length, text };
}
