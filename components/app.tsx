// The popup's view with the findings engine bundled in: what tests and pages that need findings at once render.
import { ANALYSIS_ENGINE } from './analysis-engine.ts';
import { AppView, type AppProps } from './app-view.tsx';

export type { AppProps } from './app-view.tsx';

export function App(props: AppProps) {
  return <AppView {...props} engine={ANALYSIS_ENGINE} />;
}
