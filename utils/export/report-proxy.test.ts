// A proxied request in every output: the JSON row says so (and the schema takes it), the HTML and CSV show "not known
// (proxy)" instead of a country, and the about block says what the server locations rest on.
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { Visit } from '../../test/support/findings.ts';
import { auditedScenario, reportOf, TOOL } from '../../test/support/export.ts';
import { csvBody } from './csv.ts';
import { reportToHtml } from './html.ts';
import { reportToJunit } from './junit.ts';

const ajv = new Ajv2020({ allErrors: true, strict: true });
addFormats(ajv);
const validate = ajv.compile(
  JSON.parse(readFileSync(new URL('../../schema/report.schema.json', import.meta.url), 'utf8')),
);

// Registry country verified in utils/knowledge/ip-country.test.ts.
const DE_IP = '81.169.145.1';
const GA = 'https://www.google-analytics.com/analytics.js';
const NOTE = 'server locations not known: Chromium may have used a proxy (env:https_proxy)';

describe('outputs of a scenario whose requests went through a proxy', () => {
  const scenario = auditedScenario(
    new Visit(undefined, '8.8.8.8').req(GA, 100, { ip: DE_IP, proxy: 'http' }).record(),
    { notes: [NOTE] },
  );
  const tool = { ...TOOL, network: { proxy: 'env:https_proxy', serverLocations: 'not known' as const } };
  const report = reportOf([scenario], { tool });

  it('JSON: the row carries viaProxy and no country, the tool its network; the schema accepts both', () => {
    const ga = report.scenarios[0]?.requests.find((r) => r.url === GA);
    expect(ga).toMatchObject({ serverIp: DE_IP, serverCountry: null, viaProxy: true });
    expect(report.scenarios[0]?.requests.find((r) => r.url !== GA)).not.toHaveProperty('viaProxy');
    expect(validate(JSON.parse(JSON.stringify(report))) ? '' : JSON.stringify(validate.errors)).toBe('');
    const bad = { ...report, tool: { ...tool, network: { proxy: null, serverLocations: 'DE' } } };
    expect(validate(JSON.parse(JSON.stringify(bad)))).toBe(false);
  });

  it('HTML: the request and the about block say "not known", never the proxy\'s country; German too', () => {
    const html = reportToHtml(report);
    expect(html).toContain(`${DE_IP} location not known (proxy)`);
    expect(html).not.toContain(`${DE_IP} DE`);
    expect(html).toContain('not known: the browser may have used a proxy, whose address every response then shows');
    expect(html).toContain(NOTE);
    expect(reportToHtml(report, { lang: 'de' })).toContain(`${DE_IP} Standort nicht bekannt (Proxy)`);
  });

  it('CSV and JUnit', () => {
    expect(csvBody('csv-requests', [scenario])).toContain(`${DE_IP},not known (proxy)`);
    expect(reportToJunit(report)).toContain(`note: ${NOTE}`);
  });

  it('an export with no network block (the extension in Chrome) says the locations assume a direct connection', () => {
    expect(reportToHtml(reportOf([scenario]))).toContain('assume a direct connection: a proxy set in Chrome');
  });
});
