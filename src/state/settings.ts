import { browser } from 'wxt/browser';

/** The user's settings (options page), kept in `storage.local`: nothing is synced anywhere. */
export interface Settings {
  /** Run on pages at all. */
  enabled: boolean;
  /** Highlight reported speech (no quote marks) as well as quotes. */
  showReported: boolean;
}

export const DEFAULT_SETTINGS: Settings = { enabled: true, showReported: true };

const KEY = 'settings';

/** Parses stored settings, falling back to the defaults field by field. */
export function parseSettings(raw: unknown): Settings {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Partial<Record<keyof Settings, unknown>>;
  return {
    enabled: typeof r.enabled === 'boolean' ? r.enabled : DEFAULT_SETTINGS.enabled,
    showReported: typeof r.showReported === 'boolean' ? r.showReported : DEFAULT_SETTINGS.showReported,
  };
}

export async function loadSettings(): Promise<Settings> {
  const got = await browser.storage.local.get(KEY);
  return parseSettings(got[KEY]);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [KEY]: settings });
}

/** Calls `onChange` whenever the settings change; stops when `signal` aborts. */
export function watchSettings(onChange: (s: Settings) => void, signal: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) onChange(parseSettings(changes[KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  signal.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
