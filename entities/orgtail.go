package entities

import (
	"github.com/newslens/newslens/entities/internal/tagger"
	"github.com/newslens/newslens/entities/internal/token"
)

// withOrgTails extends each tagger span that the capitalized words of an
// organization's name follow over them, as an organization: "Oakland"
// and "Unified School District", "Boise" and "School District". The
// tagger, trained on wire copy that seldom names local bodies, often
// stops at the place that opens such a name, which would then link the
// city where the text names its school district.
func withOrgTails(d *doc, spans []tagSpan) []tagSpan {
	out := spans[:0]
	for i := 0; i < len(spans); i++ {
		s := spans[i]
		limit := len(d.toks)
		if i+1 < len(spans) {
			limit = spans[i+1].start
		}
		if e := orgTailEnd(d, s.end, limit); e > s.end {
			end, next := ofPart(d, e), i+1
			for next < len(spans) && spans[next].end <= end {
				next++ // "Labour" of "Department of Labour" is part of it
			}
			if next < len(spans) && spans[next].start < end {
				end, next = e, i+1 // a span after "of" goes on past it
			}
			s.end, s.label, i = end, tagger.ORG, next-1
		}
		out = append(out, s)
	}
	return out
}

// ofPart returns the end of the "of" phrase that completes the name of
// a body ending at token e ("Department" and "of Labour"): "of" and up
// to two capitalized words; e when none follows.
func ofPart(d *doc, e int) int {
	if e+1 >= len(d.toks) || d.folds[e] != "of" || d.sentOf[e+1] != d.sentOf[e] {
		return e
	}
	end := e
	for j := e + 1; j < len(d.toks) && j <= e+2 && d.sentOf[j] == d.sentOf[e]; j++ {
		if t := d.toks[j]; t.Kind != token.Word || !capitalized(t.Text) {
			break
		}
		end = j + 1
	}
	return end
}

// maxOrgTail is the most words an organization's name adds after the
// name that opens it ("Unified School District").
const maxOrgTail = 3

// orgTailEnd returns the end of the longest run of capitalized words
// that starts at token i, before limit, and ends with an organization's
// head word; i when there is none.
func orgTailEnd(d *doc, i, limit int) int {
	end := i
	for j := i; j < limit && j < i+maxOrgTail; j++ {
		t := d.toks[j]
		if t.Kind != token.Word || !t.SpaceBefore || !capitalized(t.Text) || d.sentOf[j] != d.sentOf[i] || dateWords[d.folds[j]] {
			break
		}
		if orgHead(d, j) {
			end = j + 1
		}
	}
	return end
}

// dateWords are the capitalized words of dates, which a run of a name's
// words does not pass ("Seattle Monday Council" where a period was
// lost).
var dateWords = map[string]bool{
	"monday": true, "tuesday": true, "wednesday": true, "thursday": true, "friday": true,
	"saturday": true, "sunday": true, "january": true, "february": true, "march": true, "april": true,
	"june": true, "july": true, "august": true, "september": true, "october": true, "november": true,
	"december": true,
}

// orgHead reports whether token j ends an organization's name: a head
// word of organizations, or "District" after "School".
func orgHead(d *doc, j int) bool {
	if d.folds[j] == "district" {
		return j > 0 && d.folds[j-1] == "school"
	}
	return headWords[d.folds[j]] == Organization
}
