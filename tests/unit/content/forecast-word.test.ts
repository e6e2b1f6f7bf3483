import { describe, expect, it } from 'vitest';
import { forecastWord } from '../../../src/content/forecast-word.ts';

describe('forecastWord(quote)', () => {
  it('forecastWord(quote) finds the word that makes a sentence a forecast', () => {
    expect(forecastWord('Huawei will produce just 4 percent of NVIDIA’s aggregate compute')).toBe('will');
    expect(forecastWord('it may be possible to lock in a 12-24 month lead.')).toBe('may');
    expect(forecastWord('America could have roughly ten times the compute')).toBe('could');
    expect(forecastWord('An analysis projects Huawei at 2 percent')).toBe('projects');
  });

  it('forecastWord(quote) reads "May" as the month, and parts of words as nothing', () => {
    expect(forecastWord('The social summary tied the paper to national security, posted May 17.')).toBeUndefined();
    expect(forecastWord('The company willingly mayhem goodwill')).toBeUndefined();
    expect(forecastWord('The lab published its paper on May 14.')).toBeUndefined();
  });
});
