import type { Figure } from '../schemas.ts';

/** 1 or 2 when a figure belongs to one of the paper's scenarios, as its short label says ("Scenario 1: …"). */
export function scenarioOf(figure: Figure): number | undefined {
  const n = /^Scenario (\d)\b/.exec(figure.shortLabel ?? '')?.[1];
  return n ? Number(n) : undefined;
}
