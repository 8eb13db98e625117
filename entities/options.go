package entities

// Option configures a Linker.
type Option func(*Linker)

// WithTagger turns the statistical name tagger on (the default) or off.
// Without it the linker finds only names the knowledge base knows,
// written with capitals, and returns no NIL mentions; it is faster.
func WithTagger(on bool) Option {
	return func(l *Linker) { l.useTagger = on }
}

// WithMinScore drops mentions whose score is below min (0, the default,
// keeps every mention).
func WithMinScore(min float64) Option {
	return func(l *Linker) { l.minScore = min }
}

// WithCoreference turns in-document coreference on (the default) or off.
// With it, later short forms, acronyms, parenthetical aliases and
// spelling variants of a name link to the entity of its full form.
func WithCoreference(on bool) Option {
	return func(l *Linker) { l.coref = on }
}
