package tagger

// Many tokens of news text are lowercase words or clause punctuation
// between such tokens (40% of the CoNLL++ development set's, more in
// running prose), and those are almost never inside a name: in the
// development set's gold tags 4 of them are, all in lowercase organization
// names ("interior ministry"). Such tokens are settled as O before
// decoding: their features are never looked up and Viterbi computes only
// O's score for them. Particles that open a name in lower case ("van der
// Sar", "de Gaulle") and words the knowledge base matches are not plain,
// so they and their neighbours are still decoded. On the development set
// settling changes no span and moves two scores by under 0.01
// (TestSettlingKeepsTags); the names it loses are those written all in
// lower case, which the linker trims away in any case.

// particles are the lowercase words that begin names.
var particles = []string{
	"abu", "al", "bin", "bint", "da", "das", "de", "del", "della", "den", "der",
	"des", "di", "do", "dos", "du", "el", "ibn", "la", "le", "ten", "ter", "ul",
	"van", "von", "y",
}

// maxParticle is the length of the longest particle in runes.
const maxParticle = 5

// particleHashes are the lowercase hashes (tokInfo.lw) of particles.
var particleHashes = func() []uint64 {
	hs := make([]uint64, len(particles))
	for i, p := range particles {
		h := uint64(fnvOffset)
		for _, r := range p {
			h = fnvRune(h, r)
		}
		hs[i] = h
	}
	return hs
}()

func isParticle(lw uint64) bool {
	for _, h := range particleHashes {
		if h == lw {
			return true
		}
	}
	return false
}

// isClausePunct reports whether s is punctuation that ends a clause or
// sentence. Between plain words it is no more part of a name than they
// are, and counting it plain settles the words beside it too.
func isClausePunct(s string) bool {
	switch s {
	case ",", ".", ";", ":", "?", "!":
		return true
	}
	return false
}

// plain reports whether a token can be settled by its neighbours: a
// plain word no knowledge-base entry covers.
func (t *tokInfo) plain() bool { return t.flags&fPlain != 0 && t.gaz == 0 }

// settled reports whether token i of s is settled as O: a plain word
// whose neighbours are plain words or the sentence's edges.
func (s *sentence) settled(i int) bool {
	plain := func(j int) bool { return j < 0 || j >= len(s.toks) || s.toks[j].plain() }
	return s.toks[i].plain() && plain(i-1) && plain(i+1)
}

// onlyO is the emission row of a settled token: every tag but O is ruled
// out.
var onlyO = func() (e [numTags]int32) {
	for t := 1; t < numTags; t++ {
		e[t] = negInf
	}
	return e
}()
