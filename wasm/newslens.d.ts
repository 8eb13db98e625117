// Types for newslens.mjs, the JavaScript API of newslens.wasm.

/** The coarse class of a named entity. */
export type EntityType = "Person" | "Organization" | "Place" | "Group" | "Misc";

/** One occurrence of a named entity in a text. */
export interface Mention {
  /** Start of the mention in UTF-16 code units: text.slice(start, end) === this.text. */
  start: number;
  /** End of the mention (exclusive) in UTF-16 code units. */
  end: number;
  /** The mention as written in the text. */
  text: string;
  type: EntityType;
  /** Wikidata QID ("Q90"), "" when the name is not linked or has no QID. */
  id: string;
  /** English Wikipedia title with underscores ("Paris"), "" when none. */
  wikipedia: string;
  /** The linker's confidence in [0, 1]. */
  score: number;
}

/** One entity of a document with how often and how centrally it is mentioned. */
export interface EntitySummary {
  /** Wikidata QID, "" when unknown (an unlinked name). */
  id: string;
  /** English Wikipedia title with underscores, "" when none. */
  wikipedia: string;
  /** Canonical English name (the name as written for an unlinked one). */
  name: string;
  type: EntityType;
  /** One-line description ("capital of France"), absent when unknown. */
  description?: string;
  /** Finer class ("country", "city", "head of government"), absent when unknown. */
  kind?: string;
  /** Number of mentions of the entity. */
  count: number;
  /** How central the entity is to the document, in [0, 1]. */
  salience: number;
}

/** A picture with its caption and photo credit. */
export interface Image {
  url: string;
  caption?: string;
  credit?: string;
}

/** The clean model of one news article. */
export interface Article {
  title: string;
  byline: string;
  /** Individual author names when the page lists them. */
  authors: string[];
  /** RFC 3339 date-time, "" when unknown. */
  published: string;
  /** RFC 3339 date-time, "" when unknown. */
  modified: string;
  site_name: string;
  /** BCP 47 language tag ("en"), "" when unknown. */
  lang: string;
  /** Canonical URL of the article. */
  url: string;
  description: string;
  /** The lead image, null when the page has none. */
  image: Image | null;
  /** The sanitized article body. */
  html: string;
  /**
   * html with every mention wrapped in
   * <mark class="nl-entity nl-<type>" data-type data-entity data-mention>;
   * data-mention is the mention's index in mentions. It passes the article
   * sanitizer, so it can be assigned to innerHTML.
   */
  highlighted: string;
  /** Plain text of html: blocks separated by a blank line. */
  text: string;
  /** Entity mentions, ordered by start; offsets index text. */
  mentions: Mention[];
  /** The mentions summarized by entity, most salient first. */
  entities: EntitySummary[];
}

/** The result of entities(text): offsets index the input text. */
export interface EntitiesResult {
  mentions: Mention[];
  entities: EntitySummary[];
}

/** Input limits, as article.WithMaxBytes and article.WithMaxDepth. */
export interface LimitOptions {
  /** Largest input in UTF-8 bytes; 0 means no limit. Default 64 MiB. */
  maxBytes?: number;
}

/** Options of parse and fromText. */
export interface ArticleOptions extends LimitOptions {
  /** The page's address: base for relative links, fallback canonical URL. */
  url?: string;
  /** false skips entity finding (mentions and entities are then []). Default true. */
  entities?: boolean;
  /** Deepest element nesting; 0 means no limit. Default 512. */
  maxDepth?: number;
}

/** Error codes of the errors newslens rejects with. */
export type ErrorCode =
  | "ERR_INVALID_ARG" // TypeError: an argument or option of the wrong type
  | "ERR_TOO_LARGE" // RangeError: input over maxBytes
  | "ERR_TOO_DEEP" // RangeError: nesting over maxDepth
  | "ERR_NO_CONTENT" // no article text found
  | "ERR_NOT_HTML" // binary input
  | "ERR_INTERNAL" // a recovered Go panic (a bug); goStack has the Go stack
  | "ERR_NEWSLENS"; // any other failure

/** The errors newslens rejects with (Error, TypeError or RangeError). */
export interface NewslensError extends Error {
  code: ErrorCode;
  /** Go stack of an ERR_INTERNAL error. */
  goStack?: string;
}

/** The API of a loaded module. Every method returns a promise. */
export interface Newslens {
  /**
   * The article of an HTML page: a string, or the page's raw bytes (whose
   * charset is then detected from a byte-order mark or <meta charset>).
   */
  parse(html: string | Uint8Array | ArrayBuffer, options?: ArticleOptions): Promise<Article>;
  /** The article of plain text: headline, optional caption line, paragraphs. */
  fromText(text: string, options?: ArticleOptions): Promise<Article>;
  /** The entity mentions in plain text. */
  entities(text: string, options?: LimitOptions): Promise<EntitiesResult>;
  /** An HTML fragment cleaned with the article policy. */
  sanitize(html: string, options?: LimitOptions): Promise<string>;
  /** The newslens module version the build used, "devel" for a build from a work tree. */
  readonly version: string;
}

/** Where load finds the module. */
export type ModuleSource =
  | string
  | URL
  | Response
  | PromiseLike<Response>
  | ArrayBuffer
  | ArrayBufferView
  | WebAssembly.Module;

export interface LoadOptions {
  /**
   * Where Go's wasm_exec.js is, imported when globalThis.Go is not defined
   * yet. Default: wasm_exec.js beside newslens.mjs.
   */
  wasmExec?: string | URL;
}

/**
 * Loads and starts newslens.wasm (default: beside newslens.mjs). A string
 * is a URL, or a file path in Node.js. The knowledge base and model are
 * decoded on the first call that finds entities, not here.
 */
export function load(source?: ModuleSource, options?: LoadOptions): Promise<Newslens>;
