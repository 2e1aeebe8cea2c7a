import type { TestProject } from 'vitest/node';
import { prepareTemplate, startTestServer } from '../../lib/ops/test-database';

/**
 * Once per run: a real PostgreSQL (TEST_DATABASE_URL or embedded) and a migrated template database.
 * `npm test` has usually done this already and passes DAKARINFO_TEST_SERVER_URL.
 */
export default async function setup(project: TestProject) {
  if (process.env.DAKARINFO_TEST_SERVER_URL) {
    project.provide('testServerUrl', process.env.DAKARINFO_TEST_SERVER_URL);
    return;
  }
  const server = await startTestServer();
  await prepareTemplate(server.adminUrl);
  project.provide('testServerUrl', server.adminUrl);
  return async () => {
    await server.embedded?.stop();
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    testServerUrl: string;
  }
}
