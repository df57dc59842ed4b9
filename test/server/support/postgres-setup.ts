/**
 * Vitest global setup: one PostgreSQL server for the whole unit run; each test that needs a database makes
 * its own (test-databases.ts), so tests never see each other's rows.
 */
import type { TestProject } from 'vitest/node';
import { startPostgresCluster } from '../../../harness/postgres-cluster.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const cluster = await startPostgresCluster();
  project.provide('postgresUrl', cluster.url);
  return () => cluster.stop();
}
