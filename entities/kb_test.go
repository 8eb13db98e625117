package entities

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const kbSample = `# id	wikipedia	name	type	kind	country	region	prior	description	aliases
Q796	Iraq	Iraq	Place	country	IQ		245		Republic of Iraq|@Iraqi|@Iraqis
	Kata'ib_Hezbollah	Kata'ib Hezbollah	Organization	armed group	IQ		170		Kataib Hezbollah|Kata'ib Hizballah

	Mustafa_Al-Kadhimi	Mustafa al-Kadhimi	Person	politician	IQ		175	Prime Minister of Iraq (2020-2022)	Mustafa al-Kadhemi|^Kadhemi
		Springfield	Place	city	US	Illinois	90
	Zürich	Zürich	Place	city	CH		150		Zurich
		Tiny Org	Organization
Q492318	University_of_Alabama	University of Alabama	Organization	university	US	Alabama	150		%Alabama
`

func TestLoadKB(t *testing.T) {
	t.Parallel()
	k, err := LoadKB(strings.NewReader(kbSample))
	require.NoError(t, err)
	assert.Equal(t, 7, k.Len())
	got := k.Lookup("Al Kadhemi")
	assert.Empty(t, got, "a partial alias needs its own words")
	got = k.Lookup("Kadhemi")
	require.Len(t, got, 1)
	assert.Equal(t, Entity{Wikipedia: "Mustafa_Al-Kadhimi", Name: "Mustafa al-Kadhimi", Type: Person,
		Kind: "politician", Description: "Prime Minister of Iraq (2020-2022)"}, got[0])
	got = k.Lookup("iraqis")
	require.Len(t, got, 1)
	assert.Equal(t, "Q796", got[0].ID)
	assert.Equal(t, "country", got[0].Description)
	got = k.Lookup("Springfield")
	require.Len(t, got, 1)
	assert.Equal(t, "city in Illinois, United States", got[0].Description)
	assert.Equal(t, "Zürich", k.Lookup("ZURICH")[0].Name)
}

func TestLoadKBErrors(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, text string
		line       int
		msg        string
	}{
		{"too few columns", "\tIraq\tIraq\n", 1, "columns"},
		{"too many columns", strings.Repeat("x\t", 10) + "x\n", 1, "columns"},
		{"bad id", "# c\nX1\t\tIraq\tPlace\n", 2, "Wikidata"},
		{"bad type", "\t\tIraq\tCountry\n", 1, "type"},
		{"space in title", "\tNew York\tNew York\tPlace\n", 1, "underscores"},
		{"bad country", "\t\tIraq\tPlace\t\tIRQ\n", 1, "country"},
		{"bad prior", "\t\tIraq\tPlace\t\t\t\t300\n", 1, "prior"},
		{"empty name", "\n\n\t\t \tPlace\n", 3, "name"},
		{"empty alias", "\t\tIraq\tPlace\t\t\t\t\t\tA||B\n", 1, "alias"},
		{"bad utf8", "\t\tIr\xffq\tPlace\n", 1, "UTF-8"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			_, err := LoadKB(strings.NewReader(c.text))
			var fe *FormatError
			require.True(t, errors.As(err, &fe), "error %v", err)
			assert.Equal(t, c.line, fe.Line)
			assert.Contains(t, fe.Msg, c.msg)
			assert.Contains(t, err.Error(), "line")
		})
	}
}

func TestKBRoundTrip(t *testing.T) {
	t.Parallel()
	k, err := LoadKB(strings.NewReader(kbSample))
	require.NoError(t, err)
	var a, b bytes.Buffer
	n, err := k.WriteTo(&a)
	require.NoError(t, err)
	assert.Equal(t, int64(a.Len()), n)
	k2, err := LoadKB(bytes.NewReader(a.Bytes()))
	require.NoError(t, err)
	_, err = k2.WriteTo(&b)
	require.NoError(t, err)
	assert.Equal(t, a.String(), b.String())
	assert.Contains(t, a.String(), "%Alabama", "a sports short form keeps its prefix")
	for _, name := range []string{"Iraqi", "Kataib Hezbollah", "Kadhemi", "Zurich", "Tiny Org", "Alabama"} {
		assert.Equal(t, k.Lookup(name), k2.Lookup(name), name)
	}
}

func TestKBMerge(t *testing.T) {
	t.Parallel()
	a, err := LoadKB(strings.NewReader("\t\tAcme Widgets\tOrganization\tcompany\tUS\t\t100\n"))
	require.NoError(t, err)
	b, err := LoadKB(strings.NewReader("\t\tAcme Widgets\tOrganization\tcompany\tGB\t\t120\n\t\tWidgetville\tPlace\tcity\n"))
	require.NoError(t, err)
	m, err := a.Merge(b)
	require.NoError(t, err)
	assert.Equal(t, 3, m.Len())
	got := m.Lookup("Acme Widgets")
	require.Len(t, got, 2)
	assert.Equal(t, "company in the United Kingdom", got[0].Description, "higher prior first")
	var nilKB *KB
	assert.Equal(t, 0, nilKB.Len())
	assert.Nil(t, nilKB.Lookup("x"))
}

// seedEntities are the required entities of the seed article, looked up
// by a spelling the article uses.
var seedEntities = map[string]string{
	"US": "United_States", "U.S.": "United_States", "American": "United_States",
	"Iraq": "Iraq", "Iraqi": "Iraq", "Baghdad": "Baghdad", "Green Zone": "Green_Zone",
	"AP": "Associated_Press", "Washington": "Washington,_D.C.", "Iran": "Iran", "Iranian": "Iran",
	"Mike Pompeo": "Mike_Pompeo", "Barham Salih": "Barham_Salih",
	"Mustafa al-Kadhimi": "Mustafa_Al-Kadhimi", "Mustafa al-Kadhemi": "Mustafa_Al-Kadhimi", "Kadhemi": "Mustafa_Al-Kadhimi",
	"Erbil": "Erbil", "Tehran": "Tehran", "Kataib Hezbollah": "Kata'ib_Hezbollah", "AFP": "Agence_France-Presse",
	"Qassem Soleimani": "Qasem_Soleimani", "Abu Mahdi al-Muhandis": "Abu_Mahdi_al-Muhandis",
	"Hashed al-Shaabi": "Popular_Mobilization_Forces", "Popular Mobilization Forces": "Popular_Mobilization_Forces",
	"Muqtada al-Sadr": "Muqtada_al-Sadr", "Saeroon": "Alliance_Towards_Reforms", "Twitter": "Twitter",
	"United Nations": "United_Nations",
}

func TestDefaultKBSeedEntities(t *testing.T) {
	t.Parallel()
	k := DefaultKB()
	assert.Greater(t, k.Len(), 200000)
	titles := map[string]bool{}
	for alias, title := range seedEntities {
		got := k.Lookup(alias)
		require.NotEmpty(t, got, alias)
		assert.Equal(t, title, got[0].Wikipedia, "best entity for %q", alias)
		titles[title] = true
	}
	assert.Len(t, titles, 21, "distinct required seed entities")
}

func FuzzLoadKB(f *testing.F) {
	f.Add(kbSample)
	f.Add("\t\tX\tMisc\t\t\t\t\t\t?X|@Y|^Z\n")
	f.Add("\t\t0\tMisc\t\t\t\t\t\t? %|^ @a\n") // texts that start with a flag character
	f.Fuzz(func(t *testing.T, s string) {
		k, err := LoadKB(strings.NewReader(s))
		if err != nil {
			var fe *FormatError
			if !errors.As(err, &fe) && !errors.Is(err, ErrKBTooLarge) {
				t.Fatalf("unexpected error type %T: %v", err, err)
			}
			return
		}
		var a, b bytes.Buffer
		if _, err := k.WriteTo(&a); err != nil {
			t.Fatal(err)
		}
		k2, err := LoadKB(bytes.NewReader(a.Bytes()))
		if err != nil {
			t.Fatalf("written knowledge base does not load: %v\n%s", err, a.String())
		}
		if _, err := k2.WriteTo(&b); err != nil {
			t.Fatal(err)
		}
		if a.String() != b.String() {
			t.Fatalf("round trip differs:\n%s\n%s", a.String(), b.String())
		}
	})
}

// BenchmarkDefaultKBMerge measures extending the default knowledge base.
func BenchmarkDefaultKBMerge(b *testing.B) {
	extra, err := LoadKB(strings.NewReader(kbSample))
	require.NoError(b, err)
	for b.Loop() {
		if _, err := DefaultKB().Merge(extra); err != nil {
			b.Fatal(err)
		}
	}
}

// TestKBDocExample loads the example of the KB documentation.
func TestKBDocExample(t *testing.T) {
	t.Parallel()
	doc := "# id\twikipedia\tname\ttype\tkind\tcountry\tregion\tprior\tdescription\taliases\n" +
		"Q796\tIraq\tIraq\tPlace\tcountry\tIQ\t\t245\t\tRepublic of Iraq|@Iraqi|@Iraqis\n" +
		"\tKata'ib_Hezbollah\tKata'ib Hezbollah\tOrganization\tarmed group\tIQ\t\t170\t\tKataib Hezbollah\n"
	k, err := LoadKB(strings.NewReader(doc))
	require.NoError(t, err)
	assert.Equal(t, 2, k.Len())
	assert.Equal(t, "Kata'ib_Hezbollah", k.Lookup("Kataib Hezbollah")[0].Wikipedia)
}
