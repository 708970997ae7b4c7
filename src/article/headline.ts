import { collapseWhitespace } from './text';
import type { Article } from './types';

/**
 * The headline as the page shows it (its headline block, whitespace collapsed), else the declared
 * title (which can be the site's name, or an SEO variant). What the popup's header and
 * `saywho page` print; `Article.title` stays the declared title.
 */
export function shownHeadline(article: Pick<Article, 'blocks' | 'title'>): string | null {
  return collapseWhitespace(article.blocks.find((b) => b.role === 'headline')?.text ?? '') || article.title;
}
