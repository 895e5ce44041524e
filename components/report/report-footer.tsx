// What produced the report: extension, browser, data versions with the IP data's licence line, and the report's hash.
import type { ToolInfo } from '../../utils/export/report.ts';
import type { ReportStrings } from './strings.ts';

export interface ReportFooterProps {
  tool: ToolInfo;
  s: ReportStrings;
  /** Licence line of the IP data; the built-in wording when null */
  ipAttribution: string | null;
  /** SHA-256 of the JSON report once an export was built */
  sha256: string | null;
}

export function ReportFooter({ tool, s, ipAttribution, sha256 }: ReportFooterProps) {
  const ip = tool.data.ipTable;
  return (
    <footer class="report-footer" aria-labelledby="about-title">
      <h2 id="about-title">{s.about}</h2>
      <dl class="facts">
        <dt>{s.extVersion}</dt>
        <dd class="tool-version">
          {tool.name} {tool.version}
        </dd>
        <dt>{s.browser}</dt>
        <dd class="tool-browser">{tool.browser ? `${tool.browser.name} ${tool.browser.version}`.trim() : s.unknown}</dd>
        <dt>{s.trackerData}</dt>
        <dd class="tool-trackers">{tool.data.trackers}</dd>
        <dt>{s.ipData}</dt>
        <dd class="tool-ip">
          {ip ? (
            <>
              <span class="mono">{ip.source}</span> {ip.version} ({s.built} {ip.built})
            </>
          ) : (
            <span class="muted">{s.ipNone}</span>
          )}
          <span class="block muted small">{ipAttribution ?? s.ipAttribution}</span>
        </dd>
        <dt>{s.sha}</dt>
        <dd class="report-sha">
          {sha256 ? <code class="mono hash">{sha256}</code> : <span class="muted">{s.shaPending}</span>}
          <span class="block muted small">
            {s.verifyHow} <code>npx consent-auditor verify &lt;file&gt;</code>
          </span>
        </dd>
      </dl>
      <p class="local-only">
        <strong>{s.localOnly}</strong>
      </p>
    </footer>
  );
}
