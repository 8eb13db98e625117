package entities

// mentionChunk is how many mentions newMention allocates at once.
const mentionChunk = 64

// newMention returns a new mention of d. Mentions live in chunks kept
// in d's scratch: a text has hundreds, and one allocation each costs
// more than the work done with them, most of all in WebAssembly.
func (d *doc) newMention(m mention) *mention {
	if len(d.mentions) == cap(d.mentions) {
		d.mentions = d.scr.mentionChunk()
	}
	d.mentions = append(d.mentions, m)
	return &d.mentions[len(d.mentions)-1]
}

// mentionChunk returns an empty chunk of mentions for the current text.
func (s *scratch) mentionChunk() []mention {
	if s.usedChunks == len(s.chunks) {
		s.chunks = append(s.chunks, make([]mention, mentionChunk))
	}
	c := s.chunks[s.usedChunks]
	s.usedChunks++
	return c[:0]
}

// releaseMentions clears the chunks used, which refer to the text's
// candidates and entities.
func (s *scratch) releaseMentions() {
	for _, c := range s.chunks[:s.usedChunks] {
		clear(c)
	}
	s.usedChunks = 0
}
