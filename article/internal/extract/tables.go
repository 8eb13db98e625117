package extract

import (
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// markDataTables returns the tables of root that hold data rather than
// layout.
func markDataTables(root *html.Node) map[*html.Node]bool {
	var m map[*html.Node]bool
	Walk(root, func(n *html.Node) bool {
		if isElem(n, atom.Table) && isDataTable(n) {
			if m == nil {
				m = make(map[*html.Node]bool)
			}
			m[n] = true
		}
		return true
	})
	return m
}

func isDataTable(t *html.Node) bool {
	switch {
	case attr(t, "role") == "presentation", attr(t, "datatable") == "0":
		return false
	case attr(t, "summary") != "":
		return true
	}
	caption, dataDesc, nested := false, false, false
	rows, cols := 0, 0
	Walk(t, func(n *html.Node) bool {
		if n == t || n.Type != html.ElementNode {
			return true
		}
		switch n.DataAtom {
		case atom.Caption:
			caption = caption || n.FirstChild != nil
		case atom.Col, atom.Colgroup, atom.Tfoot, atom.Thead, atom.Th:
			dataDesc = true
		case atom.Table:
			nested = true
			return false
		case atom.Tr:
			rows += spanAttr(n, "rowspan")
			c := 0
			for td := n.FirstChild; td != nil; td = td.NextSibling {
				if isElem(td, atom.Td) || isElem(td, atom.Th) {
					c += spanAttr(td, "colspan")
				}
			}
			cols = max(cols, c)
		}
		return true
	})
	switch {
	case caption, dataDesc:
		return true
	case nested, rows == 1, cols == 1:
		return false
	case rows >= 10, cols > 4:
		return true
	}
	return rows*cols > 10
}

func spanAttr(n *html.Node, key string) int {
	v := attr(n, key)
	k := 0
	for i := 0; i < len(v) && v[i] >= '0' && v[i] <= '9' && k < 1000; i++ {
		k = k*10 + int(v[i]-'0')
	}
	return max(k, 1)
}

// insideDataTables returns the nodes below a data table.
func insideDataTables(root *html.Node, tables map[*html.Node]bool) map[*html.Node]bool {
	if len(tables) == 0 {
		return nil
	}
	in := make(map[*html.Node]bool)
	Walk(root, func(n *html.Node) bool {
		if !tables[n] {
			return true
		}
		Walk(n, func(d *html.Node) bool {
			if d != n {
				in[d] = true
			}
			return true
		})
		return false
	})
	return in
}

// unwrapSingleCell replaces a table of one cell by the cell's content.
func unwrapSingleCell(t *html.Node) {
	if t.Parent == nil {
		return
	}
	tbody := singleChild(t, atom.Tbody)
	if tbody == nil {
		tbody = t
	}
	tr := singleChild(tbody, atom.Tr)
	if tr == nil {
		return
	}
	td := singleChild(tr, atom.Td)
	if td == nil {
		return
	}
	a := atom.Div
	allPhrasing := true
	for c := td.FirstChild; c != nil; c = c.NextSibling {
		if !isPhrasing(c) {
			allPhrasing = false
			break
		}
	}
	if allPhrasing {
		a = atom.P
	}
	setTag(td, a)
	replace(t, td)
}
