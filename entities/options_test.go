package entities

import "testing"

func TestOptions(t *testing.T) {
	text := "U.S. Secretary of State Mike Pompeo called Baghdad. Pompeo said Zorvan Pelletrix would go."
	t.Run("coreference", func(t *testing.T) {
		m, ok := mentionAt(text, miniLinker(t).Find(text), "Pompeo", 1)
		if !ok || m.Entity == nil || m.Entity.Wikipedia != "Mike_Pompeo" {
			t.Errorf("with coreference: %+v", m)
		}
		m, ok = mentionAt(text, miniLinker(t, WithCoreference(false)).Find(text), "Pompeo", 1)
		if ok && m.Entity != nil {
			t.Errorf("without coreference a surname of a little-known person stays unlinked: %+v", m)
		}
	})
	t.Run("tagger", func(t *testing.T) {
		if _, ok := mentionAt(text, miniLinker(t).Find(text), "Zorvan Pelletrix", 0); !ok {
			t.Error("with the tagger an unknown name is found")
		}
		ms := miniLinker(t, WithTagger(false)).Find(text)
		if _, ok := mentionAt(text, ms, "Zorvan Pelletrix", 0); ok {
			t.Error("without the tagger an unknown name is not found")
		}
		if _, ok := mentionAt(text, ms, "Baghdad", 0); !ok {
			t.Errorf("without the tagger known names are still found: %s", describeAll(ms))
		}
	})
	t.Run("min score", func(t *testing.T) {
		all := miniLinker(t).Find(text)
		some := miniLinker(t, WithMinScore(0.95)).Find(text)
		if len(some) >= len(all) {
			t.Errorf("min score 0.95 kept %d of %d mentions", len(some), len(all))
		}
		for _, m := range some {
			if m.Score < 0.95 {
				t.Errorf("kept %s with score %.2f", describe(m), m.Score)
			}
		}
	})
}
