import { describe, expect, it } from 'vitest';
import { Visit, realKnowledge } from '../../test/support/findings.ts';
import { analyze } from './analyze.ts';

const about = (v: Visit, host: string) =>
  analyze(v.record(), realKnowledge()).findings.filter(
    (f) => f.rule === 'tracking-request-before-choice' && f.subject.host === host,
  );

describe('withPreconnectsAsWarnings', () => {
  it('a tracker only preconnected before the choice is a warning that says why, not a violation', () => {
    const [f, ...rest] = about(
      new Visit().connection('https://www.google-analytics.com/', 50, 'preconnect'),
      'www.google-analytics.com',
    );
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('warning');
    expect(f?.evidence.notes[0]).toContain('Only a preconnect was seen here');
    expect(f?.evidence.notes[0]).toContain('www.google-analytics.com');
  });

  it('stays a violation when the same host also got a request, and for a STUN server (packets were sent)', () => {
    const both = new Visit()
      .connection('https://www.google-analytics.com/', 50, 'preconnect')
      .req('https://www.google-analytics.com/g/collect?v=2&tid=G-X&cid=1.2', 300, { type: 'ping' });
    expect(about(both, 'www.google-analytics.com').map((f) => f.severity)).toEqual(['violation']);
    const stun = new Visit().connection('stun:stun.google-analytics.com:19302', 200, 'webrtc');
    expect(about(stun, 'stun.google-analytics.com').map((f) => f.severity)).toEqual(['violation']);
  });

  it('in German too', () => {
    const v = new Visit().connection('https://www.google-analytics.com/', 50, 'preconnect');
    const [f] = analyze(v.record(), realKnowledge(), { lang: 'de' }).findings.filter(
      (x) => x.rule === 'tracking-request-before-choice',
    );
    expect(f?.evidence.notes[0]).toContain('nur ein Preconnect');
  });
});
