// `npm run bench`: speed and size budgets, measured on the production build.
import { benchExport } from './export';
import { benchMerge } from './merge';
import { benchLighthouse } from './lighthouse';
import { benchAutosave } from './autosave';
import { benchTrend } from './trend';
import { benchLibrary } from './library';
import { benchRoom } from './room';
import { report } from './fixtures';

const results = [
  ...benchMerge(),
  ...(await benchExport()),
  ...(await benchAutosave()),
  ...(await benchTrend()),
  ...(await benchLibrary()),
  ...(await benchRoom()),
  ...(await benchLighthouse()),
];
const ok = report(results);
process.exit(ok ? 0 : 1);
