import { sendToBackground } from '../messaging';
import { injectedAnalyser, type Analyser } from './analyser';

/** A background that never answers (a service worker killed mid-injection) must not leave the page pending. */
const LOAD_TIMEOUT_MS = 10_000;

/**
 * Content script side: has the background inject `analysis.js` into this frame, then returns the
 * Analyser it left on the content scripts' global object. Each content script instance injects once
 * (its LivePage caches the result), so an updated extension never reuses an old instance's code.
 */
export async function loadAnalyser(): Promise<Analyser> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer from the background in ${LOAD_TIMEOUT_MS / 1000} s`)), LOAD_TIMEOUT_MS);
  });
  try {
    await Promise.race([sendToBackground('saywho:load-analysis', {}), timeout]);
  } finally {
    clearTimeout(timer);
  }
  const analyser = injectedAnalyser();
  if (!analyser) throw new Error('analysis.js ran but left no analyser');
  return analyser;
}
