package kb

import (
	_ "embed"
	"sync"
)

//go:generate go run ../kbgen -src ../../../../shared/kb-sources -handkept ../kbgen/handkept.tsv -out kb.bin -countries countries_gen.go

// embedded is the generated knowledge base (see package kbgen and NOTICE
// for its sources and licences).
//
//go:embed kb.bin
var embedded []byte

// Default returns the embedded knowledge base, decoded on first use.
var Default = sync.OnceValues(func() (*KB, error) { return Decode(embedded) })

// Embedded returns the encoded embedded knowledge base.
func Embedded() []byte { return embedded }
