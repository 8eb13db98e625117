package entities_test

import (
	"fmt"
	"strings"

	"github.com/newslens/newslens/entities"
)

func ExampleLinker_Find() {
	text := "Iraqi Prime Minister Mustafa al-Kadhimi met U.S. Secretary of State Mike Pompeo in Washington. " +
		"Kadhemi said Tehran-backed factions would be reined in; Pompeo welcomed the pledge."
	for _, m := range entities.Default().Find(text) {
		link := "(not in the knowledge base)"
		if m.Entity != nil {
			link = m.Entity.Wikipedia
		}
		fmt.Printf("%-18s %-7s %s\n", m.Text, m.Type, link)
	}
	// Output:
	// Iraqi              Group   Iraq
	// Mustafa al-Kadhimi Person  Mustafa_Al-Kadhimi
	// U.S.               Place   United_States
	// Mike Pompeo        Person  Mike_Pompeo
	// Washington         Place   Washington,_D.C.
	// Kadhemi            Person  Mustafa_Al-Kadhimi
	// Tehran             Place   Tehran
	// Pompeo             Person  Mike_Pompeo
}

func ExampleSummarize_article() {
	text := "Pompeo warns Baghdad\nU.S. Secretary of State Mike Pompeo told Iraqi leaders the embassy in Baghdad could close. " +
		"Pompeo spoke to President Barham Salih."
	ms := entities.Default().Find(text)
	for _, s := range entities.Summarize(text, ms) {
		fmt.Printf("%s (%s) x%d\n", strings.ReplaceAll(s.Wikipedia, "_", " "), s.Type, s.Count)
	}
	// Output:
	// Mike Pompeo (Person) x3
	// Baghdad (Place) x2
	// United States (Place) x1
	// Iraq (Place) x1
	// Barham Salih (Person) x1
}

// Mentions written one JSON object per line (NDJSON) into one buffer,
// reused from line to line.
func ExampleMention_AppendJSON() {
	text := "Pompeo met Barham Salih in Baghdad."
	var line []byte
	for _, m := range entities.Default().Find(text) {
		line, _ = m.AppendJSON(line[:0]) // Score is never NaN, so no error
		fmt.Println(string(line))
	}
	// Output:
	// {"start":0,"end":6,"text":"Pompeo","type":"Person","id":"","wikipedia":"Mike_Pompeo","score":0.886}
	// {"start":11,"end":23,"text":"Barham Salih","type":"Person","id":"","wikipedia":"Barham_Salih","score":0.998}
	// {"start":27,"end":34,"text":"Baghdad","type":"Place","id":"Q1530","wikipedia":"Baghdad","score":0.869}
}

// A server readies the linker as it starts, so that its first request is
// as fast as the others.
func ExampleLinker_Prepare() {
	linker := entities.Default()
	linker.Prepare()
	for _, m := range linker.Find("Angela Merkel spoke in Berlin.") {
		fmt.Println(m.Text, m.Entity.ID)
	}
	// Output:
	// Angela Merkel Q567
	// Berlin Q64
}
