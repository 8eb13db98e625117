package entities

// possessedBodies unlinks a body of one country that the possessive of
// another country names: "Japan's Democratic Party" is not the US party,
// and "South Korea's Supreme Court" not the US court. A party, a
// legislature or court, or a body whose title names its country belongs
// to the country whose possessive comes right before it; m's next best
// candidate is taken, or none, and m joins no coreference cluster.
func (l *Linker) possessedBodies(d *doc, ms []*mention, countries []int32) {
	for i := 1; i < len(ms); i++ {
		p, m := ms[i-1], ms[i]
		if p.best < 0 || m.best < 0 || !p.cands[p.best].nation || p.cands[p.best].country == 0 || p.end+1 != m.start || !possessive(d, p.end) {
			continue
		}
		owner := p.cands[p.best].country
		m.owned = countryBody(m.cands[m.best])
		for m.best >= 0 && countryBody(m.cands[m.best]) && m.cands[m.best].country != owner {
			m.cands[m.best].excluded = true
			m.choose(countries)
		}
	}
}

// countryBody reports whether c is a body of one country that other
// countries have one of by the same name: a party, a legislature or a
// court, or a body whose title names its country.
func countryBody(c candidate) bool {
	return c.typ == Organization && c.country != 0 && (c.institution || c.national || c.party)
}
