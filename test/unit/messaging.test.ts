import { describe, expect, it, vi } from 'vitest';
import { dispatch, isMessage } from '@/src/messaging/protocol';
import { parseSettings, DEFAULT_SETTINGS } from '@/src/state/settings';

describe('dispatch', () => {
  it('routes a known message to its handler with the sender tab', async () => {
    const jump = vi.fn(() => ({ ok: true }));
    const out = dispatch({ 'saywho:jump': jump }, { type: 'saywho:jump', payload: { statementId: 's4' } }, { tabId: 7 });
    await expect(out).resolves.toEqual({ ok: true });
    expect(jump).toHaveBeenCalledWith({ statementId: 's4' }, { tabId: 7 });
  });
  it('leaves foreign and unhandled messages alone', () => {
    const handlers = { 'saywho:jump': () => ({ ok: true }) };
    expect(dispatch(handlers, { type: 'other:thing' }, { tabId: 1 })).toBeUndefined();
    expect(dispatch(handlers, { type: 'saywho:get-state', payload: {} }, { tabId: 1 })).toBeUndefined();
    expect(dispatch(handlers, 'saywho:jump', { tabId: 1 })).toBeUndefined();
    expect(dispatch(handlers, null, { tabId: 1 })).toBeUndefined();
  });
  it('turns a throwing handler into a rejected promise', async () => {
    const out = dispatch({ 'saywho:jump': () => { throw new Error('boom'); } }, { type: 'saywho:jump', payload: { statementId: 'x' } }, { tabId: null });
    await expect(out).rejects.toThrow('boom');
  });
  it('recognises only namespaced messages', () => {
    expect(isMessage({ type: 'saywho:get-state' })).toBe(true);
    expect(isMessage({ type: 'get-state' })).toBe(false);
    expect(isMessage(undefined)).toBe(false);
  });
});

describe('parseSettings', () => {
  it('falls back to the defaults field by field', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(parseSettings({ enabled: false, showReported: 'yes' })).toEqual({ enabled: false, showReported: true });
    expect(parseSettings({ enabled: true, showReported: false })).toEqual({ enabled: true, showReported: false });
  });
});
