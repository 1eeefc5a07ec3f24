import { describe, expect, it } from 'vitest';
import { errorMessage, technicalDetails } from './ErrorBoundary';

describe('errorMessage', () => {
  it.each<[unknown, string]>([
    [new Error('Cannot read properties of undefined'), 'Cannot read properties of undefined'],
    [new TypeError('  x is not a function '), 'x is not a function'],
    ['a thrown string', 'a thrown string'],
    [42, '42'],
    [new Error(''), 'an unknown error'],
    [undefined, 'an unknown error'],
    [null, 'an unknown error'],
  ])('%s → %j', (error, expected) => {
    expect(errorMessage(error)).toBe(expected);
  });
});

describe('technicalDetails', () => {
  it('gives the stack, then the components the error happened in', () => {
    const error = new Error('boom');
    const details = technicalDetails({ error, componentStack: '\n    at Inspector\n    at App' });
    expect(details.startsWith(error.stack!)).toBe(true);
    expect(details.endsWith('at Inspector\n    at App')).toBe(true);
  });

  it('names an error without a stack, and a thrown value that is not an Error', () => {
    const error = new RangeError('too far');
    error.stack = undefined;
    expect(technicalDetails({ error, componentStack: '' })).toBe('RangeError: too far');
    expect(technicalDetails({ error: 'plain', componentStack: '' })).toBe('plain');
  });
});
