package article

import (
	"fmt"

	"golang.org/x/net/html"
)

// checkDepth fails with ErrTooDeep when elements nest deeper than max
// (max <= 0: no limit). It walks the tree without recursion.
func checkDepth(root *html.Node, max int) error {
	if max <= 0 {
		return nil
	}
	depth := 0
	for n := root; n != nil; {
		if n.FirstChild != nil {
			n = n.FirstChild
			if depth++; depth > max {
				return tooDeep(max)
			}
			continue
		}
		for n != root && n.NextSibling == nil {
			n = n.Parent
			depth--
		}
		if n == root {
			break
		}
		n = n.NextSibling
	}
	return nil
}

func tooDeep(max int) error { return fmt.Errorf("%w: more than %d levels", ErrTooDeep, max) }
