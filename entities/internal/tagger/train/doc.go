// Command train fits the name tagger on CoNLL-2003 (CoNLL++) data and
// writes the model file the tagger package embeds. From the repository
// root:
//
//	go generate ./entities/internal/tagger
//
// runs it in the package directory with the default flags: training data
// from ../shared/eval/ner (conllpp_train.txt; conllpp_dev.txt for the
// report), gazetteer bits from the embedded knowledge base, two stages,
// 14 epochs each, then pruned: rows (a feature's weights in one stage)
// whose largest weight is below 2.5 are dropped, then single weights
// below 1 (-prunerows 0 -prune 0 keep everything: dev F1 about 0.3 points
// higher, a model 2.8 times the size).
// It prints dev F1 after every epoch and the final
// conlleval-style report (spans scored on the original CoNLL tokens).
// Training takes about a minute of CPU time and is deterministic: the
// same data, knowledge base, flags and seed give the same model bytes.
// Regenerate the knowledge base first when it changes, since the
// gazetteer features are learned from it.
//
// Other uses: -eval FILE scores an existing model on the dev set, -pred
// FILE writes dev predictions for error analysis, -kb=false and
// -stacked=false train the ablations.
package main
