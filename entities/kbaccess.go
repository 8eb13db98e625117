package entities

import "github.com/newslens/newslens/entities/internal/kb"

// linkIndex returns the alias index of k, nil when k is nil or empty.
func (k *KB) linkIndex() *kb.KB {
	if k == nil {
		return nil
	}
	return k.x
}
