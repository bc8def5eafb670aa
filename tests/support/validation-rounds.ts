// Reads the content validation's fixtures: the vignettes of a set and the raters' ratings of a round.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Rating } from './rater-agreement';

export const VIGNETTES_DIR = 'tests/fixtures/vignettes';

/** Vignette name → the point ids it describes (its `## <point id>` headings), in order. */
export function vignetteSet(set: string): Map<string, string[]> {
  const dir = join(VIGNETTES_DIR, set);
  const out = new Map<string, string[]>();
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()) {
    const text = readFileSync(join(dir, file), 'utf8');
    out.set(
      file.replace(/\.md$/, ''),
      [...text.matchAll(/^## ([a-z0-9-]+)\s*$/gm)].map((m) => m[1]!),
    );
  }
  return out;
}

/** Every rating of a round, one file per rater (the file name is the rater). */
export function roundRatings(round: string): Rating[] {
  const dir = join(VIGNETTES_DIR, 'rounds', round);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .flatMap((file) => {
      const rater = file.replace(/\.json$/, '');
      const rows = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Omit<Rating, 'rater'>[];
      return rows.map((r) => ({ ...r, rater }));
    });
}
