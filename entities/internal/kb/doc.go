// Package kb holds the knowledge base behind entity linking: entity
// records, their aliases keyed by normalized token sequences, a compact
// binary encoding, and a one-pass alias matcher over tokenized text.
//
// # Keys
//
// An alias is tokenized with package token and each token folded with
// token.Fold (lower case, Latin diacritics removed, apostrophes and
// periods dropped); a hyphen that joins two words without spaces
// ("al-Kadhimi") is dropped, so "al-Kadhimi", "al Kadhimi" and
// "Al-Kadhimi" share the key "al kadhimi". The key is the folded tokens
// joined by single spaces. Text is keyed the same way at match time, so
// lookups and matches always agree.
//
// # Case
//
// Keys ignore case, but every alias entry remembers the capitalization
// its words need: an all-capitals alias ("US", "AFP") matches only text in
// capitals (so the pronoun "us" is not the United States), and a word that
// is capitalized in the alias must be capitalized in the text (so "mobile"
// and "nice" are not cities while "Mobile" and "Nice" are).
//
// # Binary format
//
// The embedded knowledge base is a sequence of length-prefixed sections
// of unsigned LEB128 varints and raw bytes (see format.go): a header, the
// kind, country and region string tables, per-entity columns (kind,
// country, region, prior, QID, name form, title form), the explicit name,
// title and description blobs, and the alias keys, sorted and
// front-coded, each with its entity entries. Columns keep similar values
// together so that general-purpose compression of the file works well.
// Decoding is a linear pass that allocates a few flat slices and no maps;
// canonical names are stored as edit scripts against their key and
// rebuilt on access. Matching finds the keys a token starts in a hash
// index of the keys' first tokens. Building it takes about 15 ms, so
// until matching has spent about as much on binary searches over the
// keys, it searches them, unless a text is too long to search within
// that; Prepare builds it at once. Lookup needs none.
//
// # Matching
//
// Match looks every token up in the first-token index first (by binary
// search until it is built), in a loop of its own so that the cache
// misses of the lookups overlap; a lower-case word is looked up in a
// small table of the few key groups whose entries allow a lower-case
// first word, since no other can start with it. Then, at each token, it narrows the range of keys token by
// token with binary searches over the sorted keys, reporting every key
// that ends there; a joining hyphen is skipped. Each match carries the
// entries whose case rule the text meets.
//
// # Extending
//
// ParseText reads the documented text format (see entities.LoadKB), Build
// makes a KB of records, and Merge joins two KBs without re-tokenizing
// their aliases.
package kb
