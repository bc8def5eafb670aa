// A library as a region builds it over the years: full scans with notes of about 2 KB on every question and
// 30 actions each. For the storage test, the library bench and the storage measurement.
import { CHECKLIST } from '../../src/content/pga-2024';
import { allQuestions } from '../../src/domain/content-index';
import type { Assessment } from '../../src/domain/types';
import { heavyAssessment } from '../bench/fixtures';

const WORDS = (
  'gemeente politie reclassering zorg veiligheidshuis casus overleg signaal weging duiding contact ' +
  'notificatie doel interventie monitoren afsluiten partner afspraak werkproces convenant privacy ' +
  'gegevens dossier jongere ouders school wijkteam ggz schuldhulp mentor imam coach risico taxatie ' +
  'evaluatie knelpunt vertraging capaciteit opleiding casusregie procesregie escalatie terugkoppeling ' +
  'in de praktijk blijkt dat niet altijd duidelijk is wie wanneer wat doet en waarom dat zo is'
).split(' ');

/** About 2 KB of text that varies like real notes do, so the browser cannot compress it away. */
export function note(seed: number): string {
  let state = seed * 7919 + 17;
  const out: string[] = [];
  let length = 0;
  while (length < 2000) {
    state = (state * 1103515245 + 12345) % 2147483648;
    const word = WORDS[state % WORDS.length]!;
    out.push(word);
    length += word.length + 1;
  }
  return out.join(' ').slice(0, 2000);
}

const REGIONS = ['Regio Utrecht', 'Regio Zeeland', 'Regio Twente', 'Regio Rijnmond', 'Regio Fryslân'];

/** Scan i of a library of five regions that each scan once a year, the oldest first. */
export function libraryScan(i: number): Assessment {
  const scan = heavyAssessment(30);
  const level = ([1, 2, 3, 4, 5] as const)[i % 5]!;
  allQuestions(CHECKLIST).forEach((r, q) => {
    scan.answers[r.question.id] = { level, note: note(i * 1000 + q) };
  });
  const stamp = new Date(Date.UTC(2026, 0, 1) + i * 86_400_000).toISOString();
  return {
    ...scan,
    id: `bibliotheek-${String(i).padStart(2, '0')}`,
    title: `Zelfscan PGA ${2016 + Math.floor(i / 5)}`,
    region: REGIONS[i % REGIONS.length]!,
    date: `${2016 + Math.floor(i / 5)}-${String((i % 5) + 3).padStart(2, '0')}-15`,
    createdAt: stamp,
    updatedAt: stamp,
  };
}
