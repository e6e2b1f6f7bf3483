import { describe, expect, it } from 'vitest';
import { scenarioNumbersIn } from '../../../src/content/scenario-ordinal.ts';

describe('scenarioNumbersIn(passage)', () => {
  it('scenarioNumbersIn(passage) reads the scenario a passage names by its number', () => {
    expect(scenarioNumbersIn('In the second scenario, America has chosen not to act.')).toEqual([2]);
    expect(scenarioNumbersIn('The first scenario is one in which democracies lead')).toEqual([1]);
    expect(scenarioNumbersIn('Scenario two is worse than\nscenario 1.')).toEqual([2, 1]);
  });

  it('scenarioNumbersIn(passage) finds nothing where no scenario is named by number', () => {
    expect(scenarioNumbersIn('In this scenario, the CCP is competitive at the near-frontier.')).toEqual([]);
    expect(scenarioNumbersIn('the first scenarios of many; a second scenarist; scenario 12')).toEqual([]);
  });
});
