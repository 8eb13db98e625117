package article

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// isBinaryReference is isBinary ranging over runes.
func isBinaryReference(b []byte) bool {
	ctrl, total := 0, 0
	for _, r := range string(b[:min(len(b), 8192)]) {
		total++
		switch {
		case r == 0:
			return true
		case r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f':
			ctrl++
		case r == utf8.RuneError:
			ctrl++
		}
	}
	return total > 0 && ctrl*10 > total
}

// FuzzFastPaths checks the ASCII fast paths against the general code:
// hidesScript without decoding, isBinary without decoding runes.
func FuzzFastPaths(f *testing.F) {
	for _, s := range []string{"https://x.example/a?b=c", "javascript:alert(1)", "java\tscript:x", "&#106;avascript:x",
		"JAVASCRIPT:x", "http://x/?u=data:text", "metadata:x", "\x01\x02\x03abc", "\xff\xfe", "a\x00b", "é\u00ad"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := hidesScript(s), hasScriptScheme(strings.ToLower(normalizeURLValue(s))); got != want {
			t.Fatalf("hidesScript(%q) = %v, want %v", s, got, want)
		}
		if got, want := isBinary([]byte(s)), isBinaryReference([]byte(s)); got != want {
			t.Fatalf("isBinary(%q) = %v, want %v", s, got, want)
		}
	})
}

func TestIsBinaryLong(t *testing.T) {
	t.Parallel()
	for _, s := range []string{strings.Repeat("é\x01", 5000), strings.Repeat("a", 8191) + "é", strings.Repeat("\x01a", 5000)} {
		if got, want := isBinary([]byte(s)), isBinaryReference([]byte(s)); got != want {
			t.Errorf("isBinary(%.20q…) = %v, want %v", s, got, want)
		}
	}
}

func FuzzNormText(f *testing.F) {
	for _, s := range []string{"", " ", "a b", "a  b", " a", "a ", "a\tb", "é b", "a\u00a0b", "a\u0085b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := normText(s), strings.Join(strings.Fields(s), " "); got != want {
			t.Fatalf("normText(%q) = %q, want %q", s, got, want)
		}
	})
}

// textByWord is textWalker.text taking one word and one white-space run
// at a time, the plain form of its fast paths.
func (w *textWalker) textByWord(idx int, s string) {
	for i := 0; i < len(s); {
		j := spaceEnd(s, i, true)
		if j > i {
			w.space(idx, i, s[i:j])
			i = j
			continue
		}
		j = spaceEnd(s, i, false)
		w.word(idx, i, s[i:j])
		i = j
	}
}

// FuzzTextWalker checks that text gives the text and segments that
// textByWord gives, for two text nodes in or out of a pre.
func FuzzTextWalker(f *testing.F) {
	for _, s := range []string{"a b", "The committee, after long  talks with local groups, agreed", " x  y\u00a0z \n w", "abcdefgh ijklmnop qrstuvwx "} {
		f.Add(s, "tail text", false)
	}
	f.Fuzz(func(t *testing.T, a, b string, pre bool) {
		run := func(text func(*textWalker, int, string)) (string, []segment) {
			w := textWalker{b: &body{}}
			if pre {
				w.pre = 1
			}
			text(&w, 0, a)
			w.owe(sepPara, segment{})
			text(&w, 1, b)
			return w.sb.String(), w.b.segs
		}
		got, gotSegs := run((*textWalker).text)
		want, wantSegs := run((*textWalker).textByWord)
		if got != want || !slices.Equal(gotSegs, wantSegs) {
			t.Fatalf("text(%q, %q): %q %v, want %q %v", a, b, got, gotSegs, want, wantSegs)
		}
	})
}

// TestValidEntityRefASCII checks the ASCII shortcut of validEntityRef on
// every ASCII character against the policy's pattern.
func TestValidEntityRefASCII(t *testing.T) {
	t.Parallel()
	re := entityRefPattern()
	for r := rune(0); r < utf8.RuneSelf; r++ {
		for _, s := range []string{string(r), "a" + string(r) + "b"} {
			if got, want := validEntityRef(s), re.MatchString(s); got != want {
				t.Errorf("validEntityRef(%q) = %v, pattern says %v", s, got, want)
			}
		}
	}
}

// prunedTags are the elements isPrunedTag must accept.
var prunedTags = []string{"svg", "math", "template", "object", "applet", "canvas",
	"audio", "video", "select", "button", "datalist", "frameset"}

func TestIsPrunedTag(t *testing.T) {
	t.Parallel()
	pruned := map[string]bool{}
	for _, e := range prunedTags {
		pruned[e] = true
		if !isPrunedTag(e) || !isPrunedTag(strings.ToUpper(e)) {
			t.Errorf("isPrunedTag(%q) = false", e)
		}
	}
	for _, e := range append(append(append([]string{"sv", "svgs", "templates", "a"}, keptElements...), presentational...), skippedElements...) {
		if !pruned[e] && isPrunedTag(e) {
			t.Errorf("isPrunedTag(%q) = true", e)
		}
	}
}
