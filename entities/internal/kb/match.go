package kb

import (
	"unicode"
	"unicode/utf8"

	"github.com/newslens/newslens/entities/internal/token"
)

// Match is one alias found in a text: tokens [Start, End) spell an
// alias key that names Candidate.Entity, and the text's capitalization
// satisfies the entry's case rule.
type Match struct {
	Start, End int // token indices, End exclusive
	Key        int32
	Candidate
}

// tokInfo is what matching needs of one text token.
type tokInfo struct {
	fold      string
	skip      bool // a joining hyphen
	upper     bool // starts with an upper-case letter
	noLower   bool // has no lower-case letter
	hasLetter bool
	cased     bool // the folded token starts with a letter that has case
	titleCase bool // a word of 4 to 8 ASCII letters, only the first a capital
	// lo, hi is the range of keys whose first token is this one (empty
	// when none).
	lo, hi int32
	slot   int32 // the first-token index slot that may hold fold, or -1
}

// lowerWord reports whether the token is a word in lower case, which
// only entries that allow a lower-case first word may start with.
func (in *tokInfo) lowerWord() bool { return !in.upper && in.cased && !in.noLower }

// Matcher holds reusable buffers for matching; the zero value is ready.
// A Matcher is not safe for concurrent use; a KB is.
type Matcher struct {
	info []tokInfo
	pos  [maxKeyTokens]int
}

// Match appends to dst every alias match in toks, ordered by Start, then
// by End (longest first), then by prior (highest first), and returns the
// extended slice. Matches may overlap: "Kataib Hezbollah" also yields
// "Hezbollah". A joining hyphen is optional ("Tehran-backed" matches
// "Tehran", "al-Kadhemi" matches "al Kadhemi"), and the possessive "'s" is
// a token of its own, so "Baghdad's" matches "Baghdad".
func (k *KB) Match(toks []token.Token, dst []Match) []Match {
	var m Matcher
	return m.Match(k, toks, dst)
}

// Prepare builds the first-token index now rather than when matching
// has worked enough without it (see searchFirst). It is safe for
// concurrent use.
func (k *KB) Prepare() {
	k.firstOnce.Do(func() {
		k.first = buildFirst(k)
		k.firstReady.Store(true)
	})
}

// Match is KB.Match reusing m's buffers.
func (m *Matcher) Match(k *KB, toks []token.Token, dst []Match) []Match {
	return m.MatchFolded(k, toks, token.Folds(toks), dst)
}

// MatchFolded is Match for a caller that has token.Fold of every token
// already, which it saves folding twice.
func (m *Matcher) MatchFolded(k *KB, toks []token.Token, folds []string, dst []Match) []Match {
	m.prepare(toks, folds)
	if !k.firstReady.Load() && !k.searchAffordable(len(toks)) {
		k.Prepare()
	}
	if k.firstReady.Load() {
		m.findFirst(k)
	} else {
		m.searchFirst(k)
	}
	for i := range toks {
		if m.info[i].skip {
			continue
		}
		mark := len(dst)
		dst = m.matchAt(k, i, dst)
		reverseByEnd(dst[mark:])
	}
	return dst
}

// prepare notes what matching needs of every token.
func (m *Matcher) prepare(toks []token.Token, folds []string) {
	if cap(m.info) < len(toks) {
		m.info = make([]tokInfo, len(toks))
	}
	m.info = m.info[:len(toks)]
	for i, t := range toks {
		in := &m.info[i]
		*in = tokInfo{skip: skippable(toks, i), fold: folds[i]}
		if in.fold == "" {
			in.fold = t.Text // as foldToken: "." stays in keys
		}
		in.upper, in.noLower, in.hasLetter = caseOf(t.Text)
		in.upper = in.upper || CamelCase(t.Text)
		in.cased = nameCaps(in.fold)&1 != 0
		in.titleCase = in.upper && titleCaseWord(t.Text)
	}
}

// titleCaseWord reports whether s is 4 to 8 ASCII letters of which only
// the first is a capital, the shape of an acronym British style writes
// as a word ("Nato", "Unicef").
func titleCaseWord(s string) bool {
	if len(s) < 4 || len(s) > 8 || s[0] < 'A' || s[0] > 'Z' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// findFirst looks every token up in the first-token index, in two
// passes: the slots, then the key bytes they point to. The index is much
// larger than a CPU cache, and the lookups are independent of each
// other, so in short loops of their own the CPU overlaps their cache
// misses. A lower-case word is looked up among the few groups that
// accept one.
func (m *Matcher) findFirst(k *KB) {
	for i := range m.info {
		in := &m.info[i]
		in.slot = -1
		if !in.skip {
			in.slot = m.table(k, in).probe(in.fold)
		}
	}
	for i := range m.info {
		in := &m.info[i]
		in.lo, in.hi = 0, 0
		st := m.table(k, in)
		if si := st.verify(k, in.fold, in.slot); si >= 0 {
			in.lo, in.hi = st.slots[si].lo, st.slots[si].lo+st.slots[si].n
		}
	}
}

// table returns the first-token table to look token in up in.
func (m *Matcher) table(k *KB, in *tokInfo) *slotTable {
	if in.lowerWord() {
		return &k.first.lower
	}
	return &k.first.all
}

// Release clears m's references to the last text, so that a pooled
// Matcher keeps no text alive.
func (m *Matcher) Release() { clear(m.info) }

// caseOf reports whether s starts with an upper-case letter, has no
// lower-case letter, and has a letter at all.
func caseOf(s string) (upper, noLower, hasLetter bool) {
	noLower = true
	for i, r := range s {
		if r < utf8.RuneSelf {
			switch {
			case 'A' <= r && r <= 'Z':
				upper = upper || i == 0
				hasLetter = true
			case 'a' <= r && r <= 'z':
				noLower, hasLetter = false, true
			}
			continue
		}
		if unicode.IsUpper(r) {
			upper = upper || i == 0
			hasLetter = true
		} else if unicode.IsLower(r) {
			noLower, hasLetter = false, true
		}
	}
	return upper, noLower, hasLetter
}

// CamelCase reports a word that writes its first letter in lower case
// and its second in upper case, as some brands do ("iPhone", "eBay"):
// a name, as a capitalized word is.
func CamelCase(s string) bool {
	return len(s) >= 3 && 'a' <= s[0] && s[0] <= 'z' && 'A' <= s[1] && s[1] <= 'Z'
}

// matchAt appends the matches starting at token i, shortest first.
func (m *Matcher) matchAt(k *KB, i int, dst []Match) []Match {
	f, lo, hi := m.info[i].fold, m.info[i].lo, m.info[i].hi
	if lo >= hi {
		return dst
	}
	plen, n := len(f), 0
	m.pos[0] = i
	n = 1
	j := i
	for {
		if kl := k.keyOff[lo+1] - k.keyOff[lo]; int(kl) == plen {
			dst = m.emit(k, lo, i, j+1, n, dst)
		}
		if n == maxKeyTokens {
			return dst
		}
		j = m.next(j)
		if j < 0 {
			return dst
		}
		f = m.info[j].fold
		lo, hi = k.narrow(lo, hi, plen, f)
		if lo >= hi {
			return dst
		}
		m.pos[n] = j
		n++
		plen += 1 + len(f)
	}
}

// next returns the token after j that is not a joining hyphen, or -1.
func (m *Matcher) next(j int) int {
	for j++; j < len(m.info); j++ {
		if !m.info[j].skip {
			return j
		}
	}
	return -1
}

// emit appends the entries of key ki whose case rule the tokens meet.
func (m *Matcher) emit(k *KB, ki int32, start, end, n int, dst []Match) []Match {
	for e := k.entOff[ki]; e < k.entOff[ki+1]; e++ {
		x := &k.ents[e]
		flags := x.flags &^ stdCaps
		ok := m.caseOK(x.flags, x.caps, n)
		if !ok && x.flags&Upper != 0 && n == 1 && m.info[start].titleCase {
			ok, flags = true, flags|TitleCased
		}
		if ok {
			c := Candidate{Entity: x.ent, Flags: flags, Caps: x.caps}
			if x.flags&stdCaps != 0 {
				c.Caps = m.stdCaps(n)
			}
			dst = append(dst, Match{Start: start, End: end, Key: ki, Candidate: c})
		}
	}
	return dst
}

// stdCaps returns the caps of the n matched tokens' key with every word
// capitalized.
func (m *Matcher) stdCaps(n int) uint16 {
	var caps uint16
	for b, p := range m.pos[:n] {
		if m.info[p].cased {
			caps |= 1 << b
		}
	}
	return caps
}

// caseOK checks an entry's case rule against the n matched tokens.
func (m *Matcher) caseOK(flags AliasFlags, caps uint16, n int) bool {
	if flags&stdCaps != 0 {
		for b, p := range m.pos[:n] {
			if m.info[p].cased && !m.info[p].upper && !m.hyphenTail(b) && !m.genericTail(b, n) {
				return false
			}
		}
		return true
	}
	if flags&Upper != 0 {
		for _, p := range m.pos[:n] {
			if !m.info[p].noLower {
				return false
			}
		}
		return true
	}
	for b := 0; b < n; b++ {
		if caps&(1<<b) != 0 && !m.info[m.pos[b]].upper && !m.hyphenTail(b) && !m.genericTail(b, n) {
			return false
		}
	}
	return true
}

// genericTail reports whether matched tokens b to n-1 are generic words
// news style writes in lower case after a name ("the Labour party", "the
// Dow Jones industrial average", "the Nasdaq composite index"), after a
// capitalized first token.
func (m *Matcher) genericTail(b, n int) bool {
	if b == 0 || !m.info[m.pos[0]].upper {
		return false
	}
	for _, p := range m.pos[b:n] {
		if !genericWord(m.info[p].fold) {
			return false
		}
	}
	return true
}

// genericWord reports the words of genericTail: the heads of party and
// river names and the descriptors of stock indexes.
func genericWord(w string) bool {
	switch w {
	case "party", "river", "index", "average", "industrial", "composite":
		return true
	}
	return false
}

// maxSyllable is the longest lower-case syllable, in bytes, that
// hyphenTail accepts: long enough for "hyeon" or "myung", too short for
// the words of compound adjectives ("English-language").
const maxSyllable = 5

// hyphenTail reports whether matched token b is a short syllable after a
// joining hyphen inside the match: romanized names write it in lower
// case ("Kim Jong-un" for "Kim Jong Un", "Chen Shui-bian").
func (m *Matcher) hyphenTail(b int) bool {
	p := m.pos[b]
	return b > 0 && p > 0 && m.info[p-1].skip && len(m.info[p].fold) <= maxSyllable
}

// narrow returns the sub-range of keys [lo, hi), which share a prefix of
// plen bytes, that continue with " "+f followed by the end or a space.
func (k *KB) narrow(lo, hi int32, plen int, f string) (int32, int32) {
	a := k.searchSuffix(lo, hi, plen, f, false)
	b := k.searchSuffix(a, hi, plen, f, true)
	return a, b
}

// searchSuffix returns the first key in [lo, hi) whose bytes from plen
// are >= " "+f (or >= " "+f+"!" when bump is set).
func (k *KB) searchSuffix(lo, hi int32, plen int, f string, bump bool) int32 {
	for lo < hi {
		mid := int32(uint32(lo+hi) >> 1)
		key := k.keys[k.keyOff[mid]:k.keyOff[mid+1]]
		if len(key) < plen || cmpSuffix(key[plen:], f, bump) < 0 {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	return lo
}

// cmpSuffix compares s with " "+f (+"!" when bump).
func cmpSuffix(s, f string, bump bool) int {
	if len(s) == 0 {
		return -1
	}
	if s[0] != ' ' {
		if s[0] < ' ' {
			return -1
		}
		return 1
	}
	s = s[1:]
	n := min(len(s), len(f))
	for i := 0; i < n; i++ {
		if s[i] != f[i] {
			if s[i] < f[i] {
				return -1
			}
			return 1
		}
	}
	if len(s) < len(f) {
		return -1
	}
	if !bump {
		if len(s) == len(f) {
			return 0
		}
		return 1
	}
	if len(s) == len(f) || s[len(f)] < '!' {
		return -1
	}
	return 1
}

// reverseByEnd turns the shortest-first matches of one start into
// longest-first, keeping each key's entries in prior order.
func reverseByEnd(ms []Match) {
	// Reverse whole, then restore prior order within each key.
	for i, j := 0, len(ms)-1; i < j; i, j = i+1, j-1 {
		ms[i], ms[j] = ms[j], ms[i]
	}
	for s := 0; s < len(ms); {
		e := s + 1
		for e < len(ms) && ms[e].End == ms[s].End {
			e++
		}
		for i, j := s, e-1; i < j; i, j = i+1, j-1 {
			ms[i], ms[j] = ms[j], ms[i]
		}
		s = e
	}
}

// ByName reports whether a match on key ki names entity i by its own
// name rather than by another alias.
func (k *KB) ByName(i, ki int32) bool { return k.nameKey[i] == ki }
