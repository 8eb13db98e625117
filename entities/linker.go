package entities

// SCAFFOLD: replaced by the linker work (issue 4). Signatures are the contract.

// Linker finds and links entity mentions. It is safe for concurrent use.
type Linker struct {
	kb *KB
}

// Option configures a Linker.
type Option func(*Linker)

// New returns a Linker over kb.
func New(kb *KB, opts ...Option) *Linker {
	l := &Linker{kb: kb}
	for _, o := range opts {
		o(l)
	}
	return l
}

// Default returns the shared Linker over the embedded knowledge base and
// tagger model, decoded on first use.
func Default() *Linker { return New(nil) }

// Find returns the entity mentions in text, ordered by Start.
func (l *Linker) Find(text string) []Mention { return nil }

// Summarize groups mentions by entity with counts and salience, most
// salient first. text is the text the mentions were found in.
func Summarize(text string, mentions []Mention) []Summary { return nil }
