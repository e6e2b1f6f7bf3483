// The paper names its scenarios by number ("In the second scenario, America has chosen not to act"). A
// scenario's cell that cites a passage naming another scenario's number has been filed under the wrong
// scenario, or the two scenarios' `order` has been swapped: the gate refuses both (rule scenario-swap).

const ordinals: Record<string, number> = { first: 1, second: 2, third: 3, one: 1, two: 2, three: 3 };

/** "the first scenario", "Scenario two", "scenario 2": the number, then the words that name it. */
const scenarioNumberPattern =
  /(?<![\p{L}\p{N}])(?:(first|second|third)\s+scenario|scenario\s+(one|two|three|[1-3]))(?![\p{L}\p{N}])/giu;

/** Every scenario number a passage names, in the order it names them. */
export function scenarioNumbersIn(passage: string): number[] {
  return [...passage.matchAll(scenarioNumberPattern)].map((m) => {
    const word = (m[1] ?? m[2]!).toLowerCase();
    return ordinals[word] ?? Number(word);
  });
}
