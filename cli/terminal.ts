// Terminal niceties, decided here and nowhere else: colour in the summary table (only on a terminal, NO_COLOR and
// FORCE_COLOR respected, never with --json -) and the colour of each verdict.
/**
 * Whether the table may be coloured. FORCE_COLOR wins over NO_COLOR (as in Node), "0"/"false" turn it off; --json -
 * never colours (stdout is a report, the table a log); otherwise only a terminal that is not "dumb" gets colour.
 */
export function useColour(o: {
  isTTY: boolean;
  env: Readonly<Record<string, string | undefined>>;
  jsonToStdout: boolean;
}): boolean {
  if (o.jsonToStdout) return false;
  const force = o.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (o.env.NO_COLOR !== undefined && o.env.NO_COLOR !== '') return false;
  return o.isTTY && o.env.TERM !== 'dumb';
}

export type Hue = 'red' | 'yellow' | 'green' | 'magenta' | 'dim' | 'bold';
const SGR: Readonly<Record<Hue, string>> = { red: '31', yellow: '33', green: '32', magenta: '35', dim: '2', bold: '1' };

export function paint(text: string, hue: Hue | null): string {
  return hue ? `\u001b[${SGR[hue]}m${text}\u001b[0m` : text;
}

/** The colour of a scenario verdict (as in the HTML report): warnings never green, "not audited" its own. */
export function verdictHue(verdict: string): Hue | null {
  switch (verdict) {
    case 'violations':
    case 'not-answered':
    case 'incomplete':
    case 'fail':
      return 'red';
    case 'warnings':
      return 'yellow';
    case 'clean':
    case 'pass':
      return 'green';
    case 'error':
      return 'magenta';
    default:
      return null;
  }
}
