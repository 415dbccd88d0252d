/**
 * Vitest's file order, with the fixture-build tests (tests/build/, seconds of `astro` each) first.
 * Without timings from an earlier run, as in CI's fresh clone, Vitest starts the larger files first,
 * so a short file of long builds could start last and keep one worker busy while the other idles.
 * Within each group the order stays Vitest's own (slowest first when it has timings, larger first otherwise).
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

export class BuildTestsFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const buildsASite = (spec: TestSpecification) => spec.moduleId.includes('/tests/build/');
    return [...sorted.filter(buildsASite), ...sorted.filter((spec) => !buildsASite(spec))];
  }
}
