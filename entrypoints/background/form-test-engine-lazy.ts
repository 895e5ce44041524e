// The worker's form-test engine in Chrome (wxt.config.ts aliases ./form-test-engine.ts here for that background build):
// loaded when a test starts, not while the worker starts, from its own script (entrypoints/form-test-engine.ts,
// lazy-scripts.ts).
import type * as Engine from './form-test-engine.ts';
import { loadLazyScript } from './lazy-scripts.ts';

export type { FormTestApi, Watching } from './form-test-engine.ts';

type Lib = Pick<typeof Engine, 'canariesFor' | 'fillTab' | 'watchTab'>;

let lib: Lib | null = null;
const load = (): Lib => (lib ??= loadLazyScript<Lib>('/form-test-engine.js', 'consentAuditorFormTest'));

export const canariesFor: Lib['canariesFor'] = (site) => load().canariesFor(site);
export const watchTab: Lib['watchTab'] = (...args) => load().watchTab(...args);
export const fillTab: Lib['fillTab'] = (...args) => load().fillTab(...args);
