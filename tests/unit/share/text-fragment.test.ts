import { describe, expect, it } from 'vitest';
import { encodeTextTerm, textFragment, textTerms, withTextFragment } from '../../../src/share/text-fragment.ts';

const paperSentence =
  'But if the US and its allies act now to address both issues, it may be possible to lock in a 12-24 month lead in frontier capabilities.';

describe('textFragment', () => {
  it('textFragment(quote) starts with the directive and encodes spaces', () => {
    expect(textFragment('Intelligence is the most important')).toBe(
      '#:~:text=Intelligence%20is%20the%20most%20important',
    );
  });

  it('textFragment(quote) encodes commas, so they are not read as the textStart,textEnd separator', () => {
    expect(textFragment('DeepSeek, MiniMax, and Moonshot AI')).toBe(
      '#:~:text=DeepSeek%2C%20MiniMax%2C%20and%20Moonshot%20AI',
    );
  });

  it('textFragment(quote) encodes hyphens, so "12-24" is not read as a prefix- or -suffix', () => {
    expect(textFragment('a 12-24 month lead')).toBe('#:~:text=a%2012%2D24%20month%20lead');
  });

  it('textFragment(quote) encodes en dashes and em dashes as UTF-8', () => {
    expect(textFragment('a 12–24 month lead')).toBe('#:~:text=a%2012%E2%80%9324%20month%20lead');
    expect(textFragment('taken advantage—catching up')).toBe('#:~:text=taken%20advantage%E2%80%94catching%20up');
  });

  it('textFragment(quote) encodes ampersands, so they do not end the directive', () => {
    expect(textFragment('Huawei & NVIDIA')).toBe('#:~:text=Huawei%20%26%20NVIDIA');
  });

  it('textFragment(quote) encodes curly quotes and apostrophes', () => {
    expect(textFragment('Antropic doesn’t really want')).toBe('#:~:text=Antropic%20doesn%E2%80%99t%20really%20want');
    expect(textFragment('were “unlawfully” using Claude')).toBe(
      '#:~:text=were%20%E2%80%9Cunlawfully%E2%80%9D%20using%20Claude',
    );
  });

  it("textFragment(quote) encodes the characters encodeURIComponent leaves: ' ( ) * !", () => {
    expect(textFragment("it's (not) *so*!")).toBe('#:~:text=it%27s%20%28not%29%20%2Aso%2A%21');
  });

  it('textFragment(quote) encodes percent signs and hashes', () => {
    expect(textFragment('94 percent')).toBe('#:~:text=94%20percent');
    expect(textFragment('under a 25% tax')).toBe('#:~:text=under%20a%2025%25%20tax');
    expect(textFragment('rule #1 applies')).toBe('#:~:text=rule%20%231%20applies');
  });

  it('textFragment(quote) leaves a one-word quote whole', () => {
    expect(textFragment('Intelligence')).toBe('#:~:text=Intelligence');
  });

  it('textFragment(quote) folds leading, trailing and inner whitespace and line breaks', () => {
    expect(textFragment('  \n a 12-24\n   month\tlead \r\n')).toBe('#:~:text=a%2012%2D24%20month%20lead');
  });

  it('textFragment(quote) keeps a quote of 8 words whole', () => {
    expect(textFragment('one two three four five six seven eight')).toBe(
      '#:~:text=one%20two%20three%20four%20five%20six%20seven%20eight',
    );
  });

  it('textFragment(quote) links a quote of more than 8 words by its first 4 and last 4 words', () => {
    expect(textFragment(paperSentence)).toBe('#:~:text=But%20if%20the%20US,lead%20in%20frontier%20capabilities.');
    expect(textFragment('one two three four five six seven eight nine')).toBe(
      '#:~:text=one%20two%20three%20four,six%20seven%20eight%20nine',
    );
  });

  it('textFragment(quote) links a quote of over 80 characters by its ends, never overlapping', () => {
    const quote =
      'Counterintelligence-adjacent semiconductor-manufacturing circumvention, notwithstanding international-coordination';
    expect(quote.split(' ')).toHaveLength(5);
    expect(textFragment(quote)).toBe(
      '#:~:text=Counterintelligence%2Dadjacent%20semiconductor%2Dmanufacturing,notwithstanding%20international%2Dcoordination',
    );
  });

  it('textFragment(quote) gives terms that decodeURIComponent turns back into the words', () => {
    const quote =
      'In February, Anthropic disclosed that three major Chinese AI firms, DeepSeek, MiniMax, and Moonshot AI, were “unlawfully” using Claude—a 12–24 (or 25%) & more';
    const terms = textFragment(quote).slice('#:~:text='.length).split(',');
    expect(terms).toHaveLength(2);
    expect(terms.map(decodeURIComponent)).toEqual(['In February, Anthropic disclosed', '(or 25%) & more']);
    expect(terms.map(decodeURIComponent)).toEqual(textTerms(quote));
    for (const term of terms) expect(term).toMatch(/^[A-Za-z0-9%._~]+$/);
  });

  it('textFragment(quote) throws on an empty quote', () => {
    expect(() => textFragment(' \n ')).toThrow(RangeError);
  });
});

describe('encodeTextTerm', () => {
  it("encodeTextTerm(term) encodes - ! ' ( ) * but leaves . _ ~", () => {
    expect(encodeTextTerm("-!'()*._~")).toBe('%2D%21%27%28%29%2A._~');
  });
});

describe('withTextFragment', () => {
  it('withTextFragment(url, quote) appends the directive', () => {
    expect(withTextFragment('https://www.anthropic.com/research/2028-ai-leadership', '94 percent')).toBe(
      'https://www.anthropic.com/research/2028-ai-leadership#:~:text=94%20percent',
    );
  });

  it('withTextFragment(url, quote) replaces an existing fragment and keeps the query', () => {
    expect(withTextFragment('https://kafelabazar.com/?p=5981#comments', 'a 12-24 month lead')).toBe(
      'https://kafelabazar.com/?p=5981#:~:text=a%2012%2D24%20month%20lead',
    );
  });
});
