// The figures block of docs/content-validation.md, written from the same data as the Verantwoording page
// and the ratings behind it (npx tsx tests/tools/make-validation-doc.ts rewrites it).
import { VALIDATION_GOALS, VALIDATION_ROUNDS } from '../../src/content/validation';
import { formatShareAgainstGoal } from '../../src/i18n/format';
import { CONTENT_REVIEWS } from '../../src/content/content-reviews';
import { agreementFigures } from './rater-agreement';
import { roundRatings } from './validation-rounds';

export const BLOCK_START = '<!-- figures:start (written by tests/tools/make-validation-doc.ts) -->';
export const BLOCK_END = '<!-- figures:end -->';

const pct = (n: number) => `${(n * 100).toFixed(1)}%`;
// A fit just below the goal keeps two decimals, as on the page.
const fitPct = (n: number) => formatShareAgainstGoal(n, VALIDATION_GOALS.fitRate, 'en');

function roundSection(id: string): string[] {
  const f = agreementFigures(roundRatings(id));
  const misfits = f.misfitsByPoint.slice(0, 6).map((p) => `${p.point} (${p.misfits} of ${p.of})`);
  const causes = f.misfitsByCause
    ? `; misfits by the cause raters named: a fact missing from the vignette ${f.misfitsByCause.fact}, the rubric's words ${f.misfitsByCause.rubric}`
    : '';
  return [
    `- **${id}**: points with most misfits: ${misfits.length ? misfits.join(', ') : 'none'}; ` +
      `units whose levels lie two or more apart: ${f.wideUnits.length ? f.wideUnits.map((u) => `${u.unit} (${u.levels.join(', ')})`).join('; ') : 'none'}${causes}.`,
  ];
}

export function validationFiguresBlock(): string {
  return [
    BLOCK_START,
    '',
    '| Round | Checklist | Date | Vignettes | Raters | Ratings | Exactly one level fits | Alpha (ordinal) | Unanimous units |',
    '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ...VALIDATION_ROUNDS.map(
      (r) =>
        `| ${r.id} | ${r.checklistVersion}${r.rubricText ? ' (partner text only)' : ''} | ${r.date} | ${r.vignettes} (${r.vignetteSet}) | ${r.raters} | ${r.ratings} | ${fitPct(r.fitRate)} | ${r.alpha.toFixed(3)} | ${pct(r.unanimous)} |`,
    ),
    '',
    ...VALIDATION_ROUNDS.flatMap((r) => roundSection(r.id)),
    '',
    '| Independent reading | Date | Coverage | Fidelity | Rubrics | Dutch | English |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...CONTENT_REVIEWS.map(
      (r) =>
        `| ${r.checklistVersion} | ${r.date} | ${r.coverage} | ${r.fidelity} | ${r.rubrics} | ${r.dutch} | ${r.english} |`,
    ),
    '',
    BLOCK_END,
  ].join('\n');
}
