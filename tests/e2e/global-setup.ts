import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../support/static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    appUrl: string;
  }
}

// Serves the built app (the test command builds it first) from a sub-folder on a free local port.
export default async function setup(project: TestProject) {
  if (!existsSync('dist/index.html'))
    throw new Error('dist/ is missing: run `vite build` before the e2e tests');
  const server = await serveStatic('dist');
  project.provide('appUrl', server.url);
  return () => server.close();
}
