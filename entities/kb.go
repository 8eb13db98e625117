package entities

import (
	"errors"
	"io"
)

// SCAFFOLD: replaced by the knowledge-base work (issue 3). Signatures are the contract.

// KB is a knowledge base of entities and their aliases.
type KB struct{}

// LoadKB reads a knowledge base in the documented text format.
func LoadKB(r io.Reader) (*KB, error) { return nil, errors.New("entities: LoadKB not built yet") }

// DefaultKB returns the embedded knowledge base, decoded on first use.
func DefaultKB() *KB { return &KB{} }
