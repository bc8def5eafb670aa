import { describe, expect, it } from 'vitest';
import { CONTENT_VERSION } from '../../../src/content/version';
import { phoneScan, phoneScanId } from '../../../src/domain/room/phone-scan';
import type { PhoneAnswers } from '../../../src/domain/room/answer-frames';
import type { Round } from '../../../src/domain/room/round';
import { readAssessment } from '../../../src/domain/file-format';

const round: Round = {
  id: 'a1b2c3d4',
  contentVersion: CONTENT_VERSION,
  questionIds: ['sig-structuur-helder', 'sig-structuur-bekend', 'weg-manier'],
};
const now = new Date('2026-11-30T10:15:00Z');

function answers(over: Partial<PhoneAnswers> = {}): PhoneAnswers {
  return { phoneId: '0123456789abcdef', role: null, levels: {}, notes: {}, ...over };
}

describe("a phone's answers as a partner's scan", () => {
  it('gets one id per phone and round, so a second scan of the same phone replaces the first', () => {
    expect(phoneScanId(round, 'ff')).toBe('qr-a1b2c3d4-ff');
    const a = phoneScan(round, answers(), 'Telefoon 1', undefined, now);
    const b = phoneScan(round, answers({ levels: { 'weg-manier': 2 } }), 'Telefoon 1', undefined, now);
    expect(a.id).toBe('qr-a1b2c3d4-0123456789abcdef');
    expect(b.id).toBe(a.id);
    expect(phoneScan({ ...round, id: 'ffffffff' }, answers(), 'x', undefined, now).id).not.toBe(a.id);
  });

  it("keeps only the round's questions that have a level or a note, each with both", () => {
    const scan = phoneScan(
      round,
      answers({
        levels: { 'sig-structuur-helder': 3, 'sig-structuur-bekend': null, 'not-in-round': 5 },
        notes: { 'weg-manier': 'Alleen een toelichting', 'not-in-round': 'weg' },
      }),
      'Telefoon 2',
      undefined,
      now,
    );
    expect(scan.answers).toEqual({
      'sig-structuur-helder': { level: 3, note: '' },
      'weg-manier': { level: null, note: 'Alleen een toelichting' },
    });
  });

  it("is a new scan of the round's content version, dated now, with the title given and no region", () => {
    const scan = phoneScan(round, answers(), 'Telefoon 3', undefined, now);
    expect(scan.title).toBe('Telefoon 3');
    expect(scan.region).toBe('');
    expect(scan.date).toBe('2026-11-30');
    expect(scan.contentVersion).toBe(CONTENT_VERSION);
    expect(scan.createdAt).toBe(now.toISOString());
    expect(scan.evidence ?? {}).toEqual({});
    expect(scan.marks ?? {}).toEqual({});
  });

  it('names the respondent only when the partner chose to', () => {
    const respondent = { name: '', organisation: 'Politie', role: 'politie', domain: 'veiligheid' as const };
    expect(phoneScan(round, answers(), 't', respondent, now).respondent).toEqual(respondent);
    expect('respondent' in phoneScan(round, answers(), 't', undefined, now)).toBe(false);
  });

  it('is a scan the storage reads back as it was written', () => {
    const scan = phoneScan(round, answers({ levels: { 'weg-manier': 'na' } }), 't', undefined, now);
    const read = readAssessment(JSON.parse(JSON.stringify(scan)) as Record<string, unknown>);
    expect(read.ok && read.assessment).toEqual(scan);
  });
});
