package kb

import (
	"bytes"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/newslens/newslens/entities/internal/token"
)

// testRecords is a small knowledge base exercising names, aliases, case
// rules, accents and title forms.
func testRecords() []Record {
	return []Record{
		{QID: "Q30", Title: "United_States", Name: "United States", Type: Place, Kind: "country", Country: "US", Prior: 245,
			Aliases: []Alias{{Text: "US"}, {Text: "U.S."}, {Text: "American", Flags: Demonym}}},
		{QID: "Q796", Title: "Iraq", Name: "Iraq", Type: Place, Kind: "country", Country: "IQ", Prior: 245,
			Aliases: []Alias{{Text: "Iraqi", Flags: Demonym}}},
		{Title: "Baghdad", Name: "Baghdad", Type: Place, Kind: "capital", Country: "IQ", Prior: 210},
		{Title: "Tehran", Name: "Tehran", Type: Place, Kind: "capital", Country: "IR", Prior: 210},
		{Title: "Mobile,_Alabama", Name: "Mobile", Type: Place, Kind: "city", Country: "US", Region: "Alabama", Prior: 90},
		{Name: "Sant Julià de Lòria", Type: Place, Kind: "city", Country: "AD", Prior: 70},
		{Title: "Zürich", Name: "Zürich", Type: Place, Kind: "city", Country: "CH", Prior: 150},
		{Title: "Winston-Salem,_North_Carolina", Name: "Winston-Salem", Type: Place, Kind: "city", Country: "US", Region: "North Carolina", Prior: 100},
		{Title: "Mustafa_Al-Kadhimi", Name: "Mustafa al-Kadhimi", Type: Person, Kind: "politician", Country: "IQ", Prior: 175,
			Aliases: []Alias{{Text: "Mustafa al-Kadhemi"}, {Text: "Kadhemi", Flags: Partial}, {Text: "al-Kadhimi", Flags: Partial}}},
		{Title: "Kata'ib_Hezbollah", Name: "Kata'ib Hezbollah", Type: Organization, Kind: "armed group", Country: "IQ", Prior: 170,
			Aliases: []Alias{{Text: "Kataib Hezbollah"}}},
		{Title: "Hezbollah", Name: "Hezbollah", Type: Organization, Kind: "armed group", Country: "LB", Prior: 185},
		{Title: "Agence_France-Presse", Name: "Agence France-Presse", Type: Organization, Kind: "news agency", Country: "FR", Prior: 200,
			Aliases: []Alias{{Text: "AFP"}}},
		{Title: "NATO", Name: "NATO", Type: Organization, Kind: "international organization", Prior: 210},
		{Title: "A_Bug's_Life", Name: "A Bug's Life", Type: Misc, Prior: 50},
		{Name: "Nice", Type: Place, Kind: "city", Country: "FR", Prior: 120, Description: "city on the French Riviera"},
		{Title: "Labour_Party_(UK)", Name: "Labour Party", Type: Organization, Kind: "political party", Country: "GB", Prior: 190},
		{Title: "Tom_Davis_(Virginia_politician)", Name: "Tom Davis", Type: Person, Kind: "legislator", Country: "US",
			Region: "Virginia", Prior: 105},
	}
}

func testKB(t testing.TB) *KB {
	k, err := Build(testRecords())
	require.NoError(t, err)
	return k
}

func TestKeyOf(t *testing.T) {
	t.Parallel()
	cases := []struct {
		in, key string
		caps    uint16
		upper   bool
	}{
		{"al-Kadhimi", "al kadhimi", 0b10, false},
		{"Al Kadhimi", "al kadhimi", 0b11, false},
		{"Kata'ib Hezbollah", "kataib hezbollah", 0b11, false},
		{"Kata’ib", "kataib", 1, false},
		{"U.S.", "us", 1, true},
		{"US", "us", 1, true},
		{"Zürich", "zurich", 1, false},
		{"Washington, D.C.", "washington , dc", 0b101, false},
		{"People's Republic", "people s republic", 0b101, false},
		{"Iraq - Iran", "iraq - iran", 0b101, false},
	}
	for _, c := range cases {
		k, ok := KeyOf(c.in)
		require.True(t, ok, c.in)
		assert.Equal(t, c.key, k.Text, c.in)
		assert.Equal(t, c.caps, k.Caps, c.in)
		assert.Equal(t, c.upper, k.Upper, c.in)
	}
	_, ok := KeyOf(" - ")
	assert.True(t, ok, "a lone hyphen is a token")
	_, ok = KeyOf("   ")
	assert.False(t, ok)
	_, ok = KeyOf(strings.Repeat("a ", maxKeyTokens+1))
	assert.False(t, ok)
}

func TestEntityFields(t *testing.T) {
	t.Parallel()
	k := testKB(t)
	require.Equal(t, len(testRecords()), k.Len())
	for i, r := range testRecords() {
		e := k.Entity(int32(i))
		assert.Equal(t, r.QID, e.QID)
		assert.Equal(t, r.Title, e.Title)
		assert.Equal(t, r.Name, e.Name)
		assert.Equal(t, r.Type, e.Type)
		assert.Equal(t, r.Kind, e.Kind)
		assert.Equal(t, r.Country, e.Country)
		assert.Equal(t, r.Prior, e.Prior)
	}
	assert.Equal(t, "city in Alabama, United States", k.Entity(4).Description)
	assert.Equal(t, "capital of Iraq", k.Entity(2).Description)
	assert.Equal(t, "city on the French Riviera", k.Entity(14).Description)
}

// TestEntityMatchesAccessors checks, over the embedded knowledge base,
// that the strings Entity builds in one piece are those the separate
// accessors return, for every name and title form.
func TestEntityMatchesAccessors(t *testing.T) {
	t.Parallel()
	k, err := Default()
	require.NoError(t, err)
	for i := range int32(k.Len()) {
		e := k.Entity(i)
		want := [4]string{k.Name(i), k.Title(i), k.QID(i), Describe(e.Kind, e.Region, CountryName(e.Country))}
		if d, ok := k.descs.of(i); ok {
			want[3] = d
		}
		if got := [4]string{e.Name, e.Title, e.QID, e.Description}; got != want {
			t.Fatalf("entity %d: got %q, want %q", i, got, want)
		}
	}
}

func TestQualified(t *testing.T) {
	t.Parallel()
	k := testKB(t)
	n := 0
	for i, r := range testRecords() {
		want := strings.Contains(r.Title, "_(")
		assert.Equal(t, want, k.Qualified(int32(i)), r.Title)
		if want {
			n++
		}
	}
	assert.Equal(t, 2, n)
}

func TestLookup(t *testing.T) {
	t.Parallel()
	k := testKB(t)
	name := func(s string) []string {
		var out []string
		for _, c := range k.Lookup(s) {
			out = append(out, k.Name(c.Entity))
		}
		return out
	}
	assert.Equal(t, []string{"Mustafa al-Kadhimi"}, name("Mustafa al-Kadhemi"))
	assert.Equal(t, []string{"Mustafa al-Kadhimi"}, name("mustafa AL KADHEMI"))
	assert.Equal(t, []string{"Kata'ib Hezbollah"}, name("Kataib Hezbollah"))
	assert.Equal(t, []string{"Zürich"}, name("Zurich"))
	assert.Equal(t, []string{"United States"}, name("us"), "lookup ignores case rules")
	assert.Empty(t, name("Atlantis"))
	c := k.Lookup("Iraqi")
	require.Len(t, c, 1)
	assert.Equal(t, Demonym, c[0].Flags&Demonym)
}

// spans returns "text=Name" for each match, in match order.
func spans(k *KB, text string) []string {
	toks := token.Tokenize(text)
	var out []string
	for _, m := range k.Match(toks, nil) {
		out = append(out, text[toks[m.Start].Start:toks[m.End-1].End]+"="+k.Name(m.Entity))
	}
	return out
}

func TestMatch(t *testing.T) {
	t.Parallel()
	k := testKB(t)
	cases := []struct {
		text string
		want []string
	}{
		{"Tehran-backed factions", []string{"Tehran=Tehran"}},
		{"in Baghdad's Green Zone", []string{"Baghdad=Baghdad"}},
		{"Mustafa al-Kadhemi said", []string{"Mustafa al-Kadhemi=Mustafa al-Kadhimi", "Kadhemi=Mustafa al-Kadhimi"}},
		{"Mustafa Al Kadhemi", []string{"Mustafa Al Kadhemi=Mustafa al-Kadhimi", "Kadhemi=Mustafa al-Kadhimi"}},
		{"al-Kadhimi", []string{"al-Kadhimi=Mustafa al-Kadhimi"}},
		{"Al Kadhimi's visit", []string{"Al Kadhimi=Mustafa al-Kadhimi"}},
		{"tell us more", nil},
		{"Tell Us", nil},
		{"the US and the U.S.", []string{"US=United States", "U.S.=United States"}},
		{"TELL US", []string{"US=United States"}},
		{"a mobile phone", nil},
		{"Mobile, Alabama", []string{"Mobile=Mobile"}},
		{"nice weather in Nice", []string{"Nice=Nice"}},
		{"Zurich and Zürich", []string{"Zurich=Zürich", "Zürich=Zürich"}},
		{"Sant Julia de Loria", []string{"Sant Julia de Loria=Sant Julià de Lòria"}},
		{"sant julia de loria", nil},
		{"Winston Salem", []string{"Winston Salem=Winston-Salem"}},
		{"Kata’ib Hezbollah and Kataib Hezbollah", []string{
			"Kata’ib Hezbollah=Kata'ib Hezbollah", "Hezbollah=Hezbollah", "Kataib Hezbollah=Kata'ib Hezbollah", "Hezbollah=Hezbollah"}},
		{"an Iraqi official told AFP", []string{"Iraqi=Iraq", "AFP=Agence France-Presse"}},
		{"afp", nil},
		{"Nato", []string{"Nato=NATO"}}, // British style: see TestMatchOrderAndFlags
		{"NAto and NaTO", nil},
		{"Afp", nil}, // too short to be written as a word
		{"NATO", []string{"NATO=NATO"}},
		{"Iraq. Iraq", []string{"Iraq=Iraq", "Iraq=Iraq"}},
		{"the Labour Party and the Labour party", []string{"Labour Party=Labour Party", "Labour party=Labour Party"}},
		{"the labour party", nil},
		{"a Party labour", nil},
		{"", nil},
	}
	for _, c := range cases {
		assert.Equal(t, c.want, spans(k, c.text), c.text)
	}
}

func TestMatchOrderAndFlags(t *testing.T) {
	t.Parallel()
	k := testKB(t)
	toks := token.Tokenize("Kataib Hezbollah")
	ms := k.Match(toks, nil)
	require.Len(t, ms, 2)
	assert.Equal(t, [2]int{0, 2}, [2]int{ms[0].Start, ms[0].End}, "longest first")
	assert.Equal(t, [2]int{1, 2}, [2]int{ms[1].Start, ms[1].End})
	ms = k.Match(token.Tokenize("A Bug's Life"), nil)
	require.Len(t, ms, 1)
	assert.Equal(t, TitleOnly, ms[0].Flags&TitleOnly)
	ms = k.Match(token.Tokenize("Nato and NATO"), nil)
	require.Len(t, ms, 2)
	assert.Equal(t, TitleCased, ms[0].Flags&TitleCased, "an acronym written in title case")
	assert.Zero(t, ms[1].Flags&TitleCased, "an acronym in capitals")
}

func TestEncodeDecode(t *testing.T) {
	t.Parallel()
	k := testKB(t)
	data := Encode(k)
	d, err := Decode(data)
	require.NoError(t, err)
	assert.True(t, bytes.Equal(data, Encode(d)), "re-encoding differs")
	for i := range int32(k.Len()) {
		assert.Equal(t, k.Entity(i), d.Entity(i))
	}
	assert.Equal(t, spans(k, "Mustafa al-Kadhemi in Zürich, U.S."), spans(d, "Mustafa al-Kadhemi in Zürich, U.S."))
	assert.Equal(t, k.Lookup("Kadhemi"), d.Lookup("Kadhemi"))
}

func TestDecodeRejectsDamage(t *testing.T) {
	t.Parallel()
	data := Encode(testKB(t))
	_, err := Decode(data[:len(data)-1])
	assert.ErrorIs(t, err, ErrFormat)
	_, err = Decode(append(append([]byte{}, data...), 0))
	assert.ErrorIs(t, err, ErrFormat)
	_, err = Decode([]byte("NLKB"))
	assert.ErrorIs(t, err, ErrFormat)
	for i := len(magic); i < len(data); i++ {
		bad := append([]byte{}, data...)
		bad[i] ^= 0xFF
		if k, err := Decode(bad); err == nil {
			for e := range int32(k.Len()) {
				_ = k.Entity(e)
			}
			_ = k.Match(token.Tokenize("Mustafa al-Kadhemi in Zürich, U.S. NATO"), nil)
		}
	}
}

func TestNameDiff(t *testing.T) {
	t.Parallel()
	for _, c := range [][2]string{
		{"Sant Julia De Loria", "Sant Julià de Lòria"},
		{"Winston Salem", "Winston-Salem"},
		{"Kataib Hezbollah", "Kata'ib Hezbollah"},
		{"Strasse", "Straße"},
		{"Abc", "Xyz"},
		{"Abc", ""},
		{"", "Abc"},
	} {
		d := makeDiff(c[0], c[1])
		got, ok := applyDiff(c[0], d)
		assert.True(t, ok, c)
		assert.Equal(t, c[1], got)
	}
	_, ok := applyDiff("abc", []byte{9, opEnd})
	assert.False(t, ok)
	_, ok = applyDiff("abc", nil)
	assert.False(t, ok)
}

func TestDefaultDecodes(t *testing.T) {
	t.Parallel()
	k, err := Default()
	require.NoError(t, err)
	assert.Greater(t, k.Len(), 200000)
	assert.True(t, bytes.Equal(Embedded(), Encode(k)), "embedded file re-encodes identically")
}

func FuzzDecode(f *testing.F) {
	f.Add(Encode(testKB(f)))
	f.Add([]byte(magic))
	f.Fuzz(func(t *testing.T, data []byte) {
		k, err := Decode(data)
		if err != nil {
			return
		}
		for e := range int32(min(k.Len(), 100)) {
			_ = k.Entity(e)
		}
		toks := token.Tokenize("Mustafa al-Kadhemi in Zürich, U.S.")
		_ = k.Match(toks, nil) // by binary search
		k.Prepare()
		_ = k.Match(toks, nil) // with the first-token index
	})
}

// TestDefaultStats logs the composition of the embedded knowledge base
// (go test -run DefaultStats -v) and checks its floor.
func TestDefaultStats(t *testing.T) {
	t.Parallel()
	k, err := Default()
	require.NoError(t, err)
	byType, byKind := map[Type]int{}, map[string]int{}
	qids, titles := 0, 0
	for i := range int32(k.Len()) {
		byType[k.Type(i)]++
		byKind[k.Type(i).String()+"/"+k.Kind(i)]++
		if k.qid[i] != 0 {
			qids++
		}
		if k.titleForm[i] != titleNone {
			titles++
		}
	}
	t.Logf("entities %d, keys %d, alias entries %d, with QID %d, with title %d", k.Len(), k.Keys(), k.Entries(), qids, titles)
	t.Logf("by type %v", byType)
	t.Logf("by kind %v", byKind)
	assert.Greater(t, byType[Person], 10000)
	assert.Greater(t, byType[Organization], 1000)
	assert.Greater(t, byType[Place], 150000)
}

func TestMerge(t *testing.T) {
	t.Parallel()
	recs := testRecords()
	a, err := Build(recs[:7])
	require.NoError(t, err)
	b, err := Build(recs[7:])
	require.NoError(t, err)
	want, err := Build(recs)
	require.NoError(t, err)
	for _, pair := range [][2]*KB{{a, b}, {decoded(t, a), decoded(t, b)}} {
		m, err := Merge(pair[0], pair[1])
		require.NoError(t, err)
		var got, exp bytes.Buffer
		require.NoError(t, WriteText(&got, m))
		require.NoError(t, WriteText(&exp, want))
		assert.Equal(t, exp.String(), got.String())
		assert.Equal(t, spans(want, "Mustafa al-Kadhemi in Zürich, U.S. Nice"), spans(m, "Mustafa al-Kadhemi in Zürich, U.S. Nice"))
		assert.True(t, bytes.Equal(Encode(want), Encode(m)), "same encoding")
	}
	empty, err := Build(nil)
	require.NoError(t, err)
	m, err := Merge(empty, a)
	require.NoError(t, err)
	assert.Equal(t, a.Len(), m.Len())
}

func decoded(t *testing.T, k *KB) *KB {
	d, err := Decode(Encode(k))
	require.NoError(t, err)
	return d
}

// TestWordsHave checks the allocation-free lookup against Lookup on every
// key of the embedded knowledge base, and on near misses.
func TestWordsHave(t *testing.T) {
	k, err := Default()
	require.NoError(t, err)
	for ki := range int32(k.Keys()) {
		words := strings.Split(k.Key(ki), " ")
		var any, titleOnly bool
		for _, c := range k.Lookup(k.Key(ki)) {
			any = true
			titleOnly = titleOnly || c.Flags&TitleOnly != 0
		}
		require.Equal(t, any, k.WordsHave(words, 0), k.Key(ki))
		require.Equal(t, titleOnly, k.WordsHave(words, TitleOnly), k.Key(ki))
	}
	for _, miss := range [][]string{nil, {"zzzz"}, {"new", "yorkk"}, {"new", "york", "zzzz"}, {"mobil"}, {""}} {
		assert.False(t, k.WordsHave(miss, 0), "%q", miss)
	}
	assert.True(t, k.WordsHave([]string{"mobile", "phone"}, TitleOnly))
	assert.Zero(t, testing.AllocsPerRun(100, func() { k.WordsHave([]string{"mobile", "phone"}, TitleOnly) }))
}

func TestCountryQualified(t *testing.T) {
	t.Parallel()
	tests := []struct {
		rec  Record
		want bool
	}{
		{Record{Name: "Ministry of Justice", Title: "Ministry_of_Justice_(United_Kingdom)", Type: Organization, Country: "GB"}, true},
		{Record{Name: "Labour Party", Title: "Labour_Party_(UK)", Type: Organization, Country: "GB"}, true},
		{Record{Name: "Democratic Party", Title: "Democratic_Party_(United_States)", Type: Organization, Country: "US"}, true},
		{Record{Name: "Unison", Title: "Unison_(trade_union)", Type: Organization, Country: "GB"}, false},
		{Record{Name: "Green Party", Title: "Green_Party_(Ireland)", Type: Organization, Country: "GB"}, false},
		{Record{Name: "NATO", Title: "NATO", Type: Organization}, false},
		{Record{Name: "Paris", Type: Place, Country: "FR"}, false},
	}
	recs := make([]Record, len(tests))
	for i, tt := range tests {
		recs[i] = tt.rec
	}
	k, err := Build(recs)
	require.NoError(t, err)
	for i, tt := range tests {
		assert.Equal(t, tt.want, k.CountryQualified(int32(i)), tt.rec.Title)
	}
}
