import { loadSettings, saveSettings, type Settings } from '@/src/state/settings';

async function main(): Promise<void> {
  const form = document.getElementById('options') as HTMLFormElement;
  const settings = await loadSettings();
  for (const key of Object.keys(settings) as (keyof Settings)[]) {
    const input = form.elements.namedItem(key) as HTMLInputElement;
    input.checked = settings[key];
    input.addEventListener('change', () => {
      settings[key] = input.checked;
      void saveSettings(settings);
    });
  }
}

void main();
