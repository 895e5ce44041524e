// The bench build's constant, defined in wxt.config.ts: '' in the release build.
interface ImportMetaEnv {
  readonly BENCH: '' | 'wake' | 'floor';
}
