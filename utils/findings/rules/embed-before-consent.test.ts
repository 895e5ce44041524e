import { describe, expect, it } from 'vitest';
import { contextOf, Visit } from '../../../test/support/findings.ts';
import { embedBeforeConsent } from './embed-before-consent.ts';

const FONTS_CSS = 'https://fonts.googleapis.com/css2?family=Roboto:wght@400;700&display=swap';
const FONTS_WOFF = 'https://fonts.gstatic.com/s/roboto/v30/KFOmCnqEu92Fr1Mu4mxK.woff2';

describe('embed-before-consent', () => {
  it.each<[string, (v: Visit) => Visit, string[]]>([
    [
      'Google Fonts CSS and font file before the choice',
      (v) => v.req(FONTS_CSS, 50, { type: 'stylesheet' }).req(FONTS_WOFF, 80, { type: 'font' }),
      ['embed-before-consent:request:google-fonts'],
    ],
    [
      'YouTube privacy-enhanced embed before the choice',
      (v) => v.req('https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ', 300, { type: 'sub_frame' }),
      ['embed-before-consent:request:youtube-nocookie'],
    ],
    [
      'Vimeo player and Google Maps',
      (v) =>
        v
          .req('https://player.vimeo.com/video/76979871', 300, { type: 'sub_frame' })
          .req('https://maps.googleapis.com/maps/api/js?key=k', 400),
      ['embed-before-consent:request:vimeo', 'embed-before-consent:request:google-maps'],
    ],
    ['near: Google Fonts after accept', (v) => v.choice('accept', 20).req(FONTS_CSS, 50, { type: 'stylesheet' }), []],
    ['near: self-hosted fonts', (v) => v.req('https://www.shop.example/fonts/roboto.woff2', 50, { type: 'font' }), []],
  ])('%s', (_name, build, ids) => {
    expect(embedBeforeConsent.run(contextOf(build(new Visit()))).map((f) => f.id)).toEqual(ids);
  });

  it('cites the Munich Google Fonts judgment and advises self-hosting; embeds get the two-click hint', () => {
    const v = new Visit()
      .req(FONTS_CSS, 50, { type: 'stylesheet' })
      .req(FONTS_WOFF, 80, { type: 'font' })
      .req('https://www.youtube.com/embed/dQw4w9WgXcQ', 300, { type: 'sub_frame' });
    const [fonts, yt] = embedBeforeConsent.run(contextOf(v));
    expect(fonts?.explanation).toContain('LG München I');
    expect(fonts?.explanation).toContain('3 O 17493/20');
    expect(fonts?.fix).toMatch(/[Ss]elf-host/);
    expect(fonts?.evidence.total).toBe(2);
    expect(fonts?.evidence.notes[0]).toBe('Hosts: fonts.googleapis.com, fonts.gstatic.com.');
    expect(yt?.title).toContain('YouTube');
    expect(yt?.fix).toContain('two-click');
  });
});
