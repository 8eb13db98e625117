// Package tagger is a statistical named-entity tagger for English news:
// it finds person (PER), organization (ORG), location (LOC) and other
// (MISC) names in tokenized sentences.
//
// # Input
//
// Tokens are expected exactly as package token produces them: hyphens
// and the possessive "'s" are tokens of their own ("Tehran", "-",
// "backed"), while "U.S." and "Gen." stay whole. The model was trained on
// CoNLL tokens re-tokenized that way. Token.Gaz carries knowledge-base
// evidence; compute it with KBGaz over the same tokens (zero bits are
// fine: the tagger then relies on the words alone).
//
// # Model
//
// An averaged structured perceptron, trained cost-augmented (a margin
// added to every wrong tag), over BILOU tags with Viterbi decoding under
// BILOU transition constraints. Features are hashed to 32-bit keys: the
// word and its lowercase form, prefixes and suffixes of one to four runes,
// word shapes ("Xxxx", "X.X.", "dd-dd"), capitalization in context
// (sentence start, all-caps headlines), neighbouring words and shapes two
// tokens either way, gazetteer bits of the token and its neighbours, and
// document-level evidence: how the same word is capitalized elsewhere in
// the document and which labels earlier sentences gave it. Because of the
// latter, Tag takes a whole document.
//
// The model has two stages. The second stage also sees the labels the
// first gave every occurrence of each word in the whole document
// (stacking, trained on cross-validated first-stage output), so a
// headline can borrow evidence from the body and a surname from the full
// name. Span scores come from max-marginal margins: the gap between the
// best tagging and the best one that disagrees on the span.
//
// # Labels
//
// CoNLL's MISC class covers nationality and religious or political
// adjectives ("Iraqi", "Shiite") as well as events, works and products;
// the tagger reports all of them as MISC and leaves the finer split
// (Group vs Misc) to its caller. CoNLL tags a hyphenated modifier such as
// "Toronto-based" MISC as a whole; the training data is rewritten so the
// tagger finds the name before the hyphen ("Toronto", LOC when the
// knowledge base knows it as a place).
//
// # Data
//
// The embedded model (Default) is trained on the CoNLL-2003 English
// training set with the CoNLL++ corrections by the program in ./train
// (go generate). Only the weights are stored: rows (a feature's weights in
// one stage) whose largest weight is below 2.5 in averaged-perceptron units
// are pruned, then single weights below 1, and the rest are quantized to one
// byte each, a code into a per-stage table of 127 geometrically spaced
// levels (about 2.5% relative precision). The file is not compressed
// itself: its regular layout (delta-coded feature keys, tag masks, weight
// codes) is left to the transport compression of the build, which does
// better on it than on pre-deflated bytes. It is decoded on first use,
// never at init: the keys arrive sorted, so the hash table (table.go) is
// laid out in one sequential pass without collisions to resolve.
//
// # Speed
//
// Tagging costs some forty feature lookups per token and two Viterbi
// passes; the layout serves that. A lookup reads one hash-table slot, and
// a hit one weight record next to its header (table.go); lookups are
// batched so that their cache misses overlap. The frequent features' rows
// are also kept expanded and summed three tags per machine word
// (lanes.go). Work that depends on a word's text alone is done once per
// distinct word of the document (forms.go, nbr.go), the low-cardinality
// document features come from per-model tables (dyn.go), and Viterbi
// follows the BILOU transition structure (viterbi.go). None of it changes
// a result: the sums are exact integers in every path, which
// TestDynamicRows and TestLaneSumExact check.
//
// One shortcut can: lowercase words and clause punctuation between such
// tokens, 40% of CoNLL's tokens and more of running prose, are settled as
// O with neither lookups nor Viterbi sums (settled.go). They are almost
// never inside a name, and on the CoNLL++ development set no span changes.
package tagger
