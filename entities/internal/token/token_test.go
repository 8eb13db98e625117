package token

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func texts(toks []Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Text
	}
	return out
}

func TestTokenize(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		want []string
	}{
		{"U.S. Secretary of State Mike Pompeo", []string{"U.S.", "Secretary", "of", "State", "Mike", "Pompeo"}},
		{"the U.S.", []string{"the", "U.S."}},
		{"Oct. 26, 2019.", []string{"Oct.", "26", ",", "2019", "."}},
		{"Gen. Qassem Soleimani", []string{"Gen.", "Qassem", "Soleimani"}},
		{"Mustafa al-Kadhimi", []string{"Mustafa", "al", "-", "Kadhimi"}},
		{"Tehran-backed factions", []string{"Tehran", "-", "backed", "factions"}},
		{"pro-Iran groups", []string{"pro", "-", "Iran", "groups"}},
		{"Baghdad's Green Zone", []string{"Baghdad", "'s", "Green", "Zone"}},
		{"Baghdad’s Green Zone", []string{"Baghdad", "’s", "Green", "Zone"}},
		{"Kata'ib Hezbollah", []string{"Kata'ib", "Hezbollah"}},
		{"O'Brien said", []string{"O'Brien", "said"}},
		{"Iraqis' anger", []string{"Iraqis", "'", "anger"}},
		{`"maximum pressure" policy`, []string{`"`, "maximum", "pressure", `"`, "policy"}},
		{"“quoted” — dash", []string{"“", "quoted", "”", "—", "dash"}},
		{"3,000 troops and 1.5 million", []string{"3,000", "troops", "and", "1.5", "million"}},
		{"John F. Kennedy", []string{"John", "F.", "Kennedy"}},
		{"Zürich and São Paulo", []string{"Zürich", "and", "São", "Paulo"}},
		{"COVID-19", []string{"COVID", "-", "19"}},
		{"Vladi\u00admir Putin", []string{"Vladi\u00admir", "Putin"}},
		{"end\u00ad of", []string{"end", "\u00ad", "of"}},
		{"they're here", []string{"they're", "here"}},
		{"", nil},
		{"   ", nil},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			t.Parallel()
			got := Tokenize(tc.in)
			if len(tc.want) == 0 {
				assert.Empty(t, got)
				return
			}
			assert.Equal(t, tc.want, texts(got))
		})
	}
}

func TestTokenizeOffsetsAndSpace(t *testing.T) {
	t.Parallel()
	text := "Baghdad's al-Kadhimi"
	toks := Tokenize(text)
	for _, tk := range toks {
		assert.Equal(t, tk.Text, text[tk.Start:tk.End])
	}
	space := []bool{true, false, true, false, false}
	for i, tk := range toks {
		assert.Equal(t, space[i], tk.SpaceBefore, tk.Text)
	}
	assert.Equal(t, Hyphen, toks[3].Kind)
}

func TestSentences(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   string
		want []string
	}{
		{"Gen. Soleimani died. The U.S. said so.", []string{"Gen. Soleimani died.", "The U.S. said so."}},
		{`He said "no." Then he left!`, []string{`He said "no."`, "Then he left!"}},
		{"Headline without period\nBody starts here.", []string{"Headline without period", "Body starts here."}},
		{"It was 3.5 p.m. on Oct. 26. Later, more.", []string{"It was 3.5 p.m. on Oct. 26.", "Later, more."}},
		{"no terminal", []string{"no terminal"}},
		{"They would overturn Roe v. Wade. It held.", []string{"They would overturn Roe v. Wade.", "It held."}},
		{"ST. LOUIS (AP) - It rained.", []string{"ST. LOUIS (AP) - It rained."}},
		{"They met at 1600 Pennsylvania Ave. NW in Washington.", []string{"They met at 1600 Pennsylvania Ave. NW in Washington."}},
	}
	for _, tc := range tests {
		t.Run(tc.in, func(t *testing.T) {
			t.Parallel()
			toks := Tokenize(tc.in)
			var got []string
			for _, s := range Sentences(tc.in, toks) {
				got = append(got, tc.in[toks[s.Start].Start:toks[s.End-1].End])
			}
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestFold(t *testing.T) {
	t.Parallel()
	tests := map[string]string{
		"Kata'ib":         "kataib",
		"Kata’ib":         "kataib",
		"U.S.":            "us",
		"Zürich":          "zurich",
		"São":             "sao",
		"Ærø":             "aero",
		"Straße":          "strasse",
		"İstanbul":        "istanbul",
		"Москва":          "москва",
		"plain":           "plain",
		"Cafe\u0301":      "cafe",
		"Netan\u00adyahu": "netanyahu",
	}
	for in, want := range tests {
		assert.Equal(t, want, Fold(in), in)
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"U.S. Gen. al-Kadhimi's", "Kata'ib “x” — 3,000", "\xff\xfe'", "a.b.c.", "'s'"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := Tokenize(s)
		prev := 0
		for _, tk := range toks {
			if tk.Start < prev || tk.End <= tk.Start || tk.End > len(s) || s[tk.Start:tk.End] != tk.Text {
				t.Fatalf("bad token %+v after %d in %q", tk, prev, s)
			}
			if strings.TrimSpace(tk.Text) == "" {
				t.Fatalf("space token %+v", tk)
			}
			prev = tk.End
		}
		spans := Sentences(s, toks)
		next := 0
		for _, sp := range spans {
			if sp.Start != next || sp.End <= sp.Start {
				t.Fatalf("bad sentence %+v, want start %d", sp, next)
			}
			next = sp.End
		}
		if next != len(toks) {
			t.Fatalf("sentences cover %d of %d tokens", next, len(toks))
		}
		if utf8.ValidString(s) && !utf8.ValidString(Fold(s)) {
			t.Fatalf("Fold broke UTF-8 of %q", s)
		}
	})
}

func BenchmarkTokenize(b *testing.B) {
	text := strings.Repeat("The U.S. has begun taking preliminary steps to close the embassy in Baghdad's Green Zone, an Iraqi official told AFP. ", 100)
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		Tokenize(text)
	}
}

func TestFoldsMatchFold(t *testing.T) {
	text := "U.S. Zürich Kata'ib al-Kadhimi ŞEHİR rock`n BAGHDAD's . ’ 北京"
	toks := append(Tokenize(text), Token{}) // an empty token, too
	folds := Folds(toks)
	for i, tk := range toks {
		if want := Fold(tk.Text); folds[i] != want {
			t.Errorf("Folds[%d] = %q, want %q", i, folds[i], want)
		}
		if got := string(AppendFold([]byte("x"), tk.Text)); got != "x"+Fold(tk.Text) {
			t.Errorf("AppendFold(%q) = %q", tk.Text, got)
		}
	}
}
