// What the interleaved workloads share: their integer options, and the round runner. A round runs every
// step once, in an order shuffled with the round's own seed (bench/measure/round-order.ts), so a slow drift
// of the machine's load falls on every point alike; untimed warm-up rounds run the same steps first.
import { roundOrders } from '../measure/round-order.ts';

/**
 * A workload's own integer option, such as `--chunks-per-worker 16`, from BenchOptions.extra; `fallback`
 * when it is absent. A value that is not a safe integer at least `least` throws a RangeError naming it.
 */
export function integerOption(
  extra: Readonly<Record<string, string | undefined>>,
  name: string,
  fallback: number,
  least: number,
): number {
  const text = extra[name];
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < least)
    throw new RangeError(`--${name}: expected an integer >= ${least}, got ${text}`);
  return value;
}

export interface Round {
  /** Timed rounds count from 0; warm-up rounds are -1, -2, ... (the last warm-up round is -1). */
  readonly index: number;
  readonly timed: boolean;
}

export interface RoundSettings {
  readonly warmUpRounds: number;
  readonly repeats: number;
  readonly seed: number;
}

export interface RoundPlan<S> {
  /** Every round in the order it runs, warm-up rounds first, with its order of the steps. */
  readonly rounds: readonly { readonly round: Round; readonly order: readonly S[] }[];
  /** The timed rounds' orders, for the record: timed repeat r of a point ran in timedOrders[r]. */
  readonly timedOrders: readonly (readonly S[])[];
}

/** The rounds for `steps`: warm-up round i is seeded as round i - warmUpRounds, timed round r as round r. */
export function planRounds<S>(steps: readonly S[], settings: RoundSettings): RoundPlan<S> {
  const { warmUpRounds, repeats, seed } = settings;
  const timedOrders = roundOrders(steps, repeats, seed);
  return {
    rounds: [
      ...roundOrders(steps, warmUpRounds, seed, -warmUpRounds).map((order, i) => ({
        round: { index: i - warmUpRounds, timed: false },
        order,
      })),
      ...timedOrders.map((order, i) => ({ round: { index: i, timed: true }, order })),
    ],
    timedOrders,
  };
}

/** How a round is named in progress lines: `round 2/5` or `warm-up round 1/1 (untimed)`. */
export function roundName(round: Round, settings: RoundSettings): string {
  return round.timed
    ? `round ${round.index + 1}/${settings.repeats}`
    : `warm-up round ${round.index + settings.warmUpRounds + 1}/${settings.warmUpRounds} (untimed)`;
}

/** How progress lines name a workload, its steps and (when not as roundName does) its rounds. */
export interface RoundsDescription<S> {
  readonly workload: string;
  label(step: S): string;
  roundName?(round: Round): string;
}

/**
 * Runs every round of `plan` in order, step by step: checks `signal` before each step (an abort stops the
 * run with the signal's reason) and reports `workload: round, step i/n: label` through `progress`.
 */
export async function runRounds<S>(
  plan: RoundPlan<S>,
  settings: RoundSettings,
  context: { readonly signal: AbortSignal; progress(text: string): void },
  describe: RoundsDescription<S>,
  runStep: (step: S, round: Round) => Promise<void>,
): Promise<void> {
  for (const { round, order } of plan.rounds) {
    const name = describe.roundName ? describe.roundName(round) : roundName(round, settings);
    for (const [position, step] of order.entries()) {
      context.signal.throwIfAborted();
      context.progress(
        `${describe.workload}: ${name}, step ${position + 1}/${order.length}: ${describe.label(step)}`,
      );
      await runStep(step, round);
    }
  }
}
