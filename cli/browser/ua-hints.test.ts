import { expect, it } from 'vitest';
import { linuxMetadata } from './ua-hints.ts';

// What Chromium 156 on Linux x86-64 answered without the --user-agent switch (getHighEntropyValues, session 17).
it("gives desktop Linux Chromium's own high-entropy hints", () => {
  const brands = [
    { brand: 'Not:A-Brand', version: '8' },
    { brand: 'Chromium', version: '156' },
  ];
  expect(linuxMetadata(brands, '156.0.8078.129', 'x64')).toEqual({
    brands,
    fullVersionList: [
      { brand: 'Not:A-Brand', version: '8.0.0.0' },
      { brand: 'Chromium', version: '156.0.8078.129' },
    ],
    fullVersion: '156.0.8078.129',
    platform: 'Linux',
    platformVersion: '',
    architecture: 'x86',
    model: '',
    mobile: false,
    bitness: '64',
    wow64: false,
    formFactors: ['Desktop'],
  });
  expect(linuxMetadata(brands, '156.0.8078.129', 'arm64')).toMatchObject({ architecture: 'arm', bitness: '64' });
});
