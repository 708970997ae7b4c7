/** Metadata of a detected article; any field may be unknown. */
export interface ArticleMeta {
  title: string | null;
  byline: string | null;
  /** ISO 8601 date or date-time as declared by the page, or as written when nothing better exists. */
  published: string | null;
  siteName: string | null;
  lang: string | null;
}

/** A live element of the article whose text the claims stage reads and the highlighter marks. */
export interface ArticleBlock {
  el: Element;
  role: 'headline' | 'body';
  /** The block's text: the concatenation of its text nodes (see `blockText`). */
  text: string;
  /** Offset of `text` in `Article.text`. */
  start: number;
}

export interface Article extends ArticleMeta {
  isArticle: true;
  /** Blocks in reading order; no block contains another. */
  blocks: ArticleBlock[];
  /** The blocks' texts joined with `BLOCK_SEPARATOR`. Statement offsets refer to this string. */
  text: string;
}

export interface NotArticle {
  isArticle: false;
  /** Why the page is not treated as an article, in words fit for the popup. */
  reason: string;
  meta: ArticleMeta;
}

export type Detection = Article | NotArticle;

/** Separator between blocks in `Article.text`: a paragraph break, so claims never run across it unseen. */
export const BLOCK_SEPARATOR = '\n\n';
