// Package token splits news text into tokens and sentences and folds
// tokens to the normalized form used for knowledge-base lookups.
//
// The rules are tuned for English news: "U.S.", "Oct." and "Gen." stay one
// token; hyphens ("al-Kadhimi", "Tehran-backed") and the possessive "'s"
// are tokens of their own so that a name inside a compound is still found;
// apostrophes inside words ("Kata'ib", "O'Brien") are kept.
package token
