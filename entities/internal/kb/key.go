package kb

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newslens/newslens/entities/internal/token"
)

// maxKeyTokens bounds the tokens of an alias key; longer aliases are
// dropped (no news name is that long) and matching never looks further.
const maxKeyTokens = 16

// Key is the lookup form of an alias.
type Key struct {
	// Text is the folded tokens joined by single spaces.
	Text string
	// Caps has bit i set when key token i is capitalized in the alias.
	Caps uint16
	// Upper reports an all-capitals alias of two or more letters.
	Upper bool
}

// KeyOf returns the key of an alias, ok false when the alias has no
// usable token or too many.
func KeyOf(alias string) (Key, bool) {
	toks := token.Tokenize(alias)
	var b strings.Builder
	var k Key
	n := 0
	for i, t := range toks {
		if skippable(toks, i) {
			continue
		}
		if n == maxKeyTokens {
			return Key{}, false
		}
		if n > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(foldToken(t.Text))
		if startsUpper(t.Text) {
			k.Caps |= 1 << n
		}
		n++
	}
	if n == 0 {
		return Key{}, false
	}
	k.Text = b.String()
	k.Upper = isAllUpper(alias)
	return k, true
}

// skippable reports whether token i is a hyphen joining two words with no
// space around it ("al-Kadhimi", "Tehran-backed"): such a hyphen is
// optional in keys.
func skippable(toks []token.Token, i int) bool {
	t := toks[i]
	if t.Kind != token.Hyphen || t.SpaceBefore || i == 0 || i+1 == len(toks) {
		return false
	}
	return !toks[i+1].SpaceBefore
}

// foldToken folds one token; a token that folds to nothing (".") keeps
// its text so sentence punctuation never vanishes from a key.
func foldToken(s string) string {
	f := token.Fold(s)
	if f == "" {
		return s
	}
	return f
}

// startsUpper reports whether s begins with an upper-case letter.
func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// isAllUpper reports whether s has at least two letters, all upper case.
func isAllUpper(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}

// AliasText renders a key back as alias text that has the same key and
// case rules: capitalized words get an upper-case first letter and an
// all-capitals key is written in capitals.
func AliasText(key string, caps uint16, upper bool) string {
	if upper {
		return strings.ToUpper(key)
	}
	return titleWords(key, caps)
}

// titleWords upper-cases the first letter of the words whose bit is set
// in caps.
func titleWords(key string, caps uint16) string {
	return string(appendTitleWords(make([]byte, 0, len(key)), key, caps))
}

// appendTitleWords appends titleWords(key, caps) to b.
func appendTitleWords(b []byte, key string, caps uint16) []byte {
	word, start := 0, true
	for i := 0; i < len(key); {
		c := key[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(key[i:])
			if start && word < 16 && caps&(1<<word) != 0 {
				r = unicode.ToUpper(r)
			}
			b, start = utf8.AppendRune(b, r), false
			i += size
			continue
		}
		switch {
		case c == ' ':
			word, start = word+1, true
		case start:
			if word < 16 && caps&(1<<word) != 0 && 'a' <= c && c <= 'z' {
				c -= 'a' - 'A'
			}
			start = false
		}
		b = append(b, c)
		i++
	}
	return b
}
