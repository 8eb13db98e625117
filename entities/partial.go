package entities

import "slices"

// addLinkedParts adds the alias matches the first passes left out that
// name an entity the text already links elsewhere: a surname or partial
// name ("al-Maliki" after "Nouri al-Maliki") is weak evidence alone but
// strong once its entity is in the story. ms must be ordered by start;
// the result is too.
func addLinkedParts(d *doc, matches []kbMatch, ms []*mention) []*mention {
	linked := map[int32]*mention{}
	used := make([]bool, len(d.toks))
	for _, m := range ms {
		mark(used, m.start, m.end)
		if m.best >= 0 && m.ent != nil {
			if _, ok := linked[m.cands[m.best].idx]; !ok {
				linked[m.cands[m.best].idx] = m
			}
		}
	}
	n := len(ms)
	for _, k := range matches {
		if !free(used, k.start, k.end) || !nameLike(d, k.start, k.end) {
			continue
		}
		for ci, c := range k.cands {
			src, ok := linked[c.idx]
			if !ok || c.demonym {
				continue
			}
			m := d.newMention(mention{start: k.start, end: k.end, cands: k.cands, best: ci, ent: src.ent, typ: src.typ, score: 0.9 * src.score})
			mark(used, k.start, k.end)
			ms = append(ms, m)
			break
		}
	}
	if len(ms) > n {
		slices.SortFunc(ms, byStart)
	}
	return ms
}
