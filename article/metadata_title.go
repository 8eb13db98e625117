package article

import (
	"strings"
	"unicode/utf8"

	"github.com/newslens/newslens/article/internal/extract"
)

// titleSeparators split a <title> into the article title and the site.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " \\ ", " / ", " > ", " » ", " :: ", " · "}

// hierarchical separators suggest "Site > Section > Title" layouts.
var hierarchicalSeparators = []string{" \\ ", " / ", " > ", " » "}

// pageTitle derives the title from <title>, like Readability: drop the
// last " | Site"-like part, or the first one if too little remains; for
// "Site: Title" keep what follows the colon unless a heading repeats the
// whole string; fall back to the only <h1> for odd lengths.
func (m *pageMeta) pageTitle() string {
	orig := m.docTitle
	cur := orig
	hier := false
	if i := lastSeparator(orig); i >= 0 {
		hier = containsAny(orig, hierarchicalSeparators)
		cur = orig[:i]
		if wordCount(cur) < 3 {
			cur = afterFirstSeparator(orig)
		}
	} else if strings.Contains(cur, ": ") {
		if !m.headingEquals(cur) {
			cur = orig[strings.LastIndex(orig, ":")+1:]
			if wordCount(cur) < 3 {
				cur = orig[strings.Index(orig, ":")+1:]
			} else if wordCount(orig[:strings.Index(orig, ":")]) > 5 {
				cur = orig
			}
		}
	} else if n := utf8.RuneCountInString(cur); (n > 150 || n < 15) && len(m.headings) == 1 {
		cur = m.headings[0]
	}
	cur = normText(cur)
	wc := wordCount(cur)
	if wc <= 4 && (!hier || wc != wordCount(stripSeparatorChars(orig))-1) {
		cur = orig
	}
	return cur
}

func (m *pageMeta) headingEquals(s string) bool {
	s = strings.TrimSpace(s)
	for _, h := range append(append([]string(nil), m.headings...), m.h2s...) {
		if h == s {
			return true
		}
	}
	return false
}

// lastSeparator returns the index of the last title separator in s, -1
// when there is none. " · " is left out: it often joins parts of a title.
func lastSeparator(s string) int {
	best := -1
	for _, sep := range titleSeparators[:9] {
		best = max(best, strings.LastIndex(s, sep))
	}
	return best
}

// afterFirstSeparator drops everything up to and including the first
// separator character of s.
func afterFirstSeparator(s string) string {
	i := strings.IndexAny(s, "|-–—\\/>»")
	if i < 0 {
		return s
	}
	_, size := utf8.DecodeRuneInString(s[i:])
	return s[i+size:]
}

func stripSeparatorChars(s string) string {
	return strings.Map(func(r rune) rune {
		if strings.ContainsRune("|-\\/>»", r) {
			return -1
		}
		return r
	}, s)
}

func containsAny(s string, subs []string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// pickLDTitle chooses between JSON-LD headline and name. Some sites put
// their own name in "name": when the two differ, the one close to the
// page's <title> wins, else "name" unless it is the site's name.
func pickLDTitle(ld *ldArticle, pageTitle, site string) string {
	h, n := ld.headline, ld.name
	switch {
	case h == "":
		return n
	case n == "" || n == h || strings.EqualFold(n, site):
		return h
	}
	hm := extract.TextSimilarity(h, pageTitle) > 0.75
	nm := extract.TextSimilarity(n, pageTitle) > 0.75
	if hm && !nm {
		return h
	}
	return n
}

// stripSiteSuffix removes " | Site" (any title separator) from title when
// Site is the site's name, and a "Site: " or "Site | " prefix likewise.
func stripSiteSuffix(title, site string) string {
	if site == "" {
		return title
	}
	for _, sep := range titleSeparators {
		if t, ok := cutSuffixFold(title, sep+site); ok && wordCount(t) >= 2 {
			return strings.TrimSpace(t)
		}
		if t, ok := cutPrefixFold(title, site+sep); ok && wordCount(t) >= 2 {
			return strings.TrimSpace(t)
		}
	}
	return title
}

func cutSuffixFold(s, suffix string) (string, bool) {
	if len(s) > len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix) {
		return s[:len(s)-len(suffix)], true
	}
	return s, false
}

func cutPrefixFold(s, prefix string) (string, bool) {
	if len(s) > len(prefix) && strings.EqualFold(s[:len(prefix)], prefix) {
		return s[len(prefix):], true
	}
	return s, false
}
