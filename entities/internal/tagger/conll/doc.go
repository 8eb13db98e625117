// Package conll reads CoNLL-2003 style NER files and scores taggings with
// the conlleval rules (a name counts when its span and type both match).
package conll
