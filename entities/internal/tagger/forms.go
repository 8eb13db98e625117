package tagger

// Words recur in a document: a news article of 1,000 tokens has some 450
// distinct ones. Each token is therefore numbered by its text (wid) and
// by its lowercase form (lid), so that per-word work (analysis, word
// feature sums) is done once per distinct word and the document evidence
// per form (capitalization, label history) lives in slices indexed by
// lid rather than in maps. Numbers come from the 64-bit hashes the
// features use, so two texts whose hashes collide share a number exactly
// as they share their features.

// interner numbers 64-bit hashes densely in order of first sight. It is
// an open-addressing table that grows to stay at most half full.
type interner struct {
	keys []uint64
	ids  []int32 // number + 1; 0 marks a free slot
	n    int32
	// shift is 64 - log2(len(keys)): the top bits of a multiplied hash
	// pick the home slot.
	shift uint
}

const minInternSlots = 1 << 10

// reset empties in, keeping its storage.
func (in *interner) reset() {
	if len(in.ids) == 0 {
		in.alloc(minInternSlots)
		return
	}
	clear(in.ids)
	in.n = 0
}

func (in *interner) alloc(size int) {
	in.keys = make([]uint64, size)
	in.ids = make([]int32, size)
	in.n = 0
	in.shift = 64
	for s := size; s > 1; s >>= 1 {
		in.shift--
	}
}

// id returns the number of h and whether h is new.
func (in *interner) id(h uint64) (int32, bool) {
	mask := len(in.ids) - 1
	for i := int((h * 0x9E3779B97F4A7C15) >> in.shift); ; i = (i + 1) & mask {
		switch in.ids[i] {
		case 0:
			if int(in.n+1)*2 > len(in.ids) {
				in.grow()
				return in.id(h)
			}
			in.keys[i] = h
			in.n++
			in.ids[i] = in.n
			return in.n - 1, true
		default:
			if in.keys[i] == h {
				return in.ids[i] - 1, false
			}
		}
	}
}

// grow doubles the table, keeping every number.
func (in *interner) grow() {
	keys, ids, n := in.keys, in.ids, in.n
	in.alloc(2 * len(ids))
	mask := len(in.ids) - 1
	for j, id := range ids {
		if id == 0 {
			continue
		}
		i := int((keys[j] * 0x9E3779B97F4A7C15) >> in.shift)
		for in.ids[i] != 0 {
			i = (i + 1) & mask
		}
		in.keys[i], in.ids[i] = keys[j], id
	}
	in.n = n
}

// docForms numbers the words and lowercase forms of one document.
type docForms struct {
	words, forms interner
	infos        []tokInfo // analysis of each word (wid), without gazetteer bits
}

func (f *docForms) reset() {
	f.words.reset()
	f.forms.reset()
	f.infos = f.infos[:0]
}

// analyze sets ti, which must be zero, to the analysis of t, computed
// once per distinct text.
func (f *docForms) analyze(ti *tokInfo, t Token) {
	id, fresh := f.words.id(fnvString(t.Text))
	if fresh {
		f.infos = append(f.infos, tokInfo{})
		in := &f.infos[id]
		analyze(in, t)
		in.wid = id
		in.lid, _ = f.forms.id(in.lw)
	}
	*ti = f.infos[id]
	ti.gaz = t.Gaz
}

// number sets the word and form numbers of already analyzed sentences
// and returns how many forms there are.
func (f *docForms) number(sents []sentence) int {
	f.reset()
	for _, s := range sents {
		for i := range s.toks {
			t := &s.toks[i]
			t.wid, _ = f.words.id(t.w)
			t.lid, _ = f.forms.id(t.lw)
		}
	}
	return int(f.forms.n)
}
