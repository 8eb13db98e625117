package tagger

// AppendTagsUnsettled is AppendTags decoding every token, none settled
// as O beforehand (settled.go): tests check that settling changes no tag.
func (m *Model) AppendTagsUnsettled(doc [][]Token) ([]Span, []int32) {
	return m.appendTags(&workspace{unfixed: true}, nil, nil, doc)
}

// Settled reports which tokens of one sentence are settled as O.
func Settled(sent []Token) []bool {
	s := analyzeSentence(sent, nil, nil)
	out := make([]bool, len(sent))
	for i := range out {
		out[i] = s.settled(i)
	}
	return out
}
