package tagger

import "github.com/newslens/newslens/entities/internal/kb"

// KBGaz returns the gazetteer bits of n tokens from knowledge-base alias
// matches over those tokens (token indices as in kb.Match): each token
// gets the type bits of every match covering it, and the position bits
// (GazBegin, GazInside, GazSingle) of the longest match covering it.
// Weak entries (kb.Partial, kb.TitleOnly, towns below minorPrior) add no
// type bit; a match with only weak entries adds GazCommon, and a partial
// person name adds GazPartial. The embedded model was trained with
// exactly these bits.
func KBGaz(k *kb.KB, matches []kb.Match, n int) []Gaz {
	var b GazBuffers
	return b.KBGaz(k, matches, n)
}

// GazBuffers holds the buffers of KBGaz for reuse across documents: they
// are as long as the document, and reusing them spares allocating and
// zeroing fresh memory for every one. The zero value is ready to use.
type GazBuffers struct {
	gaz     []Gaz
	longest []int
}

// KBGaz is the package function KBGaz in b's buffers: the result is
// valid until the next call.
func (b *GazBuffers) KBGaz(k *kb.KB, matches []kb.Match, n int) []Gaz {
	b.gaz = append(b.gaz[:0], make([]Gaz, n)...)
	b.longest = append(b.longest[:0], make([]int, n)...)
	gaz, longest := b.gaz, b.longest
	for i := 0; i < len(matches); {
		// Matches of one span are adjacent: gather their types.
		j := i
		var types Gaz
		strong, seen := false, false
		for ; j < len(matches) && matches[j].Start == matches[i].Start && matches[j].End == matches[i].End; j++ {
			c := matches[j].Candidate
			if c.Flags&kb.Sports != 0 {
				continue // context-bound, and no evidence of a name by itself
			}
			seen = true
			if c.Flags&kb.Partial != 0 && k.Type(c.Entity) == kb.Person {
				types |= GazPartial
			}
			if c.Flags&(kb.Partial|kb.TitleOnly) != 0 || minorPlace(k, c) {
				continue
			}
			strong = true
			types |= kbType(k, c)
		}
		if !strong {
			types |= GazCommon
		}
		if m := matches[i]; seen {
			markGaz(gaz, longest, m.Start, m.End, types)
		}
		i = j
	}
	return gaz
}

// minorPrior is the prior below which a place (a small town) counts as
// weak evidence: thousands of towns share their names with surnames and
// ordinary words ("Adams", "August").
const minorPrior = 96

func minorPlace(k *kb.KB, c kb.Candidate) bool {
	return k.Type(c.Entity) == kb.Place && c.Flags&kb.Demonym == 0 && k.Prior(c.Entity) < minorPrior
}

func kbType(k *kb.KB, c kb.Candidate) Gaz {
	if c.Flags&kb.Demonym != 0 {
		return GazGroup
	}
	switch k.Type(c.Entity) {
	case kb.Person:
		return GazPER
	case kb.Organization:
		return GazORG
	case kb.Place:
		return GazLOC
	case kb.Group:
		return GazGroup
	}
	return GazMISC
}

// markGaz adds a match of the given type bits over tokens [start, end).
func markGaz(gaz []Gaz, longest []int, start, end int, types Gaz) {
	size := end - start
	for i := max(start, 0); i < end && i < len(gaz); i++ {
		gaz[i] |= types
		if size <= longest[i] {
			continue
		}
		longest[i] = size
		gaz[i] &^= GazBegin | GazInside | GazSingle
		switch {
		case size == 1:
			gaz[i] |= GazSingle
		case i == start:
			gaz[i] |= GazBegin
		default:
			gaz[i] |= GazInside
		}
	}
}
