// Canary form-leak detection: values to type, every encoding of them, and a one-pass scanner.
export {
  canaryValues,
  makeCanaries,
  randomToken,
  type CanaryField,
  type CanarySet,
  type CanaryValue,
} from './canary.ts';
export { webHasher, type HashAlgorithm, type Hasher } from './digest.ts';
export {
  base64Cores,
  canaryPatterns,
  MIN_PATTERN_LENGTH,
  normalise,
  type CanaryEncoding,
  type CanaryPattern,
} from './encodings.ts';
export type { FormLeak } from './leak.ts';
export { md5Hex } from './md5.ts';
export {
  bestPerField,
  bodyText,
  buildScanner,
  type CanaryHit,
  type CanaryPlace,
  type CanaryScanner,
  type ScannedRequest,
} from './scan.ts';
