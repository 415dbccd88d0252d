/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';
import { BuildTestsFirst } from './tests/build-tests-first';

export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Two files at a time: fixture builds mostly wait on child processes.
    maxWorkers: 2,
    sequence: { sequencer: BuildTestsFirst },
  },
});
