// Package extract finds the main content of a parsed HTML page.
//
// It is a readability-style extractor: paragraphs are scored by their text
// and commas, scores flow to their ancestors, the best-scoring container and
// its related siblings are kept, and boilerplate (navigation, share bars,
// related links, comments, forms, ads) is removed from the result.
//
// Every pass runs in time linear in the size of the tree: text lengths,
// link lengths and element counts are computed bottom-up once per pass and
// reused, never re-measured per ancestor.
package extract
