// The bench page's API as the Node driver sees it through Playwright (bench/page/bench-page.ts defines it).
import type { BenchOptions, BenchResult } from '../page/bench-types.ts';

declare global {
  interface Window {
    concurrencyPlaygroundBench: {
      names(): string[];
      list(): Promise<{ name: string; description: string }[]>;
      run(name: string, options: BenchOptions): Promise<BenchResult>;
      cancel(): void;
      csv(points: BenchResult['points']): string;
      svg(result: BenchResult): string;
    };
  }
}
