// Placeholder until bench/fit-quality.ts writes the fitted model; the pass removes nothing while the threshold is Infinity.
import type { FeatureName } from './block-features';

export interface BlockModel {
  bias: number;
  weights: Partial<Record<FeatureName, number>>;
  threshold: number;
}

export const BLOCK_MODEL: BlockModel = { bias: 0, weights: {}, threshold: Infinity };
