// Sets up the pre-commit hook (simple-git-hooks) for developers; skipped in CI and outside a git work tree,
// where there is nothing to commit and no .git folder to write to.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

if (!process.env.CI && existsSync('.git')) {
  execFileSync(process.execPath, ['node_modules/simple-git-hooks/cli.js'], { stdio: 'inherit' });
}
