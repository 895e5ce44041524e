import { describe, expect, it } from 'vitest';
import { farApart, isTimeNear, randomEnough } from './profile-values.ts';

const NOW = Date.UTC(2026, 11, 7, 12);

describe('randomEnough', () => {
  it.each<[string, string, boolean]>([
    ['8-character base36 id', 'k3x9q2mz', true],
    ['20-character hex id', '7f3a9c2e1b8d4f60a5e7', true],
    ['GA client id', 'GA1.1.1234567890.1765108800', true],
    ['too short', 'a1b2c', false],
    ['a word', 'aaaaaa', false],
    ['epoch seconds near the run', String(Math.floor(NOW / 1000) - 30), false],
    ['epoch milliseconds near the run', String(NOW + 1234), false],
    ['ISO date', '2026-12-07T12:00:00Z', false],
    ['Math.random()', '0.8372615423', false],
    ['GA4 measurement id', 'G-8KX2QZ7LMW', false],
    ['UA property', 'UA-123456-1', false],
    ['version string', 'v10.24.118', false],
    ['JSON', '{"a":12345}', false],
  ])('%s', (_name, value, expected) => {
    expect(randomEnough(value, NOW)).toBe(expected);
  });
});

describe('isTimeNear', () => {
  it.each<[string, string, boolean]>([
    ['seconds', String(Math.floor(NOW / 1000)), true],
    ['milliseconds a day later', String(NOW + 86_400_000), true],
    ['a year earlier', String(NOW - 365 * 86_400_000), false],
    ['an id of digits', '1234567890123456', false],
  ])('%s', (_name, value, expected) => {
    expect(isTimeNear(value, NOW)).toBe(expected);
  });
});

describe('farApart', () => {
  it.each<[string, string, string, boolean]>([
    ['two random ids', 'k3x9q2mz', 'p81vdw0c', true],
    ['a counter', 'evt1000001', 'evt1000002', false],
    ['A/B buckets', 'variantA', 'variantB', false],
    ['timestamps a few seconds apart', '1765108800123', '1765108804567', false],
    ['times a minute apart after a fixed prefix', 'sess-1765108800123', 'sess-1765108861234', false],
    ['GA ids of two visitors', 'GA1.1.1234567890.1765108800', 'GA1.1.987654321.1765108803', true],
    ['the same value', 'k3x9q2mz', 'k3x9q2mz', false],
  ])('%s', (_name, a, b, expected) => {
    expect(farApart(a, b, NOW)).toBe(expected);
  });
});
