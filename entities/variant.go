package entities

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newslens/newslens/entities/internal/token"
)

// Name-variant tests used by coreference. News transliterates Arabic,
// Persian and Russian names inconsistently ("Kadhimi"/"Kadhemi",
// "Qassem"/"Qasem", "Hashd"/"Hashed"); two spellings are taken for one
// name when their consonant skeletons agree or they differ by a small
// edit.

// maxSkeletonSlack is how many letters two words with one skeleton may
// differ by in length and still be one name spelled two ways.
const maxSkeletonSlack = 2

// skeleton returns the consonant skeleton of a folded word: vowels and
// y dropped, h and w dropped except at the start, q and c read as k,
// doubled letters collapsed. "kadhimi" and "kadhemi" both give "kdm",
// "qassem" and "qasem" both "ksm".
func skeleton(w string) string { return string(appendSkeleton(nil, w)) }

// appendSkeleton appends the skeleton of w to b.
func appendSkeleton(b []byte, w string) []byte {
	var prev byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		switch c {
		case 'a', 'e', 'i', 'o', 'u', 'y', '-', ' ':
			continue
		case 'h', 'w':
			if i > 0 {
				continue
			}
		case 'q':
			c = 'k'
		case 'c':
			c = 'k'
		}
		if c == prev {
			continue
		}
		b = append(b, c)
		prev = c
	}
	return b
}

// editDistance is the Levenshtein distance of two short strings, capped:
// it returns limit+1 as soon as the distance must exceed limit.
func editDistance(a, b string, limit int) int {
	if d := len(a) - len(b); d > limit || -d > limit {
		return limit + 1
	}
	if len(a) > 64 || len(b) > 64 {
		if a == b {
			return 0
		}
		return limit + 1
	}
	var prevRow, row [65]int
	for j := 0; j <= len(b); j++ {
		prevRow[j] = j
	}
	for i := 1; i <= len(a); i++ {
		row[0] = i
		best := row[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			row[j] = min(prevRow[j]+1, row[j-1]+1, prevRow[j-1]+cost)
			best = min(best, row[j])
		}
		if best > limit {
			return limit + 1
		}
		prevRow = row
	}
	return prevRow[len(b)]
}

// sameWord reports whether two folded name words are spellings of one
// name: equal, equal skeletons for words of five or more letters, or one
// edit apart for words of six or more letters.
func sameWord(a, b string) bool {
	if a == b {
		return true
	}
	if len(a) < 5 || len(b) < 5 || a[0] != b[0] {
		return false
	}
	// Skeletons are built in stack buffers: coreference compares many
	// pairs of words.
	var bufA, bufB [32]byte
	sa, sb := appendSkeleton(bufA[:0], a), appendSkeleton(bufB[:0], b)
	// The skeleton drops every vowel, so it stands for a spelling only
	// within a letter or two of the word: "Lange" is not "Language".
	if len(sa) >= 3 && string(sa) == string(sb) && max(len(a)-len(b), len(b)-len(a)) <= maxSkeletonSlack {
		return true
	}
	// One consonant apart is a spelling only in a long word: "Gonzales"
	// is "Gonzalez", but "Marvin" is no "Martin".
	return len(a) >= 7 && len(b) >= 7 && editDistance(a, b, 1) <= 1
}

// nameWords splits a name into folded words, dropping hyphens, the
// possessive and Arabic article prefixes ("al-Kadhimi" gives "kadhimi").
func nameWords(s string) []string {
	var out []string
	for _, t := range token.Tokenize(s) {
		if w := token.Fold(t.Text); t.Kind == token.Word && !nameParticle(w) {
			out = append(out, w)
		}
	}
	return out
}

// appendNameWords appends the name words of tokens [start, end) to dst.
// A number is a name word too: "Channel 4" is not "Channel 5", nor
// "Standard & Poor's 500" the agency "Standard & Poor's".
func (d *doc) appendNameWords(dst []string, start, end int) []string {
	for i := start; i < end; i++ {
		if k := d.toks[i].Kind; k != token.Word && k != token.Number {
			continue
		}
		if w := d.folds[i]; !nameParticle(w) {
			dst = append(dst, w)
		}
	}
	return dst
}

// nameParticle reports whether a folded word is a possessive or an
// Arabic article or kinship particle, left out when comparing names.
func nameParticle(w string) bool {
	switch w {
	case "s", "al", "el", "ul", "ad", "as", "an", "ar", "at", "az", "bin", "ibn", "bint", "abu", "abd":
		return true
	}
	return false
}

// initials returns the upper-case initials of the content words of a
// name ("Popular Mobilization Forces" gives "PMF"), skipping function
// words, as well as the variant that keeps them ("Bank of America" gives
// "BA" and "BOA").
func initials(s string) (content, all string) {
	var c, a strings.Builder
	for _, t := range token.Tokenize(s) {
		if t.Kind != token.Word {
			continue
		}
		r, _ := utf8.DecodeRuneInString(t.Text)
		r = unicode.ToUpper(r)
		a.WriteRune(r)
		if !isFunctionWord(token.Fold(t.Text)) {
			c.WriteRune(r)
		}
	}
	return c.String(), a.String()
}

func isFunctionWord(w string) bool {
	switch w {
	case "of", "the", "and", "for", "in", "on", "at", "to", "de", "du", "des", "la", "le", "el", "al", "a", "an":
		return true
	}
	return false
}

// isAcronym reports whether s looks like an acronym: two to eight
// letters, all upper case, optionally with periods ("PMF", "U.N.").
func isAcronym(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case r == '.':
		case unicode.IsUpper(r):
			n++
		default:
			return false
		}
	}
	return n >= 2 && n <= 8
}

// acronymOf reports whether acr (as written) abbreviates name.
func acronymOf(acr, name string) bool {
	a := strings.ReplaceAll(acr, ".", "")
	if !isAcronym(acr) || len(nameWords(name)) < 2 {
		return false
	}
	c, all := initials(name)
	return a == c || a == all
}

// acronymWords reports whether acr (as written, "PMF" or "U.N.")
// abbreviates a name of two or more folded words: the initials of its
// content words or of all its words.
func acronymWords(acr string, words []string) bool {
	if !isAcronym(acr) || len(words) < 2 {
		return false
	}
	letters := strings.ReplaceAll(acr, ".", "")
	return initialsMatch(letters, words, false) || initialsMatch(letters, words, true)
}

// initialsMatch compares letters with the initials of words, function
// words included or not.
func initialsMatch(letters string, words []string, all bool) bool {
	i := 0
	for _, w := range words {
		if w == "" || (!all && isFunctionWord(w)) {
			continue
		}
		r, size := utf8.DecodeRuneInString(letters[i:])
		if i >= len(letters) || unicode.ToLower(r) != firstRune(w) {
			return false
		}
		i += size
	}
	return i == len(letters)
}

func firstRune(w string) rune {
	r, _ := utf8.DecodeRuneInString(w)
	return r
}
