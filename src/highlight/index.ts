export { MarkJsHighlighter } from './markjs';
export { speakerStyles } from './palette';
export { toBlockRanges } from './ranges';
export { installStyles, HIGHLIGHT_CSS } from './styles';
export { ATTR, MARK_ELEMENT, UNATTRIBUTED } from './types';
export type { Highlighter, SpeakerStyle } from './types';
