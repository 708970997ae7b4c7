export * from './protocol';
export { listen, sendToBackground, sendToTab } from './client';
