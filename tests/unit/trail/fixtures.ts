import type { Note, Visit, VisitInput } from '../../../src/core/trail';

export const input = (over: Partial<VisitInput> = {}): VisitInput => ({
  url: 'https://nos.nl/artikel/chatcontrol.html',
  title: 'Kabinet onthoudt zich over chatcontrole',
  pageDate: '2024-10-05',
  refId: 'kst-26643-1011',
  refKind: 'kamerstuk',
  text: 'Kamerstuk 26 643, nr. 1011',
  ...over,
});

export const visit = (over: Partial<Visit> = {}): Visit => ({
  ...input(),
  time: '2025-03-01T09:30:00.000Z',
  ...over,
});

export const note = (over: Partial<Note> = {}): Note => ({
  refId: 'kst-26643-1011',
  text: 'Vragen aan de minister',
  updated: '2025-03-01T10:00:00.000Z',
  ...over,
});
