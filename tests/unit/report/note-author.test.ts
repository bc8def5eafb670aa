import { describe, expect, it } from 'vitest';
import { noteAuthor } from '../../../src/report/document/note-author';
import type { NoteGroup } from '../../../src/domain/session-notes';

const t = (key: string) => `[${key}]`;
const group = (organisation: string, role: string): NoteGroup => ({
  domain: 'sociaal',
  participant: { id: 'p1', name: '', organisation, role, domain: 'sociaal' },
  notes: ['x'],
});

describe('the author of a partner’s notes in the report and on the projector', () => {
  it('gives the organisation and its role in brackets, in the reader’s language', () => {
    expect(noteAuthor(group('Politie Midden-Nederland', 'politie'), t, 'nl')).toBe(
      'Politie Midden-Nederland (Politie)',
    );
    expect(noteAuthor(group('Politie Midden-Nederland', 'politie'), t, 'en')).toBe(
      'Politie Midden-Nederland (Police)',
    );
  });

  it('names an organisation called after its role once, and never nests brackets', () => {
    const zvh = group('Zorg- en Veiligheidshuis', 'zvh');
    expect(noteAuthor(zvh, t, 'nl')).toBe('Zorg- en Veiligheidshuis');
    expect(noteAuthor(zvh, t, 'en')).toBe('Zorg- en Veiligheidshuis (Care and Safety House)');
    expect(noteAuthor(group('GGZ Centraal', 'ggz'), t, 'en')).toBe('GGZ Centraal (Mental health care, GGZ)');
    expect(noteAuthor(group('GGZ Centraal', 'ggz'), t, 'nl')).toBe('GGZ Centraal (GGZ)');
    // A Dutch name keeps its English role beside it.
    expect(noteAuthor(group('Openbaar Ministerie', 'om'), t, 'en')).toBe(
      'Openbaar Ministerie (Public Prosecution Service)',
    );
    expect(noteAuthor(group('Openbaar Ministerie', 'om'), t, 'nl')).toBe('Openbaar Ministerie');
  });

  it('keeps a free-text role as written, and shows only the domain when the facilitator hides organisations', () => {
    expect(noteAuthor(group('Stichting Buurt', 'buurtwerk'), t, 'en')).toBe('Stichting Buurt (buurtwerk)');
    expect(noteAuthor({ domain: 'sociaal', notes: ['x'] }, t, 'en')).toBe('[workshop.domains.sociaal]');
  });
});
